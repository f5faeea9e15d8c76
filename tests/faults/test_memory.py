"""A slow output side (the broker throttles the worker's produce bandwidth with a client quota, and a
reader lags behind) with large items: the worker's resident memory stays bounded, nothing is lost."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest

from tests.faults.helpers import (
    RssSampler,
    Tally,
    long_item,
    produce_many,
    read_all,
    set_producer_quota,
    until_distinct,
    wait_end_offsets,
)
from tests.integration.kafka_helpers import WorkerProcess, create_topics, topic_set

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.asyncio]

N = 400
ITEM_BYTES = 150_000  # each article event is about twice that: ~120 MB of output in all
QUOTA = 8 * 1024 * 1024  # bytes/s the broker accepts from the worker's producer
GROWTH_LIMIT_MB = 80.0  # peak RSS over the warm-up level; buffering the run would need > 150 MB
CREEP_LIMIT_MB = 25.0  # late peak over early peak: a leak shows as creep


async def _slow_reader(bootstrap: str, topic: str, stop: asyncio.Event) -> int:
    """A downstream consumer that reads the articles slowly while the worker runs."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", max_poll_records=5
    )
    await consumer.start()
    seen = 0
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=200, max_records=5)
            seen += sum(len(v) for v in batch.values())
            await asyncio.sleep(0.2)
    finally:
        await consumer.stop()
    return seen


async def test_rss_stays_bounded_with_a_slow_output_side(kafka_bootstrap: str) -> None:
    topics = topic_set("rss")
    await create_topics(kafka_bootstrap, list(topics.values()))
    values = [long_item(n, ITEM_BYTES) for n in range(N)]
    await produce_many(kafka_bootstrap, topics["input"], values)
    client_id = f"rss-{uuid.uuid4().hex[:8]}"
    throttled = await asyncio.to_thread(set_producer_quota, kafka_bootstrap, client_id, QUOTA)
    args = ["--no-enrich", "--pool-size", "0", "--batch-max-records", "16"]
    env = {"WIRE_CLIENT_ID": client_id}
    stop = asyncio.Event()
    reader = asyncio.create_task(_slow_reader(kafka_bootstrap, topics["articles"], stop))
    with WorkerProcess(kafka_bootstrap, topics, f"g-{topics['input']}", args, env=env) as worker:
        assert worker.proc is not None
        with RssSampler(worker.proc.pid) as rss:
            await wait_end_offsets(
                kafka_bootstrap, topics["articles"], 1, 20, timeout=120, alive=worker.alive
            )
            warm_t = rss.mark()
            started = time.monotonic()
            await wait_end_offsets(kafka_bootstrap, topics["articles"], 1, N, 300, worker.alive)
            elapsed = time.monotonic() - started
            end_t = rss.mark()
        stop.set()
        slow_seen = await reader
        records = await read_all(kafka_bootstrap, topics["articles"], until=until_distinct(N), timeout=120)
        code = worker.terminate()
    warm = rss.at(warm_t)
    peak = rss.peak(since=warm_t)
    third = (end_t - warm_t) / 3
    early = max((mb for t, mb in rss.samples if warm_t <= t < warm_t + third), default=warm)
    late = max((mb for t, mb in rss.samples if t >= end_t - third), default=warm)
    tally = Tally("slow-output-rss", sent=N)
    tally.add_articles(records)
    out_mb = sum(len(r.value) for r in records) / 2**20
    tally.report(
        throttled=throttled,
        output_mb=round(out_mb),
        seconds=round(elapsed, 1),
        rss_warm_mb=round(warm),
        rss_peak_mb=round(peak),
        rss_early_mb=round(early),
        rss_late_mb=round(late),
        slow_reader_saw=slow_seen,
    )
    assert code == 0, worker.logs()[-2000:]
    assert not tally.missing(range(N))
    assert peak - warm < GROWTH_LIMIT_MB, f"RSS grew {peak - warm:.0f} MB ({warm:.0f} -> {peak:.0f})"
    assert late - early < CREEP_LIMIT_MB, f"RSS crept {late - early:.0f} MB ({early:.0f} -> {late:.0f})"
