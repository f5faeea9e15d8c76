"""Session 40 (issue 11), texts written for the test: a body's described kind right before a name
the model reads as a person or a place ("fact-checking website ...", "investment bank ...", "film
studio ...", "electronics chain ...") makes it the body on every mention
(``retype.described_groups``); a person's trade, an owner's verb after the name and "the other
side" keep the old readings."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The claim was checked by fact-checking website Harlow Fact, which found it false.", "Harlow Fact"),
        ("Shares rose, said investment bank Dorian Marsh in a note.", "Dorian Marsh"),
        ("The film was made by Hollywood studio Kelvin Brothers last year.", "Kelvin Brothers"),
        ("Electronics chain Harlan Buy cut prices.", "Harlan Buy"),
    ],
)
def test_a_described_body_is_the_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("She married publisher Kimberly Vane last year.", "Kimberly Vane"),  # a person's trade
        ("The couple met at the golf club Jo Roe owns.", "Jo Roe"),  # an owner's verb after
        ("On the other side Jo Roe argued for a delay.", "Jo Roe"),  # a point of view
        ("He spoke with Jo Roe at the bank.", "Jo Roe"),
        ("He was praised by his fellow broadcaster Dorian Quellby.", "Dorian Quellby"),  # a trade
    ],
)
def test_a_person_stays_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PERSON", types
