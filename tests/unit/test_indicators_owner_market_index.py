"""Session 48: a move or a level of a market index is the index's (the name the entity stage found
in the index's phrase), else nobody's: never the place the index is named after, nor an index or
a body of the clause before; a place's statistic named an index keeps its place."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "city"),
    "Harlow Treasury": ("ORGANIZATION", None),
    "Orbel Composite": ("PRODUCT", None),
    "Tarvia Stock Exchange": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Kessel composite index rose 2.60 points, or 0.48 percent, to 542.20 points.", "2.60 points"),
        ("The Kessel composite index rose 2.60 points, or 0.48 percent, to 542.20 points.", "542.20 points"),
        (
            "Harlow Treasury futures dropped and Kessel's Zentra share average opened up 1.31 percent.",
            "1.31 percent",
        ),
        ("Norland stock index futures rose more than 1 percent after the vote.", "1 percent"),
        ("Kessel's benchmark index fell 2 percent on Monday.", "2 percent"),
        (
            "The Dow was up eight, while the Orbel Composite was off fractionally to 1,143 and the QR Index"
            " down one to 666.",
            "666",
        ),
    ],
)
def test_an_unnamed_index_move_is_nobodys(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the index or exchange the entity stage named in the phrase owns its move
        ("The Orbel Composite index closed 4.54 points easier at 556.19.", "556.19", "Orbel Composite"),
        (
            "The Tarvia Stock Exchange all-share price index rose 8.05 points or 0.7 percent to 1,156.79.",
            "0.7 percent",
            "Tarvia Stock Exchange",
        ),
        # a place's statistic called an index is the place's
        ("Norland's consumer price index rose 2 percent in May.", "2 percent", "Norland"),
        ("Norland's industrial production index rose 2 percent.", "2 percent", "Norland"),
        ("The air quality index in Kessel right now is 218.", "218", "Kessel"),
    ],
)
def test_a_named_index_or_a_statistic_keeps_its_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
