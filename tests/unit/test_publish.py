"""Output records: CloudEvents headers, keys, determinism, dead letters."""

from __future__ import annotations

import orjson

from consumer.errors import ParseError
from consumer.events import ArticleEvent, Body, Indicator
from consumer.pipeline import Failed, Processed, indicator_event
from consumer.publish import InputRecord, Topics, dead_letter, header, records_for

TOPICS = Topics("arts", "inds", "quotes", "dlq")
SOURCE = InputRecord(
    topic="raw",
    partition=3,
    offset=42,
    timestamp_ms=1_492_646_400_000,
    headers=[("traceparent", b"00-abc-def-01"), ("x-feed", b"rss")],
    value=b"raw bytes",
    key=b"k1",
)


def _article() -> ArticleEvent:
    return ArticleEvent(
        id="a1",
        story_id="s1",
        headline="Growth returns",
        body=Body(text="GDP rose 2.4 percent.", paragraphs=["GDP rose 2.4 percent."], word_count=4),
        indicators=[
            Indicator(
                id="i1",
                value=2.4,
                unit="percent",
                text="2.4 percent",
                field="body",
                start=9,
                end=20,
                sentence="GDP rose 2.4 percent.",
                change="up",
                metric="gdp_growth",
                subject_name="Liaoning",
            )
        ],
    )


def test_article_and_indicator_records_carry_cloudevents_headers() -> None:
    article = _article()
    outcome = Processed(article, [indicator_event(article, article.indicators[0])])
    out = records_for(outcome, SOURCE, TOPICS, "urn:test")
    assert [o.topic for o in out] == ["arts", "inds"]
    art = out[0]
    assert art.key == b"s1"
    assert header(art.headers, "ce_specversion") == b"1.0"
    assert header(art.headers, "ce_type") == b"wire.article.enriched.v1"
    assert header(art.headers, "ce_id") == b"a1"
    assert header(art.headers, "ce_subject") == b"s1"
    assert header(art.headers, "ce_time") == b"2017-04-20T00:00:00Z"
    assert header(art.headers, "content-type") == b"application/json"
    assert header(art.headers, "traceparent") == b"00-abc-def-01"
    ind = out[1]
    assert ind.key == b"Liaoning|gdp_growth"
    assert header(ind.headers, "ce_type") == b"wire.indicator.extracted.v1"
    body = orjson.loads(ind.value)
    assert body["article_id"] == "a1" and body["indicator"]["value"] == 2.4


def test_same_input_gives_byte_identical_records() -> None:
    a, b = _article(), _article()
    first = records_for(Processed(a, [indicator_event(a, a.indicators[0])]), SOURCE, TOPICS, "urn:test")
    second = records_for(Processed(b, [indicator_event(b, b.indicators[0])]), SOURCE, TOPICS, "urn:test")
    assert [(o.key, o.value, o.headers) for o in first] == [(o.key, o.value, o.headers) for o in second]


def test_no_traceparent_header_when_input_has_none() -> None:
    source = InputRecord(topic="raw", partition=0, offset=0, timestamp_ms=None)
    out = records_for(Processed(_article()), source, TOPICS, "urn:test")
    names = [k for k, _ in out[0].headers]
    assert "traceparent" not in names and "ce_time" not in names


def test_dead_letter_keeps_original_bytes_headers_and_says_why() -> None:
    out = records_for(Failed(ParseError("binary", "looks like a PNG image")), SOURCE, TOPICS, "urn:test")
    assert len(out) == 1
    dl = out[0]
    assert dl.topic == "dlq" and dl.value == b"raw bytes" and dl.key == b"k1"
    assert header(dl.headers, "x-feed") == b"rss"
    assert header(dl.headers, "dlq_error_class") == b"ParseError"
    assert header(dl.headers, "dlq_reason") == b"binary"
    assert header(dl.headers, "dlq_stage") == b"parse"
    assert header(dl.headers, "dlq_source_topic") == b"raw"
    assert header(dl.headers, "dlq_source_partition") == b"3"
    assert header(dl.headers, "dlq_source_offset") == b"42"


def test_dead_letter_message_is_bounded() -> None:
    dl = dead_letter(SOURCE, ParseError("x", "y" * 10_000), "dlq")
    assert len(header(dl.headers, "dlq_message") or b"") <= 500
