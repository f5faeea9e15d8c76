"""OpenTelemetry spans for each record (needs the extra ``otel``; imported only when tracing is on).

One trace per input record, joined to the producer's through the record's W3C ``traceparent``::

    process <input topic>       CONSUMER  from the fetch to the commit; parent: the input's traceparent
      decode, parse             INTERNAL  from the pipeline's stage timings
      enrich                    INTERNAL  entities (the batch's NER call), indicators, subjects, quotes
      publish                   INTERNAL  outputs sent and acknowledged, offsets committed
        send <output topic>     PRODUCER  one per output; its context is the output's traceparent

The pipeline runs in pool processes, so its stages are not spans there: each outcome carries
wall-clock stage timings (``consumer.pipeline.StageTime``) and the spans are made here, in the
worker process, with those start and end times. Span names are the dead-letter stage names
(``dlq_stage``); a failed record's span and the stage it failed in are marked as errors with
its ``dlq_reason``.

``opentelemetry-instrumentation-aiokafka`` is not used: it would make a span per ``send`` under
whatever span is current, and the worker sends a whole batch's outputs from one task, so its
spans would not join the records' traces; it would also add a second ``traceparent``.
"""

from __future__ import annotations

import dataclasses
import logging
import time
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import TopicPartition
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.propagators.textmap import Getter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter
from opentelemetry.trace import Span, SpanKind, Status, StatusCode
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from consumer import __version__
from consumer.config import Settings
from consumer.pipeline import Failed, Outcome
from consumer.publish import OutRecord
from consumer.worker import logs
from consumer.worker.inflight import Batch, PerPartition

log = logging.getLogger("consumer.worker")

ENRICH_STAGES = ("entities", "indicators", "subjects", "quotes")
_TRACE_HEADERS = ("traceparent", "tracestate")
_PROPAGATOR = TraceContextTextMapPropagator()


class _HeaderGetter(Getter[Sequence[tuple[str, bytes]]]):
    """Kafka headers (a list of name, bytes pairs) as a W3C trace-context carrier."""

    def get(self, carrier: Sequence[tuple[str, bytes]], key: str) -> list[str] | None:
        found = [value.decode("latin-1") for name, value in carrier if name.lower() == key]
        return found or None

    def keys(self, carrier: Sequence[tuple[str, bytes]]) -> list[str]:
        return [name for name, _ in carrier]


_GETTER = _HeaderGetter()


@dataclass
class _Open:
    """The spans of one record while its batch is being published."""

    record: Span
    publish: Span
    sends: list[Span] = field(default_factory=list)


def current_trace_ids() -> dict[str, str]:
    """For the JSON log formatter: the ids of the span current where a line is logged."""
    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return {}
    return {"trace_id": f"{context.trace_id:032x}", "span_id": f"{context.span_id:016x}"}


