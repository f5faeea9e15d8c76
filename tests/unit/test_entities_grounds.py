"""A sports ground after "at", where a game's word and a side's name come before it ("a victory
over Tarvia at Kelbyfield"), is a place where the model read a body (``retype.grounds``); a club
after a game's word alone ("a 2-1 win at Kelby"), a story with no sport and a listed name keep the
old reading. Names and sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.retype.grounds import ground_of_a_game
from tests.unit.entity_texts import entities_of, types_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _body(text: str, name: str) -> Candidate:
    start = text.rindex(name)
    return Candidate("body", start, start + len(name), "ORGANIZATION", "ner")


_LEAD = "The side's coach said the players were ready for the match. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_LEAD + "They kept hopes alive with a victory over Tarvia at Kelbyfield.", "Kelbyfield"),
        (_LEAD + "It follows a defeat by Quornland at the Dunmarsh Bowl last year.", "Dunmarsh Bowl"),
        (_LEAD + "Varnel face Kelby Rovers at Harrowgate on Saturday.", "Harrowgate"),
        (_LEAD + "The team will play Marlow Town at Quellside next week.", "Quellside"),
    ],
)
def test_ground_after_a_game_and_a_side(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert ground_of_a_game(_body(text, name), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_LEAD + "United earned a 2-1 win at Kelbyfield.", "Kelbyfield"),  # no side between: a club
        (_LEAD + "He was replaced at Harrowgate by Jo Roe.", "Harrowgate"),  # no game's word
        ("Analysts said the bid against Kelby Holdings at Tarvo was low.", "Tarvo"),  # no sport
        (_LEAD + "A victory over Tarvia at Quorvex Stadium.", "Quorvex Stadium"),  # a head word types it
    ],
)
def test_no_ground_without_a_game_and_a_side(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert not ground_of_a_game(_body(text, name), text, name, gazetteer)


_STORY = "The coach praised his players after the match.\n\n"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (_STORY + "They kept their hopes alive with a victory over Tarvia at Glenmorrow.", "Glenmorrow"),
        (_STORY + "Wales face Italy at Glenmorrow on Saturday.", "Glenmorrow"),
        (_STORY + "They kept their hopes alive with a victory over Tarvia at Quellmuir.", "Quellmuir"),
        (_STORY + "They kept their hopes alive with a victory over Tarvia at Stannox.", "Stannox"),
    ],
)
def test_ground_is_a_place_in_a_story(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "LOCATION"


@pytest.mark.parametrize(
    "body",
    [
        _STORY + "United earned a 2-1 win at Glenmorrow on Saturday.",  # the club's
        "Analysts said the bid against Kelby Holdings at Glenmorrow was low.",  # no sport
    ],
)
def test_club_keeps_the_body(extractor: EntityExtractor, body: str) -> None:
    assert types_of(entities_of(extractor, body)).get("Glenmorrow") != "LOCATION"
