"""A figure's unit stops at a block break, and a basis period after a unit word is no rate.

Wire results tables put a heading ("Year", "Nine mths") on its own line after the last figure of a
block; a dateline's dash ends before the story's first word; a full stop ends the sentence. The
word after any of them is not the figure's unit. Made-up texts only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.events import Article, Body, Indicator
from consumer.indicators import extract_indicators
from consumer.indicators.blocks import block_break


def _rows(text: str) -> list[Indicator]:
    paragraphs = text.split("\n\n")
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=paragraphs, word_count=len(text.split())),
        published_at=dt.datetime(1987, 4, 1, tzinfo=dt.UTC),
    )
    return extract_indicators(article, [])


def _units(text: str) -> dict[str, str | None]:
    return {r.text: r.unit for r in _rows(text)}


# ------------------------------------------------------------------ positives (old code read across)
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Shr 12 cts vs 9 cts\n\nRevs 2,415,000 vs 871,000\n\nYear\n\nShr 40 cts vs 31 cts", "871,000"),
        ("Net loss 310,000 vs 1,450,000\n\nYear\n\nNet 2.2 mln vs 1.7 mln", "1,450,000"),
        ("Oper net 5.3 mln vs 4.8 mln\n\nYear\n\nOper net 18.1 mln vs 16.2 mln", "4.8 mln"),
        ("Avg shrs 7.3 mln vs 6.9 mln\nYear\nAvg shrs 7.1 mln vs 6.8 mln", "6.9 mln"),
    ],
)
def test_a_results_heading_after_a_break_is_no_unit(text: str, figure: str) -> None:
    units = _units(text)
    assert figure in units, units
    assert units[figure] != "year"  # no unit, or the results label's ("Avg shrs" counts shares)


@pytest.mark.parametrize(
    "text",
    [
        "OSLO, June 14 - Year to March 31 profits at Kelvar Lines were 12 mln crowns.",
        "MADRID, May 9 - Year results at Orbel SA showed a 12 pct rise.",
        "ROME, Feb 22 - Year-end stocks of grain rose 4 pct, traders said.",
    ],
)
def test_a_dateline_day_is_no_count_of_years(text: str) -> None:
    rows = _rows(text)
    assert all(r.unit != "year" for r in rows), [(r.text, r.unit) for r in rows]
    assert all(r.value not in (14.0, 9.0, 22.0) for r in rows), [(r.text, r.unit) for r in rows]


def test_the_next_sentence_is_no_unit() -> None:
    units = _units("Each lot is 120,000 board feet. Regular trading hours run from 0900 to 1300.")
    assert "120,000" in units, units
    assert units["120,000"] != "hour"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The surplus was 1.9 billion guilders, after 1.4 billion guilders a year ago.",
            "1.4 billion guilders",
            "NLG",
        ),
        ("Output was 640,000 ounces, against 590,000 ounces a year before.", "590,000 ounces", "oz"),
        ("Stocks fell to 9,800 tonnes from 12,500 tonnes a week earlier.", "12,500 tonnes", "t"),
        ("The deficit was 270 mln pesos, from 410 mln pesos a month earlier.", "410 mln pesos", "MXN"),
        ("Imports fell to 3.1 mln tonnes, from 3.6 mln tonnes a year earlier.", "3.6 mln tonnes", "t"),
    ],
)
def test_a_basis_period_after_a_unit_word_is_no_rate(text: str, figure: str, unit: str) -> None:
    units = _units(text)
    assert units.get(figure) == unit, units


# ------------------------------------------------------------------ near misses (keep their reading)
@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The mill turns out 40,000 tonnes a day on average.", "40,000 tonnes a day", "t/day"),
        ("Drivers earn 300 euros a week before tax.", "300 euros a week", "EUR/week"),
        ("It plans 5.6 mln tonnes a year from 1989.", "5.6 mln tonnes a year", "t/year"),
        ("Revenue was $6.1 billion a year earlier.", "$6.1 billion", "USD"),
    ],
)
def test_a_rate_stays_a_rate(text: str, figure: str, unit: str) -> None:
    units = _units(text)
    assert units.get(figure) == unit, units


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The firm bought four St. Louis hotels last year.", "four St. Louis hotels", "hotel"),
        ("Exports were worth 12 U.S. dlrs a barrel.", "12 U.S. dlrs a barrel", "USD/barrel"),
        ("The group sold 12 houses in the town last year.", "12 houses", "house"),
        ("They hired 16 - 21 year olds for the summer.", "21 year", "year"),
    ],
)
def test_within_the_block_the_unit_is_read(text: str, figure: str, unit: str) -> None:
    units = _units(text)
    assert units.get(figure) == unit, units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("392,000\n\nYear", 7),
        ("9 mln\n    Shr", 5),
        ("7 - Year to", 1),
        ("12 feet. Regular", 7),
        ("12 apples\nand pears", None),  # a wrapped line goes on
        ("12 U.S. Dlrs", None),
        ("16 - 21 year", None),
    ],
)
def test_block_break_positions(text: str, expected: int | None) -> None:
    assert block_break(text, 0, len(text)) == expected
