"""Owners named by a definite head (session twenty-eight): "the port", "the zone", "the association"
opening the figure's clause, a verb or a possessive right after it, stands for the organisation
or place named shortly before whose name ends in that word ("Kessel Port ... The port handled 12
million containers"); a head that modifies a noun, a reported clause, a name before the head and
a word no earlier name ends in keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Kessel Port": ("LOCATION", None),
    "Harlow Free Trade Zone": ("LOCATION", None),
    "Norland Steel Association": ("ORGANIZATION", None),
    "Harlow Science Museum": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Officials toured Kessel Port on Monday. The port handled 12 million containers last year.",
            "12 million containers",
            "Kessel Port",
        ),
        (
            "The Harlow Free Trade Zone opened in 2015. The zone's exports rose 12 percent last year.",
            "12 percent",
            "Harlow Free Trade Zone",
        ),
        (
            "The Norland Steel Association met in May. The association has 300 members.",
            "300 members",
            "Norland Steel Association",
        ),
        (
            "Ann Lee visited the Harlow Science Museum. Last year the museum drew 300,000 visitors.",
            "300,000 visitors",
            "Harlow Science Museum",
        ),
        (
            "Officials toured Kessel Port on Monday. In 2019, the port signed deals with Vantor Group "
            "worth $3 billion.",
            "$3 billion",
            "Kessel Port",
        ),
    ],
)
def test_a_definite_head_stands_for_the_name_it_ends(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the word modifies a noun, which heads the clause
        ("Officials toured Kessel Port. The port authority hired 300 workers.", "300 workers", None),
        # a source, not an owner
        ("Officials toured Kessel Port. The port said 300 ships were stranded.", "300 ships", None),
        # no earlier name ends in the word
        ("Officials toured Kessel Port. The harbour handled 12 million boxes.", "12 million boxes", None),
        # a name before the head keeps the figure
        (
            "Officials toured Kessel Port. Vantor Group said the port handled 12 million containers.",
            "12 million containers",
            None,
        ),
        # "the company" keeps its own reading: the company named last
        (
            "Vantor Group toured Kessel Port on Monday. The company hired 300 workers.",
            "300 workers",
            "Vantor Group",
        ),
    ],
)
def test_other_heads_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


_POSSESSORS: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Vantor Group": ("ORGANIZATION", None),
    "Kessel": ("LOCATION", "city"),
    "Ann Lee": ("PERSON", None),
}


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Norland's car industry had a hard year. The industry employed 800,000 people.",
            "800,000 people",
            "Norland",
        ),
        (
            "Vantor Group's mining unit had a hard year. The unit employed 3,000 workers.",
            "3,000 workers",
            "Vantor Group",
        ),
        (
            "Kessel's new airport opened in May. The airport handled 12 million passengers.",
            "12 million passengers",
            "Kessel",
        ),
    ],
)
def test_a_definite_head_repeats_what_a_possessor_has(text: str, figure: str, owner: str) -> None:
    assert focus_rows("", text, _POSSESSORS)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a role is a person's, not the possessor's
        ("Vantor Group's chief executive resigned. The executive earned $5 million.", "$5 million", None),
        # no possessor has the head
        ("Officials in Kessel opened a new park. The park has 300 companies.", "300 companies", None),
        # a person's possession is no organisation's or place's
        ("Ann Lee's new plant opened in May. The plant employed 3,000 workers.", "3,000 workers", None),
    ],
)
def test_heads_no_possessor_has_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _POSSESSORS)[figure] == owner
