"""Harbours, collieries and a country's regions and dependent lands named by their head word
("Kelby Harbour", "the Tarnwell Colliery", "the Wessel Region", "the Quorra Dependency") are
places, which the model reads as people or bodies. "Harbour" and "Harbor" are surnames and the
last words of works' titles too, so they type only a model person, and a given name before them
keeps the person ("Lily Harbour, 34,") unless that word is a place the gazetteer knows ("on
Sydney Harbour"). Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.heads import head_type, place_before_surname_head
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The yachts raced across Kelby Harbour on Sunday before a crowd of thousands.", "Kelby Harbour"),
        ("Rescue teams found three more bodies in the Tarnwell Colliery in the north.", "Tarnwell Colliery"),
        ("The ministry will protect the Quorra Dependency from fishing fleets.", "Quorra Dependency"),
        ("She is the company's director for the Wessel Region and flew in on Monday.", "Wessel Region"),
        ("The yachts raced on Sydney Harbour on Sunday before a crowd of thousands.", "Sydney Harbour"),
    ],
)
def test_a_harbour_or_region_head_makes_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("Kelby Harbour", None),  # a harbour only as a model person's name (a work's title too)
        ("Tarnwell Colliery", "LOCATION"),
        ("Wessel Region", "LOCATION"),
        ("Region", None),  # the head alone
        ("Kelby Harbour Authority", "ORGANIZATION"),
    ],
)
def test_head_type_of_harbours_and_regions(surface: str, kind: str | None) -> None:
    assert head_type(surface) == kind


def test_a_known_place_before_a_surname_head() -> None:
    gazetteer = load_gazetteer()
    assert place_before_surname_head("Sydney Harbour", gazetteer) == "LOCATION"
    assert place_before_surname_head("Kelby Harbour", gazetteer) == "LOCATION"
    assert place_before_surname_head("Lily Harbour", gazetteer) is None
    assert place_before_surname_head("Sydney Lane", gazetteer) is None  # a street's head, no place's


def test_a_person_named_harbour_keeps_the_person(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Lily Harbour, 34, told the court she had seen nothing."))
    assert types.get("Lily Harbour") == "PERSON", types
