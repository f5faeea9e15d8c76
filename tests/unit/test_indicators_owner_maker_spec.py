"""A unit only a made thing has, in a clause its maker heads, is the maker's product's whatever
noun follows (``maker_spec``): "Orbis uses a 120Hz panel", "Orbis squeezed in a 5,000mAh cell".
Not a unit a firm has too (storage, energy), not across a firm's plant or result, and not a
product another firm makes. Texts written for the test."""

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
