"""The worker's delivery guarantees on a real broker, each shown with counted messages."""

from __future__ import annotations

import asyncio
import socket
import urllib.request

import orjson
import pytest

from tests.integration.kafka_helpers import (
    WorkerProcess,
    collect,
    committed,
    create_topics,
    header,
    produce,
    topic_set,
)

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

PARSE_ONLY = ["--no-enrich", "--pool-size", "0", "--batch-max-records", "100"]
# A killed worker's partitions move after its session times out: keep that short in tests.
FAST_FAILOVER = {"WIRE_SESSION_TIMEOUT_MS": "10000"}


def wire_item(n: int) -> bytes:
    """A distinct, realistic plain-text wire item; its article id differs for every n."""
    return (
        f"Factory output in test province rises for month {n}\n\n"
        f"BEIJING, April 20 (Xinhua) -- Industrial output in the province grew {n % 97} percent "
        f"year on year in March, officials said on Thursday, item number {n}.\n\n"
        "The figure beat analysts' forecasts as steel and coal prices recovered.\n"
    ).encode()


def _distinct_ids(records: list[object]) -> tuple[int, int]:
    ids = [orjson.loads(r.value)["id"] for r in records]  # type: ignore[attr-defined]
    return len(set(ids)), len(ids)


async def _wait_for_output(bootstrap: str, topic: str, at_least: int, timeout: float = 60) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        recs = await collect(bootstrap, topic, expected=at_least, timeout=2, read_committed=False)
        if len(recs) >= at_least:
            return
    raise AssertionError(f"fewer than {at_least} records on {topic} after {timeout} s")


async def test_poison_item_is_dead_lettered_and_neighbours_published(kafka_bootstrap: str) -> None:
    topics = topic_set("dlq")
    await create_topics(kafka_bootstrap, list(topics.values()))
    poison = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    values = [wire_item(1), poison, wire_item(2), b"", wire_item(3)]
    await produce(
        kafka_bootstrap,
        topics["input"],
        values,
        headers=[[("x-feed", b"test")] for _ in values],
        keys=[b"k%d" % i for i in range(5)],
    )
    with WorkerProcess(kafka_bootstrap, topics, f"g-{topics['input']}", PARSE_ONLY) as worker:
        articles = await collect(kafka_bootstrap, topics["articles"], expected=3, timeout=90)
        dead = await collect(kafka_bootstrap, topics["dlq"], expected=2, timeout=30)
        assert worker.terminate() == 0, worker.logs()[-2000:]
    assert len(articles) == 3, worker.logs()[-2000:]
    assert sorted(r.value for r in dead) == sorted([poison, b""])
    by_offset = {int(header(r, "dlq_source_offset") or b"-1"): r for r in dead}
    assert set(by_offset) == {1, 3}
    png = by_offset[1]
    assert png.value == poison and png.key == b"k1"
    assert header(png, "x-feed") == b"test"
    assert header(png, "dlq_error_class") == b"ParseError"
    assert header(png, "dlq_stage") == b"decode"
    assert header(png, "dlq_reason")
    assert header(png, "dlq_source_topic") == topics["input"].encode()
    assert header(png, "dlq_source_partition") == b"0"
    assert (await committed(kafka_bootstrap, f"g-{topics['input']}", topics["input"]))[0] == 5


QUOTED = (
    b"Port traffic recovers\n\n"
    b"DALIAN, April 20 (Xinhua) -- Cargo traffic at the port of Dalian rose 8 percent in March.\n\n"
    b'"The recovery is faster than we expected," said Wang Lei, director of the port authority.\n'
)


@pytest.mark.parametrize("mode", ["at-least-once", "exactly-once"])
async def test_a_quote_with_a_speaker_is_published_keyed_by_the_speaker(
    kafka_bootstrap: str, mode: str
) -> None:
    topics = topic_set(f"quotes-{mode[:5]}")
    await create_topics(kafka_bootstrap, list(topics.values()))
    await produce(kafka_bootstrap, topics["input"], [QUOTED])
    args = ["--pool-size", "0", *(["--exactly-once"] if mode == "exactly-once" else [])]
    with WorkerProcess(kafka_bootstrap, topics, f"g-{topics['input']}", args) as worker:
        articles = await collect(kafka_bootstrap, topics["articles"], expected=1, timeout=120)
        quotes = await collect(kafka_bootstrap, topics["quotes"], expected=1, timeout=30, settle=1)
        assert worker.terminate() == 0, worker.logs()[-2000:]
    assert len(articles) == 1 and len(quotes) == 1, worker.logs()[-2000:]
    (quote,) = quotes
    assert quote.key == b"Wang Lei"
    assert header(quote, "ce_type") == b"wire.quote.extracted.v1"
    event = orjson.loads(quote.value)
    article = orjson.loads(articles[0].value)
    assert event["article_id"] == article["id"] and event["quote"] == article["quotes"][0]
    assert event["quote"]["speaker_name"] == "Wang Lei"


