"""An age threshold after a plural of persons is an age (session twenty-nine), as the conventions
settle "under the age of 15": "adults 65 and older", "patients 12 and up", "children under 5",
"voters younger than 30" are in `year`, owned by nobody. A count after them ("people over 30
floors") or a unit ("children under 5 percent") keeps its own reading."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures
from tests.unit.indicator_texts import page_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adults 65 and older were most at risk.", [(65.0, "year")]),
        ("About 40 percent of people 65 and older have the disease.", [(40.0, "percent"), (65.0, "year")]),
        ("The drug is approved for patients 12 and up.", [(12.0, "year")]),
        ("The shot is for children under 5.", [(5.0, "year")]),
        ("Women over 40 should be screened every year.", [(40.0, "year")]),
        ("Voters younger than 30 backed the levy.", [(30.0, "year")]),
        ("Kids 12 and under eat free.", [(12.0, "year")]),
    ],
)
def test_an_age_threshold_after_persons(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_an_age_threshold_is_nobodys() -> None:
    rows = page_rows("Dr. Jane Roe said adults 65 and older should stay home.")
    assert [(r.value, r.unit, r.subject_name) for r in rows] == [(65.0, "year", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are 200 people over 30 floors.", [(200.0, "people"), (30.0, "floor")]),
        ("The firm has 3,000 employees over 20 countries.", [(3000.0, "people"), (20.0, "country")]),
        ("Children under 5 percent of the budget", [(5.0, "percent")]),
        ("The club has 40 members.", [(40.0, "people")]),
        ("Prices over 30 rose.", [(30.0, None)]),
    ],
)
def test_counts_and_units_after_persons_keep_their_reading(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected
