"""A count of a made thing's parts (airbags, seats, speakers, ports) in a clause that describes a
thing and names nobody, or whose subject is the product's maker, is the product's; a party's seats,
a clause a name heads and a maker that does not make the product keep their readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Tovin Estra": ("PRODUCT", None),
    "Tovin": ("ORGANIZATION", None),
    "Brell": ("ORGANIZATION", None),
    "Vessa Party": ("ORGANIZATION", None),
    "Jon Arl": ("PERSON", None),
}
_HEADLINE = "Tovin Estra review: a roomy electric wagon"
_LEAD = "The Tovin Estra is an electric wagon for families.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "It comes with an eight-year warranty and 10 airbags.", "10 airbags"),
        (_LEAD + "Inside there are seven seats and a flat floor.", "seven seats"),
        (_LEAD + "The cabin is quiet. Tovin fitted a large screen and 11 speakers.", "11 speakers"),
        (_LEAD + "It also has two SIM slots and a fast charger.", "two SIM slots"),
        (_LEAD + "For the rear, there's a light strip spanning the two LED clusters.", "two LED clusters"),
    ],
)
def test_a_things_parts_are_the_products(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Tovin Estra"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a party's seats: a tally, not a thing's
        (_LEAD + "In the vote, the Vessa Party won 56 seats.", "56 seats", "Vessa Party"),
        (_LEAD + "There are 56 seats held by the opposition.", "56 seats", None),
        # a person heads the clause
        (_LEAD + "Jon Arl has two cameras on his desk.", "two cameras", "Jon Arl"),
        # a firm that does not make the product
        (_LEAD + "Brell fitted 11 speakers in its showroom.", "11 speakers", "Brell"),
        # a clause that says nothing of a thing
        (_LEAD + "Buyers asked for seven seats.", "seven seats", None),
    ],
)
def test_no_things_parts(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == owner
