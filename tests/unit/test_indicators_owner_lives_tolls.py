"""A toll told as lives a happening claimed, cost or took is nobody's (session 49): "floods claiming at
least 52 lives", "a standoff that has claimed around 60 lives", "accidents have cost 104 lives". The
body that acts in the clause (an aid agency, an army) or a firm named nearby was taken as its owner;
the conventions give a count killed no owner unless the text frames it as a place's or a body's
("Japan's daily cases"). Lives a body saves keep their reading."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow": ("LOCATION", "city"),
    "Norland": ("LOCATION", "country"),
    "Vantor Mining": ("ORGANIZATION", None),
    "Kessel Relief Fund": ("ORGANIZATION", None),
    "Norland Army": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The Kessel Relief Fund began flying tents to Harlow, where storms have cut off roads,"
            " claiming at least 52 lives.",
            "52 lives",
        ),
        (
            "Some 2,000 Norland Army troops are locked in a standoff that has claimed around 60 lives"
            " this year.",
            "60 lives",
        ),
        (
            "Vantor Mining pits have claimed 104 lives since May, according to the Harlow report.",
            "104 lives",
        ),
        ("The Norland Army offensive took more than 300 lives, aid workers said.", "300 lives"),
    ],
)
def test_lives_a_happening_claimed_are_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # no toll verb before the lives: lives a body saves are its work
        ("The Kessel Relief Fund saved 900 lives in Harlow last year.", "900 lives", "Kessel Relief Fund"),
    ],
)
def test_lives_without_a_toll_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text).get(figure) == owner
