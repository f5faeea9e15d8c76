"""A bank or a fund that forecasts an economy's statistic is a source, not the statistic's owner;
a firm forecasting its own sales, hiring or revenue still owns them."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow Bank": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Harlow Bank projected unemployment would reach 6 percent by June.", "6 percent"),
        ("Harlow Bank forecast inflation at 2.5 percent for next year.", "2.5 percent"),
        ("Harlow Bank estimates the economy will shrink 3 percent this year.", "3 percent"),
        ("Harlow Bank predicts home prices will fall 10 percent.", "10 percent"),
        ("Harlow Bank cut its growth forecast to 2 percent on Monday.", "2 percent"),
        # the forecast stands in a clause after the person the sentence opened with
        (
            "Ann Lee spoke to reporters after Harlow Bank projected consumer prices would rise 7.3 percent.",
            "7.3 percent",
        ),
    ],
)
def test_a_forecast_of_an_economys_statistic_is_not_the_forecasters(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the economy's owner, when the text names it, still owns the forecast figure
        ("Harlow Bank expects Norland's economy to grow 2.5 percent next year.", "2.5 percent", "Norland"),
        ("Harlow Bank forecast inflation in Norland at 2.5 percent.", "2.5 percent", "Norland"),
        # a firm's own measures and plans stay its own
        ("Vantor Group expects sales to grow 5 percent next year.", "5 percent", "Vantor Group"),
        ("Vantor Group projected revenue of $2 billion for next year.", "$2 billion", "Vantor Group"),
        ("Harlow Bank expects to hire 300 workers next year.", "300 workers", "Harlow Bank"),
    ],
)
def test_a_named_owner_and_a_firms_own_forecast_keep_figures(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
