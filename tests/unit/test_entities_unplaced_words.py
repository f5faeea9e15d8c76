"""One capitalised word no list knows, which the small model reads as a place by default: no
place unless the words around it place it ("in X", "X, New Jersey", "toward X", a list with a
known place). Sentences and names written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _places(extractor: EntityExtractor, body: str) -> set[str]:
    return {e.name for e in entities_of(extractor, body) if e.type == "LOCATION"}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Telvana has done the same with its video service.", "Telvana"),
        ("The deal gives Telvana a larger share.", "Telvana"),
        ("The ruling gives Marsova more time.", "Marsova"),
        ("So Comcast and Telvana are now trying to be content companies.", "Telvana"),
    ],
)
def test_an_unknown_word_nothing_places_is_no_place(extractor: EntityExtractor, body: str, word: str) -> None:
    assert word not in _places(extractor, body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The family owns a home in Marbeck, New Jersey.", "Marbeck"),
        ("Stolen cards were used in Athens, Tovall and Marbeck.", "Marbeck"),
        ("Stolen cards were used in Athens, Tovall and Marbeck.", "Tovall"),
        ("The convoy drove toward Marsova before dawn.", "Marsova"),
        ("Officials flew to Telvana on Monday.", "Telvana"),
        ("Marsova residents queued for water.", "Marsova"),
        ("Fans were seen around LA on Friday.", "LA"),  # a short form in capitals is not judged
        ("Paris is the capital of France.", "Paris"),  # the gazetteer's places never are
    ],
)
def test_an_unknown_word_the_text_places_stays_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert place in _places(extractor, body)


def _types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("This deal is brought to you by Marsova.", "Marsova"),
        ("In a note on Tuesday, Telvana analyst Jo Roe said the market was weak.", "Telvana"),
        ("Telvana offers a free version of its software.", "Telvana"),
    ],
)
def test_an_unknown_word_that_stands_as_a_body_is_an_organisation(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    assert _types(extractor, body).get(word) == "ORGANIZATION"
