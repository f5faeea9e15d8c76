"""A title after "game" and a word only a video game's kind takes ("its hit game Starfall Legends",
"the multiplayer game ...", "the role-playing game ...") is a game, a PRODUCT by the conventions;
a bare "game", a board game or a "popular game" keeps the work's MISC. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    "text",
    [
        "its hit game Starfall Legends",
        "the multiplayer game Ember Quest",
        "the role-playing game Hollow Tide",
        "a free-to-play game Kelp Wars",
    ],
)
def test_a_video_games_kind_word_makes_a_game(text: str) -> None:
    assert rules.game_title(text, text.index("game ") + len("game "))


@pytest.mark.parametrize(
    "text",
    ["the board game Marrow", "the popular game Marrow", "the new game Marrow", "the final game Marrow"],
)
def test_other_games_are_no_video_games(text: str) -> None:
    assert not rules.game_title(text, text.index("game ") + len("game "))


@pytest.mark.parametrize(
    ("body", "game"),
    [
        ("The studio launched its hit game Starfall Legends in 2017, and fans love it.", "Starfall Legends"),
        ("Brightloop said the multiplayer game Ember Quest drew 5 million players.", "Ember Quest"),
        ("The strategy game Crown Harbor sold well in its first week, the studio said.", "Crown Harbor"),
    ],
)
def test_the_extractor_types_the_game_a_product(extractor: EntityExtractor, body: str, game: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(game) == "PRODUCT", types
