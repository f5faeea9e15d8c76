"""A whole number and a half is one figure (session twenty-eight): "four-and-a-half years" is 4.5
years, "two and one-half hours" 2.5 hours, "one and a half million people" 1.5 million people.
It was read as the whole number alone, which lost the unit ("five-and-a-half points" gave 5 with
none); a decimal, a fraction or "a half" with no whole number before it keep their readings."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was jailed for four-and-a-half years.", [(4.5, "year")]),
        ("He served 4 and a half years.", [(4.5, "year")]),
        ("The talks lasted two and one-half hours.", [(2.5, "hour")]),
        ("She lost by five-and-a-half points.", [(5.5, "point")]),
        ("About one and a half million people live there.", [(1.5e6, "people")]),
        ("The dam will cost one and a half billion dollars.", [(1.5e9, "USD")]),
    ],
)
def test_and_a_half(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks lasted 2.5 hours.", [(2.5, "hour")]),
        ("The race lasted 3 1/2 hours.", [(3.5, "hour")]),
        ("He won two and lost a half dozen games.", []),
        ("Between two and three million people came.", [(2e6, "people")]),
        ("The flight took an hour and a half.", []),
    ],
)
def test_and_a_half_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
