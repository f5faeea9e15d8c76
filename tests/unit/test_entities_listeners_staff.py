"""Session 40 (issue 11), texts written for the test: a listed company and a model word that
someone speaks to, or that learns or has staff, is a body, not the company's product
(``retype.listeners``); a name right after a market professional's "at" is the firm, whatever the
model read (``retype.staff_cues``). Near misses keep their old readings."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.listeners import addressed_span
from consumer.entities.retype.staff_cues import firm_by_staff
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('"It was hard," the winger told Nokia Harbourline.', "Nokia Harbourline"),
        ("The spokesman confirmed to Nokia Harbourline that talks had begun.", "Nokia Harbourline"),
        ("In an interview with Samsung Velanet, the minister denied the claim.", "Samsung Velanet"),
        ("Nokia Harbourline has learned that the manager will leave.", "Nokia Harbourline"),
        ('"We were unlucky," Roe told Sony Quellnet after the match.', "Sony Quellnet"),
        ("The row began after criticism from BBC Tarvsport pundit Jo Roe.", "BBC Tarvsport"),
        ("Roe told a Senate Kelvar subcommittee on Tuesday that rates would rise.", "Senate Kelvar"),
    ],
)
def test_a_body_spoken_to_is_no_product(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Nokia Harbourline is thin and light.", "Nokia Harbourline"),
        ("Fans said they loved the Sony Quellnet and its battery.", "Sony Quellnet"),
        ("He bought a Samsung Velanet last week.", "Samsung Velanet"),
    ],
)
def test_a_made_things_mention_stays_a_product(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "name", "spoken_to"),
    [
        ("the coach told Kelby Sport that", "Kelby Sport", True),
        ("speaking exclusively to Kelby Sport, he", "Kelby Sport", True),
        ("Kelby Sport understands that", "Kelby Sport", True),
        ("a Kelby Sport correspondent said", "Kelby Sport", True),
        ("the Kelby Sport subcommittee met", "Kelby Sport", True),
        ("he told reporters the Kelby Sport was", "Kelby Sport", False),  # words between: no listener
        ("the Kelby Sport has a screen", "Kelby Sport", False),
        ("sales of Kelby Sport rose", "Kelby Sport", False),
    ],
)
def test_addressed_span(text: str, name: str, spoken_to: bool) -> None:
    start = text.index(name)
    assert addressed_span(text, start, start + len(name)) is spoken_to


def _staff(text: str, name: str, kind: str) -> bool:
    start = text.index(name)
    cand = Candidate(field="body", start=start, end=start + len(name), type=kind, origin="ner")  # type: ignore[arg-type]
    return firm_by_staff(cand, text, name, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name", "kind", "firm"),
    [
        ('"Prices will fall," said Dorian Quell, an analyst at Harlan Voss.', "Harlan Voss", "PERSON", True),
        ("Ada Quell, a strategist at Dean Harlow, expects a cut.", "Dean Harlow", "ORGANIZATION", True),
        ("said Jo Roe, chief economist at Milo Fenwick.", "Milo Fenwick", "PERSON", True),
        ("said Jo Roe at Milo Fenwick on Friday.", "Milo Fenwick", "PERSON", True),
        ("a fund manager at Quorvel said", "Quorvel", "LOCATION", True),
        ("He smiled at Harlan Voss and left.", "Harlan Voss", "PERSON", False),  # no professional
        ("Dorian Quell, a manager at Harlan Voss, said nothing.", "Harlan Voss", "PERSON", False),
        ('"It is over," said Ada Quell at Quorvel.', "Quorvel", "LOCATION", False),  # a speaker at a place
        ("an economist at Tokyo said", "Tokyo", "LOCATION", False),  # a big city stays the place
        ("an analyst at Harlan Voss Tarvel Marsh Kelby said", "Harlan Voss Tarvel Marsh", "PERSON", False),
    ],
)
def test_firm_by_staff(text: str, name: str, kind: str, firm: bool) -> None:
    assert _staff(text, name, kind) is firm


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ('"Prices will fall," said Dorian Quell, an analyst at Harlan Voss.', "Harlan Voss", "ORGANIZATION"),
        (
            '"Rates are too high," said Jo Roe, chief economist at Milo Fenwick.',
            "Milo Fenwick",
            "ORGANIZATION",
        ),
        ("Ada Quell, a strategist at Dean Harlow, expects a cut.", "Dean Harlow", "ORGANIZATION"),
        ("Dorian Quell, a manager at Harlan Voss, said nothing.", "Harlan Voss", "PERSON"),
        ("He smiled at Harlan Voss and left.", "Harlan Voss", "PERSON"),
    ],
)
def test_the_extractor_reads_the_firm_of_an_analyst(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
