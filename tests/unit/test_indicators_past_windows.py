"""A count of time after "the past" / "the last" names the window a figure refers to, a period
the conventions do not count ("over the past five years"); "for the past five years" and a plain
duration stay figures (session 44). Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbor Lane sold 4,000 homes over the past two years.", [(4000.0, "home")]),
        ("Fares rose 8% in the past 12 months, the board said.", [(8.0, "percent")]),
        ("In the last 15 years the port doubled its traffic.", []),
        ("Rain fell in six of the last seven years in the valley.", []),
        ("Most who sold Kelvo stock the past five years regret it.", []),
    ],
)
def test_a_count_of_time_after_the_past_or_the_last_is_a_window(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has led the club for the past five years.", [(5.0, "year")]),
        ("The talks lasted two years.", [(2.0, "year")]),
        ("The last two games drew 30,000 fans.", [(2.0, "game"), (30000.0, "people")]),
    ],
)
def test_durations_and_other_counts_after_last_stay(text: str, expected: list[tuple[float, str]]) -> None:
    assert page_figures(text) == expected
