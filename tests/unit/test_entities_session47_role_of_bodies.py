"""A one-word body named right after its officer's role and "of"/"at", where the word ends its
noun phrase ("the chief executive of Tarvix, Jo Roe,") is an organisation where nothing found it
(session 47, ``role_bodies.role_slot_bodies``). Names and sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "The chief executive of Harlix, Dorran Pell, has admitted the contract went wrong.\n\n"
            "He will face questions on Tuesday.",
            "Harlix",
        ),
        (
            "Speakers include Ada Quell, Chairman and CEO of Kelvex, who will open the forum.\n\n"
            "Tickets sold out in a day.",
            "Kelvex",
        ),
        (
            "Before that he was CEO at Quornby, another computer company, for six years.\n\nHe left in 2004.",
            "Quornby",
        ),
    ],
)
def test_a_word_after_an_officers_role_and_of_is_the_body(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(body_name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Romulus, the founder of Rome, is a figure of legend.", "Rome"),  # a place
        ("She is the founder of Kessel Harbour Trust and its chair.", "Kessel"),  # a longer name
        ("He became chief executive of Tarvix Motors last year.", "Tarvix"),  # a longer name
        ("He was the founder of Quellsby, which grew into a city.", "Quellsby"),  # a town's founder
    ],
)
def test_words_after_a_role_that_are_no_lone_body(extractor: EntityExtractor, body: str, word: str) -> None:
    assert types_of(entities_of(extractor, body)).get(word) != "ORGANIZATION"
