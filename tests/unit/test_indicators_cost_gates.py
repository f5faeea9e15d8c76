"""The cheap tests that skip work in the indicator stage (the cost bound beyond NER): each must
skip only what could give nothing, so the rows stay those of the full reading."""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.events import Article, Body, Indicator
from consumer.indicators import extract_indicators
from consumer.indicators.change import comparison_of
from consumer.indicators.extract import _may_report


def _qualitative_rows(text: str) -> list[Indicator]:
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=len(text.split())),
        published_at=dt.datetime(2021, 6, 10, tzinfo=dt.UTC),
    )
    return [r for r in extract_indicators(article) if r.value is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a movement word with no figure near it, in an economic sentence: read
        ("Exports from Norland contracted in March as growth slowed.", [("contracted", "down")]),
        ("The Vell economy rebounded in the second half of 2020.", [("rebounded", "up")]),
        # a predicate's participle right before a period, in a sentence with no figure: read
        (
            "Officials said that trade data had been revised from 2017 to 2019.",
            [("trade data had been revised from 2017 to 2019", None)],
        ),
        # no movement word and no participle: the sentence's periods are not even looked for
        ("Harlow Bank will report in March.", []),
        ("The talks continue next month in Ostrava.", []),
        # a participle with no period after it gives nothing either
        ("The plant closed after a long strike.", []),
    ],
)
def test_qualitative_rows_with_the_gate(text: str, expected: list[tuple[str, str | None]]) -> None:
    rows = _qualitative_rows(text)
    assert [(r.text.split(" in ", 1)[0] if r.change else r.text, r.change) for r in rows] == [
        (words.split(" in ", 1)[0] if change else words, change) for words, change in expected
    ]


@pytest.mark.parametrize(
    ("body", "inside", "expected"),
    [
        ("Output shrank in May.", False, True),  # a movement word
        ("Output SHRANK in May.", True, True),  # case-blind, and read beside a figure too
        ("The figures were revised in May.", False, True),  # a participle before a space
        ("The figures were revised in May.", True, False),  # ... beside a figure, no predicate row
        ("The talks continue in May.", False, False),
        ("The talks ended.", False, False),  # "ed" before no space: no predicate
    ],
)
def test_may_report(body: str, inside: bool, expected: bool) -> None:
    assert _may_report(body, inside) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (" from a year earlier, the office said", "year_on_year"),
        (" YEAR-ON-YEAR in the first quarter", "year_on_year"),
        (" quarter-on-quarter, after 0.4% before", "quarter_on_quarter"),
        (" from the previous month", "month_on_month"),
        (" compared with $4.1 billion", "from_previous"),
        (" Versus 12 a week before", "from_previous"),
        (" as demand for steel held up", None),
        (" in the year to June", None),
    ],
)
def test_comparison_of_gated(clause: str, expected: str | None) -> None:
    assert comparison_of(clause) == expected
