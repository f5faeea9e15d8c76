"""The worker's stream loop, driven by hypothesis through random fetch, process, acknowledge,
revoke and assign steps, with the real in-flight bookkeeping, ordering, rebalance listener and
checkpoint (at-least-once, and exactly-once) over broker-free fakes.

Checked at every step: no offset is committed before every output of the records below it is
acknowledged; per partition, the outputs are exactly the inputs, in input order; nothing is
published for a partition while it is not assigned here.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiokafka import TopicPartition
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from consumer.pipeline import Outcome, RawItem
from consumer.worker.app import Worker
from consumer.worker.metrics import Metrics
from tests.unit.worker_fakes import OK, TOPICS, FakeBroker, FakeOutputs, by_partition, record, settings, tp

PARTITIONS = [tp(p) for p in range(3)]


class FakeExecutor:
    """Processing finishes when the test says so."""

    def __init__(self) -> None:
        self.running: list[tuple[asyncio.Future[list[Outcome]], int]] = []

    async def process(self, items: list[RawItem]) -> list[Outcome]:
        future: asyncio.Future[list[Outcome]] = asyncio.get_running_loop().create_future()
        self.running.append((future, len(items)))
        return await future

    def close(self) -> None:
        return None


class WorkerMachine(RuleBasedStateMachine):
    delivery = "at-least-once"

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.broker = FakeBroker(manual_acks=True)
        self.assigned: set[TopicPartition] = set()
        self.consumer = self.broker.consumer(self.assigned)
        self.consumer.commit.side_effect = self._commit
        self.position: dict[TopicPartition, int] = {}
        self.executor = FakeExecutor()
        self.worker = Worker(
            settings(pool_size=2, delivery=self.delivery),
            Metrics(),
            executor=self.executor,
            producer_factory=self.broker.producer,
        )
        self.worker.checkpoint.outputs = FakeOutputs(self.worker.metrics)
        self.fetching: asyncio.Task[None] | None = None
        self.revoking: tuple[asyncio.Task[None], set[TopicPartition]] | None = None
        self.frozen: dict[TopicPartition, int] = {}  # revoked partition -> outputs it had then

    # ------------------------------------------------------------------ plumbing

    def spin(self) -> None:
        for _ in range(40):
            self.loop.run_until_complete(asyncio.sleep(0))
        if self.fetching is not None and self.fetching.done():
            self.fetching.result()  # a failure of the loop fails the test
            self.fetching = None
        if self.revoking is not None and self.revoking[0].done():
            task, revoked = self.revoking
            task.result()
            self.assigned -= revoked  # aiokafka changes the assignment once the listener returns
            for part in revoked:
                self.frozen[part] = len(self.outputs().get(part.partition, []))
            self.revoking = None

    def outputs(self) -> dict[int, list[int]]:
        return by_partition(self.broker.values(TOPICS.articles))

    async def _commit(self, offsets: dict[TopicPartition, int]) -> None:
        acked = self.outputs()
        for part, offset in offsets.items():
            assert set(range(offset)) <= set(acked.get(part.partition, [])), (part, offset, acked)
        self.broker.commit_log.append(dict(offsets))
        self.broker.committed.update(offsets)

    # ------------------------------------------------------------------ steps

    @precondition(lambda self: self.fetching is None and self.revoking is None and self.assigned)
    @rule(data=st.data())
    def fetch(self, data: st.DataObject) -> None:
        parts = data.draw(st.sets(st.sampled_from(sorted(self.assigned)), min_size=1))
        records: dict[TopicPartition, list[Any]] = {}
        for part in sorted(parts):
            count = data.draw(st.integers(1, 3))
            start = self.position[part]
            records[part] = [record(part.partition, o) for o in range(start, start + count)]
            self.position[part] = start + count
        self.fetching = self.loop.create_task(self.worker.handle(self.consumer, records))
        self.spin()

    @precondition(lambda self: any(not f.done() for f, _ in self.executor.running))
    @rule(data=st.data())
    def process(self, data: st.DataObject) -> None:
        waiting = [(f, n) for f, n in self.executor.running if not f.done()]
        future, count = data.draw(st.sampled_from(waiting))
        future.set_result([OK] * count)
        self.spin()

    @precondition(lambda self: bool(self.broker.pending))
    @rule()
    def acknowledge(self) -> None:
        self.broker.ack_next()
        self.spin()

    @precondition(lambda self: self.revoking is None and self.assigned)
    @rule(data=st.data())
    def revoke(self, data: st.DataObject) -> None:
        revoked = data.draw(st.sets(st.sampled_from(sorted(self.assigned)), min_size=1))
        task = self.loop.create_task(self.worker.listener.on_partitions_revoked(set(revoked)))
        self.revoking = (task, set(revoked))
        self.spin()

    @precondition(lambda self: self.revoking is None and set(PARTITIONS) - self.assigned)
    @rule(data=st.data())
    def assign(self, data: st.DataObject) -> None:
        free = sorted(set(PARTITIONS) - self.assigned)
        new = data.draw(st.sets(st.sampled_from(free), min_size=1))
        for part in new:
            self.position[part] = self.broker.committed.get(part, 0)  # aiokafka resumes from the commit
            self.frozen.pop(part, None)
        self.assigned |= new
        self.loop.run_until_complete(self.worker.listener.on_partitions_assigned(set(new)))
        self.spin()

    # ------------------------------------------------------------------ checks

    @invariant()
    def outputs_are_the_inputs_in_order(self) -> None:
        for offsets in self.outputs().values():
            assert offsets == list(range(len(offsets))), offsets

    @invariant()
    def nothing_committed_past_what_is_acknowledged(self) -> None:
        acked = self.outputs()
        for part, offset in self.broker.committed.items():
            assert offset <= len(acked.get(part.partition, [])), (part, offset)

    @invariant()
    def nothing_published_for_a_partition_not_assigned(self) -> None:
        acked = self.outputs()
        for part, count in self.frozen.items():
            assert len(acked.get(part.partition, [])) == count, part

    def teardown(self) -> None:
        try:
            for _ in range(1000):
                idle = self.revoking is None and self.fetching is None and not self.broker.pending
                if idle and all(f.done() for f, _ in self.executor.running):
                    break
                for future, count in self.executor.running:
                    if not future.done():
                        future.set_result([OK] * count)
                self.broker.ack_next()
                self.spin()
            self.loop.run_until_complete(self.worker.ordering.drain())
            acked = self.outputs()
            for part in PARTITIONS:
                assert self.broker.committed.get(part, 0) == len(acked.get(part.partition, []))
        finally:
            self.loop.close()


class ExactlyOnceMachine(WorkerMachine):
    """The same steps with transactions: outputs and offsets become visible together."""

    delivery = "exactly-once"


_settings = hypothesis_settings(max_examples=35, stateful_step_count=40, deadline=None)
WorkerMachine.TestCase.settings = _settings
ExactlyOnceMachine.TestCase.settings = _settings
TestAtLeastOnceStateful = WorkerMachine.TestCase
TestExactlyOnceStateful = ExactlyOnceMachine.TestCase
