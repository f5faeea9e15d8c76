"""OpenTelemetry on a real broker: the worker runs in this process (its pipeline in a pool
process) with an in-memory span exporter, and each record's span tree is checked: the consumer
span's parent is the input's traceparent, the stages are its children, and each output's
traceparent is its producer span's."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterable
from typing import Any

import pytest

from consumer.config import Settings
from consumer.worker.app import Worker
from tests.conftest import SEED
from tests.integration.kafka_helpers import collect, create_topics, header, produce, topic_set

if os.environ.get("CI", "").lower() != "true":  # CI installs the extra: there a missing one fails
    pytest.importorskip("opentelemetry.sdk", reason="the extra `otel` is not installed")

from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from consumer.worker.otel import OtelTracer

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT_ID = "00f067aa0ba902b7"
POISON_TRACE_ID = "0af7651916cd43dd8448eb211c80319c"


def _traceparent(trace_id: str, span_id: str) -> bytes:
    return f"00-{trace_id}-{span_id}-01".encode()


def span_tree(spans: Iterable[Any]) -> list[str]:  # also pasted in the README
    """Finished spans as an indented tree, children in start order (for tests and the docs)."""
    by_parent: dict[int | None, list[Any]] = {}
    ids = {span.context.span_id for span in spans}
    for span in spans:
        parent = span.parent.span_id if span.parent is not None and span.parent.span_id in ids else None
        by_parent.setdefault(parent, []).append(span)
    lines: list[str] = []

    def walk(parent: int | None, depth: int) -> None:
        for span in sorted(by_parent.get(parent, []), key=lambda s: (s.start_time, s.name)):
            ms = (span.end_time - span.start_time) / 1e6
            kind = span.kind.name.lower()
            lines.append(f"{'  ' * depth}{span.name} [{kind}] {ms:.1f} ms")
            walk(span.context.span_id, depth + 1)

    walk(None, 0)
    return lines


def _children(spans: list[ReadableSpan], parent: ReadableSpan) -> list[ReadableSpan]:
    return sorted(
        (s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id),
        key=lambda s: (s.start_time or 0, s.name),
    )


@pytest.mark.parametrize("delivery", ["at-least-once", "exactly-once"])
async def test_one_item_has_a_span_tree_joined_to_its_producer(
    kafka_bootstrap: str, caplog: pytest.LogCaptureFixture, delivery: str
) -> None:
    topics = topic_set("trace")
    await create_topics(kafka_bootstrap, list(topics.values()))
    await produce(
        kafka_bootstrap,
        topics["input"],
        [SEED.read_bytes(), b""],
        headers=[
            [("traceparent", _traceparent(TRACE_ID, PARENT_ID))],
            [("traceparent", _traceparent(POISON_TRACE_ID, PARENT_ID))],
        ],
    )
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    group = f"g-{topics['input']}"
    settings = Settings(
        bootstrap_servers=kafka_bootstrap,
        input_topic=topics["input"],
        articles_topic=topics["articles"],
        indicators_topic=topics["indicators"],
        quotes_topic=topics["quotes"],
        dlq_topic=topics["dlq"],
        group_id=group,
        pool_size=1,  # the pipeline runs in another process: its stages come back as timings
        http_port=0,
        otel=True,
        delivery=delivery,
    )
    worker = Worker(settings, tracer=OtelTracer(provider, group))
    caplog.set_level(logging.WARNING, logger="consumer.worker")
    await worker.start()
    run = asyncio.create_task(worker.run())
    try:
        articles = await collect(kafka_bootstrap, topics["articles"], expected=1, timeout=180)
        dead = await collect(kafka_bootstrap, topics["dlq"], expected=1, timeout=60)
        for _ in range(100):  # the spans end once the batch is committed
            if sum(s.name == f"process {topics['input']}" for s in exporter.get_finished_spans()) >= 2:
                break
            await asyncio.sleep(0.1)
    finally:
        worker.request_stop()
        await asyncio.wait_for(run, 60)
    spans = list(exporter.get_finished_spans())
    item = [s for s in spans if s.context.trace_id == int(TRACE_ID, 16)]
    tree = span_tree(item)
    print(f"\nspan tree of one item ({delivery}):\n" + "\n".join(tree))

    # The consumer span continues the producer's trace, under the producer's span.
    (root,) = [s for s in item if s.kind is SpanKind.CONSUMER]
    assert root.name == f"process {topics['input']}"
    assert root.parent is not None and root.parent.span_id == int(PARENT_ID, 16) and root.parent.is_remote
    assert root.attributes is not None and root.attributes["messaging.kafka.offset"] == 0
    assert [s.name for s in _children(item, root)] == ["decode", "parse", "enrich", "publish"]
    enrich = next(s for s in _children(item, root) if s.name == "enrich")
    assert [s.name for s in _children(item, enrich)] == ["entities", "indicators", "subjects", "quotes"]
    for stage in _children(item, root):  # the stages are inside the record's span, in order
        assert root.start_time <= stage.start_time <= stage.end_time <= root.end_time  # type: ignore[operator]

    # One producer span per output; each output's traceparent is its producer span's.
    publish = next(s for s in _children(item, root) if s.name == "publish")
    sends = _children(item, publish)
    assert all(s.kind is SpanKind.PRODUCER for s in sends)
    indicators = await collect(kafka_bootstrap, topics["indicators"], expected=1, timeout=10, settle=1.0)
    quotes = await collect(kafka_bootstrap, topics["quotes"], expected=0, timeout=3)
    outputs: list[Any] = [*articles, *indicators, *quotes]
    assert len(sends) == len(outputs) and indicators
    send_ids = {f"{s.context.span_id:016x}" for s in sends}
    for out in outputs:
        parent = header(out, "traceparent")
        assert parent is not None
        _, trace_id, span_id, _ = parent.decode().split("-")
        assert trace_id == TRACE_ID and span_id in send_ids
    assert {s.name for s in sends} >= {f"send {topics['articles']}", f"send {topics['indicators']}"}

    # The poison item: its span says why, and the dead-letter log line carries its trace id.
    (bad,) = [
        s for s in spans if s.kind is SpanKind.CONSUMER and s.context.trace_id == int(POISON_TRACE_ID, 16)
    ]
    assert bad.status.status_code is StatusCode.ERROR and bad.attributes is not None
    assert bad.attributes["wire.dlq_reason"] == "empty"
    assert dead and header(dead[0], "dlq_reason") == b"empty"
    logged = [r for r in caplog.records if r.getMessage() == "item dead-lettered"]
    assert logged and getattr(logged[0], "trace_id", None) == POISON_TRACE_ID


async def test_the_worker_process_exports_its_spans_over_otlp(kafka_bootstrap: str) -> None:
    """`wire-consumer run` as deployed: OTEL_EXPORTER_OTLP_ENDPOINT alone turns tracing on, spans
    go to the collector over OTLP/HTTP, and SIGTERM flushes them."""
    import http.server
    import threading

    from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

    from tests.integration.kafka_helpers import WorkerProcess

    received: list[bytes] = []

    class Collector(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    topics = topic_set("otlp")
    await create_topics(kafka_bootstrap, list(topics.values()))
    await produce(
        kafka_bootstrap,
        topics["input"],
        [SEED.read_bytes()],
        headers=[[("traceparent", _traceparent(TRACE_ID, PARENT_ID))]],
    )
    env = {
        "OTEL_EXPORTER_OTLP_ENDPOINT": f"http://127.0.0.1:{server.server_address[1]}",
        "OTEL_BSP_SCHEDULE_DELAY": "200",
    }
    args = ["--no-enrich", "--pool-size", "1"]
    try:
        with WorkerProcess(
            kafka_bootstrap, topics, f"g-{topics['input']}", extra_args=args, env=env
        ) as worker:
            articles = await collect(kafka_bootstrap, topics["articles"], expected=1, timeout=120)
            assert worker.terminate() == 0, worker.logs()[-3000:]
    finally:
        server.shutdown()
    assert articles
    spans = []
    for body in received:
        request = ExportTraceServiceRequest.FromString(body)
        for resource in request.resource_spans:
            service = {a.key: a.value.string_value for a in resource.resource.attributes}["service.name"]
            assert service == "wire-consumer"
            spans += [span for scope in resource.scope_spans for span in scope.spans]
    mine = {span.name for span in spans if span.trace_id.hex() == TRACE_ID}
    assert mine == {f"process {topics['input']}", "decode", "parse", "publish", f"send {topics['articles']}"}
    (root,) = [span for span in spans if span.name == f"process {topics['input']}"]
    assert root.parent_span_id.hex() == PARENT_ID
    _, _, span_id, _ = (header(articles[0], "traceparent") or b"").decode().split("-")
    (send,) = [span for span in spans if span.name == f"send {topics['articles']}"]
    assert send.span_id.hex() == span_id
