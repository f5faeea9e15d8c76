"""A ship named with its prefix is a vessel, a product (session 45): the model read the prefix and
the name as a person or a body, or missed the name."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.ships import prefixed_ships
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "ship"),
    [
        ("The admiral spoke to sailors aboard the destroyer USS Halvern, then flew home.", "USS Halvern"),
        ("The USS Quellmarsh joined the search on Monday.", "USS Quellmarsh"),
        ("The MV Cape Dorran is being fitted out to carry the cargo.", "MV Cape Dorran"),
        ("HMS Queen Tarvia sailed from the harbour at dawn.", "HMS Queen Tarvia"),
    ],
)
def test_a_prefixed_ship_is_a_product(extractor: EntityExtractor, body: str, ship: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(ship) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "ships"),
    [
        ("aboard USS Halvern.", ["USS Halvern"]),
        ("the USS Jo K. L. Quill arrived", ["USS Jo K. L. Quill"]),
        ("HMS Prince of Tarn docked", ["HMS Prince of Tarn"]),
        ("the USS Halvern's crew", ["USS Halvern"]),
        ("the SS officers and MS Quill", []),  # no ship's prefix
        ("a USSR delegation, the HMSO report", []),  # a longer word
    ],
)
def test_prefixed_ship_spans(text: str, ships: list[str]) -> None:
    assert [text[s:e] for s, e in prefixed_ships(text)] == ships
