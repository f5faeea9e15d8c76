"""Rooms and grounds of a seat of government named as the spot where something happens are places
(session 48): the small model read "the Oval Office" as a body by its head word. The seat
itself, which speaks for the government, stays a body. Sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    "body",
    [
        "The president-elect met the president for ninety minutes in the Oval Office on Thursday.",
        "Photographers crowded into the Oval Office before the two leaders shook hands.",
    ],
)
def test_a_room_of_the_seat_of_government_is_a_place(extractor: EntityExtractor, body: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get("Oval Office") == "LOCATION", types


def test_the_seat_itself_stays_a_body(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The White House said on Friday that the talks went well."))
    assert types.get("White House") == "ORGANIZATION", types


@pytest.mark.parametrize("name", ["Oval Office", "East Room", "Roosevelt Room"])
def test_the_landmarks_are_listed_places(name: str) -> None:
    entry = load_gazetteer().lookup(name)
    assert entry is not None and entry.type == "LOCATION"
