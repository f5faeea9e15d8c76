"""A charity named for a couple ("the Bill and Mira Dale Foundation") is one body: the small
model cuts it after "and", so the first given name and "and" join the name and the model's lone
given name goes. A place, a full name or any other capitalised word before the "and" stays out
("Ohio and ...", "Jo Roe and ..."), and so does a body with no charity's head word. Names made up
for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.boundaries import couple_foundations
from consumer.entities.candidates import Candidate
from tests.unit.entity_texts import entities_of


def _run(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    cands = []
    for name, kind in spans:
        s = text.index(name)
        cands.append(Candidate("body", s, s + len(name), kind, "ner"))  # type: ignore[arg-type]
    out = couple_foundations(cands, {"body": text})
    return [(text[c.start : c.end], c.type) for c in out]


@pytest.mark.parametrize(
    ("text", "spans", "body"),
    [
        (
            "The Walter and Mara Kessel Foundation gave $5 million.",
            [("Walter", "PERSON"), ("Mara Kessel Foundation", "ORGANIZATION")],
            "Walter and Mara Kessel Foundation",
        ),
        (
            "Grants from the Tom & Ann Marrick Fund rose.",
            [("Ann Marrick Fund", "ORGANIZATION")],
            "Tom & Ann Marrick Fund",
        ),
        (
            "Help came from the Hal and Nora Tobrin Family Foundation, she said.",
            [("Hal", "PERSON"), ("Nora Tobrin Family Foundation", "PERSON")],
            "Hal and Nora Tobrin Family Foundation",
        ),
    ],
)
def test_a_couple_names_one_charity(text: str, spans: list[tuple[str, str]], body: str) -> None:
    assert [name for name, _ in _run(text, *spans)] == [body]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Ohio and Mara Kessel Foundation staff met.", [("Mara Kessel Foundation", "ORGANIZATION")]),
        ("The Orrin and Mara Kessel Foundation met.", [("Mara Kessel Foundation", "ORGANIZATION")]),
        (
            "Jo Roe and Mara Kessel Foundation staff met.",
            [("Jo Roe", "PERSON"), ("Mara Kessel Foundation", "ORGANIZATION")],
        ),
        ("He met Walter and Mara Kessel on Monday.", [("Mara Kessel", "PERSON")]),
        ("The Walter and Mara Kessel Company grew.", [("Mara Kessel Company", "ORGANIZATION")]),
        (
            "Paris Quade joined the Kessel Foundation.",
            [("Paris Quade", "PERSON"), ("Kessel Foundation", "ORGANIZATION")],
        ),
    ],
)
def test_a_place_a_full_name_or_no_charity_stays_out(text: str, spans: list[tuple[str, str]]) -> None:
    assert [name for name, _ in _run(text, *spans)] == [name for name, _ in spans]


def test_the_whole_charity_in_the_pipeline(extractor: EntityExtractor) -> None:
    found = entities_of(extractor, "The Walter and Mara Kessel Foundation gave $5 million to the school.")
    assert [e.name for e in found if e.type == "ORGANIZATION"] == ["Walter and Mara Kessel Foundation"]
    assert not [e for e in found if e.type == "PERSON"]
