"""Broker-side helpers for the benchmark: topics, bulk and steady-rate producing, reading outputs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from benchmarks.corpus import Item


@dataclass(frozen=True)
class Sent:
    key: bytes
    partition: int
    offset: int
    timestamp_ms: int


@dataclass(frozen=True)
class Out:
    key: bytes | None
    partition: int
    offset: int
    timestamp_ms: int
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...] = ()
    size: int = 0  # key + value bytes


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(n, num_partitions=partitions, replication_factor=1) for n in names]
        )
    finally:
        await admin.close()
    # Wait until every partition has a leader, so the first produce does not race creation.
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        for _ in range(100):
            await consumer._client.force_metadata_update()
            if all(len(consumer.partitions_for_topic(n) or ()) == partitions for n in names):
                return
            await asyncio.sleep(0.1)
    finally:
        await consumer.stop()


def _producer(bootstrap: str, linger_ms: int) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=linger_ms,
        max_request_size=8 * 1024 * 1024,
        max_batch_size=1024 * 1024,
    )


def _headers(item: Item) -> list[tuple[str, bytes]]:
    return [("content-type", item.content_type.encode())] if item.content_type else []


async def produce_all(bootstrap: str, topic: str, items: Sequence[Item]) -> list[Sent]:
    """Preload a backlog as fast as the broker takes it."""
    producer = _producer(bootstrap, linger_ms=20)
    await producer.start()
    try:
        futures = [await producer.send(topic, it.value, key=it.key, headers=_headers(it)) for it in items]
        metas = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [Sent(it.key, m.partition, m.offset, m.timestamp) for it, m in zip(items, metas, strict=True)]


async def produce_steady(bootstrap: str, topic: str, items: Sequence[Item], rate: float) -> list[Sent]:
    """One record every 1/rate seconds (linger 0: each leaves when it arrives); CreateTime = arrival."""
    producer = _producer(bootstrap, linger_ms=0)
    await producer.start()
    futures: list[asyncio.Future[object]] = []
    try:
        start = time.perf_counter() + 0.05
        for i, it in enumerate(items):
            due = start + i / rate
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            futures.append(await producer.send(topic, it.value, key=it.key, headers=_headers(it)))
        metas = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [
        Sent(it.key, m.partition, m.offset, m.timestamp)  # type: ignore[attr-defined]
        for it, m in zip(items, metas, strict=True)
    ]


async def end_offsets(bootstrap: str, topic: str) -> dict[TopicPartition, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, isolation_level="read_committed")
    await consumer.start()
    try:
        await consumer._client.force_metadata_update()
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        return dict(await consumer.end_offsets(tps))
    finally:
        await consumer.stop()


async def wait_committed(
    bootstrap: str, group: str, targets: dict[TopicPartition, int], timeout: float, alive: object = None
) -> float | None:
    """Poll the group's committed offsets until they reach `targets`; the wall time it happened, or None."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if callable(alive) and not alive():
                return None
            try:
                got = await admin.list_consumer_group_offsets(group)
            except Exception:
                got = {}
            if all(tp in got and got[tp].offset >= off for tp, off in targets.items() if off > 0):
                return time.time()
            await asyncio.sleep(0.2)
        return None
    finally:
        await admin.close()


async def read_all(bootstrap: str, topic: str, with_values: bool, idle_s: float = 1.5) -> list[Out]:
    """Every committed record of `topic` (read_committed), read until the end offsets."""
    targets = await end_offsets(bootstrap, topic)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
        max_partition_fetch_bytes=16 * 1024 * 1024,
        fetch_max_bytes=64 * 1024 * 1024,
    )
    await consumer.start()
    out: list[Out] = []
    try:
        consumer.assign(list(targets))
        await consumer.seek_to_beginning(*targets)
        last = time.monotonic()
        while True:
            batch = await consumer.getmany(timeout_ms=300, max_records=5000)
            for tp, recs in batch.items():
                for r in recs:
                    value = r.value if with_values else None
                    size = len(r.key or b"") + len(r.value or b"")
                    out.append(
                        Out(r.key, tp.partition, r.offset, r.timestamp, value, tuple(r.headers or ()), size)
                    )
            if batch:
                last = time.monotonic()
            done = True
            for tp, end in targets.items():
                done = done and (await consumer.position(tp)) >= end
            if done or time.monotonic() - last > idle_s:
                break
    finally:
        await consumer.stop()
    return out
