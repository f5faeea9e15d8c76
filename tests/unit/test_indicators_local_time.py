"""An hhmm clock time before "local time" is no figure (session
forty-two): "shown from 1700 local time (0300 GMT)", "struck at 1115 local time". A four-digit
count or a year before "local" and another noun stays a figure or a year."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    "text",
    [
        "The final will be shown from 1700 local time (0300 GMT) on Saturday.",
        "The show is televised from 1630 local time.",
        "The quake struck at 1115 local time, the agency said.",
    ],
)
def test_clock_before_local_time(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1350 local residents attended the hearing.", [(1350.0, "people")]),
        ("The stadium seats 2875 local fans.", [(2875.0, "people")]),
        ("It sold 1840 tickets to local time-share owners.", [(1840.0, "ticket")]),
    ],
)
def test_local_time_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
