"""Agency copy's "to <level> from <basis>" writes the basis bare, in the level's unit (session
twenty-nine): "rose to 3.2 million units from 2.9 million" counts units both times. Only after "to"
before the level; a bare number after "from" elsewhere keeps no unit."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose to 3.2 million units from 2.9 million.", [(3.2e6, "unit"), (2.9e6, "unit")]),
        ("The workforce shrank to 9,000 employees from 12,000.", [(9000.0, "people"), (12000.0, "people")]),
        ("The toll rose to 45 people on Monday from 30.", [(45.0, "people"), (30.0, "people")]),
        ("The team cut its roster to 53 players from 90 in August.", [(53.0, "people"), (90.0, "people")]),
    ],
)
def test_basis_after_to_level(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plane flew to 12 cities from 3 hubs.", [(12.0, "city"), (3.0, "hub")]),
        ("Prices fell 3 percent from 2019 levels.", [(3.0, "percent")]),
        ("Deaths rose to 45, from 30 a day earlier.", [(45.0, None), (30.0, None)]),
    ],
)
def test_basis_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
