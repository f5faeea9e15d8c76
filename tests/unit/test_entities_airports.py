"""Airports named by a bare word of their own are places (session 44): the model reads them as
bodies or people ("flights at Gatwick" a person, "LaGuardia" a body) or drops them."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "airport"),
    [
        (
            "Passengers flying from Heathrow faced delays, and flights at Gatwick were cancelled.",
            "Gatwick Airport",
        ),
        ("Strong winds at the city's airports, LaGuardia among them, caused delays.", "LaGuardia Airport"),
        (
            "A power cut at Stansted held up travellers, while Schiphol reported no problems.",
            "Amsterdam Airport Schiphol",
        ),
        ("Her connecting flight left Changi two hours late.", "Singapore Changi Airport"),
    ],
)
def test_a_bare_airport_name_is_the_airport(extractor: EntityExtractor, body: str, airport: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(airport) == "LOCATION", types


def test_the_bare_form_and_the_full_name_are_one_place(extractor: EntityExtractor) -> None:
    body = "Fog closed Heathrow Airport on Monday. Heathrow reopened on Tuesday."
    names = [e.name for e in entities_of(extractor, body) if e.type == "LOCATION"]
    assert names == ["Heathrow Airport"], names


def test_a_person_named_like_an_airport_is_not_one(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Senator Mara Logan said the bill would pass."))
    assert "Logan International Airport" not in types, types
