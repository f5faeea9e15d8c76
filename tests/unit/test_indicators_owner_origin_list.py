"""A count "from" one place is that place's ("45 deputies from Kessel"); a count from a list of
places ("21 aircraft from Norland, Tarvia and Kessel") is no one place's."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Around 30 ships and 21 aircraft from Norland, Tarvia and Kessel joined the search.", "21 aircraft"),
        ("Some 300 firms from Norland and Tarvia took part in the fair.", "300 firms"),
        ("More than 500 exhibitors from Tarvia, Norland and Kessel attended.", "500 exhibitors"),
    ],
)
def test_a_count_from_a_list_of_places_is_no_ones(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("About 45 deputies from Kessel attended the session.", "45 deputies", "Kessel"),
        ("The 12 teams from Norland competed in Tarvia.", "12 teams", "Norland"),
    ],
)
def test_a_count_from_one_place_stays_that_places(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
