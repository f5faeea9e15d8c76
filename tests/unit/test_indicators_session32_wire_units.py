"""Session 32: units of wire copy's figures. A bare basis takes its level's unit across a dated
period ("in calendar 1986", "at end-1986", "this year"), after "to a provisional ..." and "after"
a year; a bare level takes its basis's unit ("to 1.01 billion from 964 mln dlrs"). A currency
name several countries share ("crowns", "dinars", bare "francs", "marks" priced in decimals) is
the money of the one such country the story names. A year of the 1980s before a noun is a year,
as a later one is ("1987 earnings"). Made-up texts only."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports rose to 4.9 billion dlrs in the first 11 months of 1986 from 4.1 billion.",
            [(4.9e9, "USD"), (4.1e9, "USD")],
        ),
        ("Imports rose to 8,200 tonnes in calendar 1986 from 5,900 in 1985.", [(8200.0, "t"), (5900.0, "t")]),
        (
            "Debts totalled 16.8 billion dlrs at end-1986, up from 15.2 billion at end-1985.",
            [(1.68e10, "USD"), (1.52e10, "USD")],
        ),
        (
            "It aims to cut borrowing to 1.7 billion dlrs this year from 2.6 billion.",
            [(1.7e9, "USD"), (2.6e9, "USD")],
        ),
        (
            "The surplus widened to a provisional 10.4 billion marks from 7.2 billion.",
            [(1.04e10, "DEM"), (7.2e9, "DEM")],
        ),
        ("Volume fell to only 800 mln dlrs from 1.4 billion.", [(8e8, "USD"), (1.4e9, "USD")]),
        (
            "The surplus was 124 billion marks in 1986, after 86 billion in 1985.",
            [(1.24e11, "DEM"), (8.6e10, "DEM")],
        ),
        ("Sales rose to 1.01 billion from 964 mln dlrs.", [(1.01e9, "USD"), (9.64e8, "USD")]),
        ("Staff fell to 200 from 300 employees.", [(200.0, "people"), (300.0, "people")]),
        ("Net profit rose to 99.5 mln dlrs against 71.1 mln in 1985.", [(9.95e7, "USD"), (7.11e7, "USD")]),
        ("Profits fell to 185 mln stg compared with 200 mln.", [(1.85e8, "GBP"), (2e8, "GBP")]),
        ("It raised 61 mln European Currency Units and 40 mln ECUs.", [(6.1e7, "XEU"), (4e7, "XEU")]),
    ],
)
def test_basis_and_level_units(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team moved up to 5 from 3 in the table.", [(5.0, None), (3.0, None)]),
        ("It rose to 12 mln dlrs, and 40 were sold.", [(1.2e7, "USD"), (40.0, None)]),
        ("The wait fell to 3 from 5 days.", [(3.0, None), (5.0, "day")]),
        ("Rovers won 3 against 1.", [(3.0, None), (1.0, None)]),
        ("The team won 12 games against 3 losses.", [(12.0, "game"), (3.0, "loss")]),
        ("Prices rose 2 pct to 4,512 from 4,400.", [(2.0, "percent"), (4512.0, None), (4400.0, None)]),
    ],
)
def test_basis_and_level_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stockholm-based Varno AB said sales rose to 3.65 billion crowns.", [(3.65e9, "SEK")]),
        ("The Oslo group proposed a dividend of 1.55 crowns.", [(1.55, "NOK")]),
        ("Danish output was worth 400 mln crowns.", [(4e8, "DKK")]),
        ("Kuwait said the fund held 90 mln dinars.", [(9e7, "KWD")]),
        ("The Paris firm paid 12 mln francs for the shop.", [(1.2e7, "FRF")]),
        ("A Brussels bank lent 300 mln francs.", [(3e8, "BEF")]),
        ("The dollar fell to 1.80 marks in Frankfurt.", [(1.8, "DEM")]),
        ("Manila's revenue rose to 99.9 billion pesos.", [(9.99e10, "PHP")]),
        ("BONN, March 3 - The bank will pay 14.06 marks per share.", [(14.06, "DEM/share")]),
        ("A Karachi mill earned 40 mln rupees.", [(4e7, "PKR")]),
    ],
)
def test_shared_currency_names(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It paid 20 mln francs.", [(2e7, "CHF")]),
        ("It paid 20 mln pesos.", [(2e7, "MXN")]),
        ("The french fries cost 20 mln francs.", [(2e7, "CHF")]),
        ("A Karachi mill earned 40 mln Indian rupees.", [(4e7, "INR")]),
        ("The Zurich firm paid 20 mln francs.", [(2e7, "CHF")]),
        ("The Paris and Geneva offices paid 20 mln francs.", [(2e7, "CHF")]),
        ("The queen wore two crowns in Stockholm.", [(2.0, "crown")]),
        ("Both Oslo and Stockholm hold 5 mln crowns.", [(5e6, "crown")]),
        ("The German pupil scored 8 marks.", [(8.0, "mark")]),
        ("The player scored 8.5 marks.", [(8.5, "mark")]),
    ],
)
def test_shared_currency_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts see 1987 earnings of 3.35 dlrs a share.", [(3.35, "USD/share")]),
        ("It expects 1988 sales to rise by 5 pct.", [(5.0, "percent")]),
        ("Kelvar said 1985 profits fell 12 pct.", [(12.0, "percent")]),
    ],
)
def test_eighties_years(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town had about 1985 houses.", [(1985.0, "house")]),
        ("The school has 1,984 pupils.", [(1984.0, "people")]),
        ("It sold 1800 cars.", [(1800.0, "car")]),
    ],
)
def test_eighties_years_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils drop out after the age of 14.", [(14.0, "year")]),
        ("Maybe when I turn 60 I will stop.", [(60.0, "year")]),
        ("She will turn 40 next week.", [(40.0, "year")]),
        ("The playwright, 71, died on Monday.", [(71.0, "year")]),
        ("The film-maker, 68, won the prize.", [(68.0, "year")]),
    ],
)
def test_ages(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers must turn 180 degrees.", [(180.0, "degree")]),
        ("The writers, 45 in all, met.", [(45.0, None)]),
        ("Fans turn 50 pages an hour.", [(50.0, "page/hour")]),
        ("The director, 12 people in all, left.", [(12.0, "people")]),
    ],
)
def test_ages_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About two thirds of people agreed.",
        "One third of the force was cut.",
        "He won one fifth of the vote.",
        "The maximum reduction would be one sixth.",
    ],
)
def test_spelled_fractions(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two third parties met.", [(2.0, "party")]),
        ("The two third-placed teams met.", [(2.0, "team")]),
        ("Four quarters of growth followed.", [(4.0, "quarter")]),
    ],
)
def test_spelled_fractions_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
