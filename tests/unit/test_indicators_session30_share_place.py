"""Session 30: a per-share figure is never a place's. "Tarvel Street predicted $2.52 a share" (a
street standing for a trade, a place since session 30) or "Marlow had expected $2.40 a share"
names who forecast the company's figure, not its owner."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Kelvar Inc.": ("ORGANIZATION", None),
    "Tarvel Street": ("LOCATION", None),
    "Marlow": ("LOCATION", "city"),
    "Norland": ("LOCATION", "country"),
}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kelvar Inc. reported $2.53 in per-share earnings for the quarter. "
            "Tarvel Street predicted $2.52 a share.",
            "$2.52 a share",
        ),
        (
            "Kelvar Inc. reported $2.53 in per-share earnings for the quarter. "
            "Marlow had expected $2.40 a share.",
            "$2.40 a share",
        ),
        (
            "Kelvar Inc. cut its forecast on Tuesday. Norland analysts expect $1.10 a share this year.",
            "$1.10 a share",
        ),
    ],
)
def test_a_per_share_figure_is_the_company_s(text: str, figure: str) -> None:
    assert focus_rows("Kelvar Inc. earnings", text, _NAMES)[figure] == "Kelvar Inc."


def test_a_place_keeps_its_other_figures() -> None:
    text = "Kelvar Inc. opened a plant in Marlow. Marlow's exports rose 12 percent in March."
    assert focus_rows("Kelvar Inc. grows", text, _NAMES)["12 percent"] == "Marlow"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tarvel Street is expecting Kelvar Inc. to report revenue of $1.15 billion.", "$1.15 billion"),
        ("Tarvel Street expects Kelvar Inc. to post a 4 percent rise in sales.", "4 percent"),
        ("Kelvar Inc. beat forecasts. Tarvel Street had pencilled in sales of $900 million.", "$900 million"),
    ],
)
def test_a_street_standing_for_its_trade_owns_no_figure(text: str, figure: str) -> None:
    assert focus_rows("Kelvar Inc. earnings", text, _NAMES)[figure] != "Tarvel Street"
