"""Natural features and a town's centre named by their head word ("the Harlow Glacier", "Brenford
Canyon", "Kessel Falls", "Bristol City Centre") are places, which the model reads as bodies or
people; a feature's capitalised head the model left out of the name is taken in ("the Kermadec"
+ "Trench"). A given name before a head that is a surname too ("Nick Cave") keeps the person, a
body's head after the place keeps the body. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.heads import head_type
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The ice of the Harlow Glacier melted fast this summer.", "Harlow Glacier"),
        ("Hikers were rescued from Brenford Canyon on Monday.", "Brenford Canyon"),
        ("Boats sailed through the Tessan Fjord at dawn.", "Tessan Fjord"),
        ("The fire reached Quarry Creek by noon.", "Quarry Creek"),
        ("Tourists visited Kessel Falls and Brenford Cave.", "Kessel Falls"),
        ("Protesters gathered in Bristol City Centre on Saturday.", "Bristol City Centre"),
        ("The ship surveyed the Kermadec Trench last year.", "Kermadec Trench"),
    ],
)
def test_a_feature_head_makes_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("Harlow Glacier", "LOCATION"),
        ("Tarvia Archipelago", "LOCATION"),
        ("Kelby Town Centre", "LOCATION"),
        ("Nick Cave", None),  # a given name before a surname's head
        ("Jean Creek", None),
        ("Glacier", None),  # the head alone
        ("Kessel Glacier Bank", "ORGANIZATION"),
    ],
)
def test_head_type_of_features(surface: str, kind: str | None) -> None:
    assert head_type(surface) == kind


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Nick Cave played two shows in Kessel last week.", "Nick Cave", "PERSON"),
        ("Kessel County Council approved the budget.", "Kessel County Council", "ORGANIZATION"),
    ],
)
def test_near_misses_keep_their_type(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


def test_a_listed_province_keeps_its_record(extractor: EntityExtractor) -> None:
    ents = entities_of(extractor, "Flooding hit Guangdong Province on Monday.")
    (ent,) = [e for e in ents if e.type == "LOCATION"]
    assert ent.name == "Guangdong"
