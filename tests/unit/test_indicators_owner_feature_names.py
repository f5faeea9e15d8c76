"""A product named once as a feature of the thing the passage describes ("a messaging app called
Lumo Chat", "a mode dubbed Turbo Sync") owns none of the thing's later prices: the thing does.
A name mentioned again, or listed bare, keeps its old reading."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Orbis": ("ORGANIZATION", None),
    "Kelvo Vista": ("PRODUCT", None),
    "Lumo Chat": ("PRODUCT", None),
    "Turbo Sync": ("PRODUCT", None),
}
_HEADLINE = "Orbis sets a date for the Kelvo Vista"
_LEAD = "Orbis's new handheld, the Kelvo Vista, goes on sale in June.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            _LEAD + "Other features include a short-range messaging app called Lumo Chat.\n\n"
            "The launch price of $99 compares well with rivals.",
            "$99",
        ),
        (_LEAD + "It also has a fast charging mode dubbed Turbo Sync. Pricing starts at $129.", "$129"),
        (_LEAD + "The console offers a chat service known as Lumo Chat. It costs $149 in the US.", "$149"),
        (_LEAD + "The handheld ships with a paint program named Lumo Chat. The launch price is $89.", "$89"),
    ],
)
def test_a_feature_named_once_owns_no_price_of_the_thing(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Kelvo Vista"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # named again: a product of its own the passage goes on about
        (_LEAD + "Orbis also sells a tablet called Lumo Chat. Lumo Chat pricing starts at $59.", "$59"),
        # listed bare, with no feature's noun before it
        (_LEAD + "Other features include Lumo Chat. The launch price of $99 compares well.", "$99"),
    ],
)
def test_near_misses_keep_the_named_thing(text: str, figure: str) -> None:
    assert focus_rows(_HEADLINE, text, _NAMES)[figure] == "Lumo Chat"
