"""Broker-free fakes for the worker's parts: aiokafka clients as `spec_set` mocks over one
in-memory broker, and records and outcomes small enough to reason about."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, cast
from unittest.mock import MagicMock

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import MessageSizeTooLargeError
from aiokafka.structs import ConsumerRecord

from consumer.config import Settings
from consumer.errors import ParseError, WireError
from consumer.pipeline import Failed, Outcome
from consumer.publish import OutRecord, Topics
from consumer.worker.checkpoint.records import Outputs
from consumer.worker.metrics import Metrics
from consumer.worker.retry import Retry

TOPICS = Topics("articles", "indicators", "quotes", "dlq")
IN = "raw"


def tp(partition: int) -> TopicPartition:
    return TopicPartition(IN, partition)


def record(partition: int, offset: int, value: bytes | None = None) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(
        topic=IN,
        partition=partition,
        offset=offset,
        timestamp=1_700_000_000_000 + offset,
        timestamp_type=0,
        key=None,
        value=value if value is not None else f"p{partition}o{offset}".encode(),
        checksum=None,
        serialized_key_size=0,
        serialized_value_size=0,
        headers=[],
    )


OK = cast(Outcome, object())  # processed fine: one article out


def failed(reason: str = "empty") -> Outcome:
    return Failed(ParseError(reason, "test"))


class FakeOutputs(Outputs):
    """One output per input: an "article" carrying the input's value, or its dead letter."""

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(TOPICS, "urn:test", metrics)

    def of(self, tp: TopicPartition, rec: Any, outcome: Outcome) -> list[OutRecord]:
        if isinstance(outcome, Failed):
            return self.dead_letter(tp, rec, outcome.error)
        return [
            OutRecord(TOPICS.articles, None, rec.value, [("offset", str(rec.offset).encode())], "article")
        ]

    def dead_letter(self, tp: TopicPartition, rec: Any, error: WireError) -> list[OutRecord]:
        headers = [("dlq_reason", error.reason.encode()), ("offset", str(rec.offset).encode())]
        return [OutRecord(TOPICS.dlq, None, rec.value, headers, "dead_letter")]


async def no_sleep(_: float) -> None:
    await asyncio.sleep(0)


def retry(metrics: Metrics | None = None) -> Retry:
    return Retry(0.001, 0.002, metrics or Metrics(), sleep=no_sleep)


def settings(**overrides: Any) -> Settings:
    return Settings(bootstrap_servers="fake:9092", group_id="g", **overrides)


Entry = tuple[str, bytes, dict[str, bytes]]  # (topic, value, headers) of one output


class _ProducerState:
    def __init__(self) -> None:
        self.txn: _Transaction | None = None


class FakeBroker:
    """Acknowledged outputs, committed offsets, and what the broker refuses (by value).

    With `manual_acks`, every send's future stays pending until `ack_next()` resolves it,
    in send order, so a test decides when outputs are acknowledged.
    """

    def __init__(self, refuse: Iterable[bytes] = (), manual_acks: bool = False) -> None:
        self.refuse = set(refuse)
        self.refuse_everywhere = False  # also on the dead-letter topic
        self.manual_acks = manual_acks
        self.acked: list[Entry] = []
        self.pending: list[tuple[asyncio.Future[Any], Entry, list[Entry]]] = []
        self.committed: dict[TopicPartition, int] = {}
        self.commit_log: list[dict[TopicPartition, int]] = []
        self.aborted = 0
        self.producers: list[MagicMock] = []

    # ------------------------------------------------------------------ producer

    def producer(self, **kwargs: Any) -> MagicMock:
        fake = MagicMock(spec_set=AIOKafkaProducer)
        state = _ProducerState()

        async def send(topic: str, value: bytes, key: Any = None, headers: Any = None) -> asyncio.Future[Any]:
            future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            entry = (topic, value, dict(headers or []))
            target = state.txn.buffer if state.txn is not None else self.acked
            if value in self.refuse and (topic != TOPICS.dlq or self.refuse_everywhere):
                future.set_exception(MessageSizeTooLargeError())
            elif self.manual_acks:
                self.pending.append((future, entry, target))
            else:
                target.append(entry)
                future.set_result(None)
            return future

        async def offsets(offsets: dict[TopicPartition, int], group_id: str) -> None:
            assert state.txn is not None
            state.txn.offsets.update(offsets)

        fake.send.side_effect = send
        fake.transaction.side_effect = lambda: _Transaction(self, state)
        fake.send_offsets_to_transaction.side_effect = offsets
        self.producers.append(fake)
        return fake

    def ack_next(self) -> bool:
        while self.pending:
            future, entry, target = self.pending.pop(0)
            if not future.done():
                target.append(entry)
                future.set_result(None)
                return True
        return False

    # ------------------------------------------------------------------ consumer

    def consumer(self, assigned: set[TopicPartition]) -> MagicMock:
        fake = MagicMock(spec_set=AIOKafkaConsumer)
        fake.assignment.side_effect = lambda: set(assigned)
        fake.commit.side_effect = self._commit
        fake.highwater.return_value = None
        return fake

    async def _commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.commit_log.append(dict(offsets))
        self.committed.update(offsets)

    def values(self, topic: str) -> list[bytes]:
        return [value for t, value, _ in self.acked if t == topic]


class _Transaction:
    """producer.transaction(): outputs and offsets become visible together on commit, never on abort."""

    def __init__(self, broker: FakeBroker, state: _ProducerState) -> None:
        self.broker, self.state = broker, state
        self.buffer: list[Entry] = []
        self.offsets: dict[TopicPartition, int] = {}

    async def __aenter__(self) -> _Transaction:
        self.state.txn = self
        return self

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.state.txn = None
        if exc_type is not None:
            self.broker.aborted += 1
            return
        self.broker.acked.extend(self.buffer)
        self.broker.commit_log.append(dict(self.offsets))
        self.broker.committed.update(self.offsets)


def by_partition(values: Iterable[bytes]) -> dict[int, list[int]]:
    """b"p1o7" values -> {1: [7, ...]} in the order given."""
    out: dict[int, list[int]] = defaultdict(list)
    for value in values:
        partition, offset = value[1:].split(b"o")
        out[int(partition)].append(int(offset))
    return dict(out)
