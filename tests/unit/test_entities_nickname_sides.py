"""Sides named by a plural nickname beside a cue of play, or in a round-up's results line, are
organisations (``consumer.entities.nickname_sides``); a people, a prize show, a player's bare
surname and the same words outside sport are not. Sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.nickname_sides import nickname_sides
from tests.unit.entity_texts import entities_of, types_of

_SPORT = " The coach praised the squad after the match, and the league confirmed the goal."


@pytest.mark.parametrize(
    ("body", "teams"),
    [
        (
            "The Marmots (8-2, 5-1) play Saturday against the Quokkas (3-7, 1-6)." + _SPORT,
            ["Marmots", "Quokkas"],
        ),
        ("Ada Quell scored twice in the win over the Pelicans on Friday." + _SPORT, ["Pelicans"]),
        ("Pelicans captain Ivo Marsh went after a rival in the second period." + _SPORT, ["Pelicans"]),
        ("So far Tarns have won just four games this season and lie 12th." + _SPORT, ["Tarns"]),
        (
            "Herons 4, Marmots 1: Ada Quell scored twice and Bo Venn made 30 saves.\n" + _SPORT,
            ["Herons", "Marmots"],
        ),
    ],
)
def test_a_nickname_beside_a_cue_of_play_is_a_side(
    extractor: EntityExtractor, body: str, teams: list[str]
) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(t) for t in teams] == ["ORGANIZATION"] * len(teams), found


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a people, a prize show, a player's bare surname
        ("The Americans beat the Swedes 3-1 in the final." + _SPORT, "Americans"),
        ("Tom Fennings scored early, and the keeper kept out Fennings later." + _SPORT, "Fennings"),
    ],
)
def test_plurals_that_name_no_side_stay_what_they_were(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) != "ORGANIZATION"


def test_outside_sport_a_plural_is_no_side(extractor: EntityExtractor) -> None:
    body = "The Marmots (8-2) were a band from Kelby. The Quokkas played on the radio last year."
    found = types_of(entities_of(extractor, body))
    assert found.get("Marmots") != "ORGANIZATION" and found.get("Quokkas") != "ORGANIZATION", found


def test_a_prize_show_or_a_longer_name_is_no_side() -> None:
    body = "The stadium hosted the Oscars, and the North Kelby Marmots fans beat the drum." + _SPORT
    assert list(nickname_sides(body, load_gazetteer(), lambda _: False)) == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a capitalised plural opening a sentence before a plural verb is a common noun's
        ("Supporters have waited all season for a title." + _SPORT, "Supporters"),
        # the story writes it in lower case too: a common noun, not a side's nickname
        (
            "The Wardens (8-2) play on Saturday, and the wardens of the park open the gates." + _SPORT,
            "Wardens",
        ),
    ],
)
def test_a_common_plural_is_no_side(extractor: EntityExtractor, body: str, word: str) -> None:
    assert types_of(entities_of(extractor, body)).get(word) != "ORGANIZATION"
