"""Tracing without a broker: off imports nothing of OpenTelemetry; on without the extra warns once
and runs untraced; on, outputs carry their producer span's traceparent (not the input's) and
the spans follow the pipeline's stage timings, with the failed stage marked."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from aiokafka import TopicPartition

from consumer.config import Settings
from consumer.errors import EnrichError
from consumer.pipeline import Failed, StageTime
from consumer.publish import Topics
from consumer.worker import tracing
from consumer.worker.checkpoint.records import Outputs
from consumer.worker.inflight import InFlight
from consumer.worker.metrics import Metrics
from tests.conftest import ROOT
from tests.unit.worker_fakes import record

INPUT_PARENT = b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "WIRE_"))}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**clean, **env},
    )


def test_tracing_off_imports_nothing_of_opentelemetry() -> None:
    proc = _python(
        """
        import sys
        from consumer.cli import build_parser
        from consumer.config import Settings
        from consumer.worker.app import Worker
        from consumer.worker.service import serve
        worker = Worker(Settings(bootstrap_servers="fake:9092", pool_size=1))
        assert worker.tracer is None
        loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry"))
        print(loaded)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_tracing_on_without_the_extra_warns_once_and_runs_untraced() -> None:
    proc = _python(
        """
        import logging, sys
        sys.modules["opentelemetry"] = None  # as if the extra were not installed
        records = []
        handler = logging.Handler()
        handler.emit = records.append
        logging.getLogger().addHandler(handler)
        from consumer.config import Settings
        from consumer.worker.app import Worker
        worker = Worker(Settings(bootstrap_servers="fake:9092", pool_size=1))
        assert worker.tracer is None and worker.checkpoint.outputs.tracer is None
        print(len([r for r in records if r.levelname == "WARNING" and "not installed" in r.getMessage()]))
        """,
        WIRE_OTEL="1",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "1"


@pytest.mark.parametrize(
    ("env", "on"),
    [
        ({}, False),
        ({"WIRE_OTEL": "1"}, True),
        ({"WIRE_OTEL": "false"}, False),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}, True),
        ({"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://collector:4318/v1/traces"}, True),
    ],
)
def test_what_turns_tracing_on(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], on: bool) -> None:
    for name in ("WIRE_OTEL", *tracing.ENDPOINT_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert tracing.enabled(Settings()) is on


# ---------------------------------------------------------------------- with the extra


def _otel() -> Any:
    pytest.importorskip("opentelemetry.sdk", reason="the extra `otel` is not installed")
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from consumer.worker.otel import OtelTracer

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return OtelTracer(provider, "g"), exporter


def test_a_dead_letter_traced_marks_the_failed_stage_and_replaces_the_traceparent() -> None:
    tracer, exporter = _otel()
    outputs = Outputs(Topics("a", "i", "q", "dlq"), "urn:test", Metrics(), tracer)
    rec = record(0, 5)
    object.__setattr__(rec, "headers", [("traceparent", INPUT_PARENT), ("x-feed", b"rss")])
    t = 1_000_000_000
    timings = (
        StageTime("decode", t, t + 10),
        StageTime("parse", t + 10, t + 50),
        StageTime("entities", t + 60, t + 90),
        StageTime("indicators", t + 90, t + 95),
    )
    outcome = Failed(EnrichError("indicators", "ValueError: boom"), timings)
    part = TopicPartition("raw", 0)
    batch = InFlight().admit({part: [rec]})
    tracer.fetched(batch)
    tracer.begin(batch, {part: [(rec, outcome)]})
    (letter,) = outputs.of(part, rec, outcome)
    assert tracer.trace_id(letter) == "4bf92f3577b34da6a3ce929d0e0e4736"  # for its log line
    tracer.end(None)
    spans = {s.name: s for s in exporter.get_finished_spans()}
    assert set(spans) == {
        "process raw",
        "decode",
        "parse",
        "enrich",
        "entities",
        "indicators",
        "publish",
        "send dlq",
    }
    assert [v for k, v in letter.headers if k == "traceparent"] == [
        f"00-4bf92f3577b34da6a3ce929d0e0e4736-{spans['send dlq'].context.span_id:016x}-01".encode()
    ]
    assert ("x-feed", b"rss") in letter.headers
    assert spans["process raw"].parent.span_id == 0x00F067AA0BA902B7
    assert spans["process raw"].start_time == t  # fetched later than the stages started: they win
    for name in ("process raw", "enrich", "indicators"):
        assert spans[name].status.status_code.name == "ERROR", name
    assert spans["entities"].status.status_code.name == "UNSET"
    assert tracer.trace_id(letter) is None  # the batch is over


def test_log_lines_carry_the_current_trace_id() -> None:
    import logging

    import orjson

    tracer, _ = _otel()
    from consumer.worker.logs import JsonFormatter

    line = logging.LogRecord("consumer.worker", logging.INFO, "", 0, "hello", None, None)
    with tracer.tracer.start_as_current_span("x") as span:
        payload = orjson.loads(JsonFormatter().format(line))
    assert payload["trace_id"] == f"{span.get_span_context().trace_id:032x}"
    tracer.shutdown()
    assert "trace_id" not in orjson.loads(JsonFormatter().format(line))


@pytest.mark.parametrize(
    ("env", "exporter"),
    [
        ({}, "OTLPSpanExporter"),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:1"}, "OTLPSpanExporter"),
        ({"OTEL_TRACES_EXPORTER": "console"}, "ConsoleSpanExporter"),
        ({"OTEL_TRACES_EXPORTER": "none"}, None),
    ],
)
def test_the_exporter_follows_the_standard_variables(env: dict[str, str], exporter: str | None) -> None:
    pytest.importorskip("opentelemetry.sdk", reason="the extra `otel` is not installed")
    from consumer.worker.otel import OtelTracer, _exporter

    made = _exporter(env)
    assert (type(made).__name__ if made is not None else None) == exporter
    tracer = OtelTracer.from_environment(Settings(otel=True, group_id="g"), env)
    assert tracer.provider.resource.attributes["service.name"] == "wire-consumer"
    tracer.shutdown()
    tracer.shutdown()  # twice is harmless (the worker may shut down twice)
