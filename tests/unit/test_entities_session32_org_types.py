"""Session 32: names the model reads as organisations that are something else by their own
words: a doctrine ending in "-ism" (MISC) and two places joined by a hyphen (one place; two
before a border or a route). Near misses keep their old readings. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.heads import head_type
from tests.unit.entity_texts import entities_of


def _types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("National Socialism", "MISC"),
        ("Soviet Communism", "MISC"),
        ("Marxism-Leninism", "MISC"),
        ("Christian Socialism", "MISC"),
    ],
)
def test_heads_of_doctrines(surface: str, kind: str) -> None:
    assert head_type(surface) == kind


@pytest.mark.parametrize(
    "surface",
    [
        "Kelvin School of Journalism",  # a body named for what it teaches
        "Harlow Institute for Counter Terrorism",
        "Tarvia Tourism",  # a trade, no doctrine
        "European Stability Mechanism",
        "Communism",  # one word: left to the model
    ],
)
def test_near_misses_keep_their_heads(surface: str) -> None:
    assert head_type(surface) != "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Historians compared the movement to National Socialism in a new book.",
            "National Socialism",
            "MISC",
        ),
        (
            "Smog returned to Delhi-Noida on Monday, and schools were shut for a week.",
            "Delhi-Noida",
            "LOCATION",
        ),
        (
            "House prices in Raleigh-Durham rose again last year, agents said.",
            "Raleigh-Durham",
            "LOCATION",
        ),
    ],
)
def test_org_read_retyped(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    assert _types(extractor, body).get(name) == kind


def test_two_places_before_a_border_are_two(extractor: EntityExtractor) -> None:
    types = _types(extractor, "Farmers gathered at the Haryana-Punjab border on Tuesday.")
    assert types.get("Punjab") == "LOCATION"
    assert "Haryana-Punjab" not in types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He joined Coca-Cola as a salesman in 1990.", "Coca-Cola"),
        ("The Harlow-Kessel merger closed on Friday, the firms said.", "Harlow-Kessel"),
    ],
)
def test_near_miss_hyphened_bodies_stay(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(extractor, body).get(name) != "LOCATION"
