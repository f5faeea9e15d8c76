"""A body or a person between a lower-case compass adjective and a name, or before a lower-case
word of land, is a stretch of land (``retype.land``): "the northern Tarvel Nevada", "the Kessel
Range foothills". A body's own head word or premises after it keep it a body. Sentences made up
for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Snow fell on the Tarvel Nevada foothills and the Kessel Nevada foothills.", "Tarvel Nevada"),
        ("Hikers were lost across the northern Kessel Range on Monday.", "Kessel Range"),
        ("Rain hit the eastern Harlow Downs overnight, forecasters said.", "Harlow Downs"),
    ],
)
def test_a_name_a_compass_word_or_a_word_of_land_frames_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Staff at the northern Kelby Bank branch were sent home.", "Kelby Bank"),
        ("Workers at the central Tarvo Energy plant were sent home.", "Tarvo Energy"),
        ("Tarvo Energy said on Monday it would hire 200 workers.", "Tarvo Energy"),
    ],
)
def test_bodies_keep_their_type(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
