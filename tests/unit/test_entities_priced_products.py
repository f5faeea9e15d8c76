"""A name a determiner and a retail price lead, ending its noun phrase, is a product ("the $199
Orvo Bell"): the model read a body or a person, or nothing. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Reviewers liked the $199 Orvo Bell, a smart doorbell with a camera.", "Orvo Bell"),
        ("The $80 Tavo Dot does less than its bigger sibling.", "Tavo Dot"),
        ("Buyers snapped up the £349 Kelvar Hub, which sold out in a day.", "Kelvar Hub"),
    ],
)
def test_a_priced_name_is_a_product(extractor: EntityExtractor, body: str, product: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Buyers snapped up the $349 Kelvar Hub, which sold out.", ["Kelvar Hub"]),
        ("Shoppers get a $10 Harbor gift card.", []),  # a noun after the name
        ("She paid the $35 Acme Fee.", []),  # a money word
        ("He raised $500 Monday.", []),  # a day; no determiner either
        ("It cost the $5 Million budget.", []),  # an amount's unit
        ("The $300 Dunmore Festival is sold out.", []),  # a head word's name
        ("The $2 Jo Roe is silly.", []),  # a given name first
        ("They flew to the $99 Boston, a deal.", []),  # a place
        ("Acme sold Harbor for $500 Vela shares.", []),  # no determiner before the price
    ],
)
def test_priced_spans(text: str, names: list[str]) -> None:
    found = rules.priced_products(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names
