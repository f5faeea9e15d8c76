"""Session 31: wire results lines and share prices in fractions.

A results table compares each figure with the year before's by "vs" under a label: "Shr 31 cts
vs 18 cts" is earnings per share in cents a share, "Net 90 mln vs 51 mln" a profit, "Revs 1.2
billion vs 1.1 billion" revenue, "Avg shrs 4.1 mln vs 3.9 mln" shares. The label before a bare
figure read as a name ("Stoxx 600") and dropped it; the basis after "vs" takes the figure's unit.
A price's move in fractions takes no comparative as its unit ("5/16 lower"), and "was off 5/8"
is a fall. Prose after a label word and other "off"s keep their readings."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures
from tests.unit.indicator_texts import page_rows as _rows


def _table(text: str) -> list[tuple[float | None, str | None, str]]:
    return [(r.value, r.unit, r.metric) for r in _rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shr 31 cts vs 18 cts", [(31.0, "cent/share", "eps"), (18.0, "cent/share", "eps")]),
        ("Oper shr 1.20 dlrs vs 1.10", [(1.2, "USD/share", "eps"), (1.1, "USD/share", "eps")]),
        ("Net 90 mln vs 51 mln", [(9e7, None, "profit"), (5.1e7, None, "profit")]),
        ("Revs 1.2 billion vs 1.1 billion", [(1.2e9, None, "revenue"), (1.1e9, None, "revenue")]),
        ("Sales 4.6 mln dlrs vs 4.2 mln", [(4.6e6, "USD", "revenue"), (4.2e6, "USD", "revenue")]),
        ("Avg shrs 4.1 mln vs 3.9 mln", [(4.1e6, "share", "other"), (3.9e6, "share", "other")]),
    ],
)
def test_results_lines(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _table(f"Kelvar Corp results.\n{text}\nThe company said demand grew.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prose after a label word: no results line, the readings of before
        ("Net income was 12 million dollars in the year.", [(1.2e7, "USD", "profit")]),
        ("Kelvar said it sold 12 million dollars of notes.", [(1.2e7, "USD", "other")]),
        ("Stoxx 600 rose vs the Dow.", []),
        ("Net 90 mln was spent.", []),
    ],
)
def test_results_near_misses(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert _table(text) == expected


def test_vs_basis_in_prose() -> None:
    assert _figures("It earned 12.4 mln dlrs vs 9.3 mln a year before.") == [(1.24e7, "USD"), (9.3e6, "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coupon issues were 1/32 to 5/16 lower in thin trade.", [(0.03125, None, "down")]),
        ("The bond was 5/16 lower at 95-26/32 by noon.", [(0.3125, None, "down"), (95.8125, None, None)]),
        ("The stock was off 5/8 at 37-1/2 after the report.", [(0.625, None, "down"), (37.5, None, None)]),
        ("Gold closed off 1.2 pct on the day.", [(1.2, "percent", "down")]),
    ],
)
def test_fraction_moves(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(r.value, r.unit, r.change) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two lower courts ruled on the case.", [(2.0, "court", None)]),
        ("The firm laid off 45 workers.", [(45.0, "people", None)]),
        ("The shares climbed 3-3/8 to 31-3/8 by midday.", [(3.375, None, "up"), (31.375, None, None)]),
    ],
)
def test_fraction_near_misses(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(r.value, r.unit, r.change) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supply fell in the first quarter of the year by about 2 mln bpd to 45.2 mln bpd.",
            [(2e6, "barrel/day", None), (4.52e7, "barrel/day", None)],
        ),
        (
            "Output rose at the mill over the last year by some 300 tonnes to 4,500 tonnes.",
            [(300.0, "t", None), (4500.0, "t", None)],
        ),
        (
            "Sales grew in the six months to the end of June by nearly 2 mln units to 9 mln units.",
            [(2e6, "unit", None), (9e6, "unit", None)],
        ),
        # near misses: a range after "by" with its unit written last, and a plain range
        ("Temperatures dropped by 1 to 1.5 degrees.", [(1.0, "degree", 1.5)]),
        ("Prices may rise by about 3 to 5 percent.", [(3.0, "percent", 5.0)]),
    ],
)
def test_move_by_hedge_then_level(text: str, expected: list[tuple[float, str | None, float | None]]) -> None:
    assert [(r.value, r.unit, r.value_max) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It made profits of 17.1 mln dlrs in 1986 against 6.8 mln in 1985.",
            [(1.71e7, "USD"), (6.8e6, "USD")],
        ),
        (
            "Its loss rose to 17.14 mln dlrs in 1986 from 8.73 mln in 1985.",
            [(1.714e7, "USD"), (8.73e6, "USD")],
        ),
        (
            "Exports were 3.4 billion yen in 1986, down from 4.9 billion in 1985.",
            [(3.4e9, "JPY"), (4.9e9, "JPY")],
        ),
        ("Margins were 12 pct in 1986 compared with 9 in 1985.", [(12.0, "percent"), (9.0, "percent")]),
        # near misses: a count "against" is a contest; no year, no basis
        ("They fielded 11 players in 1986 against 9 from the Rovers.", [(11.0, "people"), (9.0, "people")]),
        # no year, no basis: "against" names no basis here; the bare magnitude after a sum in its
        # sentence is in the sum's currency all the same (implied._money_magnitude, session 39)
        ("It paid 5 million dollars against claims of 12 million.", [(5e6, "USD"), (1.2e7, "USD")]),
    ],
)
def test_basis_after_a_year(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It pays 7/8 of a percentage point over the base rate.", [(0.875, "percentage_point")]),
        ("The bank cut rates by 1/2 of one percent.", [(0.5, "percent")]),
        ("The crack was 3/4 of an inch wide.", [(0.75, "in")]),
        ("The index rose 1/4 of a point.", [(0.25, "point")]),
        # near misses: a fraction of a thing counted, and a fraction with its unit after it
        ("He ate 1/2 of a pie.", [(0.5, None)]),
        ("Add 1/2 cup of milk.", [(0.5, "cup")]),
    ],
)
def test_fraction_of_a_unit(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
