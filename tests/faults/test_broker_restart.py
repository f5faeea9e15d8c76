"""The broker stops and restarts mid-stream: the worker retries with backoff, stays up, dead-letters
nothing, and resumes; every item comes out (exactly-once: once)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.helpers import (
    PARSE_ONLY,
    PrivateBroker,
    Tally,
    no_broker,
    produce_many,
    read_all,
    until_distinct,
    wait_end_offsets,
    wire_item,
)
from tests.integration.kafka_helpers import WorkerProcess, create_topics, topic_set

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.asyncio]

HALF = 5000
DOWN_S = 6.0


@pytest.fixture(scope="module")
def restartable_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateBroker]:
    """A broker of this module's own (the shared session broker is never restarted); purged after."""
    if not PrivateBroker.available():
        no_broker("java and mvn are needed for a private scripts/kafka-local broker")
    broker = PrivateBroker(Path(tmp_path_factory.mktemp("restart")) / "kafka")
    try:
        broker.start()
    except Exception as exc:
        broker.stop(purge=True)
        no_broker(str(exc))
    try:
        yield broker
    finally:
        broker.stop(purge=True)


@pytest.mark.parametrize("mode", ["at-least-once", "exactly-once"])
async def test_broker_restart_mid_stream(restartable_broker: PrivateBroker, mode: str) -> None:
    broker = restartable_broker
    bootstrap = broker.address
    topics = topic_set(f"restart-{mode[:5]}")
    await create_topics(bootstrap, list(topics.values()), partitions=2)
    await produce_many(bootstrap, topics["input"], [wire_item(n) for n in range(HALF)])
    args = [*PARSE_ONLY, *(["--exactly-once"] if mode == "exactly-once" else [])]
    env = {"WIRE_RETRY_BACKOFF_MAX_S": "5"}
    with WorkerProcess(bootstrap, topics, f"g-{topics['input']}", args, env=env) as worker:
        await wait_end_offsets(bootstrap, topics["articles"], 2, 500, timeout=120, alive=worker.alive)
        await asyncio.to_thread(broker.stop)  # clean stop; data and port kept
        await asyncio.sleep(DOWN_S)
        alive_while_down = worker.alive()
        address = await asyncio.to_thread(broker.start)
        assert address == bootstrap
        # New input after the restart: the stream must resume, not just drain what it had.
        await produce_many(bootstrap, topics["input"], [wire_item(n) for n in range(HALF, 2 * HALF)])
        records = await read_all(bootstrap, topics["articles"], until=until_distinct(2 * HALF), timeout=240)
        dead = await read_all(bootstrap, topics["dlq"], timeout=5, quiet=0)
        alive_after = worker.alive()
        code = worker.terminate()
    logs = worker.logs()
    tally = Tally(f"broker-restart[{mode}]", sent=2 * HALF)
    tally.add_articles(records)
    tally.add_dead(dead)
    retry_lines = sum(
        1
        for line in logs.splitlines()
        if "retrying" in line or "Unable connect" in line or "Unable to" in line
    )
    tally.report(broker_down_s=DOWN_S, retry_log_lines=retry_lines)
    assert alive_while_down and alive_after and code == 0, logs[-3000:]
    lost = tally.missing(range(2 * HALF))
    assert not lost, f"lost {len(lost)}: {lost[:20]}"
    assert tally.dead_letters == 0, tally.dead_reasons
    assert retry_lines > 0, "no retry visible in the worker's logs"
    if mode == "exactly-once":
        assert tally.duplicates == 0
