"""A place's count in a relative clause that hangs on it (session twenty-seven): the place owns
what it has, and also what it gains, adds, loses, wins, picks up or receives ("Tarvia, which is
set to pick up two new seats", "Kessel, which lost 3,000 jobs"); what it only borders, sees or
hosts stays nobody's."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "first_level_division"),
    "Kessel": ("LOCATION", "city"),
    "Harlow": ("LOCATION", "city"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("The big winner is Tarvia, which is set to pick up two new seats.", "two new seats", "Tarvia"),
        ("Then there is Norland, which gained 12 seats in 2010.", "12 seats", "Norland"),
        ("Kessel, which lost 3,000 jobs last year, is poor.", "3,000 jobs", "Kessel"),
        ("Harlow, which received 4,000 refugees, is busy.", "4,000 refugees", "Harlow"),
        (
            "Tarvia, which is expected to add four electoral votes, is growing.",
            "four electoral votes",
            "Tarvia",
        ),
    ],
)
def test_a_place_gaining_or_losing_owns_the_count(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Norland, which borders Tarvia and 40 other countries, is big.", "40 other countries", None),
        ("Harlow, which saw 45 people die, mourns.", "45 people", None),
        ("Kessel, which hosted 3,000 athletes, is proud.", "3,000 athletes", None),
        # what it has, as before
        ("Kessel, which has 12 ports, trades.", "12 ports", "Kessel"),
    ],
)
def test_other_place_clauses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
