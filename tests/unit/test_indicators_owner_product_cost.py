"""A price after a product's name, a kind noun and a modal or "to" before a verb of pricing is
the product's, though a firm or a speaker heads the sentence ("Kelby expects the Orbel 7 tablet to
cost $249", "Analysts said the Vantor X5 phone would cost about $459"); texts written for the
test."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows


def _rows(text: str) -> dict[str, str | None]:
    names: dict[str, tuple[EntityType, str | None]] = {}
    for name in ("Vantor X5", "Orbel 7"):
        if name in text:
            names[name] = ("PRODUCT", None)
    for name in ("Kelby", "Harlow Mart"):
        if name in text:
            names[name] = ("ORGANIZATION", None)
    return focus_rows("", text, names)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Kelby expects the Orbel 7 tablet to cost $249 in Europe.", "$249", "Orbel 7"),
        ("Analysts at Harlow Mart said the Vantor X5 phone would cost about $459.", "$459", "Vantor X5"),
        ("Kelby wants the Orbel 7 console to sell for $299.", "$299", "Orbel 7"),
    ],
)
def test_a_price_the_product_and_its_kind_will_cost_is_the_products(
    text: str, figure: str, owner: str
) -> None:
    assert _rows(text).get(figure) == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # no kind noun: read as before
        ("Kelby expects the Orbel 7 to cost $249 in Europe.", "$249", "Orbel 7"),
        # a plant is no kind of made thing: the firm's spending
        ("Kelby expects the Orbel 7 plant to cost $249 million.", "$249 million", "Kelby"),
        # a firm's name before the verb: not a made thing
        ("Kelby said buying Harlow Mart would cost $30 million.", "$30 million", "Harlow Mart"),
    ],
)
def test_other_costs_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _rows(text).get(figure) == owner