class OtelTracer:
    def __init__(self, provider: TracerProvider, group_id: str = "", own_provider: bool = True) -> None:
        self.provider, self.group_id, self._own = provider, group_id, own_provider
        self.tracer = provider.get_tracer("wire-consumer", __version__)
        self._fetched: weakref.WeakKeyDictionary[Batch, int] = weakref.WeakKeyDictionary()
        self._open: dict[tuple[str, int, int], _Open] = {}
        self._traces: dict[int, str] = {}  # id(output record) -> trace id, for the batch publishing
        logs.set_trace_ids(current_trace_ids)

    @classmethod
    def from_environment(cls, settings: Settings, environ: Mapping[str, str]) -> OtelTracer:
        """A provider exporting as the standard OTEL_* variables say (OTLP over HTTP by default)."""
        attributes = {} if environ.get("OTEL_SERVICE_NAME") else {"service.name": "wire-consumer"}
        provider = TracerProvider(resource=Resource.create({**attributes, "service.version": __version__}))
        exporter = _exporter(environ)
        if exporter is not None:
            provider.add_span_processor(BatchSpanProcessor(exporter))
        log.info("tracing on", extra={"exporter": type(exporter).__name__ if exporter else None})
        return cls(provider, settings.group_id)

    # ------------------------------------------------------------------ the worker's calls

    def fetched(self, batch: Batch) -> None:
        self._fetched[batch] = time.time_ns()

    def begin(self, batch: Batch, per_tp: PerPartition[Outcome]) -> None:
        now = time.time_ns()
        fetched = self._fetched.pop(batch, None)
        for tp, pairs in per_tp.items():
            for rec, outcome in pairs:
                start = min([fetched or now, *(t.start_ns for t in outcome.timings)])
                record = self._record_span(tp, rec, outcome, start)
                context = trace.set_span_in_context(record)
                self._stages(outcome, context)
                publish = self.tracer.start_span("publish", context, start_time=now)
                self._open[(tp.topic, tp.partition, rec.offset)] = _Open(record, publish)

    def outputs(self, tp: TopicPartition, rec: Any, outputs: list[OutRecord]) -> list[OutRecord]:
        opened = self._open.get((tp.topic, tp.partition, rec.offset))
        if opened is None:
            return outputs
        parent = trace.set_span_in_context(opened.publish)
        traced = []
        for out in outputs:
            send = self.tracer.start_span(
                f"send {out.topic}",
                parent,
                kind=SpanKind.PRODUCER,
                attributes={
                    "messaging.system": "kafka",
                    "messaging.operation.type": "send",
                    "messaging.operation.name": "send",
                    "messaging.destination.name": out.topic,
                    "wire.output.kind": out.kind,
                },
            )
            opened.sends.append(send)
            carrier: dict[str, str] = {}
            _PROPAGATOR.inject(carrier, trace.set_span_in_context(send))
            headers = [(k, v) for k, v in out.headers if k.lower() not in _TRACE_HEADERS]
            headers += [(k, v.encode("latin-1")) for k, v in carrier.items()]
            traced.append(dataclasses.replace(out, headers=headers))
            self._traces[id(traced[-1])] = f"{send.get_span_context().trace_id:032x}"
        return traced

    def trace_id(self, output: OutRecord) -> str | None:
        return self._traces.get(id(output))

    def end(self, error: BaseException | None) -> None:
        now = time.time_ns()
        for opened in self._open.values():
            for span in (*opened.sends, opened.publish):
                _fail(span, error)
                span.end(end_time=now)
            _fail(opened.record, error)
            opened.record.end(end_time=now)
        self._open.clear()
        self._traces.clear()

    def shutdown(self) -> None:
        logs.set_trace_ids(None)
        if self._own:
            self._own = False  # once: the worker may be shut down twice
            self.provider.shutdown()

    # ------------------------------------------------------------------ spans

    def _record_span(self, tp: TopicPartition, rec: Any, outcome: Outcome, start: int) -> Span:
        parent = _PROPAGATOR.extract(list(rec.headers or ()), getter=_GETTER)
        attributes: dict[str, str | int] = {
            "messaging.system": "kafka",
            "messaging.operation.type": "process",
            "messaging.operation.name": "process",
            "messaging.destination.name": tp.topic,
            "messaging.destination.partition.id": str(tp.partition),
            "messaging.kafka.offset": rec.offset,
            "messaging.consumer.group.name": self.group_id,
        }
        if isinstance(outcome, Failed):
            attributes |= {"wire.dlq_reason": outcome.error.reason, "wire.dlq_stage": outcome.error.stage}
        span = self.tracer.start_span(
            f"process {tp.topic}", parent, kind=SpanKind.CONSUMER, attributes=attributes, start_time=start
        )
        if isinstance(outcome, Failed):
            span.set_status(Status(StatusCode.ERROR, outcome.error.reason))
        return span

    def _stages(self, outcome: Outcome, context: Context) -> None:
        """decode and parse under the record; the enrichment stages under one enrich span."""
        error = outcome.error if isinstance(outcome, Failed) else None
        failed_stage = error.stage if error is not None else None
        direct = [t for t in outcome.timings if t.stage not in ENRICH_STAGES]
        enriching = [t for t in outcome.timings if t.stage in ENRICH_STAGES]
        for timing in direct:
            self._span(timing.stage, timing.start_ns, timing.end_ns, context, error, failed_stage)
        if not enriching:
            return
        enrich = self.tracer.start_span("enrich", context, start_time=min(t.start_ns for t in enriching))
        inner = trace.set_span_in_context(enrich)
        for timing in enriching:
            failed_here = error.reason if failed_stage == "enrich" and error is not None else None
            self._span(timing.stage, timing.start_ns, timing.end_ns, inner, error, failed_here)
        if failed_stage == "enrich" and error is not None:
            enrich.set_status(Status(StatusCode.ERROR, error.reason))
        enrich.end(end_time=max(t.end_ns for t in enriching))

    def _span(
        self, name: str, start: int, end: int, context: Context, error: Any, failed: str | None
    ) -> None:
        span = self.tracer.start_span(name, context, start_time=start)
        if failed == name and error is not None:
            span.set_status(Status(StatusCode.ERROR, error.reason))
        span.end(end_time=end)


def _fail(span: Span, error: BaseException | None) -> None:
    if error is not None:
        span.set_status(Status(StatusCode.ERROR, type(error).__name__))


def _exporter(environ: Mapping[str, str]) -> SpanExporter | None:
    """OTEL_TRACES_EXPORTER: otlp (default), console or none; OTLP over http/protobuf unless
    OTEL_EXPORTER_OTLP[_TRACES]_PROTOCOL says grpc and the grpc exporter is installed."""
    kind = environ.get("OTEL_TRACES_EXPORTER", "otlp").split(",")[0].strip().lower()
    if kind == "none":
        return None
    if kind == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        return ConsoleSpanExporter()
    protocol = environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL") or environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
    if protocol == "grpc":
        try:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import (  # type: ignore[import-not-found,unused-ignore]
                OTLPSpanExporter as GrpcExporter,
            )
        except ImportError:
            log.warning("OTLP over grpc needs opentelemetry-exporter-otlp-proto-grpc: exporting over http")
        else:
            return GrpcExporter()  # type: ignore[no-any-return,unused-ignore]
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()
