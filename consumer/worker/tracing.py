"""Whether the worker traces, and the seam it traces through. Imports no OpenTelemetry module.

Tracing is on when ``WIRE_OTEL=1`` or ``OTEL_EXPORTER_OTLP_ENDPOINT`` (or its traces-only
variant) is set. It needs the optional extra ``otel`` (``pip install "wire-consumer[otel]"``);
when the extra is missing the worker logs one warning and runs without tracing. With tracing
off nothing of OpenTelemetry is imported and every output carries the input's ``traceparent``
as before. The spans themselves are made in ``consumer.worker.otel``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from consumer.config import Settings

if TYPE_CHECKING:
    from aiokafka import TopicPartition

    from consumer.pipeline import Outcome
    from consumer.publish import OutRecord
    from consumer.worker.inflight import Batch, PerPartition

log = logging.getLogger("consumer.worker")

ENDPOINT_VARIABLES = ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")


class RecordTracer(Protocol):
    """What the worker calls; one batch is published at a time (under the publish lock)."""

    def fetched(self, batch: Batch) -> None:
        """The batch was fetched now: its records' consumer spans start here."""

    def begin(self, batch: Batch, per_tp: PerPartition[Outcome]) -> None:
        """The publish stage takes these records: their spans up to now are made."""

    def outputs(self, tp: TopicPartition, rec: Any, outputs: list[OutRecord]) -> list[OutRecord]:
        """The record's outputs, each with a producer span's ``traceparent`` instead of the input's."""

    def trace_id(self, output: OutRecord) -> str | None:
        """The trace an output of the batch being published belongs to (for its log lines)."""

    def end(self, error: BaseException | None) -> None:
        """The batch is acknowledged and committed (or failed with `error`): its spans end."""

    def shutdown(self) -> None:
        """Export what is left."""


def enabled(settings: Settings, environ: Mapping[str, str] = os.environ) -> bool:
    return settings.otel or any(environ.get(name) for name in ENDPOINT_VARIABLES)


def build(settings: Settings, environ: Mapping[str, str] = os.environ) -> RecordTracer | None:
    """The tracer when tracing is on and the extra is installed; else None (one warning if on)."""
    if not enabled(settings, environ):
        return None
    try:
        from consumer.worker.otel import OtelTracer
    except ImportError as exc:
        log.warning(
            "tracing is on (WIRE_OTEL or OTEL_EXPORTER_OTLP_ENDPOINT) but OpenTelemetry is not "
            'installed: running without traces; install the extra: pip install "wire-consumer[otel]"',
            extra={"error": type(exc).__name__, "missing": exc.name},
        )
        return None
    return OtelTracer.from_environment(settings, environ)
