"""What a maker says "it" (or "the <product noun>") can or will do, measured in a thing's unit,
is the product's the maker makes; a firm's own doing, a firm that does not make the product
and counts of what a firm builds keep the maker."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Tovin Estra": ("PRODUCT", None),
    "Tovin": ("ORGANIZATION", None),
    "Brell": ("ORGANIZATION", None),
}
_HEADLINE = "Tovin Estra review: a roomy electric wagon"
_LEAD = "The Tovin Estra is an electric wagon for families.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "Tovin says it can reach 60 mph in 4.1 seconds.", "4.1 seconds"),
        (_LEAD + "Tovin claims it can tow 2,000 pounds.", "2,000 pounds"),
        (_LEAD + "Tovin promises it will cover up to 300 miles between charges.", "300 miles"),
        (_LEAD + "Tovin reckons it can carry 600 kg on the roof.", "600 kg"),
        (_LEAD + "Tovin says it can charge in 18 minutes.", "18 minutes"),
    ],
)
def test_a_makers_claim_of_its_thing_is_the_products(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Tovin Estra"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the firm's own doing
        (_LEAD + "Tovin says it will take 12 hours to restart the line.", "12 hours", "Tovin"),
        (_LEAD + "Tovin says it can build 300,000 cars a year.", "300,000 cars a year", "Tovin"),
        # a firm that does not make the product
        (_LEAD + "Brell claims it can tow 2,000 pounds.", "2,000 pounds", "Brell"),
    ],
)
def test_no_makers_claim(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == owner
