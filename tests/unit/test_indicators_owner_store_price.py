"""A price a shop puts on the thing the clause calls "it" or names is the thing's: "It is available
at a shop for $49", "Grab it at a shop for $49", "The price at a shop is $49", "It went on sale
in a country priced at $49"; not a sum in millions, a ticket, nor a clause a person heads."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Pella Cast": ("PRODUCT", None),
    "Rontek": ("ORGANIZATION", None),
    "Quill Market": ("ORGANIZATION", None),
    "Mira Holt": ("PERSON", None),
    "Dalmora": ("LOCATION", "country"),
}
_LEAD = "The Pella Cast is a small streaming stick. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "It is available at Quill Market for $49.", "$49"),
        (_LEAD + "\n\nIt is available at Quill Market for $49.", "$49"),
        (_LEAD + "Grab it at Quill Market for $45 this week.", "$45"),
        (_LEAD + "At Quill Market it sells for $52.", "$52"),
        (_LEAD + "The price at Quill Market is $47.", "$47"),
        (_LEAD + "Right now it's $44 at Quill Market.", "$44"),
        (_LEAD + "It went on sale in Dalmora last month, priced at $59.", "$59"),
        ("The stick is small and light. You can buy the Pella Cast at Quill Market for $49.", "$49"),
        # the seller's "charge ... for it", the bare form of the verb too
        ("Rontek unveiled the Pella Cast on Monday.\n\nRontek will charge $49 for it.", "$49"),
    ],
)
def test_a_shops_price_is_the_things(text: str, figure: str) -> None:
    assert focus_rows("Streaming sticks", text, _NAMES)[figure] == "Pella Cast"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a sum in millions is a deal's
        (_LEAD + "It is available at Quill Market for $49 million.", "$49 million", None),
        # the thing sold is not "it" nor a product
        (_LEAD + "Tickets are available at Quill Market for $49.", "$49", None),
        (_LEAD + "A day at Quill Market costs $59.", "$59", None),
        # a person heads the clause
        (_LEAD + "Mira Holt bought it at Quill Market for $49.", "$49", "Mira Holt"),
        # no product named before
        ("Rontek's shares jumped. It is available at Quill Market for $59.", "$59", None),
    ],
)
def test_no_shops_price(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("Streaming sticks", text, _NAMES)[figure] == owner
