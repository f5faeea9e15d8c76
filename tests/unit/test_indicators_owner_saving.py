"""A saving on a thing ("$60 cheaper than ...") is the price of the product named before it, as
"Pricing starts at" is; texts written for the test."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Shoppers can pick the Orvo Pad 3 in three colours. The bundle is still $60 cheaper than "
            "buying the tablet alone.",
            "$60",
        ),
        (
            "The Kestrel Nova 2 comes with a case and a charger, and this set is $25 less than the "
            "launch price.",
            "$25",
        ),
        (
            "We liked the Vantor X5 headset. Right now it is $40 cheaper than at launch.",
            "$40",
        ),
    ],
)
def test_a_saving_is_the_products(text: str, figure: str) -> None:
    names = {n: ("PRODUCT", None) for n in ("Orvo Pad 3", "Kestrel Nova 2", "Vantor X5") if n in text}
    rows = focus_rows("", text, names)  # type: ignore[arg-type]
    assert rows.get(figure) == next(iter(names)), rows


def test_a_saving_with_no_product_near_is_nobodys() -> None:
    text = "Petrol in the valley is $1 cheaper than in the city, the survey found."
    rows = focus_rows("", text, {})
    assert rows.get("$1") is None, rows


def test_a_price_with_no_saving_word_keeps_its_reading() -> None:
    text = "We liked the Vantor X5 headset. Rents in the city rose $40 more than wages did."
    rows = focus_rows("", text, {"Vantor X5": ("PRODUCT", None)})
    assert rows.get("$40") != "Vantor X5", rows
