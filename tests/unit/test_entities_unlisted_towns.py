"""A town too small for the bundled cities, which the small model reads as a person, is a place
when "in", "near" or "outside" stands before it and its state after it ("police in Glen Marlow,
Texas"). Without the preposition, for a surname of the story's person, or with a possessive
state, the person stays. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("He grew up in Tarvin Glen, Va., and moved to Boston.", "Tarvin Glen"),
        ("Police in Glen Marlow, Texas, arrested a man on Friday.", "Glen Marlow"),
        ("The plant outside Jasper Dunmore, Ala., closed last year.", "Jasper Dunmore"),
        ("Officials near Dunmore Falls, Ore., said the fire spread.", "Dunmore Falls"),
        ("Flooding hit homes in Carter Vale, Ga., on Monday.", "Carter Vale"),
    ],
)
def test_a_town_before_its_state_after_a_preposition_is_a_place(
    extractor: EntityExtractor, body: str, town: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(town) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The award went to Kessel Hill, Texas, a rancher, on Friday.", "Kessel Hill"),  # no preposition
        ("Jo Glen spoke first. He grew up in Tarvin Glen, Va., and moved to Boston.", "Tarvin Glen"),
        ("She had faith in Jo Roe, Texas's senior senator, on Friday.", "Jo Roe"),  # possessive state
    ],
)
def test_a_person_keeps_the_reading(extractor: EntityExtractor, body: str, person: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
