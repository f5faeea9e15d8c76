"""A town the gazetteer does not know, named right before its own lower-case service ("Forest Glen
police officers", "Marlow Heights firefighters", "the Grove Hill fire department"), is a place
where the model read a person or a body. A body's name before "police" ("Kelby Rail police",
"Kessel University police") and a person who is the subject of a clause stay as they were.
Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("It was around midnight when a tip led Forest Glen police officers to the room.", "Forest Glen"),
        ("Glen Marlow police said the driver was not hurt.", "Glen Marlow"),
        ("Officers from the Grove Hill police department arrived at 9 p.m.", "Grove Hill"),
        ("Marlow Heights firefighters put out the blaze on Sunday.", "Marlow Heights"),
    ],
)
def test_a_town_before_its_service_is_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Jo Marlow said police were called to the house.", "Jo Marlow", "PERSON"),
        ("Kessel University police closed the campus on Friday.", "Kessel University", "ORGANIZATION"),
        ("Kelby Rail police patrol the trains at night, the company said.", "Kelby Rail", "ORGANIZATION"),
    ],
)
def test_near_misses_keep_their_type(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


def test_a_kind_of_police_opening_a_sentence_is_no_town(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The crowd grew. Riot police fired tear gas at the crowd."))
    assert types.get("Riot") != "LOCATION", types
