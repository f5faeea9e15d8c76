"""Session 45: a sum whose possessive is "its" is what "its" stands for (the last firm, thing or
place named before it, never a person), nobody's when a name the entity stage missed stands
nearer; "its" after a name "of" governs reads nothing."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Ann Lee": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Orbel Press": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Orbel X": ("PRODUCT", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the person heading the clause owns no sum "its" possesses
        (
            "Ann Lee remained a voice in Vantor Group's bid for spectrum and its $1.65 billion purchase"
            " of a site.",
            "$1.65 billion",
            "Vantor Group",
        ),
        # a thing a preposition governs is still what "its" stands for
        ("The biggest knock against the Orbel X is its $500 price.", "$500", "Orbel X"),
        # a nearer name no mention covers: nobody's rather than the buyer's
        (
            "Vantor Group was able to buy Kelby for less than its original $4 billion asking price.",
            "$4 billion",
            None,
        ),
    ],
)
def test_a_sum_its_owner_possesses(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Norland raised its $5 billion budget by 3 percent.", "$5 billion", "Norland"),
        ("Vantor Group raised its dividend to $2 a share.", "$2 a share", "Vantor Group"),
    ],
)
def test_its_with_the_subject_named_before(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
