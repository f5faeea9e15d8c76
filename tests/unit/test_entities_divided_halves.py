"""Session 48: "the North" and "the South" in a story about a country split into two halves that
are countries of their own ("North Korea", "South Korea") name the half, an alias of it by the
conventions, no region of their own; a story naming one such country only ("South Africa") keeps
its "the South" a region. Sentences written for the test; the people in them are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _places(extractor: EntityExtractor, body: str) -> dict[str, list[str]]:
    """Place names and the surface forms of their mentions."""
    places = [e for e in entities_of(extractor, body) if e.type == "LOCATION"]
    return {e.name: [m.text for m in e.mentions] for e in places}


@pytest.mark.parametrize(
    ("body", "country", "alias"),
    [
        (
            "North Korea fired another rocket on Tuesday. Officials said the North had warned of more tests.",
            "North Korea",
            "North",
        ),
        (
            "Talks between South Korea and North Korea stalled. The South wants a freeze on drills, "
            "a spokesman said.",
            "South Korea",
            "South",
        ),
    ],
)
def test_the_half_of_a_divided_country_is_that_country(
    extractor: EntityExtractor, body: str, country: str, alias: str
) -> None:
    places = _places(extractor, body)
    assert alias not in places
    assert alias in places.get(country, [])


@pytest.mark.parametrize(
    "body",
    [
        "Farmers in the South lost crops to the drought, Jo Kessel said after a trip to South Africa.",
        "Storms swept across the South on Monday, and South Sudan sent aid to its neighbours.",
    ],
)
def test_the_south_of_a_story_without_two_halves_stays_a_region(
    extractor: EntityExtractor, body: str
) -> None:
    assert "South" in _places(extractor, body)
