"""A facility named after a known place whose name opens with other words ("the Jonas Harlow
Bridge", "Quincy Dunmore Airport", "the Sierra Harlow Mountains"): the rule that reads
"<place> <Bridge|Airport|Mountains|...>" cut those words off, and its shorter name beat the
model's whole one. The words before the place open the name; a stop word, a day or a month
before it, and a title-case line's capitals, stay out. A river and a valley named after a known
place are such names too ("The Harlow River flooded", which the model misses after a sentence's
"The"), never before another capitalised word. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules import facilities
from tests.unit.entity_texts import entities_of

_PLACES = frozenset(("Harlow", "Dunmore", "Kelby"))


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in facilities(text, lambda word: word in _PLACES)]


_LONG = " after a truck overturned early on, police and fire officials said in a statement."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Traffic backed up on the Jonas Harlow Bridge" + _LONG, "Jonas Harlow Bridge"),
        ("Flights left Quincy Dunmore Airport late" + _LONG, "Quincy Dunmore Airport"),
        ("Snow fell in the Sierra Harlow Mountains overnight" + _LONG, "Sierra Harlow Mountains"),
        ("Jets landed at Jonas T. Kelby Airport" + _LONG, "Jonas T. Kelby Airport"),
        ("The Harlow River flooded on Monday" + _LONG, "Harlow River"),  # a river or a valley too
        ("Winemakers in the Dunmore Valley were hit" + _LONG, "Dunmore Valley"),
    ],
)
def test_the_name_words_before_the_place_open_the_name(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Monday Dunmore Airport closed" + _LONG, "Dunmore Airport"),  # a day
        ("The Harlow Bridge reopened" + _LONG, "Harlow Bridge"),  # a sentence's article
        ("In Kelby Bridge traffic was slow" + _LONG, "Kelby Bridge"),  # a preposition
        ("Storm Hits Harlow Bridge, Officials Say", "Harlow Bridge"),  # a title-case line
        ("We met at Harlow's Dunmore Airport" + _LONG, "Dunmore Airport"),  # a possessive
    ],
)
def test_a_stop_word_a_day_or_a_headline_stays_out(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Harlow River Ventures invested in the startup" + _LONG,  # a company's name runs on
        "The Dunmore Valley Conference game ended late" + _LONG,
    ],
)
def test_a_name_running_on_after_the_kind_is_no_place(text: str) -> None:
    assert _found(text) == []


def test_the_whole_facility_in_the_pipeline(extractor: EntityExtractor) -> None:
    body = "Traffic backed up on the Jonas Harlow Bridge" + _LONG
    places = {e.name for e in entities_of(extractor, body) if e.type == "LOCATION"}
    assert "Jonas Harlow Bridge" in places
    assert "Harlow Bridge" not in places
