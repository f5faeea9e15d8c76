"""The unit word of a postal address before its number ("Suite 350", "Apt. 12", "Unit 5") names
no place: the model reads it alone as a place or an event. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("You can mail us at 520 Third Street, Suite 350, San Francisco, CA 94107.", "Suite"),
        ("Visit us at 300 Park Avenue, Suite 1400, New York.", "Suite"),
        ("She lives in Apt. 12 at 9 Pine Lane.", "Apt"),
        ("The office is at 1200 Main St., Unit 5, Austin, TX 78701.", "Unit"),
    ],
)
def test_an_address_unit_word_is_no_entity(extractor: EntityExtractor, body: str, word: str) -> None:
    assert word not in types_of(entities_of(extractor, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Watch The Suite Life on Sunday.", "Suite Life"),
        ("Visit us at 300 Park Avenue, Suite 1400, New York.", "Park Avenue"),
    ],
)
def test_names_around_an_address_unit_stay(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in types_of(entities_of(extractor, body))
