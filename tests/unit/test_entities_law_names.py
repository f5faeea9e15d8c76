"""A law named without "the" on "Law", "Code" or "Convention", which the model reads as a body, is
a MISC when a law's context names it ("based on Tarvel Currency Control Law", "under Norland
Banking Law rules", "Article 12 of the Harwick Patent Convention"); law schools, firms, people
and conventions that meet keep their types. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.retype.laws import law_by_context
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The ordinance was drafted based on Tarvel Currency Control Law and takes effect in May.",
            "Tarvel Currency Control Law",
        ),
        (
            "Banks must report the deals under Norland Banking Law rules, the ministry said.",
            "Norland Banking Law",
        ),
        (
            "The court found the firm had violated Kessary Securities Law when it sold the notes.",
            "Kessary Securities Law",
        ),
        ("Parliament voted to amend Verland Foreign Trade Law next year.", "Verland Foreign Trade Law"),
        (
            "The notice was issued in accordance with Marlow Company Law, officials said.",
            "Marlow Company Law",
        ),
        ("Article 12 of the Harwick Patent Convention bars such claims.", "Harwick Patent Convention"),
    ],
)
def test_a_law_in_a_law_s_context_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Bonus rates at policies sold under Kelby Equity & Law were cut.",
            "Kelby Equity & Law",
            "ORGANIZATION",
        ),
        # a convention that meets or rules a church: "under" is no law's cue for it
        (
            "The vote was held under Marlow Baptist Convention rules.",
            "Marlow Baptist Convention",
            "ORGANIZATION",
        ),
        (
            "Delegates attended the Harwick Patent Convention in May.",
            "Harwick Patent Convention",
            "ORGANIZATION",
        ),
        ("The deal was passed to Dana Law, an analyst at Kelby Partners.", "Dana Law", "PERSON"),
    ],
)
def test_bodies_and_people_named_so_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


def _cand(text: str, name: str, kind: str = "ORGANIZATION") -> Candidate:
    start = text.index(name)
    return Candidate("body", start, start + len(name), kind, "ner")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students were admitted under Harlow College of Law rules.", "Harlow College of Law"),
        ("Policies were sold under Kelby Equity & Law in March.", "Kelby Equity & Law"),
        ("The firm grew fast under Mabel Law in the 1990s.", "Mabel Law"),
        ("He was hired under Tressel Partners Law contracts.", "Tressel Partners Law"),
        ("The vote was held under Marlow Baptist Convention rules.", "Marlow Baptist Convention"),
        ("Kelby Currency Law said it had hired two partners.", "Kelby Currency Law"),
    ],
)
def test_guards_keep_a_body_s_reading(text: str, name: str) -> None:
    assert not law_by_context(_cand(text, name), text, name)


def test_the_law_s_reading_needs_a_body_from_the_model() -> None:
    text = "The ordinance was drafted based on Tarvel Currency Law in May."
    name = "Tarvel Currency Law"
    assert law_by_context(_cand(text, name), text, name)
    assert not law_by_context(_cand(text, name, "PERSON"), text, name)


def test_a_law_named_enacted_after_it() -> None:
    text = "Brokers said Quintar Exchange Law was enacted in 1948."
    assert law_by_context(_cand(text, "Quintar Exchange Law"), text, "Quintar Exchange Law")
