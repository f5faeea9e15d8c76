"""A person named with the body the person works for after "of" ("Daniel Oster of Quillon
Advisors"), which the model reads as one person or one body, is the person and the body; a body
whose name opens on a given name ("the Georgia Institute of Technology"), a saint's or a ruler's
style ("Joan of Arc") and a person of a place stay as they were."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "person", "org"),
    [
        ("Prices rose, according to Daniel Oster of Quillon Advisors.", "Daniel Oster", "Quillon Advisors"),
        (
            "The decision was welcomed by Daniel Oster of Quillon Advisors.",
            "Daniel Oster",
            "Quillon Advisors",
        ),
        (
            "Critics, including Robert Kessling of Quillon Partners, called the plan rushed.",
            "Robert Kessling",
            "Quillon Partners",
        ),
        (
            "Sales fell, according to Robert Kessling of Quillon Partners.",
            "Robert Kessling",
            "Quillon Partners",
        ),
    ],
)
def test_a_person_of_a_body_is_both(extractor: EntityExtractor, body: str, person: str, org: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
    assert types.get(org) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "She studied at the Georgia Institute of Technology before moving to Kelby.",
            "Georgia Institute of Technology",
            "ORGANIZATION",
        ),
        (
            "Florence Nightingale of the British Army nursed soldiers in the war.",
            "British Army",
            "ORGANIZATION",
        ),
        ("Prices rose, according to Daniel Oster of Texas, a trader.", "Texas", "LOCATION"),
        # a place that is a given name too opens a body's name, and "Division" is a body's unit
        (
            "Jo Marlow, a former director of the Georgia Division of Harbor Safety, said the plan works.",
            "Georgia Division of Harbor Safety",
            "ORGANIZATION",
        ),
    ],
)
def test_a_body_or_place_after_of_keeps_its_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind
