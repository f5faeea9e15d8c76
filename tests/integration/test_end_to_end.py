"""The walking skeleton on a real broker: the user's sample in, its article event out, offset committed."""

from __future__ import annotations

import asyncio

import orjson
import pytest

from tests.conftest import SEED
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


async def test_sample_item_flows_end_to_end(kafka_bootstrap: str) -> None:
    topics = topic_set("e2e")
    await create_topics(kafka_bootstrap, list(topics.values()))
    traceparent = b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    await produce(
        kafka_bootstrap, topics["input"], [SEED.read_bytes()], headers=[[("traceparent", traceparent)]]
    )
    group = f"g-{topics['input']}"
    with WorkerProcess(kafka_bootstrap, topics, group, extra_args=["--pool-size", "1"]) as worker:
        records = await collect(kafka_bootstrap, topics["articles"], expected=1, timeout=120)
        assert records, f"no article event; worker log:\n{worker.logs()[-3000:]}"
        # The offset is committed after the outputs are acknowledged: poll briefly for it.
        offsets: dict[int, int | None] = {}
        for _ in range(40):
            offsets = await committed(kafka_bootstrap, group, topics["input"])
            if offsets.get(0) == 1:
                break
            await asyncio.sleep(0.25)
        assert worker.terminate() == 0, worker.logs()[-3000:]
    event = orjson.loads(records[0].value)
    assert event["headline"] == "Signs of recovery appear in China's rustbelt"
    assert records[0].key == event["story_id"].encode()
    assert header(records[0], "ce_type") == b"wire.article.enriched.v1"
    assert header(records[0], "ce_id") == event["id"].encode()
    assert header(records[0], "traceparent") == traceparent
    assert event["ingest"]["offset"] == 0
    assert offsets.get(0) == 1
