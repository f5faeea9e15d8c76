"""One common given name the gazetteer does not know, which the model guessed was a place ("Maren
and Billie"): no place, unless the words around it say it is one ("from Dylan", "Dylan, Texas").
Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _places(extractor: EntityExtractor, body: str) -> set[str]:
    return {e.name for e in entities_of(extractor, body) if e.type == "LOCATION"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Billie sang the song in 1939.", "Billie"),
        ("The singer's daughters, Maren and Billie, joined her on stage.", "Maren"),
        ("The couple had two children together, Hopper and Dylan.", "Dylan"),
    ],
)
def test_a_given_name_alone_is_no_place(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name not in _places(extractor, body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("He visited Dylan, Texas, last year.", "Dylan"),
        ("The bus left from Dylan at noon.", "Dylan"),
        ("Her son Dallas plays football.", "Dallas"),  # a city the gazetteer knows stays its reading
    ],
)
def test_a_given_name_the_text_places_stays_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert place in _places(extractor, body)
