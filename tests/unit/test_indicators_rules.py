"""Normalisation and filtering rules of the indicator stage, on small texts of our own."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consumer.events import Article, Body, Dateline, Entity, Indicator, Mention
from consumer.indicators import extract_indicators


def _rows(
    text: str, *, published: dt.date | None = dt.date(2017, 4, 20), headline: str = ""
) -> list[Indicator]:
    article = Article(
        id="a",
        story_id="s",
        headline=headline,
        body=Body(text=text, paragraphs=[text], word_count=len(text.split())),
        published_at=dt.datetime.combine(published, dt.time(), dt.UTC) if published else None,
    )
    return extract_indicators(article)


def _values(text: str) -> list[tuple[float | None, str | None]]:
    return [(r.value, r.unit) for r in _rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth was 2.4 percent.", [(2.4, "percent")]),
        ("Growth was 2.4 per cent.", [(2.4, "percent")]),
        ("Growth was 2.4%.", [(2.4, "percent")]),
        ("Sales reached 1.5 trillion yuan.", [(1.5e12, "CNY")]),
        ("The city has two million residents.", [(2e6, "people")]),
        ("The agency counted 45 cases.", [(45.0, "case")]),
        ("Exports hit $3.2 billion.", [(3.2e9, "USD")]),
        ("Exports hit US$3.2bn.", [(3.2e9, "USD")]),
        ("The deal is worth HK$5.4m.", [(5.4e6, "HKD")]),
        ("It paid £6m.", [(6e6, "GBP")]),
        ("It paid EUR50m.", [(5e7, "EUR")]),
        ("Rates rose 25 basis points.", [(25.0, "basis_point")]),
        ("The jobless rate rose 0.3 percentage point.", [(0.3, "percentage_point")]),
        ("Some 1,200 companies exhibited.", [(1200.0, "company")]),
        ("The plant uses 325,000 barrels per day.", [(325000.0, "barrel/day")]),
        ("Half a pound is 1/2 pound.", [(0.5, "lb")]),
        ("It was minus 5 degrees Celsius.", [(-5.0, "C")]),
        ("There were 4 hundred million people.", [(4e8, "people")]),
    ],
)
def test_value_and_unit_normalisation(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 22nd amendment was passed in 1951.",
        "Leaders of the Group of 20 met on March 29.",
        "COVID-19 cases fell.",
        "Call +86 10 6512 3456 for details.",
        "Bristol City beat Charlton 2-1 at 3:30 p.m.",
        "The iPhone 11 and Galaxy S23 went on sale.",
        "The S&P 500 closed higher.",
        "The G20 summit opens on Jan. 14, 2019.",
        "He signed a two-month contract and a 10-year lease.",
        "Page 3 of 12",
        "one of the best players",
    ],
)
def test_not_indicators(text: str) -> None:
    assert [r.text for r in _rows(text) if r.value is not None] == []


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Output rose 5 percent.", "up"),
        ("The economy expanded 6.9 percent.", "up"),
        ("Shares were up 9.4 per cent.", "up"),
        ("Profit fell 12 percent.", "down"),
        ("The economy contracted 1.2 percent.", "down"),
        ("Exports dropped by about 3 percent.", "down"),
        ("The index slid 0.8%.", "down"),
        ("The rate was unchanged at 4.35 percent.", None),
        ("Shares finished 34.4% higher.", "up"),
        ("It posted a 4.2 percent drop.", "down"),
        ("In Europe: FTSE -0.6%.", "down"),
        ("Unemployment stood at 5 percent.", None),
    ],
)
def test_change_of_the_first_figure(text: str, change: str | None) -> None:
    assert _rows(text)[0].change == change


def test_level_after_movement_has_no_change() -> None:
    rows = _rows("Sales rose 60% in 2018 to 3.9 million headsets, up from 2.4 million in 2017.")
    assert [(r.value, r.change) for r in rows] == [(60.0, "up"), (3.9e6, None), (2.4e6, None)]
    assert [r.period.label if r.period else None for r in rows] == ["2018", "2018", "2017"]


def test_unchanged_is_flat() -> None:
    assert _rows("The index was unchanged 3 points above its low.")[0].change == "flat"


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        ("GDP grew 6.9 percent year on year.", "year_on_year"),
        ("GDP grew 6.9 percent from a year earlier.", "year_on_year"),
        ("GDP grew 1.7 percent quarter on quarter.", "quarter_on_quarter"),
        ("Prices rose 0.2 percent month-on-month.", "month_on_month"),
        ("Sales rose 5 percent from 1.2 million.", "from_previous"),
    ],
)
def test_comparison(text: str, comparison: str) -> None:
    assert _rows(text)[0].comparison == comparison


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        ("GDP grew 6.9 percent in Q1.", "2017-Q1", dt.date(2017, 1, 1), dt.date(2017, 3, 31)),
        (
            "GDP grew 6.9 percent in the fourth quarter.",
            "2016-Q4",
            dt.date(2016, 10, 1),
            dt.date(2016, 12, 31),
        ),
        ("GDP grew 6.7 percent last year.", "2016", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
        (
            "Exports rose 5 percent in the first 10 months.",
            "2017-01..2017-10",
            dt.date(2017, 1, 1),
            dt.date(2017, 10, 31),
        ),
        ("Prices rose 2 percent in March.", "2017-03", dt.date(2017, 3, 1), dt.date(2017, 3, 31)),
        ("Prices rose 2 percent in November.", "2016-11", dt.date(2016, 11, 1), dt.date(2016, 11, 30)),
        ("Output rose 8 percent from 2011 to 2014.", "2011-2014", dt.date(2011, 1, 1), dt.date(2014, 12, 31)),
    ],
)
def test_period_resolved_against_publication(text: str, label: str, start: dt.date, end: dt.date) -> None:
    period = _rows(text)[0].period
    assert period is not None
    assert (period.label, period.start, period.end) == (label, start, end)


def test_dateline_date_wins_over_publication() -> None:
    text = "GDP grew 6.9 percent in Q1."
    article = Article(
        id="a",
        story_id="s",
        headline="",
        dateline=Dateline(raw="BEIJING, May 2", date=dt.date(2018, 5, 2)),
        body=Body(text=text, paragraphs=[text], word_count=6),
        published_at=dt.datetime(2019, 5, 1, tzinfo=dt.UTC),
    )
    period = extract_indicators(article)[0].period
    assert period is not None and period.label == "2018-Q1"


def test_period_without_reference_date_keeps_label() -> None:
    period = _rows("GDP grew 6.9 percent in Q1.", published=None)[0].period
    assert period is not None and (period.label, period.start) == ("Q1", None)


def test_range_is_one_row_with_both_bounds() -> None:
    rows = _rows("Prices are expected to rise between 5% and 6% this year.")
    assert [(r.value, r.value_max, r.unit, r.text) for r in rows] == [(5.0, 6.0, "percent", "5% and 6%")]
    single = _rows("Prices rose 5% this year.")
    assert [(r.value, r.value_max) for r in single] == [(5.0, None)]


def test_subject_and_metric_from_entities() -> None:
    text = "Exports from Guangdong rose 8 percent while Shanghai's retail sales fell 2 percent."
    entities = [
        Entity(id="gd", type="LOCATION", name="Guangdong", salience=0.5,
               mentions=[Mention(text="Guangdong", field="body", start=13, end=22)]),
        Entity(id="sh", type="LOCATION", name="Shanghai", salience=0.5,
               mentions=[Mention(text="Shanghai", field="body", start=44, end=52)]),
    ]  # fmt: skip
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=13)
    )
    rows = extract_indicators(article, entities)
    assert [(r.subject, r.metric, r.change) for r in rows] == [
        ("gd", "trade", "up"),
        ("sh", "retail_sales", "down"),
    ]


def test_headline_offsets() -> None:
    rows = _rows("No figures here.", headline="China's CPI rises 2.1 pct in May")
    assert len(rows) == 1
    row = rows[0]
    assert (row.field, row.value, row.unit, row.change, row.metric) == (
        "headline",
        2.1,
        "percent",
        "up",
        "cpi",
    )
    assert "China's CPI rises 2.1 pct in May"[row.start : row.end] == row.text
    assert row.medtop == "medtop:20000370"


@pytest.mark.parametrize(
    "text",
    [
        "x" * 100_000,
        "1" * 100_000,
        "\x00 12 percent \x00",
        "\u200f\u200e النمو 5% \u200b rose 3%",
        "1e308 percent and 99999999999999999999 trillion dollars",
        "9" * 400 + " trillion",
        "-" * 5000 + "5" + "%" * 5000,
        "between " * 3000 + "1 and 2",
        ", or " * 5000 + "3%",
    ],
)
def test_odd_text_never_raises_and_is_fast(text: str) -> None:
    started = time.perf_counter()
    rows = _rows(text, headline=text)
    assert time.perf_counter() - started < 2.0
    for row in rows:
        assert row.value is None or row.value == row.value  # no NaN


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    for row in _rows(text, headline=text):
        source = text
        assert source[row.start : row.end] == row.text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Copper topped $11,000 a tonne for the first time since March 2022.", None),
        ("The index closed at 4,120 points, its highest since 2019.", None),
        # a period of its own still counts, before or right after the figure
        ("In 2023 the index closed at 4,120 points, its highest since 2019.", "2023"),
        ("Exports rose 4.2 percent in 2023.", "2023"),
    ],
)
def test_a_date_after_since_is_the_comparison_not_the_period(text: str, label: str | None) -> None:
    period = _rows(text)[0].period
    assert (period.label if period else None) == label
