"""SIGKILL at random points, several times, during a 20,000-item run; then a restart finishes it.

at-least-once: nothing lost (duplicates allowed, counted). exactly-once: nothing lost and no
duplicate visible to a read_committed reader.
"""

from __future__ import annotations

import asyncio
import os
import random

import pytest

from tests.faults.helpers import (
    PARSE_ONLY,
    Tally,
    produce_many,
    read_all,
    until_distinct,
    wait_end_offsets,
    wire_item,
)
from tests.integration.kafka_helpers import WorkerProcess, committed, create_topics, topic_set

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.asyncio]

N = 20_000
KILLS = 3
PARTITIONS = 4
# A killed worker's partitions move after its session times out: keep that short here.
FAST_FAILOVER = {"WIRE_SESSION_TIMEOUT_MS": "10000"}


@pytest.mark.parametrize("mode", ["at-least-once", "exactly-once"])
async def test_sigkill_several_times_loses_nothing(kafka_bootstrap: str, mode: str) -> None:
    seed = int(os.environ.get("WIRE_FAULTS_SEED") or random.randrange(1 << 30))
    rng = random.Random(seed)
    topics = topic_set(f"sigkill-{mode[:5]}")
    await create_topics(kafka_bootstrap, list(topics.values()), partitions=PARTITIONS)
    await produce_many(kafka_bootstrap, topics["input"], [wire_item(n) for n in range(N)])
    group = f"g-{topics['input']}"
    args = [*PARSE_ONLY, *(["--exactly-once"] if mode == "exactly-once" else [])]
    # Kill points: output progress thresholds spread over the run, plus a random delay after each.
    points = sorted(rng.uniform(0.08, 0.75) * N for _ in range(KILLS))
    kills: list[str] = []
    for point in points:
        worker = WorkerProcess(kafka_bootstrap, topics, group, args, env=FAST_FAILOVER).start()
        try:
            await wait_end_offsets(
                kafka_bootstrap, topics["articles"], PARTITIONS, int(point), timeout=180, alive=worker.alive
            )
            await asyncio.sleep(rng.uniform(0.0, 1.0))
        finally:
            worker.kill()  # SIGKILL: no revoke, no commit, no flush, maybe mid-transaction
        kills.append(f"{int(point)}")
    with WorkerProcess(kafka_bootstrap, topics, group, args, env=FAST_FAILOVER) as last:
        records = await read_all(
            kafka_bootstrap, topics["articles"], until=until_distinct(N), timeout=300, quiet=3
        )
        dead = await read_all(kafka_bootstrap, topics["dlq"], timeout=5, quiet=0)
        assert last.terminate() == 0, last.logs()[-3000:]
    tally = Tally(f"sigkill[{mode}]", sent=N)
    tally.add_articles(records)
    tally.add_dead(dead)
    tally.report(kills=KILLS, kill_points="/".join(kills), seed=seed)
    lost = tally.missing(range(N))
    assert not lost, f"lost {len(lost)} of {N} (seed {seed}): {lost[:20]}"
    assert tally.dead_letters == 0
    offsets = await committed(kafka_bootstrap, group, topics["input"], PARTITIONS)
    assert sum(v or 0 for v in offsets.values()) == N, offsets
    if mode == "exactly-once":
        assert tally.duplicates == 0, f"{tally.duplicates} duplicates visible to read_committed (seed {seed})"
