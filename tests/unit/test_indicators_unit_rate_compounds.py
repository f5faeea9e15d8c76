"""A rate hyphenated into a compound before its noun is still a rate: "a $12-a-month plan" is
USD/month, "a 27.25-dlr-a-share offer" USD/share (the currency word glued to "-a-" stays a
currency); "per-share earnings" after a figure with one hyphen is no rate of that figure, and a
currency word glued to any other word stays half of a compound adjective ("real-life")."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subscribers get the $12-a-month Tovra Plus plan.", [(12.0, "USD/month")]),
        ("Brent at $73-a-barrel squeezes the refiners.", [(73.0, "USD/barrel")]),
        ("The $19-per-month tier starts in May.", [(19.0, "USD/month")]),
        ("A £6-a-week charge was scrapped.", [(6.0, "GBP/week")]),
        ("Kelbrook began a 27.25-dlr-a-share tender offer.", [(27.25, "USD/share")]),
        ("It dropped its 85-dlr-per-share bid for Ostrand.", [(85.0, "USD/share")]),
        ("Guests paid a $260-a-night rate at the Varne.", [(260.0, "USD/night")]),
    ],
)
def test_a_hyphenated_rate_is_a_rate(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one hyphen: "per-share" names the earnings after it, not the figure's rate
        ("Analysts see 12 pct per-share growth at Brisco.", [(12.0, "percent")]),
        ("The stock trades at 14 times per-share profit.", [(14.0, "times")]),
        # a currency word glued to another word stays half of a compound adjective
        ("The 14 euro-zone members met in Tallinn.", [(14.0, "people")]),
        # the spaced rate keeps its reading
        ("Rooms cost $95 a night in June.", [(95.0, "USD/night")]),
    ],
)
def test_other_hyphens_keep_their_reading(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
