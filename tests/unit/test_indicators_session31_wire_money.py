"""Session 31: wire shorthand for money. Agency copy writes "3.5 mln dlrs", "250 mln stg", "45
cts a share" and "one mln" for a spelled number; "dlrs" read as the counted noun "dlr", "stg"
and "mln" as units of their own. The currencies the euro replaced ("mln marks", "French
francs", "guilders", "lire") take their withdrawn ISO codes; bare "marks" only after a scale.
Dollars with a national adjective keep that country's code, and words that only look alike keep
their readings."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kelvar Corp said it earned 3.5 mln dlrs last year.", [(3.5e6, "USD")]),
        ("The fund raised 1.2 billion dlrs in March.", [(1.2e9, "USD")]),
        ("It set aside 12 Canadian dlrs for each unit.", [(12.0, "CAD")]),
        ("The bank lent 40 Australian dlrs to each saver.", [(40.0, "AUD")]),
        ("The surplus reached 2.7 billion U.S. dlrs in the period.", [(2.7e9, "USD")]),
        ("The group paid 250 mln stg for the chain.", [(2.5e8, "GBP")]),
        ("Earnings were 45 cts a share in the quarter.", [(45.0, "cent/share")]),
        ("The bonds fell 15 cts in late trade.", [(15.0, "cent")]),
        ("It agreed to pay one mln dlrs to settle.", [(1e6, "USD")]),
        ("The agency will shift the three-mln dlr cost of monitoring.", [(3e6, "USD")]),
        ("It won a 30 mln dlr order for ships.", [(3e7, "USD")]),
        ("Exports rose to two bln yen.", [(2e9, "JPY")]),
        ("The unit won a 130 mln marks order.", [(1.3e8, "DEM")]),
        ("It raised 12 mln French francs in the offer.", [(1.2e7, "FRF")]),
        ("The bank lent 3 mln guilders and 500 mln lire.", [(3e6, "NLG"), (5e8, "ITL")]),
    ],
)
def test_wire_money(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm paid 3.5 million dollars.", [(3.5e6, "USD")]),
        ("It cost 12 Canadian dollars.", [(12.0, "CAD")]),
        ("It sold for 50 cents.", [(50.0, "cent")]),
        ("The fine was 2 million pounds sterling.", [(2e6, "GBP")]),
        ("He scored one goal in two games.", [(1.0, "goal"), (2.0, "game")]),
        ("Two million people voted.", [(2e6, "people")]),
        ("She scored 8 marks in the test.", [(8.0, "mark")]),
        ("It paid 20 mln Swiss francs.", [(2e7, "CHF")]),
    ],
)
def test_wire_money_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
