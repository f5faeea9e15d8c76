"""A model "people" of one word that no list holds, written before a lower-case kind of place or
body ("Tarnxian airport", "the Tarvish river", "the Kessian port"), names that thing, not a
people: dropped. A listed people's word keeps its reading ("Kurdish fighters"), and so does an
unlisted one before a body a people's adjective stands before as often ("a Hasidic group").
Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("More than 40 flights from Tarnxian airport were delayed on Sunday.", "Tarnxian"),
        ("Boats crossed the Tarnish lake at dawn.", "Tarnish"),
        ("Swimmers crossed the Tarvish river at noon.", "Tarvish"),
        ("Passengers at Marrian airport waited for hours.", "Marrian"),
        ("Police sealed off the Kessian port after the blast.", "Kessian"),
    ],
)
def test_a_word_before_a_kind_of_place_is_no_people(extractor: EntityExtractor, body: str, word: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(word) != "NORP", types


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("A Hasidic group sued the banks on Monday.", "Hasidic"),
        ("Kurdish fighters and Rohingya refugees were seen at the border.", "Kurdish"),
    ],
)
def test_a_people_keeps_its_reading(extractor: EntityExtractor, body: str, word: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(word) == "NORP", types
