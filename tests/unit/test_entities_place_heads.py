"""Places the model reads as people or bodies, told by their head word: a street after a given
name ("Madison Avenue"), a cul-de-sac ("Harp Close"), an address's abbreviated head ("Rampart
St."), straits in the plural, parks by their kind, landings ("Albert Quay") and headlands
("Mizen Head"). Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The meeting is at the Loews building, 667 Madison Avenue, on the seventh floor.", "Madison Avenue"),
        ("The new center at 1225 N. Rampart St. is named for the couple.", "N. Rampart St."),
        ("Police found the second man near the corner of Joe Farrington Road and Harp Close.", "Harp Close"),
        ("Cigar lovers on both sides of the Florida Straits cheered the news.", "Florida Straits"),
        (
            "The shark attacked at around 11 a.m. at Montana de Oro State Park, north of the city.",
            "Montana de Oro State Park",
        ),
        ("Hikers crowded Yosemite National Park on Sunday.", "Yosemite National Park"),
        # landings by their head word, headlands read as people
        ("The ferry docked at Albert Quay before noon.", "Albert Quay"),
        ("Crowds lined Steel Pier for the fireworks.", "Steel Pier"),
        ("The boats left from Victoria Wharf at dawn.", "Victoria Wharf"),
        ("Tourists visited Dolphin Cay and Paradise Island.", "Dolphin Cay"),
        ("Waves battered Malin Head overnight.", "Malin Head"),
        ("The storm hit Mizen Head first, then moved east along the coast.", "Mizen Head"),
    ],
)
def test_a_place_head_makes_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # a given name before a head that is a surname too is a person's name
        ("Glenn Close won the award on Sunday.", "Glenn Close"),
        ("Madison Holt said the deal was done.", "Madison Holt"),
        ("Grace Park said the team would travel on Friday.", "Grace Park"),
        ("Edith Head designed the costumes.", "Edith Head"),
        ("Carmen Point said the results were good.", "Carmen Point"),
        ("Mark Head said he would run again.", "Mark Head"),
    ],
)
def test_people_named_like_places_stay_people(extractor: EntityExtractor, body: str, person: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
