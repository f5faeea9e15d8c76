"""One-word prizes named by the talk of winning them, after the word ("the Tarvel winner", "the
film's Tarvel buzz", "a Tarvel hopeful"), and a prize named with its kind before "-winning"
("Kelvo Award-winning singer"): MISC (``rules.cued_prizes``, session 45). Every prize here is
made up.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of

_FILMS = " The actress said the film had been hard to make."


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Tarvel winner proved a gracious host at her dinner party last week.", "Tarvel"),
        ("The film's Tarvel buzz began building after the festival in the autumn.", "Tarvel"),
        ("Kelvo Award-winning singer Dana Morrow released a new song on Friday.", "Kelvo Award"),
        ("Quenta Award-winning, the singer released a video on Friday.", "Quenta Award"),
    ],
)
def test_a_prize_named_by_talk_of_winning_it_is_misc(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body + _FILMS)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two Brisk hopefuls walked the red carpet at the film festival.", ["Brisk"]),
        ("The Kelby winner crossed the line first in the race on Sunday.", []),  # no story of prizes
        ("The Harlow buzz grew after the launch, the shop said.", []),
        ("The American Award-winning film opened.", []),  # a people's word before the kind
        ("The Supreme Court Award-winning film opened.", []),  # a longer name's last words
        ("The Harlow winner of the film award spoke.", []),  # a listed name
    ],
)
def test_prize_talk_cues_and_their_near_misses(text: str, found: list[str]) -> None:
    spans = rules.cued_prizes(text, lambda name: name == "Harlow")
    assert [text[s:e] for s, e, _ in spans] == found
