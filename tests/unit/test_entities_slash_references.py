"""Session 43: a slash-joined reference with a number among its pieces (a court's suit number, an
office's file code) names nobody; a credit or a pair of bodies joined by a slash still splits into
its names. Texts and codes made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.retype.splits import split_credit
from tests.unit.entity_texts import entities_of


def _split(text: str, surface: str) -> list[str]:
    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "ORGANIZATION", "ner")
    return [text[c.start : c.end] for c in split_credit(cand, text)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The suit, with Number KHC/TRV/07/311/2019, was filed on Monday.", "Number KHC/TRV/07/311/2019"),
        ("The file KL/HR/12/2019 was sent to the court.", "KL/HR/12/2019"),
    ],
)
def test_a_reference_with_a_number_among_its_pieces_names_nobody(text: str, surface: str) -> None:
    assert _split(text, surface) == []


@pytest.mark.parametrize(
    ("text", "surface", "names"),
    [
        ("The Harlow/Quillon merger closed.", "Harlow/Quillon", ["Harlow", "Quillon"]),
        ("A man walks by. (Photo by Jo Roe/Xinhua)", "Jo Roe/Xinhua", ["Jo Roe", "Xinhua"]),
    ],
)
def test_names_joined_by_a_slash_still_split(text: str, surface: str, names: list[str]) -> None:
    assert _split(text, surface) == names


def test_a_court_reference_leaves_no_number_entities(extractor: EntityExtractor) -> None:
    body = "Papers showed that the suit, with Number KHC/TRV/03/095/2018, was filed by Ada Quill, a lawyer."
    names = [e.name for e in entities_of(extractor, body)]
    assert not any(name.isdigit() for name in names)
    assert "Ada Quill" in names
