"""Outcomes -> the Kafka records to publish: topic, key, value bytes and headers.

Pure functions, so the exact bytes and headers of every output are testable
without a broker. Values are orjson with sorted keys: the same input yields the
same bytes. Headers follow CloudEvents 1.0 Kafka binary mode; dead letters keep
the original value and headers and add ``dlq_*`` headers saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import orjson
from pydantic import BaseModel

from consumer.errors import WireError
from consumer.events import ArticleEvent, IndicatorEvent, Ingest, QuoteEvent
from consumer.pipeline import Failed, Outcome, Processed

Headers = list[tuple[str, bytes]]

ARTICLE_TYPE = "wire.article.enriched.v1"
INDICATOR_TYPE = "wire.indicator.extracted.v1"
QUOTE_TYPE = "wire.quote.extracted.v1"
# Header names a dead letter adds; anything else with the dlq_ prefix on the input is dropped.
DLQ_PREFIX = "dlq_"


@dataclass(frozen=True)
class Topics:
    articles: str
    indicators: str
    quotes: str
    dlq: str


@dataclass(frozen=True)
class InputRecord:
    """What the worker knows about the input record an outcome came from."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None
    headers: Sequence[tuple[str, bytes]] = ()
    value: bytes = b""
    key: bytes | None = None


@dataclass(frozen=True)
class OutRecord:
    topic: str
    key: bytes | None
    value: bytes
    headers: Headers
    kind: str  # "article" | "indicator" | "quote" | "dead_letter": for metrics


def to_json(model: BaseModel) -> bytes:
    return orjson.dumps(model.model_dump(mode="json", exclude_none=False), option=orjson.OPT_SORT_KEYS)


def header(headers: Sequence[tuple[str, bytes]], name: str) -> bytes | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def _ce_time(record: InputRecord) -> bytes:
    # The input record's timestamp, not the wall clock: re-processing gives the same headers.
    if record.timestamp_ms is None:
        return b""
    moment = dt.datetime.fromtimestamp(record.timestamp_ms / 1000, tz=dt.UTC)
    return moment.isoformat().replace("+00:00", "Z").encode()


def cloudevent_headers(
    ce_type: str, ce_id: str, subject: str, ce_source: str, record: InputRecord
) -> Headers:
    headers: Headers = [
        ("ce_specversion", b"1.0"),
        ("ce_id", ce_id.encode()),
        ("ce_source", ce_source.encode()),
        ("ce_type", ce_type.encode()),
        ("ce_subject", subject.encode("utf-8", "replace")),
        ("content-type", b"application/json"),
    ]
    when = _ce_time(record)
    if when:
        headers.insert(4, ("ce_time", when))
    traceparent = header(record.headers, "traceparent")
    if traceparent is not None:
        headers.append(("traceparent", traceparent))
        tracestate = header(record.headers, "tracestate")
        if tracestate is not None:
            headers.append(("tracestate", tracestate))
    return headers


def records_for(
    outcome: Outcome, record: InputRecord, topics: Topics, ce_source: str, ingest: Ingest | None = None
) -> list[OutRecord]:
    """Every record one input produces: the article, its indicators and quotes, or one dead letter."""
    if isinstance(outcome, Failed):
        return [dead_letter(record, outcome.error, topics.dlq)]
    return processed_records(outcome, record, topics, ce_source, ingest)


def indicator_key(event: IndicatorEvent) -> bytes:
    """Kafka key of an indicator: subject+metric, so one series stays on one partition."""
    ind = event.indicator
    return f"{ind.subject_name or ind.subject or '-'}|{ind.metric}".encode()


def quote_key(event: QuoteEvent) -> bytes:
    """Kafka key of a quote: the speaker's entity name, so one speaker's quotes stay on one partition."""
    quote = event.quote
    return (quote.speaker_name or quote.speaker or "-").encode()


def child_key(event: IndicatorEvent | QuoteEvent) -> bytes:
    return indicator_key(event) if isinstance(event, IndicatorEvent) else quote_key(event)


def processed_records(
    outcome: Processed, record: InputRecord, topics: Topics, ce_source: str, ingest: Ingest | None
) -> list[OutRecord]:
    article: ArticleEvent = outcome.article
    if ingest is not None:
        article = article.model_copy(update={"ingest": ingest})
    out = [
        OutRecord(
            topic=topics.articles,
            key=article.story_id.encode(),
            value=to_json(article),
            headers=cloudevent_headers(ARTICLE_TYPE, article.id, article.story_id, ce_source, record),
            kind="article",
        )
    ]
    children: tuple[tuple[str, Sequence[IndicatorEvent | QuoteEvent], str, str], ...] = (
        (topics.indicators, outcome.indicators, INDICATOR_TYPE, "indicator"),
        (topics.quotes, outcome.quotes, QUOTE_TYPE, "quote"),
    )
    for topic, events, ce_type, kind in children:
        for event in events:
            if ingest is not None:
                event = event.model_copy(update={"ingest": ingest})
            out.append(
                OutRecord(
                    topic=topic,
                    key=child_key(event),
                    value=to_json(event),
                    headers=cloudevent_headers(ce_type, event.id, article.story_id, ce_source, record),
                    kind=kind,
                )
            )
    return out


def dead_letter(record: InputRecord, error: WireError, dlq_topic: str) -> OutRecord:
    """The original bytes and headers, plus why and where from. Never the item's text in a header."""
    kept = [(k, v) for k, v in record.headers if not k.startswith(DLQ_PREFIX)]
    message = error.message if len(error.message) <= 500 else error.message[:497] + "..."
    kept += [
        ("dlq_error_class", type(error).__name__.encode()),
        ("dlq_reason", error.reason.encode()),
        ("dlq_message", message.encode("utf-8", "replace")),
        ("dlq_stage", error.stage.encode()),
        ("dlq_source_topic", record.topic.encode()),
        ("dlq_source_partition", str(record.partition).encode()),
        ("dlq_source_offset", str(record.offset).encode()),
    ]
    return OutRecord(topic=dlq_topic, key=record.key, value=record.value, headers=kept, kind="dead_letter")
