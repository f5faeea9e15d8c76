"""A one-word body named right before its officer's role and name ("Kelvo-Mobile CEO Jo Roe")
is an organisation where no candidate held the word or the model read it as a lone person
(issue 11, session 40; ``role_bodies.role_slot_bodies``). Names and sentences made up for the
test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "- Kelvo-Mobile CEO John Legard is stepping down in May, the company said.\n\n"
            "A successor will be named soon.",
            "Kelvo-Mobile",
        ),
        (
            '"We expect more growth," said ZVTA managing director Pia Lund.\n\nThe agency runs the port.',
            "ZVTA",
        ),
        (
            "Dunmere chairman Ada Quell said the club would not sell its striker.\n\nDunmere face Harlby "
            "on Saturday.",
            "Dunmere",
        ),
    ],
)
def test_a_word_before_an_officers_role_is_the_body(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(body_name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Liberal Democrat spokesman Mark Oates said the plan was wrong.", "Democrat"),  # a name's tail
        ("French president Ada Quell said the talks went well.", "French"),  # a people's word
        ("Deputy chairman Ivo Drake said the talks went well.", "Deputy"),  # a title's word
        ("The plan was backed by US president Jo Roe on Monday.", "US"),  # a country
    ],
)
def test_words_before_a_role_that_name_no_body(extractor: EntityExtractor, body: str, word: str) -> None:
    assert types_of(entities_of(extractor, body)).get(word) != "ORGANIZATION"
