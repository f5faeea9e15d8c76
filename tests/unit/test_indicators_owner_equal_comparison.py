"""A review compares a product with a yardstick ("about as long as a Corvan X2", "the same size
as", "similar in size to", "roughly the length of"): the yardstick never owns the spec, nor the
specs the review goes on to list, as the other side of "larger than" never does. The product the
review is about keeps them."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Orbel 7": ("PRODUCT", None),
    "Corvan X2": ("PRODUCT", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the yardstick named after the figure: no owner rather than the wrong one
        ("The new wagon is – at 195 inches – about as long as a Corvan X2 SUV.", "195 inches", None),
        ("The new wagon is 195 inches long, about the same size as a Corvan X2.", "195 inches", None),
        ("The wagon is 195 inches long, similar in size to the Corvan X2.", "195 inches", None),
        # the yardstick named before a later spec: the reviewed product named before it
        (
            "The Orbel 7 is a wagon. It is – at 195 inches – about as long as a Corvan X2 SUV. "
            "A 275 hp motor sits at the rear.",
            "275 hp",
            "Orbel 7",
        ),
        (
            "The Orbel 7 is roughly the length of a Corvan X2. A 275 hp motor sits at the rear.",
            "275 hp",
            "Orbel 7",
        ),
    ],
)
def test_a_yardstick_owns_no_spec(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a product named after its spec without a comparison still owns it
        ("A 5,000 mAh battery powers the Orbel 7.", "5,000 mAh", "Orbel 7"),
        ("The Corvan X2 is 150 inches long. A 275 hp motor sits at the rear.", "275 hp", "Corvan X2"),
        # the measured product named before the comparison keeps its figures
        ("The Orbel 7 costs $449, the same price as the Corvan X2.", "$449", "Orbel 7"),
        ("A 65-inch screen makes the Orbel 7 as big as a door.", "65-inch", "Orbel 7"),
    ],
)
def test_products_named_without_a_comparison_keep_their_specs(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
