"""find_periods gates each pattern with one literal search (a cost bound, issue 11).

Each gate must still let through every sentence its pattern can match, in any case, and skip
the rest; these made-up sentences pin one period of each kind and a few that must find none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.indicators.period import find_periods

REF = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales rose 4% between 2019 and 2021.", [("between 2019 and 2021", "2019-2021", "years")]),
        ("Profit fell in the third quarter of 2023.", [("third quarter of 2023", "2023-Q3", "quarter")]),
        ("Revenue in Q2 climbed.", [("Q2", "2024-Q2", "quarter")]),
        ("Output grew in the first half.", [("first half", "2024-H1", "half")]),
        ("In the first nine months it made $3.", [("first nine months", "2024-01..2024-09", "months")]),
        ("The January-March period was weak.", [("January-March", "2024-01..2024-03", "month_range")]),
        ("Prices rose 2% in March 2022.", [("March 2022", "2022-03", "month")]),
        ("Demand fell 3% last year.", [("last year", "2023", "relative")]),
        ("Two years ago it made 5 tons.", [("Two years ago", "2022", "ago")]),
        ("Fiscal 2020 sales were 10 units.", [("Fiscal 2020", "2020", "year")]),
        (
            "The Q1 results, out THIS YEAR, beat forecasts.",
            [("Q1", "2024-Q1", "quarter"), ("THIS YEAR", "2024", "relative")],
        ),
        ("Café sales in Sept. rose 3%.", [("Sept", "2023-09", "month")]),
    ],
)
def test_each_kind_passes_its_gate(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(sentence[p.start : p.end], p.period.label, p.kind) for p in find_periods(sentence, REF)]
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    ["Shares rose 5% on the news.", "Theresa May said 4 people came.", "The mayor hired 12 staff.", ""],
)
def test_no_period(sentence: str) -> None:
    assert find_periods(sentence, REF) == []
