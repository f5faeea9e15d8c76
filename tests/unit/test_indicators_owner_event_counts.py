"""Events owning what a fair or a games counts of itself (session 37): a count opening its clause
signed, awarded or showcased at the event ("More than 500 deals were signed during the fair"), a
broad head for it ("The event drew 3,000 firms", "The show attracted 600,000 visitors"), a head's
possessive ("The tournament's prize fund of $2 million"), a span of days before its name ("the
four-day Harlow Expo"), a fair's business tally ("Contracted investment at the fair reached ...",
"projects worth ... were inked at ..."). A firm's or a country's figure told at the event, a war
or a holiday named last, and a name the figure modifies keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Harlow Trade Fair": ("EVENT", None),
    "Kessel Games": ("EVENT", None),
    "Marlow Horse Show": ("EVENT", None),
    "Grand Prix de Marlow": ("EVENT", None),
    "Tarvia Winter War": ("EVENT", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "The Harlow Trade Fair closed on Sunday. More than 500 deals were signed during the fair.",
            "500 deals",
            "Harlow Trade Fair",
        ),
        (
            "The Kessel Games ended on Friday. A total of 300 gold medals were awarded at the Games.",
            "300 gold medals",
            "Kessel Games",
        ),
        (
            "The Harlow Trade Fair opened. About 30 agreements were signed on the sidelines of the fair.",
            "30 agreements",
            "Harlow Trade Fair",
        ),
        (
            "The Harlow Trade Fair opened. More than 1,400 companies showcased their products at the fair.",
            "1,400 companies",
            "Harlow Trade Fair",
        ),
        ("The Harlow Trade Fair opened. The event drew 3,000 firms.", "3,000 firms", "Harlow Trade Fair"),
        (
            "The Marlow Horse Show opened. The show attracted 60,000 visitors.",
            "60,000 visitors",
            "Marlow Horse Show",
        ),
        (
            "The Harlow Trade Fair opened. The event showcased more than 3,000 exhibits.",
            "3,000 exhibits",
            "Harlow Trade Fair",
        ),
        (
            "The Kessel Games closed. The tournament's prize fund of $2 million is the region's largest.",
            "$2 million",
            "Kessel Games",
        ),
        (
            "The Harlow Trade Fair closed. The fair's turnover reached 3 billion yuan.",
            "3 billion yuan",
            "Harlow Trade Fair",
        ),
        ("The four-day Harlow Trade Fair will end on Friday.", "four-day", "Harlow Trade Fair"),
        (
            "The Harlow Trade Fair opened. Some 1,500 firms attended the three-day fair.",
            "three-day",
            "Harlow Trade Fair",
        ),
        (
            "The Harlow Trade Fair closed. Contracted investment at the fair reached 40 billion yuan.",
            "40 billion yuan",
            "Harlow Trade Fair",
        ),
        (
            "Investment projects worth 30 billion yuan were inked at the Harlow Trade Fair.",
            "30 billion yuan",
            "Harlow Trade Fair",
        ),
        (
            "The Harlow Trade Fair drew 900 firms, with deals worth 5 billion yuan signed at the fair.",
            "5 billion yuan",
            "Harlow Trade Fair",
        ),
    ],
)
def test_an_events_own_count_is_the_events(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a broad head after a war, not a gathering
        ("The Tarvia Winter War ended in 1940. The event killed 3,000 soldiers.", "3,000 soldiers", None),
        # a firm's own figure told at the event stays the firm's
        (
            "The Harlow Trade Fair opened. Vantor Group signed 12 deals at the fair.",
            "12 deals",
            "Vantor Group",
        ),
        # a passive that is no tally of the event
        ("The Harlow Trade Fair opened. Some 30 people were hurt at the fair.", "30 people", None),
        # the prize the figure modifies is the prize's, not the show's
        (
            "The Marlow Horse Show opened. The show features the $132,000 Grand Prix de Marlow.",
            "$132,000",
            "Grand Prix de Marlow",
        ),
        # a span before a name that is no event says when: the clause's subject keeps it
        ("Vantor Group began a 10-day Norland tour.", "10-day", "Vantor Group"),
        # a head's possessive with a name between it and the figure
        (
            "The Harlow Trade Fair closed. The fair's sponsor Vantor Group paid $3 million.",
            "$3 million",
            "Vantor Group",
        ),
    ],
)
def test_other_figures_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


_EXPO_STORY: dict[str, tuple[EntityType, str | None]] = {
    "Harlow Art Expo": ("EVENT", None),
    "Tarvia Winter War": ("EVENT", None),
    "Vantor Group": ("ORGANIZATION", None),
}


@pytest.mark.parametrize(
    "headline, text, figure, owner",
    [
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened on Friday. More than 120 artworks are on show in the main hall.",
            "120 artworks",
            "Harlow Art Expo",
        ),
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened on Friday. Over 1,000 companies displayed products in the halls.",
            "1,000 companies",
            "Harlow Art Expo",
        ),
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened on Friday. Over the weekend 45,000 visitors came.",
            "45,000 visitors",
            "Harlow Art Expo",
        ),
    ],
)
def test_an_unowned_tally_in_an_events_story_is_the_events(
    headline: str, text: str, figure: str, owner: str
) -> None:
    assert focus_rows(headline, text, _EXPO_STORY)[figure] == owner


@pytest.mark.parametrize(
    "headline, text, figure, owner",
    [
        # firms counted in a sentence that neither shows nor attends
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened. Over 1,000 companies displayed art. "
            "Some 300 companies went bankrupt.",
            "300 companies",
            None,
        ),
        # a count that is no tally of a gathering
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened. Three people were hurt nearby.",
            "Three people",
            None,
        ),
        # the headline names no event: no story event
        (
            "Harlow art show opens",
            "The Harlow Art Expo opened. Some 45,000 visitors came.",
            "45,000 visitors",
            None,
        ),
        # the story's event is a war, no gathering
        (
            "Tarvia Winter War ends",
            "The Tarvia Winter War ended. Some 45,000 visitors came.",
            "45,000 visitors",
            None,
        ),
        # an owner named in the clause keeps it
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened. Vantor Group drew 3,000 visitors to its stand.",
            "3,000 visitors",
            "Vantor Group",
        ),
    ],
)
def test_other_tallies_keep_their_readings(headline: str, text: str, figure: str, owner: str | None) -> None:
    assert focus_rows(headline, text, _EXPO_STORY)[figure] == owner


@pytest.mark.parametrize(
    "headline, text, figure, owner",
    [
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened on Friday.\n\n"
            + "Officials spoke at length about the plans. " * 12
            + "During the three-day expo, guests toured the halls.",
            "three-day",
            "Harlow Art Expo",
        ),
        (
            "Harlow Art Expo opens",
            "The Harlow Art Expo opened on Friday. More than 20 exhibitions will run in the old town.",
            "20 exhibitions",
            "Harlow Art Expo",
        ),
    ],
)
def test_a_head_or_a_tally_far_from_the_name_is_the_storys_event(
    headline: str, text: str, figure: str, owner: str
) -> None:
    assert focus_rows(headline, text, _EXPO_STORY)[figure] == owner
