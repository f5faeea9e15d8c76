"""A flood of over 10,000 hostile items mixed with good ones through the real worker.

Every item is accounted for by its input offset: each good one published as a full article,
each hostile one dead-lettered with a reason or published marked (quality best_effort or
warnings); the worker never restarts, RSS stays bounded. A second, smaller run with
enrichment and a one-process pool shows the per-item timeout killing a runaway item.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from tests.faults.helpers import (
    RssSampler,
    Tally,
    produce_many,
    read_all,
    wait_end_offsets,
    wire_item,
)
from tests.faults.hostile import SMALL, flood
from tests.integration.kafka_helpers import WorkerProcess, committed, create_topics, header, topic_set

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.asyncio]

GOOD = 2000
BIG = 64 * 2**20  # topic max.message.bytes, fetch and request sizes: a 50 MB dead letter must fit
# Hostile kinds that are a good item with invisible or NUL characters sprinkled in: recovering
# the article is right for them (they are checked to be published or dead-lettered, not marked).
RECOVERABLE = {"nul_bytes", "rtl_zero_width"}
RSS_GROWTH_LIMIT_MB = 600.0  # observed ~380: a 50 MB value is held as input, dead letter and request


def _by_offset(articles: list[Any], dead: list[Any]) -> tuple[dict[int, list[Any]], dict[int, list[Any]]]:
    arts: dict[int, list[Any]] = {}
    for r in articles:
        event = orjson.loads(r.value)
        arts.setdefault(int(event["ingest"]["offset"]), []).append(event)
    dls: dict[int, list[Any]] = {}
    for r in dead:
        dls.setdefault(int(header(r, "dlq_source_offset") or b"-1"), []).append(r)
    return arts, dls


async def _setup(bootstrap: str, prefix: str) -> dict[str, str]:
    topics = topic_set(prefix)
    big = {"max.message.bytes": str(BIG)}
    await create_topics(bootstrap, [topics["input"], topics["dlq"]], **big)
    await create_topics(bootstrap, [topics["articles"], topics["indicators"], topics["quotes"]])
    return topics


async def _input_committed(
    bootstrap: str, group: str, topic: str, total: int, timeout: float, alive: Callable[[], bool]
) -> bool:
    """Whether the worker committed all `total` input offsets within `timeout` s (false when
    it died). Under exactly-once every output of those items is committed by then."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and alive():
        if (await committed(bootstrap, group, topic))[0] == total:
            return True
        await asyncio.sleep(1)
    return False


def _slow_item(n: int) -> bytes:
    """A valid item with 40,000 figures, for the timeout test. Enrichment is bounded (100,000
    characters, 1,000 figures per field), so it costs about 2.5 CPU s here, not minutes: the
    test's limit sits well below that and well above a good item's ~10 ms."""
    figures = (
        b"Output rose %d.5 percent to %d billion yuan in %d." % (i % 90, i, 1990 + i % 30)
        for i in range(40_000)
    )
    return wire_item(n) + b"\n\n" + b" ".join(figures)


def _worker_env() -> dict[str, str]:
    return {
        "WIRE_MAX_PARTITION_FETCH_BYTES": str(BIG),
        "WIRE_MAX_REQUEST_SIZE": str(BIG),
    }


