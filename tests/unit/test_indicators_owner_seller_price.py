"""A price a firm puts on the thing by "it", "them" or "the <product noun>" is the thing's: "Harbor
Mart is selling them for $205", "Orbis charges $249 for the earbuds", "bringing it to $199". Not
a firm's own sums, a price of something else, nor a price with no firm heading it."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Harbor Mart": ("ORGANIZATION", None),
    "Orbis": ("ORGANIZATION", None),
    "Vantor Buds": ("PRODUCT", None),
    "Lumo Drive": ("PRODUCT", None),
}
_LEAD = "The Vantor Buds are the deal of the week.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "Harbor Mart is also selling them for $205 this week.", "$205"),
        (_LEAD + "Harbor Mart has it for $199 with free shipping.", "$199"),
        (_LEAD + "Harbor Mart knocked $50 off, bringing the price down to $149.", "$149"),
        (_LEAD + "Orbis charges $249 for the earbuds in its own shops.", "$249"),
        (_LEAD + "Harbor Mart is offering the earbuds at $189.", "$189"),
        # a thing named after the price to compare with is no owner: the product before it is
        (_LEAD + "Harbor Mart has them for $99, less than the Lumo Drive.", "$99"),
    ],
)
def test_a_firms_price_on_the_thing_by_a_pronoun_is_the_things(text: str, figure: str) -> None:
    assert focus_rows("Deals", text, _NAMES)[figure] == "Vantor Buds"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a firm's own sums
        (_LEAD + "Harbor Mart sold goods worth $5bn last year.", "$5bn", "Harbor Mart"),
        (_LEAD + "Orbis has set aside $300m for new shops.", "$300m", "Orbis"),
        # the price of something else, named after the verb
        (_LEAD + "Orbis charges $9 for delivery.", "$9", "Orbis"),
    ],
)
def test_a_firms_own_sums_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert focus_rows("Deals", text, _NAMES)[figure] == owner


def test_no_product_in_the_story_no_owner_change() -> None:
    text = "Shops are busy.\n\nHarbor Mart is selling them for $205 this week."
    assert focus_rows("Shops", text, _NAMES)["$205"] == "Harbor Mart"
