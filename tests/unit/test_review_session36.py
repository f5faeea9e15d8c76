"""Session 36's review findings, each pinned: a quote tag's employer pattern that backtracked, a
kind rule's type spread over a body that speaks, a deal's sum taken for a shop's price, a firm's
name before its apposition dropped as an ordinary word, an event after a sentence's "The", and a
damaged dictionary table."""

from __future__ import annotations

import pytest
from spacy.lookups import Lookups

from consumer.entities import EntityExtractor, dictionary
from consumer.entities.retype.acting_firms import acting_names
from consumer.pipeline import Pipeline, PipelineOptions, Processed, RawItem
from consumer.quotes.speaker_kinds import firm_with_and
from tests.unit.entity_texts import entities_of


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.build(PipelineOptions())


def _article(pipeline: Pipeline, body: str) -> Processed:
    out = pipeline.process_batch([RawItem(body.encode(), None)])[0]
    assert isinstance(out, Processed)
    return out


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Wilf Roe of Peters and Co Ltd", True),
        ("analyst Ann Lee at Smith and Jones Inc.", True),
        ("Jo Roe of Ab Cd Ef Gh and " + "X" * 400 + "!", False),
        ("Jo Roe of Ab and Cd said", False),
    ],
)
def test_firm_with_and_reads_whole_words_after_and(phrase: str, expected: bool) -> None:
    assert firm_with_and(phrase, 0, len(phrase)) is expected


def test_acting_names_leave_the_article_out() -> None:
    names = acting_names(
        "The Kelby League said it would act. A Zelvo spokeswoman declined. Orvel shares fell."
    )
    assert {"kelby league", "zelvo", "orvel"} <= names
    assert "the kelby league" not in names


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Zelvo said on Monday that its Zelvo operating system would ship in May.\n\n"
            "Zelvo shares rose 5 percent.",
            "Zelvo",
            "ORGANIZATION",
        ),
        (
            "The Kelby League said on Monday it would fine the club.\n\n"
            "A Kelby League spokesman said the Kelby League match was off.",
            "Kelby League",
            "ORGANIZATION",
        ),
        (
            "Fans packed the stands.\n\nThe Kelby League match drew 40,000 people on Sunday.",
            "Kelby League",
            "EVENT",
        ),
    ],
)
def test_a_kind_rule_leaves_a_name_that_acts_as_a_body(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert {e.name: e.type for e in entities_of(extractor, body)}.get(name) == kind


def test_a_sentence_opening_the_before_an_event_kind(extractor: EntityExtractor) -> None:
    types = {
        e.name: e.type
        for e in entities_of(extractor, "Sales rose.\n\nThe Quellcon trade show opened on Monday.")
    }
    assert types.get("Quellcon") == "EVENT"


def test_a_deals_sum_is_no_shop_price(pipeline: Pipeline) -> None:
    deal = _article(
        pipeline,
        "Acme launched the Orbel 7 phone last year.\n\nAcme plans to sell its chip unit to Tarvo Inc. "
        "Acme is selling it for $2 billion.",
    )
    assert {i.text: i.subject_name for i in deal.article.indicators}["$2 billion"] != "Orbel 7"
    shop = _article(
        pipeline, "Harbor Mart stocks the Orbel 7 phone.\n\nHarbor Mart is also selling them for $205."
    )
    assert {i.text: i.subject_name for i in shop.article.indicators}["$205"] == "Orbel 7"


def test_a_firm_before_its_apposition_is_kept(extractor: EntityExtractor) -> None:
    body = "Prices rose.\n\nDodge, maker of trucks, said sales rose 5 percent in May."
    assert "Dodge" in {e.name for e in entities_of(extractor, body) if e.type == "ORGANIZATION"}


def test_a_damaged_dictionary_table_switches_the_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Lookups, path: object, **kwargs: object) -> Lookups:
        raise ValueError("damaged table")

    dictionary.dictionary_words.cache_clear()
    monkeypatch.setattr(Lookups, "from_disk", broken)
    try:
        assert dictionary.dictionary_words() == (frozenset(), frozenset())
    finally:
        monkeypatch.undo()
        dictionary.dictionary_words.cache_clear()
    assert dictionary.dictionary_words()[0]
