"""A price per anything is a rate (session twenty-eight): "$300 per night" is USD/night, "5 yuan per
vehicle" CNY/vehicle, "$45 per MWh" USD/MWh, "per annum" a year; the denominators were a closed
list (share, barrel, day ...). "350 km per hour" is km/h, as "350 kph". "per cent" stays a share,
"per capita" and "per head" an average, and a second word after the noun ("per eligible
household", "per ticket sold") leaves the price as it was."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hotels charge $300 per night in Harlow.", [(300.0, "USD/night")]),
        ("Tolls are 5 yuan per vehicle.", [(5.0, "CNY/vehicle")]),
        ("The fee is 2,000 yuan per student each year.", [(2000.0, "CNY/student")]),
        ("Power sold at $45 per MWh.", [(45.0, "USD/MWh")]),
        ("The firm earns $3 million per annum.", [(3e6, "USD/year")]),
        ("Tickets cost $50 per person, and $20 per child.", [(50.0, "USD/person"), (20.0, "USD/child")]),
        ("The train travels at 350 km per hour.", [(350.0, "km/h")]),
    ],
)
def test_price_per_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It sold for $3 per share.", [(3.0, "USD/share")]),
        ("Workers get $500 per month.", [(500.0, "USD/month")]),
        ("Prices rose 5 per cent.", [(5.0, "percent")]),
        ("GDP reached $12,000 per capita.", [(12000.0, "USD")]),
        ("They paid 10 dollars per head.", [(10.0, "USD")]),
        ("The rebate is $500 per eligible household.", [(500.0, "USD")]),
        ("Tickets cost $50 per ticket sold.", [(50.0, "USD")]),
        ("The fee is $10 per the contract.", [(10.0, "USD")]),
        ("The parity was set at 7.1 yuan per dollar.", [(7.1, "CNY/USD")]),
    ],
)
def test_price_per_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
