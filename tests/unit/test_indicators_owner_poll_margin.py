"""A poll's margin of error is nobody's: the poll's precision, no margin of a firm the story names.

The fallback read "margin" as a firm's own result and gave "a margin of error of 3.5
percentage points" to the story's company or the poll's maker (session 47, three fresh pages).
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_POLL = {"Vantor Group": ("ORGANIZATION", None), "Harbor News": ("ORGANIZATION", None)}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Vantor Group commissioned a survey of 1,200 adults on retirement. "
            "The survey has a margin of error of plus or minus 3 percentage points.",
            "3 percentage points",
        ),
        (
            "Harbor News polled 900 voters last week. The poll had a sampling error of 4 percent.",
            "4 percent",
        ),
        (
            "Vantor Group asked 2,000 savers about pensions. The poll has a margin of error of +/-3.1 "
            "percentage points for the whole sample and +/- 2.7 percentage points for savers over 50.",
            "2.7 percentage points",
        ),
    ],
)
def test_a_polls_margin_of_error_is_nobodys(text: str, figure: str) -> None:
    """The poll's precision: no margin of the story's firm, nor of the poll's maker."""
    assert focus_rows("Savers fret over pensions", text, _POLL)[figure] is None


def test_a_firms_own_margin_keeps_its_owner() -> None:
    text = "Vantor Group said its operating margin rose to 12 percent in the quarter."
    assert focus_rows("Vantor Group margin widens", text, _POLL)["12 percent"] == "Vantor Group"
