"""A name the model read as a person that ends on a body's head word of a trade or a service
("Caribou Biosciences", "Verona Therapeutics", "the Royal Malaysian Navy", "the Art Crime Team")
is an organisation; a given name before a service's word keeps the person. Sentences written for
the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Doudna had already started a small company, Caribou Biosciences, in 2011.", "Caribou Biosciences"),
        ("Shares of Verona Therapeutics jumped after the trial.", "Verona Therapeutics"),
        ("The Royal Malaysian Navy said a ship had joined the search.", "Royal Malaysian Navy"),
        ("Agents from the Art Crime Team recovered the painting.", "Art Crime Team"),
    ],
)
def test_a_body_s_head_word_makes_no_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Team captain Jo Roe said the side was ready.", "Jo Roe"),
        ("Captain Ann Navy was not aboard the ship.", "Ann Navy"),
    ],
)
def test_a_given_name_before_a_service_word_stays_a_person(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"
