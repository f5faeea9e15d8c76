"""Pay named by its period is a rate (session 46), as "a $69.99 annual subscription fee" was:
"an hourly wage" and "a monthly retainer" after the sum, and the pay named before it ("whose
monthly salary is $200"). Every text is our own; sums that are no pay stay amounts.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Porters want a $16 hourly wage.", [(16.0, "USD/hour")]),
        ("The firm kept her on a $700 monthly retainer.", [(700.0, "USD/month")]),
        ("A guard whose monthly salary is $250 owns a new car.", [(250.0, "USD/month")]),
        ("Her annual salary was about $85,000.", [(85000.0, "USD/year")]),
        ("The annual rent of 3,000 euros fell due.", [(3000.0, "EUR/year")]),
    ],
)
def test_pay_named_by_its_period_is_a_rate(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its annual budget is $6 billion.", [(6e9, "USD")]),
        ("The city set a $6 billion annual budget.", [(6e9, "USD")]),
        ("The monthly report put the loss at $40 million.", [(4e7, "USD")]),
    ],
)
def test_other_sums_stay_amounts(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
