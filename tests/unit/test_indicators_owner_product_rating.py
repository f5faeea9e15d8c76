"""A product's rating and its count of reviews are the thing's, whoever rates it: "We gave it 4
stars", "shoppers give it 4.5 stars", "a shop has over 2,000 user reviews"; a shop's own stars,
a person's own reviews and reviews nobody's clause names keep their readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Pella Cast": ("PRODUCT", None),
    "Quill Market": ("ORGANIZATION", None),
    "Mira Holt": ("PERSON", None),
}
_LEAD = "The Pella Cast is a small streaming stick.\n\n"
_RATED = "On Quill Market it has an average rating of 4.5 stars from 2,000 reviews."


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_LEAD + "We gave it 4 stars out of 5.", "4 stars"),
        (_LEAD + _RATED, "4.5 stars"),
        (_LEAD + _RATED, "2,000 reviews"),
        (_LEAD + "Quill Market shoppers give it 4.5 stars in 2,000 reviews.", "4.5 stars"),
        (_LEAD + "Quill Market has over 2,000 user reviews with a strong score.", "2,000 user reviews"),
        (_LEAD + "Mira Holt gave it 3 stars after a week.", "3 stars"),
    ],
)
def test_a_rating_is_the_things(text: str, figure: str) -> None:
    assert focus_rows("Streaming sticks", text, _NAMES)[figure] == "Pella Cast"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a shop's own stars: no pronoun for the thing, and stars are no count a shop lists
        (_LEAD + "Quill Market has 4 stars on the travel sites.", "4 stars", "Quill Market"),
        # a person's own reviews
        (_LEAD + "Mira Holt has written 300 reviews this year.", "300 reviews", "Mira Holt"),
        # whose reviews, the clause does not say
        (_LEAD + "Shoppers left 2,000 reviews last month.", "2,000 reviews", None),
    ],
)
def test_no_things_rating(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("Streaming sticks", text, _NAMES)[figure] == owner