@pytest.mark.parametrize("mode", ["at-least-once", "exactly-once"])
async def test_no_loss_across_sigkill_and_restart(kafka_bootstrap: str, mode: str) -> None:
    n = 3000
    topics = topic_set(f"kill-{mode[:5]}")
    await create_topics(kafka_bootstrap, list(topics.values()), partitions=2)
    await produce(kafka_bootstrap, topics["input"], [wire_item(i) for i in range(n)])
    group = f"g-{topics['input']}"
    args = [*PARSE_ONLY, *(["--exactly-once"] if mode == "exactly-once" else [])]
    first = WorkerProcess(kafka_bootstrap, topics, group, args, env=FAST_FAILOVER).start()
    try:
        await _wait_for_output(kafka_bootstrap, topics["articles"], at_least=300, timeout=120)
    finally:
        first.kill()  # SIGKILL mid-stream: no revoke, no commit, no flush
    with WorkerProcess(kafka_bootstrap, topics, group, args, env=FAST_FAILOVER) as second:
        records = await collect(
            kafka_bootstrap, topics["articles"], expected=n, timeout=240, read_committed=True, settle=3
        )
        assert second.terminate() == 0, second.logs()[-2000:]
    distinct, total = _distinct_ids(records)
    assert distinct == n, f"lost {n - distinct} of {n}"
    if mode == "exactly-once":
        assert total == n, f"{total - n} duplicates visible to a read_committed reader"


async def test_two_workers_split_partitions_and_lose_nothing_when_one_leaves(kafka_bootstrap: str) -> None:
    n = 4000
    topics = topic_set("rebal")
    await create_topics(kafka_bootstrap, list(topics.values()), partitions=4)
    group = f"g-{topics['input']}"
    await produce(kafka_bootstrap, topics["input"], [wire_item(i) for i in range(n // 2)])
    a = WorkerProcess(kafka_bootstrap, topics, group, PARSE_ONLY).start()
    b = WorkerProcess(kafka_bootstrap, topics, group, PARSE_ONLY).start()
    try:
        await _wait_for_output(kafka_bootstrap, topics["articles"], at_least=200, timeout=120)
        await produce(kafka_bootstrap, topics["input"], [wire_item(i) for i in range(n // 2, n)])
        assert b.terminate() == 0, b.logs()[-2000:]  # one leaves: its partitions move to a
        records = await collect(kafka_bootstrap, topics["articles"], expected=n, timeout=240, settle=2)
    finally:
        a.kill()
        b.kill()
    distinct, _ = _distinct_ids(records)
    assert distinct == n, f"lost {n - distinct} of {n}"
    assert "partitions assigned" in a.logs() and "partitions assigned" in b.logs()


async def test_sigterm_drains_and_commits_everything(kafka_bootstrap: str) -> None:
    n = 500
    topics = topic_set("term")
    await create_topics(kafka_bootstrap, list(topics.values()))
    await produce(kafka_bootstrap, topics["input"], [wire_item(i) for i in range(n)])
    group = f"g-{topics['input']}"
    with WorkerProcess(kafka_bootstrap, topics, group, PARSE_ONLY) as worker:
        await collect(kafka_bootstrap, topics["articles"], expected=n, timeout=120)
        assert worker.terminate(timeout=60) == 0, worker.logs()[-2000:]
    assert (await committed(kafka_bootstrap, group, topics["input"]))[0] == n
    assert "stopped cleanly" in worker.logs()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""


async def test_readyz_and_metrics_answer(kafka_bootstrap: str) -> None:
    topics = topic_set("http")
    await create_topics(kafka_bootstrap, list(topics.values()))
    await produce(kafka_bootstrap, topics["input"], [wire_item(1), b"\x00\x01garbage"])
    port = _free_port()
    args = [*PARSE_ONLY, "--http-port", str(port)]
    with WorkerProcess(kafka_bootstrap, topics, f"g-{topics['input']}", args) as worker:
        base = f"http://127.0.0.1:{port}"
        status = 0
        for _ in range(120):
            status, _ = await asyncio.to_thread(_get, base + "/readyz")
            if status == 200:
                break
            await asyncio.sleep(0.5)
        assert status == 200, worker.logs()[-2000:]
        assert (await asyncio.to_thread(_get, base + "/healthz"))[0] == 200
        await collect(kafka_bootstrap, topics["articles"], expected=1, timeout=60)
        await collect(kafka_bootstrap, topics["dlq"], expected=1, timeout=60)
        await asyncio.sleep(1)
        status, text = await asyncio.to_thread(_get, base + "/metrics")
        assert status == 200
        assert "wire_items_consumed_total 2.0" in text
        assert f'wire_events_produced_total{{topic="{topics["articles"]}"}} 1.0' in text
        assert "wire_dead_letters_total{reason=" in text
        assert "wire_stage_seconds_bucket" in text
        assert "wire_consumer_lag" in text
        worker.terminate()
