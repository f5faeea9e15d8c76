"""Bare "points" that move a percentage are percentage points (consumer.indicators.share_points)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import body_units

_units = body_units


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Joblessness in Velmor rose to 6.1 percent, up 0.4 points from May.", "0.4 points"),
        ("Her approval rating slid 5 points to 39 percent.", "5 points"),
        ("Turnout reached 58%, 2 points lower than in the last vote.", "2 points"),
        ("The vacancy rate dropped three points to 9 per cent in the quarter.", "three points"),
    ],
)
def test_points_beside_a_percentage_are_percentage_points(text: str, figure: str) -> None:
    assert _units(text)[figure] == "percentage_point"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an index's move, restated as a percentage right after it
        ("The Kessel index fell 140 points, or 1.4 percent, by noon.", "140 points"),
        # a gauge's points, with a percentage in the same sentence
        ("The benchmark rose 3.5 points after inflation eased to 2 percent.", "3.5 points"),
        # a benchmark named without "index", from the shared list of market indexes
        ("Seoul's KOSPI fell 21 points as bond yields climbed to 3.9 percent.", "21 points"),
        # a player's points
        ("Orr scored 27 points and made 55 percent of his shots.", "27 points"),
        # no percentage in the sentence
        ("The gauge gained 35 points to 1,210.", "35 points"),
        # the percentage is in the sentence before
        ("Inflation held at 4 percent. Confidence rose 12 points in March.", "12 points"),
    ],
)
def test_other_points_stay_points(text: str, figure: str) -> None:
    assert _units(text)[figure] == "point"
