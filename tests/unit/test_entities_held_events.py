"""Leagues before a word of play and conferences held at a place or a time are events, where the
model read a body (``retype.held_events``); a league or a conference body that speaks or has staff
stays a body. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.held_events import bowl_game, held_conference, league_in_play
from tests.unit.entity_texts import entities_of, types_of


def _asks(rule, text: str, name: str, kind: str = "ORGANIZATION") -> bool:  # type: ignore[no-untyped-def]
    start = text.index(name)
    cand = Candidate(field="body", start=start, end=start + len(name), type=kind, origin="ner")  # type: ignore[arg-type]
    return bool(rule(cand, text, name, load_gazetteer()))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jones scored twice in the Kelby League match on Friday.", "Kelby League"),
        ("Ross has won two Harlow League titles with the club.", "Harlow League"),
        ("He wants to join a Premiership club next summer.", "Premiership"),
        ("Quell made his Tarvo Liga debut in May.", "Tarvo Liga"),
        ("They lost their Marlow League opener at home.", "Marlow League"),
    ],
)
def test_a_league_before_a_word_of_play_is_an_event(text: str, name: str) -> None:
    assert _asks(league_in_play, text, name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Kelby League said it would fine the club.", "Kelby League", "ORGANIZATION"),  # it speaks
        ("A Kelby League spokesman declined to comment.", "Kelby League", "ORGANIZATION"),  # its staff
        ("The Harlow Muslim League won two seats.", "Harlow Muslim League", "PERSON"),  # no body reading
        ("Quorvex Championship Group games sold well.", "Quorvex Championship Group", "ORGANIZATION"),
        ("The Kelby Cup match was close.", "Kelby Cup", "ORGANIZATION"),  # no league's head word
    ],
)
def test_no_event_for_a_league_body_or_another_name(text: str, name: str, kind: str) -> None:
    assert not _asks(league_in_play, text, name, kind)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Engineers spoke at the International Kelp Circuits Conference in San Francisco.",
            "International Kelp Circuits Conference",
        ),
        ("The Offshore Kelp Conference in Houston drew 50,000 visitors.", "Offshore Kelp Conference"),
        (
            "She will attend the 2031 Harlow Robotics Conference, her office said.",
            "Harlow Robotics Conference",
        ),
        ("The Tarvo Energy Conference last week heard from ministers.", "Tarvo Energy Conference"),
    ],
)
def test_a_conference_held_at_a_place_or_a_time_is_an_event(text: str, name: str) -> None:
    assert _asks(held_conference, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Marlow Conference said it would expand to 14 teams.", "Marlow Conference"),  # it speaks
        ("The Harbor Conference Board said confidence fell.", "Harbor Conference Board"),  # another head
        ("Kelby joined the Marlow Conference for football.", "Marlow Conference"),  # no place or time
        ("Conference officials met on Monday.", "Conference"),  # one word
    ],
)
def test_no_event_for_a_standing_conference(text: str, name: str) -> None:
    assert not _asks(held_conference, text, name)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Jones scored twice in the Kelby League match against Harlow on Friday.", "Kelby League", "EVENT"),
        (
            "The Offshore Kelp Conference in Houston drew 50,000 visitors.",
            "Offshore Kelp Conference",
            "EVENT",
        ),
        ("The Kelby League said it would fine the club.", "Kelby League", "ORGANIZATION"),
        ("The Marlow Conference said it would expand to 14 teams.", "Marlow Conference", "ORGANIZATION"),
    ],
)
def test_the_extractor_types_events_and_keeps_bodies(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # session 48 (J): a game by its head word "Bowl", a roman edition perhaps after it
        ("Fans watched the Harbor Bowl halftime show on Sunday.", "Harbor Bowl", True),
        ("Kelby plays Tarvo State in the Dec. 17 Marlow Bowl.", "Marlow Bowl", True),
        ("He left the club after their Harbor Bowl XXX win in January.", "Harbor Bowl XXX", True),
        # a venue after "at the" or before a venue's word; no head word "Bowl"
        ("A concert at the Kelby Bowl drew crowds on Friday.", "Kelby Bowl", False),
        ("Crowds filled the Kelby Bowl stadium on Saturday.", "Kelby Bowl", False),
        ("Crowds filled the Kelby Bowling Centre on Saturday.", "Kelby Bowling Centre", False),
    ],
)
def test_bowl_games(text: str, name: str, expected: bool) -> None:
    assert _asks(bowl_game, text, name, "LOCATION") is expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Fans watched the Harbor Bowl halftime show on Sunday, February 4.", "Harbor Bowl"),
        ("Kelby plays Tarvo State in the Dec. 17 Marlow Bowl. The coach will lead the team.", "Marlow Bowl"),
    ],
)
def test_the_extractor_types_bowl_games(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "EVENT", types
