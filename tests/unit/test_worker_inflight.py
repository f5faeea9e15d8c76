"""In-flight bookkeeping and ordering, with no broker: revokes mid-batch, a slow early batch."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import TopicPartition

from consumer.worker.checkpoint.at_least_once import AtLeastOnce
from consumer.worker.inflight import InFlight
from consumer.worker.metrics import Metrics
from consumer.worker.ordering import InOrder
from consumer.worker.producers import SharedProducer
from consumer.worker.rebalance import RebalanceListener
from tests.unit.worker_fakes import OK, FakeBroker, FakeOutputs, record, retry, settings, tp


def _records(*spec: tuple[int, range]) -> dict[TopicPartition, list[Any]]:
    return {tp(p): [record(p, o) for o in offsets] for p, offsets in spec}


def test_revoke_mid_batch_drops_only_what_is_not_publishing() -> None:
    inflight = InFlight()
    publishing = inflight.admit(_records((0, range(0, 3)), (1, range(0, 2))))
    waiting = inflight.admit(_records((0, range(3, 5)), (1, range(2, 4))))
    inflight.take(publishing)  # the publish stage has it: the lock, not a drop, protects it
    inflight.drop({tp(1)})
    assert publishing.dropped == set() and waiting.dropped == {tp(1)}
    outcomes = ["x"] * len(waiting)
    result = inflight.publishable(waiting, outcomes, {tp(0), tp(1)})
    assert list(result.per_tp) == [tp(0)]
    assert [rec.offset for rec, _ in result.per_tp[tp(0)]] == [3, 4]
    assert result.left_out == {tp(1): 2}


def test_unassigned_partitions_are_left_out_too() -> None:
    inflight = InFlight()
    batch = inflight.admit(_records((0, range(2)), (2, range(1))))
    result = inflight.publishable(batch, ["a", "b", "c"], {tp(2)})
    assert list(result.per_tp) == [tp(2)] and result.per_tp[tp(2)][0][1] == "c"
    assert result.left_out == {tp(0): 2}


def test_a_rewind_drops_the_partition_from_every_waiting_batch() -> None:
    inflight = InFlight()
    batches = [inflight.admit(_records((0, range(i, i + 1)), (1, range(i, i + 1)))) for i in range(3)]
    inflight.drop({tp(0)})
    assert all(b.dropped == {tp(0)} for b in batches)
    inflight.take(batches[0])
    inflight.clear()
    assert inflight.waiting() == 0


async def test_a_slow_early_batch_is_still_published_first() -> None:
    order = InOrder(depth=4, metrics=Metrics())
    published: list[str] = []
    slow_done = asyncio.Event()

    async def slow() -> str:
        await slow_done.wait()
        return "early"

    async def fast() -> str:
        return "late"

    async def publish(name: str) -> None:
        published.append(f"start {name}")
        await asyncio.sleep(0)
        published.append(f"end {name}")

    await order.submit(slow(), publish)
    await order.submit(fast(), publish)
    for _ in range(5):
        await asyncio.sleep(0)
    assert published == []  # the late batch is processed, but waits for the early one
    slow_done.set()
    await order.drain()
    assert published == ["start early", "end early", "start late", "end late"]


async def test_depth_is_the_backpressure() -> None:
    order = InOrder(depth=2, metrics=Metrics())
    gate = asyncio.Event()

    async def held(_: int) -> None:
        await gate.wait()

    async def value(n: int) -> int:
        return n

    await order.submit(value(1), held)  # one unpublished: returns at once
    second = asyncio.create_task(order.submit(value(2), held))
    await asyncio.sleep(0.01)
    assert not second.done()  # two unpublished: the fetch loop waits
    gate.set()
    await second
    await order.drain()


async def test_a_failed_publish_is_raised_and_the_rest_abandoned() -> None:
    order = InOrder(depth=10, metrics=Metrics())
    gate = asyncio.Event()

    async def value(n: int) -> int:
        return n

    async def publish(n: int) -> None:
        if n == 1:
            raise RuntimeError("publish failed")
        await gate.wait()

    await order.submit(value(1), publish)
    await order.submit(value(2), publish)
    await asyncio.sleep(0.01)
    with pytest.raises(RuntimeError):
        await order.reap()
    await order.abandon()
    assert len(order) == 0


async def test_revoke_waits_for_the_batch_publishing_now() -> None:
    broker = FakeBroker(manual_acks=True)
    metrics = Metrics()
    inflight, lock = InFlight(), asyncio.Lock()
    producer = SharedProducer(settings(), retry(metrics), broker.producer)
    checkpoint = AtLeastOnce(producer, FakeOutputs(metrics), retry(metrics))
    listener = RebalanceListener(inflight, lock, checkpoint, metrics)
    await listener.on_partitions_assigned({tp(0), tp(1)})
    assigned = {tp(0), tp(1)}
    consumer = broker.consumer(assigned)
    publishing = inflight.admit(_records((0, range(2)), (1, range(2))))
    waiting = inflight.admit(_records((1, range(2, 4))))

    async def publish_ok() -> None:
        async with lock:
            inflight.take(publishing)
            result = inflight.publishable(publishing, [OK] * 4, consumer.assignment())
            await checkpoint.deliver(consumer, result.per_tp)

    stage = asyncio.create_task(publish_ok())
    await asyncio.sleep(0.01)
    revoke = asyncio.create_task(listener.on_partitions_revoked({tp(1)}))
    await asyncio.sleep(0.01)
    assert waiting.dropped == {tp(1)}  # dropped at once, before the lock
    assert not revoke.done()  # but the partition is given up only after the commit
    while broker.ack_next():
        await asyncio.sleep(0)
    await stage
    await revoke
    assert broker.committed == {tp(0): 2, tp(1): 2}
    assert listener.assigned == {tp(0)}
