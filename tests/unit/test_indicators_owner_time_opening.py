"""A time phrase opening the clause without its comma (session twenty-seven): "In the past two
decades Dallas has won two titles" names its subject after the phrase, as "Over the past two
decades, Dallas has won" does with the comma; other long heads keep their readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Ann Lee": ("PERSON", None),
    "Harlow": ("LOCATION", "city"),
    "Tarvia": ("LOCATION", "first_level_division"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "In the intervening two decades Harlow has won exactly two playoff games.",
            "two playoff games",
            "Harlow",
        ),
        ("In the third quarter Ann Lee sold 300 cars.", "300 cars", "Ann Lee"),
        ("Over the past few months Tarvia received 4,000 refugees.", "4,000 refugees", "Tarvia"),
        ("During the first half of 2019 Ann Lee visited 12 schools.", "12 schools", "Ann Lee"),
    ],
)
def test_a_subject_after_a_time_phrase_owns_the_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a place after a preposition is no subject
        ("Over the past two years the team in Harlow won 12 games.", "12 games", None),
        # a long head that is no time phrase
        ("Supporters of the old club near Harlow counted 300 members.", "300 members", None),
        # the subject reports
        ("In the third quarter Ann Lee said 300 cars were sold.", "300 cars", None),
    ],
)
def test_other_heads_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
