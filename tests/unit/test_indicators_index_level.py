"""An index's level written bare after its move is in index points (consumer.indicators.index_level)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_rows


def _row(text: str, figure: str) -> tuple[str | None, str | None]:
    row = next(r for r in page_rows(text) if r.text == figure)
    return row.unit, row.change


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Varnholm All-Share Index dropped 31.7 points to 4,208.35 on Friday.", "4,208.35"),
        ("The Keltan Composite Index rose 0.62 percent to close at 2,817.09.", "2,817.09"),
        ("The Dow Jones industrial average ended down 12.4 points, or 0.05%, at 26,013.72.", "26,013.72"),
        ("The Ostria Stock Index shed 77.2 points in thin afternoon trade to 9,311.4.", "9,311.4"),
        ("Kestrel's producer price index, base 2010, rose 3.8 pct to 118.42 in May.", "118.42"),
        # an index named in capitals only ("NIKKEI"), from the shared list of market indexes
        ("The NIKKEI closed up 1.2 percent at 31,380.5 in Tokyo.", "31,380.5"),
    ],
)
def test_a_bare_level_after_an_index_move_is_in_points(text: str, figure: str) -> None:
    assert _row(text, figure) == ("point", None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no index named: a price or a count, whatever its unit
        ("Shares in Morvane Foods rose 4.1 percent to 337 in early trade.", "337"),
        # the move names no unit of its own: a tally, no index move
        ("The composite index closed at 612.5 with losers beating gainers by 291 to 47.", "47"),
        # a new sentence after the move
        ("The Varnholm All-Share Index dropped 31.7 points. Turnover reached 4,208.", "4,208"),
        # a move in percentage points is a rate's, never an index's
        ("The Keltan index of bank rates rose 0.25 percentage points to 6.1 on Monday.", "6.1"),
    ],
)
def test_other_bare_figures_after_a_move_keep_their_unit(text: str, figure: str) -> None:
    assert _row(text, figure)[0] != "point"
