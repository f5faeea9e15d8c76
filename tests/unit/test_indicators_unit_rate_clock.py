"""Counts over an hour or a minute are rates (issue 11): the conventions write rates with a
slash unit ("container/day"), and a count taken per hour or per minute is one too ("40 flights
an hour" is ``flight/hour``). Counts of people stay ``people``; a count followed by "an hour"
that is no rate ("two hours" of a wait) keeps its unit.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new runway lets the port land 40 flights an hour.", [(40.0, "flight/hour")]),
        ("The mill cut 120 logs per hour on Monday.", [(120.0, "log/hour")]),
        ("The press prints 900 copies a minute.", [(900.0, "copy/minute")]),
        ("The pump moves 30 crates per minute.", [(30.0, "crate/minute")]),
    ],
)
def test_a_count_per_hour_or_minute_is_a_rate(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gate let 500 fans an hour through.", [(500.0, "people")]),
        ("They waited two hours for a bus.", [(2.0, "hour")]),
        ("The depot ships 60 trucks a day.", [(60.0, "truck/day")]),
        ("Workers at the plant earn $20 an hour.", [(20.0, "USD/hour")]),
    ],
)
def test_other_counts_keep_their_unit(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
