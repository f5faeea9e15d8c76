"""Owners read inside the figure's own clause (session twenty-seven): an event or a work (EVENT,
MISC) heading the clause, a verb right after it, owns the clause's figure ("The Harlow Open drew
30,000 spectators"); a name before a noun ("Christmas sales"), a reported clause, a list and an
age keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow Open": ("EVENT", None),
    "Kessel Cup Finals": ("EVENT", None),
    "Vantor Festival": ("EVENT", None),
    "Norland Marathon": ("EVENT", None),
    "Tarvia Games": ("EVENT", None),
    "Orbel Awards": ("MISC", None),
    "Winterfest": ("EVENT", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Norland": ("LOCATION", "country"),
}


def _owners(text: str, headline: str = "") -> dict[str, str | None]:
    return focus_rows(headline, text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("The Harlow Open drew 30,000 spectators this year.", "30,000 spectators", "Harlow Open"),
        (
            "The Kessel Cup Finals is being played with all 18 teams in a single venue.",
            "18 teams",
            "Kessel Cup Finals",
        ),
        (
            "Earlier, the Vantor Festival, which ran for a week, sold 12,000 tickets.",
            "12,000 tickets",
            "Vantor Festival",
        ),
        ("The Norland Marathon attracted 4,000 runners.", "4,000 runners", "Norland Marathon"),
        ("The Orbel Awards (OA) will include 24 categories.", "24 categories", "Orbel Awards"),
    ],
)
def test_a_happening_heading_its_clause_owns_the_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a name before a noun modifies it: the noun heads the clause
        ("Winterfest sales rose 5 percent.", "5 percent", None),
        # a source, not an owner
        ("The Tarvia Games said 300 athletes tested positive.", "300 athletes", None),
        # one of a list owns nothing alone
        ("The Harlow Open and the Norland Marathon drew 9,000 visitors.", "9,000 visitors", None),
        # after a preposition the event says when or where
        ("During the Tarvia Games, Vantor Group sold 3,000 cars.", "3,000 cars", "Vantor Group"),
        ("At the Harlow Open, Ann Lee scored 12 aces.", "12 aces", "Ann Lee"),
        # an owner named before it in the clause keeps the figure
        ("Norland, host of the Tarvia Games, spent $3 billion.", "$3 billion", "Norland"),
    ],
)
def test_other_clauses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


_EVENT_STORY: dict[str, tuple[EntityType, str | None]] = {
    "Harlow 2030 Winter Games": ("EVENT", None),
    "Kessel Jazz Week": ("EVENT", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
}


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "The Harlow 2030 Winter Games open in February.\n\nThe Games program will include seven sports.",
            "seven sports",
            "Harlow 2030 Winter Games",
        ),
        (
            "The Harlow 2030 Winter Games open in February. The tournament drew 30,000 fans.",
            "30,000 fans",
            "Harlow 2030 Winter Games",
        ),
        (
            "Kessel Jazz Week ended on Sunday. This year's festival sold 12,000 tickets.",
            "12,000 tickets",
            "Kessel Jazz Week",
        ),
        (
            "Kessel Jazz Week ended on Sunday. On Monday, the Week's organisers counted 900 volunteers.",
            "900 volunteers",
            "Kessel Jazz Week",
        ),
    ],
)
def test_a_definite_head_for_the_event_stands_for_it(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _EVENT_STORY)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a head that names no happening, nor the event's name
        ("Kessel Jazz Week ended on Sunday. The city counted 900 volunteers.", "900 volunteers", None),
        # the clause reports
        ("Kessel Jazz Week ended on Sunday. The festival said 900 volunteers came.", "900 volunteers", None),
        # a name before it in the clause
        (
            "Kessel Jazz Week ended. Vantor Group, the festival sponsor, paid $3 million.",
            "$3 million",
            "Vantor Group",
        ),
        # no event named before
        ("Ann Lee spoke on Sunday. The tournament drew 30,000 fans.", "30,000 fans", None),
    ],
)
def test_other_heads_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _EVENT_STORY)[figure] == owner
