"""The output topic refuses some records (over its max.message.bytes): those items are dead-lettered
with reason output_rejected, everything else is published, the stream goes on."""

from __future__ import annotations

import pytest

from tests.faults.helpers import PARSE_ONLY, Tally, long_item, produce_many, read_all, wire_item
from tests.integration.kafka_helpers import WorkerProcess, create_topics, header, topic_set

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.asyncio]

TOPIC_LIMIT = 2000  # bytes: a short item's article (~1.1 kB) fits, a long one's does not
N = 400


def _items() -> tuple[list[bytes], set[int], set[int]]:
    values, long_ones = [], set()
    for n in range(N):
        if n % 10 == 3:
            values.append(long_item(n, 4000))  # refused by the broker (topic max.message.bytes)
            long_ones.add(n)
        elif n == 207:
            values.append(long_item(n, 700_000))  # article > 1 MiB: refused by the producer itself
            long_ones.add(n)
        else:
            values.append(wire_item(n))
    return values, long_ones, set(range(N)) - long_ones


@pytest.mark.parametrize("mode", ["at-least-once", "exactly-once"])
async def test_refused_outputs_are_dead_lettered_and_the_stream_goes_on(
    kafka_bootstrap: str, mode: str
) -> None:
    topics = topic_set(f"reject-{mode[:5]}")
    await create_topics(
        kafka_bootstrap,
        [topics["input"], topics["indicators"], topics["quotes"], topics["dlq"]],
        partitions=2,
    )
    await create_topics(
        kafka_bootstrap, [topics["articles"]], partitions=2, **{"max.message.bytes": str(TOPIC_LIMIT)}
    )
    values, long_ones, short_ones = _items()
    await produce_many(kafka_bootstrap, topics["input"], values, keys=[b"k%d" % n for n in range(N)])
    args = [*PARSE_ONLY, *(["--exactly-once"] if mode == "exactly-once" else [])]
    with WorkerProcess(kafka_bootstrap, topics, f"g-{topics['input']}", args) as worker:
        articles = await read_all(
            kafka_bootstrap, topics["articles"], until=lambda r: len(r) >= len(short_ones), timeout=180
        )
        dead = await read_all(
            kafka_bootstrap, topics["dlq"], until=lambda r: len(r) >= len(long_ones), timeout=60
        )
        alive = worker.alive()
        code = worker.terminate()
    tally = Tally(f"output-rejected[{mode}]", sent=N)
    tally.add_articles(articles)
    tally.add_dead(dead)
    tally.report(refused_expected=len(long_ones))
    logs = worker.logs()
    assert alive and code == 0, logs[-3000:]
    assert set(tally.received) == short_ones, f"missing articles: {sorted(short_ones - set(tally.received))}"
    assert set(tally.dead) == long_ones, f"dead letters {sorted(tally.dead)} != {sorted(long_ones)}"
    assert tally.unnumbered_dead == 0
    for r in dead:
        assert header(r, "dlq_reason") == b"output_rejected", r.headers
        assert header(r, "dlq_stage") == b"publish"
        assert r.value == values[_n(r)]  # the original bytes, unchanged
    if mode == "exactly-once":
        assert tally.duplicates == 0
        assert sum(tally.dead.values()) == len(long_ones)


def _n(record: object) -> int:
    from tests.faults.helpers import number_of

    n = number_of(record.value)  # type: ignore[attr-defined]
    assert n is not None
    return n
