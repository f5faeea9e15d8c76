"""A relative clause set off by commas (", which is owned by Harlow Bank,") describes the name
before it; a figure after the closing comma belongs to that name's clause, never to a name inside
the relative clause."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Vantor Group, which is owned by Harlow Bank, earned $3 billion.", "$3 billion", "Vantor Group"),
        ("Vantor Group, which makes steel in Kessel, cut 2,000 jobs.", "2,000 jobs", "Vantor Group"),
        ("Norland, which borders Tarvia, exported $5 billion of goods.", "$5 billion", "Norland"),
        (
            "On Monday, Harlow Bank, which lent heavily to Vantor Group, lost $300 million.",
            "$300 million",
            "Harlow Bank",
        ),
    ],
)
def test_after_a_closed_relative_clause_the_antecedent_owns(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the figure inside the relative clause, or a relative clause that never closes
        ("Vantor Group, which employs 5,000 people, earned $3 billion.", "5,000 people", "Vantor Group"),
        ("Harlow Bank lent money to Vantor Group, which lost $300 million.", "$300 million", "Vantor Group"),
        # the comma of "50,000" closes nothing: the price stays the reported clause's
        ("Harlow Bank said the robots, which cost 50,000 yuan ($7,565) each, sold well.", "$7,565", None),
        # "and" opens a clause with a subject of its own after a figure
        ("Norland grew 3 percent, and Tarvia, which borders it, grew 2 percent.", "2 percent", "Tarvia"),
    ],
)
def test_figures_inside_or_without_a_closed_relative_clause_keep_their_owner(
    text: str, figure: str, owner: str | None
) -> None:
    assert _owners(text)[figure] == owner
