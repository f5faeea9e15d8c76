"""A body named for two kinds of things joined by "and" ("Harwell Hotels and Resorts"), of which
the model kept only the first, runs on to the second plural (issue 11). Two bodies joined by
"and" stay two ("Harwell Motors and Acme Foods")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Harwell Hotels and Resorts has properties all over the country.", "Harwell Hotels and Resorts"),
        ("The deal was signed with Acme Foods and Beverages last year.", "Acme Foods and Beverages"),
        ("Rooms at Marlow Inns and Suites were full on Friday.", "Marlow Inns and Suites"),
    ],
)
def test_a_body_runs_on_to_its_second_plural(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Shares of Harwell Motors and Acme Foods fell.", ("Harwell Motors", "Acme Foods")),
        ("The company owns Acme Foods and Kelso Brands.", ("Acme Foods",)),
    ],
)
def test_two_bodies_joined_by_and_stay_two(
    extractor: EntityExtractor, body: str, names: tuple[str, ...]
) -> None:
    types = types_of(entities_of(extractor, body))
    assert all(types.get(name) == "ORGANIZATION" for name in names), types
    assert not any(" and " in name for name in types), types
