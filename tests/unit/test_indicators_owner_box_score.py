""" "Harlow (3-1): Tolbert 25 points.": a box score line's team and record before the colon own
none of the player's tally after it; the player does, or nobody when no entity names him."""

from __future__ import annotations

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow Hawks": ("ORGANIZATION", None),
    "Jo Marsh": ("PERSON", None),
}


def test_a_box_score_team_owns_no_players_tally() -> None:
    rows = focus_rows("Roundup", "Harlow Hawks (3-1): Penwick 21 points, 4 steals.", _NAMES)
    assert rows["21 points"] is None
    assert rows["4 steals"] is None


def test_a_named_player_keeps_the_tally() -> None:
    rows = focus_rows("Roundup", "Harlow Hawks (2-0-1): Jo Marsh 17 points.", _NAMES)
    assert rows["17 points"] == "Jo Marsh"
