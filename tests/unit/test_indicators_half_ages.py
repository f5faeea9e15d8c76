"""A half year after an age word is an age ("age 7 and a half"): "and a half" folds into the
figure (session twenty-eight), which is then no whole number, and the age rule read whole
numbers only, so such an age was published with no unit."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("First prize went to Orla, age 7 and a half, for her kite.", 7.5),
        ("The youngest climber, aged 11 and a half, reached the top.", 11.5),
        ("Her son, now aged 2 and a half, started school this week.", 2.5),
    ],
)
def test_a_half_year_after_an_age_word_is_an_age(text: str, value: float) -> None:
    assert (value, "year") in _rows(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Output rose 7.5 percent in the quarter.", 7.5, "percent"),
        ("The hike took two and a half hours.", 2.5, "hour"),
    ],
)
def test_other_halves_keep_their_units(text: str, value: float, unit: str) -> None:
    assert (value, unit) in _rows(text)


def test_a_decimal_that_is_no_half_after_an_age_word_is_no_age() -> None:
    assert (7.3, "year") not in _rows("The index for age 7.3 groups was revised.")
