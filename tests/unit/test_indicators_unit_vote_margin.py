"""A margin of the vote in "points" is in percentage points, as the conventions publish election
margins (session twenty-eight): "lost the primary by five points", "leads by 12 points among likely
voters", "a 10-point lead in the polls". Only a margin ("by", "lead of", "ahead", "behind") in a
passage about polls or elections; a game's margin, an index's move and a bare count stay points."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the primary, Lee lost by five points to the incumbent.", [(5.0, "percentage_point")]),
        ("The latest poll shows Lee leading by 12 points among likely voters.", [(12.0, "percentage_point")]),
        ("Lee holds a 10-point lead in the polls.", [(10.0, "percentage_point")]),
        ("Lee is 8 points ahead of Roe in the survey.", [(8.0, "percentage_point")]),
        ("Lee won the election by 30 points.", [(30.0, "percentage_point")]),
    ],
)
def test_vote_margin(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hawks won by 12 points in the season opener.", [(12.0, "point")]),
        ("The index fell 12 points.", [(12.0, "point")]),
        ("The election index rose 12 points.", [(12.0, "point")]),
        ("Voters gave the measure 12 points more than last time.", [(12.0, "point")]),
    ],
)
def test_vote_margin_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


_Row = tuple[float | None, str | None, str | None]


def _changes(text: str) -> list[_Row]:
    from tests.unit.indicator_texts import page_rows

    return [(r.value, r.unit, r.change) for r in page_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the primary, Lee lost by five points to the incumbent.", [(5.0, "percentage_point", None)]),
        ("Lee beat Roe by 3 percentage points.", [(3.0, "percentage_point", None)]),
        ("Lee lost the runoff by 4 percentage points.", [(4.0, "percentage_point", None)]),
        ("Lee's lead in the polls grew by 3 points.", [(3.0, "percentage_point", "up")]),  # a move
        ("Support fell by 5 percentage points.", [(5.0, "percentage_point", "down")]),
        ("The party lost 5 percentage points in the polls.", [(5.0, "percentage_point", "down")]),
    ],
)
def test_margin_is_no_movement(text: str, expected: list[_Row]) -> None:
    assert _changes(text) == expected
