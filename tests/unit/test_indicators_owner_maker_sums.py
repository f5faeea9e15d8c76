"""A shop price the maker puts on its product is the product's (``maker_price``): "Orbis has
priced the Vela 7 at $849", "Orbis has slashed the price to $699", "Orbis's asking price is $759".
Not a firm's deal, holding or result, not a sum in millions, not a price of a thing another firm
makes, and not a price with no word of pricing.

A unit only a made thing has, in a clause its maker heads, is the maker's product's whatever noun
follows (``maker_spec``): "Orbis uses a 120Hz panel", "Orbis squeezed in a 5,000mAh cell". Not a
unit a firm has too (storage, energy), not across a firm's plant or result, and not a product
another firm makes. The two rules share the story below. Texts written for the test."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Orbis": ("ORGANIZATION", None),
    "Kelby": ("ORGANIZATION", None),
    "Orbis Vela 7": ("PRODUCT", None),
    "Tarn Slate": ("PRODUCT", None),
}
_LEAD = "Orbis has unveiled the Orbis Vela 7, its newest phone.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "Orbis has priced the handset at $849 in most markets.", "$849"),
        (_LEAD + "Orbis wants $899 for the larger model.", "$899"),
        (_LEAD + "Orbis has slashed the price to $699 ahead of the holidays.", "$699"),
        (_LEAD + "Orbis's asking price is $759 without a contract.", "$759"),
        (_LEAD + "Orbis offers it in three colours for $779.", "$779"),
        (_LEAD + "Orbis sells the base model for $709 in its own shops.", "$709"),
    ],
)
def test_a_makers_shop_price_is_its_products(text: str, figure: str) -> None:
    assert focus_rows("Phones", text, _NAMES)[figure] == "Orbis Vela 7"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a firm's result, deal or holding: the firm's
        (_LEAD + "Orbis sales rose to $4 billion last year.", "$4 billion", "Orbis"),
        (_LEAD + "Orbis paid $50 for each share it bought back.", "$50", "Orbis"),
        (_LEAD + "Orbis agreed to buy the chip unit for $900.", "$900", "Orbis"),
        # a sum in millions is no shop price
        (_LEAD + "Orbis is selling its old offices for $300m.", "$300m", "Orbis"),
        # no word of pricing between the maker and the sum
        (_LEAD + "Orbis lost $799 on every unit, analysts said.", "$799", "Orbis"),
    ],
)
def test_a_makers_own_sums_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert focus_rows("Phones", text, _NAMES)[figure] == owner


def test_a_product_another_firm_makes_is_no_makers_price() -> None:
    text = "Kelby has unveiled the Tarn Slate, a tablet.\n\nOrbis has priced its service at $849 a year."
    assert focus_rows("Tablets", text, _NAMES)["$849 a year"] == "Orbis"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "Orbis uses a 120Hz panel on the front.", "120Hz"),
        (_LEAD + "Orbis squeezed in a 5,000mAh cell this time.", "5,000mAh"),
        (_LEAD + "Orbis fitted 50-megapixel optics on the back.", "50-megapixel"),
        (_LEAD + "Orbis quotes 402 hp from the twin motors of the car version.", "402 hp"),
    ],
)
def test_a_made_things_unit_in_the_makers_clause_is_the_products(text: str, figure: str) -> None:
    assert focus_rows("Phones", text, _NAMES)[figure] == "Orbis Vela 7"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a unit a firm has too: left to the part rule, which needs a part's noun
        (_LEAD + "Orbis stores 40TB of customer files.", "40TB", "Orbis"),
        # a firm's plant between the maker and the figure
        (_LEAD + "Orbis's factories turn out 12-inch wafers.", "12-inch", "Orbis"),
    ],
)
def test_a_firms_own_measure_keeps_its_owner(text: str, figure: str, owner: str) -> None:
    assert focus_rows("Phones", text, _NAMES)[figure] == owner


def test_a_product_another_firm_makes_keeps_the_firm() -> None:
    text = "Kelby has unveiled the Tarn Slate, a tablet.\n\nOrbis uses a 120Hz panel on its sign."
    assert focus_rows("Tablets", text, _NAMES)["120Hz"] == "Orbis"
