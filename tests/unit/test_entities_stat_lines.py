"""A player's line in a results roundup (session 43): a name and a count of a player's feats right
after it ("Tavia Morrow 19 points and 3 steals.", "Kell made 35 saves") is a person, where the
model read an unfamiliar name as a body. Near misses keep their reading: a place's figures, a
side's score, a count of time. Sentences and names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.person_context import person_context
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Harbor Prep (2-1): Quenby Talvane 19 points and 3 steals.", "Quenby Talvane", True),
        ("Westlake (0-1): Dravin Ostrow 7 saves.", "Dravin Ostrow", True),
        ("North Vale (3-2): Kyrell Marsh 1 goal. Tova Brenn 5 saves.", "Kyrell Marsh", True),
        ("Marlow 17 points. Quist 10 rebounds.", "Quist", True),
        ("Anzor Veltkamp made 35 saves as the visitors held on.", "Anzor Veltkamp", True),
        # near misses: a score, a share, a span of time, a count of people, a body's head word
        ("Harbor Prep 21, Westlake 14 in the opener.", "Harbor Prep", False),
        ("Tarvel Mining 12 percent higher on the day.", "Tarvel Mining", False),
        ("Quenby Talvane 19 years after the flood.", "Quenby Talvane", False),
        ("Kelby Academy 19 points clear at the top.", "Kelby Academy", False),
    ],
)
def test_a_count_of_a_players_feats_after_the_name(text: str, name: str, person: bool) -> None:
    start = text.index(name)
    assert person_context(text, start, start + len(name), name, load_gazetteer()) is person


def test_a_roundup_names_its_players_as_people(extractor: EntityExtractor) -> None:
    body = (
        "Harbor Prep (2-1): Quenby Talvane 19 points and 3 steals. Dravin Ostrow 12 points.\n\n"
        "Westlake (0-1): Kyrell Marsh 1 goal. Tovald Brennick 5 saves."
    )
    types = types_of(entities_of(extractor, body))
    for name in ("Quenby Talvane", "Dravin Ostrow", "Kyrell Marsh", "Tovald Brennick"):
        assert types.get(name, "PERSON") == "PERSON", (name, types)
