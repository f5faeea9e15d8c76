"""Planets and moons named in a passage about space are places (the conventions' LOCATION): the
model reads them as bodies, products or works, and the gazetteer knows some as towns ("Jupiter",
Florida). A name run into another one or a word of space missing leaves the old reading.
Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The probe will reach Saturn's moon Titan in 2034 and then fly past Jupiter.", "Saturn"),
        ("Geysers rise from Enceladus, the icy moon, every few hours.", "Enceladus"),
        ("Venus is the hottest planet, hotter than the one closest to the Sun.", "Venus"),
        ("NASA picked nine firms to carry payloads to the Moon, where a rover will search for ice.", "Moon"),
        ("The company hopes to put a lander on the Moon next year.", "Moon"),
    ],
)
def test_a_planet_or_a_moon_near_a_word_of_space_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


def test_a_planet_is_no_town_of_its_name(extractor: EntityExtractor) -> None:
    (jupiter,) = [
        e for e in entities_of(extractor, "The orbiter flew past Jupiter in July.") if e.name == "Jupiter"
    ]
    assert jupiter.type == "LOCATION"
    assert jupiter.links is None or (jupiter.links.country is None and jupiter.links.latitude is None)


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # part of another name, or no word of space near it
        ("Bruno Mars sang and Freddie Mercury was remembered by the band.", "Mars"),
        ("President Moon Jae-in met NASA officials about the lunar program.", "Moon"),
        ("The Saturn V rocket carried astronauts to orbit.", "Saturn"),
        ("The Europa League final will be played in May.", "Europa"),
        ("Mercury levels in fish rose, the agency said.", "Mercury"),
    ],
)
def test_a_sky_name_inside_another_name_or_without_space_is_no_planet(
    extractor: EntityExtractor, body: str, absent: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(absent) != "LOCATION", types


def test_a_town_named_like_a_planet_keeps_its_record(extractor: EntityExtractor) -> None:
    (town,) = [
        e for e in entities_of(extractor, "He moved to Jupiter, Florida, in 2010.") if e.name == "Jupiter"
    ]
    assert town.type == "LOCATION" and town.links is not None and town.links.country == "US"
