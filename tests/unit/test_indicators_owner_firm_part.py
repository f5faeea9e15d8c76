"""A place that only says which part of a firm ("Vantor Group's Kessel plant", "the Norland unit of
Vantor Group") owns nothing: the firm owns its part's figures. A possessive place framing a place
("Norland's province of Kessel") still gives the narrower place."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Vantor Group's Norland unit cut 2,000 jobs.", "2,000 jobs"),
        ("The Norland unit of Vantor Group cut 2,000 jobs.", "2,000 jobs"),
        ("Vantor Group's Kessel plant will build 300,000 cars a year.", "300,000 cars a year"),
        ("The Kessel subsidiary of the Vantor Group earned $3 million.", "$3 million"),
    ],
)
def test_a_place_naming_a_firms_part_gives_the_firm_the_figure(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Vantor Group"


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Norland's province of Kessel grew 6 percent.", "6 percent", "Kessel"),
        ("Norland's Kessel unit cut 2,000 jobs.", "2,000 jobs", "Kessel"),
        ("The Kessel economy grew 6 percent last year.", "6 percent", "Kessel"),
    ],
)
def test_without_a_firm_the_place_keeps_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
