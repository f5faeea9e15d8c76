"""A shop or a firm named for its owner's given name ("Aisha's Salon and Spa") is one body
(issue 11): the model keeps only the words after the possessive. A place's, a person's or a
day's possessive before a body's name stays apart ("Jordan's Foreign Ministry")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Leonardo's Kimbo Cafe in Cobh will be staying open with some changes.", "Leonardo's Kimbo Cafe"),
        (
            "Aisha's Salon and Spa was founded 30 years ago to create a safe space for women.",
            "Aisha's Salon and Spa",
        ),
        ("Fans gathered at Benny's Pizza House after the game.", "Benny's Pizza House"),
    ],
)
def test_a_given_names_possessive_opens_the_shops_name(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "body_name", "owner"),
    [
        ("Jordan's Foreign Ministry said the border would reopen.", "Foreign Ministry", "Jordan"),
        ("Jo Roe's Harwell Labs raised $5 million.", "Harwell Labs", "Jo Roe"),
        ("Today's Harwell Labs report showed a loss.", "Harwell Labs", None),
    ],
)
def test_other_possessives_stay_apart(
    extractor: EntityExtractor, body: str, body_name: str, owner: str | None
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types
    assert owner is None or owner in types, types
