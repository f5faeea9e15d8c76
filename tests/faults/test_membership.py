"""Workers join and leave a running group, repeatedly, while items keep arriving: nothing lost."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.faults.helpers import PARSE_ONLY, Tally, produce_many, read_all, until_distinct, wire_item
from tests.integration.kafka_helpers import WorkerProcess, create_topics, topic_set

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.asyncio]

N = 12_000
ROUNDS = 3
PARTITIONS = 6


async def _feed(bootstrap: str, topic: str, chunks: int, pause: float) -> None:
    size = N // chunks
    for c in range(chunks):
        await produce_many(bootstrap, topic, [wire_item(n) for n in range(c * size, (c + 1) * size)])
        await asyncio.sleep(pause)


async def _wait_assigned(worker: WorkerProcess, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if '"partitions assigned","partitions":["' in worker.logs():
            return
        assert worker.alive(), worker.logs()[-2000:]
        await asyncio.sleep(0.3)
    raise AssertionError("the joining worker got no partition: " + worker.logs()[-2000:])


async def test_third_worker_joins_and_one_leaves_repeatedly(kafka_bootstrap: str) -> None:
    topics = topic_set("members")
    await create_topics(kafka_bootstrap, list(topics.values()), partitions=PARTITIONS)
    group = f"g-{topics['input']}"
    feed = asyncio.create_task(_feed(kafka_bootstrap, topics["input"], chunks=12, pause=1.0))
    running = [WorkerProcess(kafka_bootstrap, topics, group, PARSE_ONLY).start() for _ in range(2)]
    everyone = list(running)
    exits: list[int] = []
    try:
        for _ in range(ROUNDS):
            third = WorkerProcess(kafka_bootstrap, topics, group, PARSE_ONLY).start()
            everyone.append(third)
            running.append(third)
            await _wait_assigned(third)  # three members share the partitions now
            await asyncio.sleep(1.0)
            leaving = running.pop(0)  # the oldest leaves (SIGTERM: drain, commit, leave the group)
            exits.append(await asyncio.to_thread(leaving.terminate, 90))
        await feed
        records = await read_all(kafka_bootstrap, topics["articles"], until=until_distinct(N), timeout=240)
        dead = await read_all(kafka_bootstrap, topics["dlq"], timeout=5, quiet=0)
        for w in running:
            exits.append(await asyncio.to_thread(w.terminate, 90))
    finally:
        feed.cancel()
        for w in everyone:
            w.kill()
    tally = Tally("membership", sent=N)
    tally.add_articles(records)
    tally.add_dead(dead)
    tally.report(joins=ROUNDS, leaves=ROUNDS, workers_started=len(everyone))
    lost = tally.missing(range(N))
    assert not lost, f"lost {len(lost)} of {N}: {lost[:20]}"
    assert tally.dead_letters == 0
    assert exits == [0] * len(exits), exits