async def test_hostile_flood_parse_only(kafka_bootstrap: str) -> None:
    values, kinds, numbers = flood(seed=20240501, good=GOOD)
    hostile = sum(1 for k in kinds if k != "good")
    assert hostile >= 10_000
    topics = await _setup(kafka_bootstrap, "flood")
    await produce_many(kafka_bootstrap, topics["input"], values)
    total = len(values)
    total_mb = sum(len(v) for v in values) / 2**20
    values.clear()  # the test process need not hold 150 MB while the worker runs
    args = ["--no-enrich", "--pool-size", "0", "--batch-max-records", "100"]
    started = time.monotonic()
    group = f"g-{topics['input']}"
    with WorkerProcess(kafka_bootstrap, topics, group, args, env=_worker_env()) as worker:
        assert worker.proc is not None
        pid = worker.proc.pid
        with RssSampler(pid) as rss:
            await wait_end_offsets(kafka_bootstrap, topics["articles"], 1, 10, 120, worker.alive)
            warm_t = rss.mark()
            # Hostile items that parse are published too, so the article count is not known in
            # advance: wait for the worker to commit the whole input, then read what it wrote
            # (reading until GOOD articles and a 2 s lull cut the read short on a busy machine).
            await _input_committed(kafka_bootstrap, group, topics["input"], total, 300, worker.alive)
            articles = await read_all(
                kafka_bootstrap,
                topics["articles"],
                until=lambda r: len(r) >= GOOD,
                timeout=300,
                quiet=3,
            )
            dead = await read_all(
                kafka_bootstrap,
                topics["dlq"],
                until=lambda r: len(r) + len(articles) >= total,
                timeout=300,
                quiet=3,
            )
        elapsed = time.monotonic() - started
        same_process = worker.alive() and worker.proc.pid == pid
        logs = worker.logs()
        code = worker.terminate()
    arts, dls = _by_offset(articles, dead)
    outcome: Counter[str] = Counter()
    problems: list[str] = []
    for offset, kind in enumerate(kinds):
        a, d = arts.get(offset, []), dls.get(offset, [])
        if not a and not d:
            problems.append(f"offset {offset} ({kind}): no output at all")
            continue
        if a and d:
            problems.append(f"offset {offset} ({kind}): both published and dead-lettered")
        if d:
            reason = (header(d[0], "dlq_reason") or b"").decode()
            outcome[f"{kind}:dlq:{reason}"] += 1
            if kind == "good":
                problems.append(f"offset {offset}: a good item was dead-lettered ({reason})")
            if not reason:
                problems.append(f"offset {offset} ({kind}): dead letter without a reason")
            continue
        event = a[0]
        marked = event["quality"] == "best_effort" or bool(event["warnings"])
        outcome[f"{kind}:published:{'marked' if marked else 'full'}"] += 1
        if kind == "good":
            if event["quality"] != "full" or f"item number {numbers[offset]}." not in event["body"]["text"]:
                problems.append(f"offset {offset}: good item {numbers[offset]} published wrongly")
        elif kind not in RECOVERABLE and not marked:
            problems.append(f"offset {offset} ({kind}): published unmarked")
    dead_by_kind = Counter(k for o, k in enumerate(kinds) if o in dls)
    tally = Tally("hostile-flood", sent=total)
    tally.received.update(arts.keys())  # counted by input offset here
    tally.add_dead(dead)
    warm = rss.at(warm_t)
    peak = rss.peak(since=warm_t)
    tally.report(
        hostile=hostile,
        good=GOOD,
        input_mb=round(total_mb),
        seconds=round(elapsed, 1),
        rss_warm_mb=round(warm),
        rss_peak_mb=round(peak),
        dead_hostile=sum(dead_by_kind.values()),
    )
    print("FLOOD outcomes by kind:", dict(sorted(outcome.items())), flush=True)
    assert same_process and code == 0, logs[-3000:]
    assert not problems, problems[:30]
    assert tally.duplicates == 0 and len(arts) + len(dls) == total
    assert peak - warm < RSS_GROWTH_LIMIT_MB, f"RSS grew {peak - warm:.0f} MB ({warm:.0f} -> {peak:.0f})"
    for kind in ("value_10mb", "value_50mb"):
        assert outcome[f"{kind}:dlq:too_large"] == 2, outcome
    for r in dead:  # nothing lost: a dead letter carries the original bytes, even 50 MB
        if (header(r, "dlq_reason") or b"") == b"too_large":
            assert len(r.value) >= 10_000_000 and r.value[:1000] == b"A" * 1000


async def test_item_timeout_with_enrichment_in_the_pool(kafka_bootstrap: str) -> None:
    """Enrichment in a one-process pool: runaway items are killed at the per-item limit and
    dead-lettered (timeout); hostile ones are handled; every good item is published."""
    import random

    rng = random.Random(7)
    values: list[bytes] = []
    kinds: list[str] = []
    for n in range(120):
        values.append(wire_item(n))
        kinds.append("good")
    for kind, make, _ in SMALL:
        for i in range(6):
            values.append(make(rng, 200_000 + i))
            kinds.append(kind)
    for n in (900_001, 900_002):
        values.append(_slow_item(n))  # ~2.5 s of bounded enrichment: over the limit
        kinds.append("slow")
    order = list(range(len(values)))
    rng.shuffle(order)
    values = [values[i] for i in order]
    kinds = [kinds[i] for i in order]
    topics = await _setup(kafka_bootstrap, "timeout")
    await produce_many(kafka_bootstrap, topics["input"], values)
    limit = 1.0  # the slowest good or hostile item here costs ~0.15 s, the slow ones ~2.5 s
    # One item per batch: the pool's limit is per chunk (limit x items), so this makes it per item.
    args = ["--pool-size", "1", "--batch-max-records", "1", "--item-timeout-s", str(limit)]
    group = f"g-{topics['input']}"
    started = time.monotonic()
    with WorkerProcess(kafka_bootstrap, topics, group, args, env=_worker_env()) as worker:
        await _input_committed(kafka_bootstrap, group, topics["input"], len(values), 400, worker.alive)
        elapsed = time.monotonic() - started
        articles = await read_all(kafka_bootstrap, topics["articles"], timeout=60, quiet=1)
        dead = await read_all(kafka_bootstrap, topics["dlq"], timeout=60, quiet=1)
        alive = worker.alive()
        code = worker.terminate()
    arts, dls = _by_offset(articles, dead)
    reasons = Counter((header(d[0], "dlq_reason") or b"").decode() for d in dls.values())
    tally = Tally("item-timeout[enrich,pool=1]", sent=len(values))
    tally.received.update(arts.keys())
    tally.add_dead(dead)
    tally.report(item_timeout_s=limit, seconds=round(elapsed, 1))
    assert alive and code == 0, worker.logs()[-3000:]
    missing = [o for o in range(len(values)) if o not in arts and o not in dls]
    assert not missing, [(o, kinds[o]) for o in missing]
    for offset, kind in enumerate(kinds):
        if kind == "good":
            assert offset in arts and offset not in dls, (offset, reasons)
        if kind == "slow":
            assert offset in dls, f"slow item at {offset} was not stopped"
            assert header(dls[offset][0], "dlq_reason") == b"timeout"
    assert "over time limit" in worker.logs()
