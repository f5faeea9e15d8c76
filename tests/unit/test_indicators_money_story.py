"""A bare magnitude a sentence on from a sum of money is that currency when a noun only money has
stands next to it (session forty-two): "net income of 212.4 mln dlrs. A year earlier it posted
net income of 87.3 mln". Counts ("vehicle sales to 3.5 million"), a word after the figure that
may be a currency of its own, and a story with no sum before keep no unit."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kellan Corp reported net income of 212.4 mln dlrs. "
            "A year earlier it posted net income of 87.3 mln.",
            [(212.4e6, "USD"), (87.3e6, "USD")],
        ),
        (
            "The budget deficit reached 14.2 billion yen in May. "
            "Officials expect the deficit to narrow to 9.8 billion.",
            [(14.2e9, "JPY"), (9.8e9, "JPY")],
        ),
        (
            "Gross reserves rose by 600 mln stg in the week. Foreign liabilities were put at 3.7 billion.",
            [(600e6, "GBP"), (3.7e9, "GBP")],
        ),
        (
            "Tobin Steel had sales of 1.3 billion dlrs. This compares with a 95 mln loss in 1985.",
            [(1.3e9, "USD"), (95e6, "USD")],
        ),
    ],
)
def test_magnitude_after_a_sum(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count: no noun of money next to it
        (
            "Harlan sold cars worth 2.1 billion dlrs. "
            "It aims to raise vehicle sales to more than 3.5 million.",
            [(2.1e9, "USD"), (3.5e6, None)],
        ),
        # a word after the figure that is no money noun: perhaps a currency of its own
        (
            "Its sales were 4.4 billion dlrs. Its turnover in 1986 was 6.2 billion pula.",
            [(4.4e9, "USD"), (6.2e9, None)],
        ),
        # no sum of money before
        (
            "Profit rose 12 pct. Assets topped 5.1 billion.",
            [(12.0, "percent"), (5.1e9, None)],
        ),
    ],
)
def test_magnitude_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
