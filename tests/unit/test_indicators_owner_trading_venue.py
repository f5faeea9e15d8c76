"""An exchange named as where a stock trades owns none of the stock's figures: the company does."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Kelvar": ("ORGANIZATION", None),
    "Harlow Stock Exchange": ("ORGANIZATION", None),
}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kelvar reported a loss. Its shares closed at $3.25 each in composite Harlow Stock Exchange "
            "trading, down 12.5 cents.",
            "12.5 cents",
        ),
        (
            "The forecast sent Kelvar shares down $2.125 in Harlow Stock Exchange composite trading "
            "yesterday. The stock closed at $27.50 on heavy volume.",
            "$27.50",
        ),
        (
            "Kelvar, whose shares began trading on the Harlow Stock Exchange in May, closed yesterday at "
            "$12.5, down 25 cents. The stock began trading this spring at $9 apiece.",
            "$9",
        ),
    ],
)
def test_the_venue_of_a_stock_owns_none_of_its_prices(text: str, figure: str) -> None:
    assert focus_rows("Kelvar shares", text, _NAMES)[figure] == "Kelvar"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the exchange acts in its clause
        ("The Harlow Stock Exchange fined the broker $2 million on Monday.", "$2 million"),
        ("The Harlow Stock Exchange said it would spend $40 million on a new trading floor.", "$40 million"),
        ("The Harlow Stock Exchange, where turnover hit $3 billion, fined two brokers.", "$3 billion"),
    ],
)
def test_an_exchange_acting_keeps_its_figure(text: str, figure: str) -> None:
    assert focus_rows("Exchange news", text, _NAMES)[figure] == "Harlow Stock Exchange"


def test_a_regulator_named_with_exchange_is_no_venue() -> None:
    names = {"Securities and Exchange Commission": ("ORGANIZATION", None)}
    text = "The Securities and Exchange Commission fined the broker $3 million in trading on Monday."
    assert focus_rows("Fine", text, names)["$3 million"] == "Securities and Exchange Commission"
