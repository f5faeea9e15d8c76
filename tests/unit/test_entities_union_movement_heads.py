"""Parties, unions and movements named by their head word ("the Christian Democratic Union",
"the Grace Liberation Movement") are bodies, which the model reads as people when a given name
opens them. A union the gazetteer knows as a place keeps its place ("the Soviet Union"), and a
person's cue keeps a person. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.heads import head_type
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Recruits joined the so-called Christopher Reform Movement.", "Christopher Reform Movement"),
        ("Supporters of the Daniel Renewal Movement marched on Sunday.", "Daniel Renewal Movement"),
        ("The Grace Liberation Movement said it would fight on.", "Grace Liberation Movement"),
        ("Members of the Martin Luther Union voted on Monday.", "Martin Luther Union"),
        ("The Christian Democratic Union and the Christian Social Union agreed.", "Christian Social Union"),
    ],
)
def test_a_union_or_movement_is_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The Soviet Union collapsed in 1991.", "Soviet Union", "LOCATION"),
        ("Nathan Union said he would run again.", "Nathan Union", "PERSON"),
    ],
)
def test_near_misses_keep_their_type(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


def test_head_type_of_unions() -> None:
    assert head_type("Tarvan Peoples Union") == "ORGANIZATION"
    assert head_type("Kelby Identity Movement") == "ORGANIZATION"
    assert head_type("Union") is None
