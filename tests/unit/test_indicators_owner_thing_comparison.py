"""A share or a multiple by which "it" (or "the <product noun>") is faster, lighter or cheaper, or
has more storage, is the product's, not the maker's the story's company fallback gave; a firm's
own growth, sales or size keeps the company."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Pella Cast": ("PRODUCT", None),
    "Rontek": ("ORGANIZATION", None),
}
_HEADLINE = "Rontek unveils Pella Cast"
_LEAD = "Rontek unveiled the Pella Cast on Monday. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "It offers 30% more storage than before.", "30%"),
        (_LEAD + "Rontek said it is 35% faster than the old model.", "35%"),
        (_LEAD + "The remote is small. It is also 25% lighter than the last one.", "25%"),
        (_LEAD + "It is now 2.5 times brighter.", "2.5 times"),
    ],
)
def test_a_things_comparison_is_the_products(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Pella Cast"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the firm's own results and size
        (_LEAD + "It said sales rose 25% last year.", "25%"),
        (_LEAD + "It is 25% bigger than a year ago.", "25%"),
        (_LEAD + "It has 20% more staff than a year ago.", "20%"),
    ],
)
def test_a_firms_comparison_stays_the_firms(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Rontek"
