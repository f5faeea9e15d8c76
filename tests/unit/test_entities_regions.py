"""Regions and waters the gazetteer lists because the small model misreads them: as a body ("the
Pacific Northwest"), a person ("the Sun Belt"), or two places cut at "of" ("the Sea of Japan");
a region's name inside a longer name stays that name's. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Storms hit the Gulf Coast and New England on Monday.", "New England"),
        ("Officials said the storm moved across the Pacific Northwest on Tuesday.", "Pacific Northwest"),
        ("Prices rose in Sun Belt last year, the report said.", "Sun Belt"),
        ("Officials said the storm moved across the Appalachia on Tuesday.", "Appalachia"),
        ("Officials said the storm moved across the Maghreb on Tuesday.", "Maghreb"),
        ("Prices rose in Sea of Japan last year, the report said.", "Sea of Japan"),
    ],
)
def test_a_listed_region_is_one_place(extractor: EntityExtractor, body: str, place: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The New England Patriots won on Sunday.", "New England Patriots", "ORGANIZATION"),
        (
            "The New England Journal of Medicine published the study.",
            "New England Journal of Medicine",
            "ORGANIZATION",
        ),
    ],
)
def test_a_region_inside_a_longer_name_stays_that_name(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
    assert "New England" not in types


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Skiers flocked to the Alps on Saturday, the resort said.", "Alps"),
        ("The trek crossed the Andes in three weeks.", "Andes"),
        ("Two climbers went missing in the Himalayas last week.", "Himalayas"),
        ("Wildfires spread through the Pyrenees overnight.", "Pyrenees"),
        ("Storms swept across the Great Plains on Monday.", "Great Plains"),
        ("Rain soaked the Carolinas over the weekend.", "Carolinas"),
    ],
)
def test_a_mountain_range_or_plural_region_is_one_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


def test_a_listed_range_inside_a_body_name_stays_the_body(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Alps Mountaineering Club said two members were safe."))
    assert "Alps" not in types, types
