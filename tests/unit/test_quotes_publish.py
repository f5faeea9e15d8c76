"""Quotes wired (issue 14): in the article event, and one wire.quotes.v1 record per quote with a speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence

import orjson

from consumer.errors import EnrichError
from consumer.events import Article, Entity, Ingest, Mention, Quote
from consumer.pipeline import Failed, Pipeline, PipelineOptions, Processed, RawItem
from consumer.publish import InputRecord, Topics, header, records_for

TOPICS = Topics("arts", "inds", "quotes", "dlq")
SOURCE = InputRecord(topic="raw", partition=1, offset=7, timestamp_ms=1_492_646_400_000, value=b"raw")
# The first quote's speaker is unnamed ("a dock worker", no person named in reach); the second is Wang Lei's.
STORY = (
    b"Port traffic recovers\n\n"
    b'DALIAN, April 20 (Xinhua) -- "Nobody here thought the ships would come back so soon," '
    b"a dock worker said.\n\n"
    b"Cargo traffic at the port rose in March.\n\n"
    b"Exports of steel led the rise.\n\n"
    b'"The recovery is faster than we expected," said Wang Lei, director of the port authority.\n'
)


class _Extractor:
    """Stands in for the NER model: Wang Lei wherever the body names him."""

    def extract(self, articles: Sequence[Article]) -> list[list[Entity]]:
        out: list[list[Entity]] = []
        for article in articles:
            mentions = [
                Mention(text="Wang Lei", field="body", start=m.start(), end=m.end())
                for m in re.finditer("Wang Lei", article.body.text)
            ]
            out.append(
                [Entity(id="ent_wang_lei", type="PERSON", name="Wang Lei", mentions=mentions, salience=0.5)]
            )
        return out


def _process(value: bytes = STORY) -> Processed:
    (outcome,) = Pipeline(PipelineOptions(enrich=True), extractor=_Extractor()).process_batch(
        [RawItem(value)]
    )
    assert isinstance(outcome, Processed)
    return outcome


def test_the_article_event_carries_every_quote_and_only_quotes_with_a_speaker_are_events() -> None:
    outcome = _process()
    speakers = [q.speaker_name for q in outcome.article.quotes]
    assert speakers == [None, "Wang Lei"]
    assert [e.quote.speaker_name for e in outcome.quotes] == ["Wang Lei"]
    (event,) = outcome.quotes
    assert (event.article_id, event.story_id, event.headline) == (
        outcome.article.id,
        outcome.article.story_id,
        "Port traffic recovers",
    )
    assert event.quote == outcome.article.quotes[1]


def test_quote_records_are_keyed_by_the_speaker_name_with_the_quote_ce_type() -> None:
    out = records_for(_process(), SOURCE, TOPICS, "urn:test")
    assert [o.topic for o in out] == ["arts", "quotes"]
    quote = out[1]
    assert quote.kind == "quote"
    assert quote.key == b"Wang Lei"
    assert header(quote.headers, "ce_type") == b"wire.quote.extracted.v1"
    assert header(quote.headers, "ce_subject") == out[0].key  # the story id, as for indicators
    assert header(quote.headers, "ce_time") == b"2017-04-20T00:00:00Z"
    body = orjson.loads(quote.value)
    assert body["quote"]["speaker"] == "ent_wang_lei"
    assert body["quote"]["text"] == "The recovery is faster than we expected,"
    assert header(quote.headers, "ce_id") == body["id"].encode()
    article = orjson.loads(out[0].value)
    assert [q["speaker_name"] for q in article["quotes"]] == [None, "Wang Lei"]


def test_reprocessing_gives_byte_identical_quote_records() -> None:
    first = [o for o in records_for(_process(), SOURCE, TOPICS, "urn:test") if o.kind == "quote"]
    second = [o for o in records_for(_process(), SOURCE, TOPICS, "urn:test") if o.kind == "quote"]
    assert first
    assert [(o.key, o.value, o.headers) for o in first] == [(o.key, o.value, o.headers) for o in second]


def test_the_worker_stamps_ingest_on_quote_records() -> None:
    ingest = Ingest(topic="raw", partition=1, offset=7)
    out = records_for(_process(), SOURCE, TOPICS, "urn:test", ingest)
    (quote,) = [o for o in out if o.kind == "quote"]
    assert orjson.loads(quote.value)["ingest"]["offset"] == 7


def test_a_non_english_item_gives_no_quotes() -> None:
    story = (
        b"Le trafic portuaire reprend\n\n"
        b'DALIAN, 20 avril (Xinhua) -- "La reprise est plus rapide que prevu", a declare Wang Lei, '
        b"directeur de l'autorite portuaire, lors d'une conference de presse tenue dans la ville.\n"
    )
    outcome = _process(story)
    assert outcome.article.language not in ("en", "und")
    assert outcome.article.quotes == [] and outcome.quotes == []


def test_a_quote_stage_bug_dead_letters_the_item_in_the_enrich_stage() -> None:
    pipeline = Pipeline(PipelineOptions(enrich=True), extractor=_Extractor())

    def broken(article: Article, entities: list[Entity]) -> list[Quote]:
        raise RuntimeError("boom")

    pipeline._quotes = broken
    (outcome,) = pipeline.process_batch([RawItem(STORY)])
    assert isinstance(outcome, Failed) and isinstance(outcome.error, EnrichError)
    assert (outcome.error.reason, outcome.error.stage) == ("quotes", "enrich")
