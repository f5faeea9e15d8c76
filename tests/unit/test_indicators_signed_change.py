"""A plus sign glued to a share or an index move says it rose, as a minus says it fell: market
tables print the direction so. Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Harlow Index | +4.1% | -1.3% |", ["up", "down"]),
        ("Kestrel Mart shares +2% on the day.", ["up"]),
        ("The spread moved +0.5 percentage points.", ["up"]),
        ("Harlow 100 +35 points", ["up"]),
    ],
)
def test_a_glued_sign_gives_the_direction(text: str, expected: list[str]) -> None:
    assert [
        r.change for r in page_rows(text) if r.unit in ("percent", "percentage_point", "point")
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Written in C++ 5% faster than before.",
        "Of voters, 4% were unsure.",
        "Temperatures of +5 degrees held.",
    ],
)
def test_no_glued_sign_or_no_share_gives_no_direction(text: str) -> None:
    assert [r.change for r in page_rows(text)] == [None]
