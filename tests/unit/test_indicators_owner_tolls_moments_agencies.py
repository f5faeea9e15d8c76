"""Figures nobody in their own sentence owns (session 48): a toll told after its count ("30 people
were killed"), a span of time that places a moment ("11 days before the vote", "two years ago"),
and any figure a rule gave a news agency (a photo credit, a dateline, a poll's maker)."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow": ("LOCATION", "city"),
    "Norland": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Kessel Front": ("ORGANIZATION", None),
    "Associated Press": ("ORGANIZATION", None),
    "Reuters": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The Kessel Front claimed the raid as revenge for a strike on a village in which 30 people were"
            " killed.",
            "30 people",
        ),
        ("Kessel Front was blamed for a bombing in Harlow that left 14 shoppers dead.", "14 shoppers"),
        ("Tom Varga, 61, died when the tram overturned and more than 40 were taken to hospital.", "40"),
        ("Ann Lee talks to a reporter about the flood that left more than 20 people dead.", "20 people"),
    ],
)
def test_a_toll_told_after_its_count_is_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a possessor frames the toll as its own
        ("Norland said its 12 soldiers were killed in the clash.", "12 soldiers", "Norland"),
        # no toll after the count
        ("Vantor Group has 300 workers who were hired in Harlow.", "300 workers", "Vantor Group"),
    ],
)
def test_a_count_without_a_toll_after_it_keeps_its_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Ann Lee sent her second letter on Sunday, two days before the vote.", "two days"),
        ("Tom Varga signed the deal with Vantor Group nine days earlier.", "nine days"),
        ("Vantor Group opened the plant in Harlow 17 minutes later.", "17 minutes"),
        ("Kessel Front's launch comes just over two months after it outlined its plan.", "two months"),
    ],
)
def test_a_span_placing_a_moment_is_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a span someone spends or serves before "after" stays theirs
        ("Ann Lee missed 10 weeks after surgery on her wrist.", "10 weeks", "Ann Lee"),
        ("Tom Varga spent 12 years after the war in Harlow.", "12 years", "Tom Varga"),
    ],
)
def test_a_span_someone_spends_keeps_its_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        ("(Photo: Associated Press) At least nine people were injured when a bus overturned.", "nine people"),
        ("The latest Reuters survey showed Ann Lee with a 5 percentage point lead.", "5 percentage point"),
        ("Reuters Fans in Harlow celebrate the end of a 108-year wait.", "108-year"),
    ],
)
def test_a_news_agency_owns_no_figure(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
