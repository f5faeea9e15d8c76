"""Video games named as examples of their kind are products (``rules.listed_games``): "arcade
classics such as Star Raiders, Moon Hopper and Kelp Kong", "games like The Tarvos" in a story
about gaming, "titles like the acclaimed Knights of the Dune". Never a kind of game no video game
is ("board games such as"), bare "games" or "titles" in a story with no word of gaming, a list
item that is no title, nor a name the lists know. Texts and names written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules import listed_games
from tests.unit.entity_texts import entities_of, types_of


def _games(text: str) -> list[str]:
    return [text[s:e] for s, e in listed_games(text, lambda name: name == "Harbor Wars")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The days of arcade classics such as Star Raiders, Moon Hopper and Kelp Kong are gone.",
            ["Star Raiders", "Moon Hopper", "Kelp Kong"],
        ),
        ("Gamers agree: games such as The Tarvos can teach words, and others agree.", ["The Tarvos"]),
        (
            "Previous Quell titles like the acclaimed Knights of the Dune and Quell Rider sold well on "
            "the console.",
            ["Knights of the Dune", "Quell Rider"],
        ),
        ("It plays PC games including Dune Drifter and Tarvo Kart 2.", ["Dune Drifter", "Tarvo Kart 2"]),
    ],
)
def test_titles_after_a_plural_kind_of_video_game_are_games(text: str, names: list[str]) -> None:
    assert _games(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Console fans still love board games such as Monopoly and Scrabble.",  # no video game
        "Titles such as Wimbledon are prized by every player.",  # no word of gaming: a champion's
        "The school held games such as rounders and football.",  # lower case: no titles
        "Arcade classics such as Harbor Wars are back.",  # a name the lists know
    ],
)
def test_no_game_without_a_video_games_kind_or_a_title(text: str) -> None:
    assert _games(text) == []


def test_the_extractor_reads_the_listed_games_as_products(extractor: EntityExtractor) -> None:
    body = "The days of arcade classics such as Star Raiders, Moon Hopper and Kelp Kong are long gone."
    types = types_of(entities_of(extractor, body))
    assert [types.get(n) for n in ("Star Raiders", "Moon Hopper", "Kelp Kong")] == ["PRODUCT"] * 3, types
