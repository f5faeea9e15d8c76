"""From an input record and its outcome to the output records, and counting them once acknowledged."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiokafka import TopicPartition

from consumer.errors import WireError
from consumer.events import Ingest
from consumer.pipeline import Failed, Outcome
from consumer.publish import InputRecord, OutRecord, Topics, header, records_for
from consumer.worker.metrics import Metrics

if TYPE_CHECKING:
    from consumer.worker.tracing import RecordTracer

log = logging.getLogger("consumer.worker")


def input_record(tp: TopicPartition, rec: Any) -> InputRecord:
    return InputRecord(
        topic=tp.topic,
        partition=tp.partition,
        offset=rec.offset,
        timestamp_ms=rec.timestamp,
        headers=list(rec.headers or ()),
        value=rec.value or b"",
        key=rec.key,
    )


def content_type(headers: Sequence[tuple[str, bytes]] | None) -> str | None:
    raw = header(headers or (), "content-type")
    return raw.decode("latin-1") if raw else None


def _ts(ms: int | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC) if ms is not None else None


class Outputs:
    def __init__(
        self, topics: Topics, ce_source: str, metrics: Metrics, tracer: RecordTracer | None = None
    ) -> None:
        self.topics, self.ce_source, self.metrics = topics, ce_source, metrics
        self.tracer = tracer  # with tracing on, each output's traceparent is its producer span's

    def of(self, tp: TopicPartition, rec: Any, outcome: Outcome) -> list[OutRecord]:
        ingest = Ingest(
            topic=tp.topic,
            partition=tp.partition,
            offset=rec.offset,
            timestamp=_ts(rec.timestamp),
            processed_at=dt.datetime.now(dt.UTC),
        )
        return self._traced(
            tp, rec, records_for(outcome, input_record(tp, rec), self.topics, self.ce_source, ingest)
        )

    def dead_letter(self, tp: TopicPartition, rec: Any, error: WireError) -> list[OutRecord]:
        return self._traced(
            tp, rec, records_for(Failed(error), input_record(tp, rec), self.topics, self.ce_source)
        )

    def _traced(self, tp: TopicPartition, rec: Any, outputs: list[OutRecord]) -> list[OutRecord]:
        return outputs if self.tracer is None else self.tracer.outputs(tp, rec, outputs)

    def count(self, outputs: Sequence[OutRecord]) -> None:
        """Acknowledged: count each output, and log each dead letter."""
        for out in outputs:
            self.metrics.produced.labels(out.topic).inc()
            if out.kind == "dead_letter":
                reason = (header(out.headers, "dlq_reason") or b"unknown").decode()
                self.metrics.dead_letters.labels(reason).inc()
                extra = {
                    "reason": reason,
                    "source_partition": (header(out.headers, "dlq_source_partition") or b"").decode(),
                    "source_offset": (header(out.headers, "dlq_source_offset") or b"").decode(),
                }
                trace_id = self.tracer.trace_id(out) if self.tracer is not None else None
                if trace_id is not None:
                    extra["trace_id"] = trace_id
                log.warning("item dead-lettered", extra=extra)
