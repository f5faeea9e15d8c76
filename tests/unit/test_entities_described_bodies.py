"""Session 40 (issue 11), texts written for the test: a body's described kind right before a name
the model reads as a person or a place ("fact-checking website ...", "investment bank ...", "film
studio ...", "electronics chain ...") makes it the body on every mention
(``retype.described_groups``); a person's trade, an owner's verb after the name and "the other
side" keep the old readings."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.described_groups import described_group
from tests.unit.entity_texts import entities_of, rule_asks, types_of


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


def _described(text: str, name: str, kind: str = "PERSON") -> bool:
    return rule_asks(described_group, text, name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a recased headline: the body's kind, then the sentence's verb or noun
        ("U.S. agency Rules against Orvel juice", "Rules"),
        ("Tarvia bank Cuts rates again", "Cuts"),
        ("Harlow studio Plans sequel", "Plans"),
    ],
)
def test_one_common_word_after_a_body_kind_is_no_body(text: str, name: str) -> None:
    assert not _described(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares rose, said investment bank Dorian Marsh in a note.", "Dorian Marsh"),
        ("The deal was reported by news agency Telvaro late last night.", "Telvaro"),
        # a band's one-word name may be a common word
        ("The crowd cheered for rock band Harbour all night.", "Harbour"),
    ],
)
def test_a_named_body_or_a_bands_word_still_counts(text: str, name: str) -> None:
    assert _described(text, name)
