"""Plurals in "-ves" of nouns in "-f" or "-fe" count their singular (session twenty-eight): "two
halves" is `half` (it was published as "halve"), "4 leaves" `leaf`, "12 knives" `knife`; nouns in
"-ve" keep it ("30 olives", "12 archives", "two valves")."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chip is split into two halves.", [(2.0, "half")]),
        ("Keep the soil damp until 4 leaves appear.", [(4.0, "leaf")]),
        ("The library added 40 shelves.", [(40.0, "shelf")]),
        ("Police seized 12 knives.", [(12.0, "knife")]),
        ("Rangers counted 30 wolves.", [(30.0, "wolf")]),
        ("The bakery sold 300 loaves.", [(300.0, "loaf")]),
    ],
)
def test_ves_plurals(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The store sold 30 olives.", [(30.0, "olive")]),
        ("Officials opened 12 archives.", [(12.0, "archive")]),
        ("The engine has two valves.", [(2.0, "valve")]),
        ("The storm sent 12 waves ashore.", [(12.0, "wave")]),
        ("The quake claimed 300 lives.", [(300.0, "people")]),
    ],
)
def test_ve_nouns_keep_their_e(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
