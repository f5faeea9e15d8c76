"""`wire-consumer replay-dlq` on a real broker: dead letters filtered by reason and time go back
to the input topic with their original value, key and headers; the replay stops at the end the
dead-letter topic had when it started."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys

import orjson
import pytest

from consumer.config import Settings
from consumer.errors import EnrichError, ItemTimeout, ParseError, PublishError, WireError
from consumer.publish import InputRecord, dead_letter
from consumer.worker.replay import ReplayFilter, replay_dlq
from tests.integration.kafka_helpers import ROOT, collect, create_topics, produce, unique

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


def _dead_letters(topic: str, batch: str, errors: list[WireError]) -> list[tuple[InputRecord, list]]:  # type: ignore[type-arg]
    """Dead letters exactly as the worker builds them, of inputs with keys and headers."""
    out = []
    for i, error in enumerate(errors):
        original = InputRecord(
            topic="wire.raw.src",
            partition=i % 2,
            offset=100 + i,
            timestamp_ms=1_700_000_000_000,
            headers=[
                ("content-type", b"text/plain"),
                ("traceparent", f"00-{i + 1:032x}-{i + 1:016x}-01".encode()),
            ],
            value=f"{batch} item {i}: {error.reason}".encode(),
            key=f"{batch}-key-{i}".encode(),
        )
        out.append((original, dead_letter(original, error, topic).headers))
    return out


async def _produce_dead_letters(bootstrap: str, topic: str, letters: list[tuple[InputRecord, list]]) -> None:  # type: ignore[type-arg]
    await produce(
        bootstrap,
        topic,
        [rec.value for rec, _ in letters],
        headers=[headers for _, headers in letters],
        keys=[rec.key for rec, _ in letters],
    )


async def test_replay_by_reason_and_time_sends_the_original_records_back(kafka_bootstrap: str) -> None:
    dlq, raw = unique("replay-dlq"), unique("replay-raw")
    await create_topics(kafka_bootstrap, [dlq], partitions=2)
    await create_topics(kafka_bootstrap, [raw])
    errors: list[WireError] = [
        ParseError("empty", "no text"),
        ItemTimeout("timeout", "processing took over 30 s", stage="enrich"),
        PublishError("output_rejected", "MessageSizeTooLargeError: the broker refused an output"),
        EnrichError("entities", "RuntimeError: boom"),
    ]
    early = _dead_letters(dlq, "early", errors)
    await _produce_dead_letters(kafka_bootstrap, dlq, early)
    await asyncio.sleep(1.0)
    since = dt.datetime.now(dt.UTC)
    await asyncio.sleep(0.2)
    late = _dead_letters(dlq, "late", errors)
    await _produce_dead_letters(kafka_bootstrap, dlq, late)

    # The command line: timeouts and refused outputs dead-lettered since `since`.
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap}
    argv = [sys.executable, "-m", "consumer", "replay-dlq", "--dlq-topic", dlq, "--input-topic", raw]
    argv += ["--reason", "timeout", "--reason", "output_rejected", "--since", since.isoformat()]
    proc = await asyncio.to_thread(
        subprocess.run, argv, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = orjson.loads(proc.stdout.strip().splitlines()[-1])
    assert summary == {
        "read": 4,  # only the late ones are read: the start offsets come from --since
        "replayed": 2,
        "by_reason": {"output_rejected": 1, "timeout": 1},
        "dry_run": False,
    }
    replayed = await collect(kafka_bootstrap, raw, expected=2, timeout=30, settle=1.0)
    expected = {
        rec.value: rec for rec, _ in late if rec.value.split(b": ")[1] in (b"timeout", b"output_rejected")
    }
    assert sorted(r.value for r in replayed) == sorted(expected)
    for got in replayed:
        original = expected[got.value]
        assert got.key == original.key
        assert list(got.headers) == list(original.headers)  # no dlq_* header is sent back

    # Without filters, in process: everything up to the end as it was at the start.
    report = await replay_dlq(
        Settings(bootstrap_servers=kafka_bootstrap, dlq_topic=dlq, input_topic=raw), ReplayFilter()
    )
    assert (report.read, report.replayed) == (8, 8)
    assert len(await collect(kafka_bootstrap, raw, expected=10, timeout=30, settle=1.0)) == 10

    # A dry run counts and sends nothing; --until keeps the early ones only.
    report = await replay_dlq(
        Settings(bootstrap_servers=kafka_bootstrap, dlq_topic=dlq, input_topic=raw),
        ReplayFilter(reasons=frozenset({"empty"}), until=since),
        dry_run=True,
    )
    assert (report.read, report.replayed, dict(report.by_reason)) == (8, 1, {"empty": 1})
    assert len(await collect(kafka_bootstrap, raw, expected=11, timeout=5)) == 10


async def test_replay_stops_at_the_end_the_topic_had_when_it_started(kafka_bootstrap: str) -> None:
    """Replayed into the dead-letter topic itself, a replay that read on would never stop;
    this one copies each record once and ends."""
    dlq = unique("replay-self")
    await create_topics(kafka_bootstrap, [dlq], partitions=2)
    letters = _dead_letters(dlq, "self", [ParseError("binary", "not text")] * 5)
    await _produce_dead_letters(kafka_bootstrap, dlq, letters)
    settings = Settings(bootstrap_servers=kafka_bootstrap, dlq_topic=dlq)
    report = await asyncio.wait_for(replay_dlq(settings, ReplayFilter(), target=dlq), 60)
    assert (report.read, report.replayed) == (5, 5)
    assert len(await collect(kafka_bootstrap, dlq, expected=11, timeout=5)) == 10


async def test_replay_of_a_missing_topic_reads_nothing(kafka_bootstrap: str) -> None:
    settings = Settings(bootstrap_servers=kafka_bootstrap, dlq_topic=unique("replay-none"))
    report = await replay_dlq(settings, ReplayFilter(), dry_run=True)
    assert (report.read, report.replayed) == (0, 0)


@pytest.mark.parametrize("delivery", ["at-least-once", "exactly-once"])
async def test_a_dead_letter_the_worker_wrote_replays_to_its_original_record(
    kafka_bootstrap: str, delivery: str
) -> None:
    """From the worker's own dead letter (transactional in exactly-once mode) back to the input:
    the same value, key and headers as the record first produced."""
    from tests.integration.kafka_helpers import WorkerProcess, topic_set

    topics = topic_set("replay-worker")
    await create_topics(kafka_bootstrap, list(topics.values()))
    headers = [("content-type", b"text/plain"), ("x-feed", b"wire")]
    await produce(kafka_bootstrap, topics["input"], [b"   "], headers=[headers], keys=[b"story-1"])
    args = ["--no-enrich", "--pool-size", "0"] + (["--exactly-once"] if delivery == "exactly-once" else [])
    with WorkerProcess(kafka_bootstrap, topics, f"g-{topics['input']}", extra_args=args) as worker:
        dead = await collect(kafka_bootstrap, topics["dlq"], expected=1, timeout=120)
        assert worker.terminate() == 0, worker.logs()[-3000:]
    assert len(dead) == 1
    settings = Settings(
        bootstrap_servers=kafka_bootstrap, dlq_topic=topics["dlq"], input_topic=topics["input"]
    )
    report = await replay_dlq(settings, ReplayFilter(reasons=frozenset({"empty"})))
    assert (report.read, report.replayed) == (1, 1)
    inputs = await collect(kafka_bootstrap, topics["input"], expected=2, timeout=30, settle=0.5)
    first, replayed = inputs
    assert (replayed.value, replayed.key, list(replayed.headers)) == (
        first.value,
        first.key,
        list(first.headers),
    )
