"""A place's own public body named on the place ("the Brannock County Sheriff's Office", "the
Dunbrook County School District", "the Quarrow County Attorney's Office") is one organisation,
where the model read the place alone, the whole as a place by its head "District", or nothing
(issue 14, session 35). A body's name of another kind ("Kelby Police Federation", "Kessel Rail
Police") and a model name running past the body stay as they were. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.place_bodies import place_body_cands
from consumer.entities.rules.local_bodies import local_bodies
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Students in the Dunbrook County School District will return to class next week.",
            "Dunbrook County School District",
        ),
        ("The Quarrow County Attorney's Office filed charges on Monday.", "Quarrow County Attorney's Office"),
        (
            "A Brannock County Sheriff's Office deputy shot a man on Sunday.",
            "Brannock County Sheriff's Office",
        ),
        (
            "Parents met with leaders of the Harwick Independent School District on Monday.",
            "Harwick Independent School District",
        ),
        (
            "The boy was found by a Morrow County Sheriff's Office search team near the creek.",
            "Morrow County Sheriff's Office",
        ),
        (
            "Voters in the Selden Unified School District approved a bond on Tuesday.",
            "Selden Unified School District",
        ),
        ("Tacoma Police Chief Dana Quill said the officers acted within policy.", "Tacoma Police"),
    ],
)
def test_a_place_built_body_is_one_organisation(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    place = name.split()[0]
    assert place not in types and f"{place} County" not in types, types  # no entity of its own


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (
            "The Kelby Police Federation criticised the budget. Kessel Rail Police patrol the trains.",
            {"Kelby Police Federation": "ORGANIZATION", "Kessel Rail Police": "ORGANIZATION"},
        ),
        (
            "Tacoma Police Federation members voted on Monday.",
            {"Tacoma Police Federation": "ORGANIZATION"},
        ),
        (
            "Officers with the Harlow Township Police Department closed the road.",
            {"Harlow Township Police Department": "ORGANIZATION"},
        ),
        (
            "The Marrow-Dale Police Department said a woman was hit by a car.",
            {"Marrow-Dale Police Department": "ORGANIZATION"},
        ),
    ],
)
def test_near_misses_keep_their_names(extractor: EntityExtractor, body: str, kept: dict[str, str]) -> None:
    types = types_of(entities_of(extractor, body))
    assert {name: types.get(name) for name in kept} == kept, types


def _found(text: str, places: tuple[str, ...] = ()) -> list[str]:
    return [text[s:e] for s, e in local_bodies(text, lambda words: words in places)]


@pytest.mark.parametrize(
    ("text", "places", "found"),
    [
        ("Deputies of the Ashby County Sheriff's Office came.", (), ["Ashby County Sheriff's Office"]),
        ("Former Tarvo Police Department officers sued.", (), ["Tarvo Police Department"]),
        ("The Kelby Water Board met.", ("Kelby",), ["Kelby Water Board"]),
        ("On Monday Kelby Police arrested him.", ("Kelby",), ["Kelby Police"]),
        ("Kelby Police Chief Jo Vale spoke.", ("Kelby",), ["Kelby Police"]),
        ("The Marlow County Board of Education voted.", (), ["Marlow County Board of Education"]),
    ],
)
def test_the_rule_reads_the_place_before_the_kind(
    text: str, places: tuple[str, ...], found: list[str]
) -> None:
    assert _found(text, places) == found


@pytest.mark.parametrize(
    "text",
    [
        "The Kelby Water Board met.",  # a weak kind after no known place
        "Kessel Rail Police patrol the trains.",
        "The Kelby Police Federation met.",  # a weak kind before another capitalised word
        "Riot police fired tear gas.",
        "The Police Department said.",  # no place before the kind
        "Officers of the County Sheriff's Office came.",  # a level alone
        "Scandal Rocks Kelby's Public Schools",  # an owner, no name
    ],
)
def test_the_rule_finds_no_body_without_a_place(text: str) -> None:
    assert _found(text) == []


class _CountedCandidates(list[Candidate]):
    """The model's candidates, counting the walks over them."""

    walks = 0

    def __iter__(self) -> Iterator[Candidate]:
        self.walks += 1
        return super().__iter__()


def test_the_bodies_of_a_long_field_walk_the_candidates_once() -> None:
    """Each body looks only at the candidates that may overlap it: the cost of a field stays
    linear however many bodies it names (every body had walked every candidate)."""
    text = "The Tarvo Police Department said. " * 200
    here = _CountedCandidates(
        Candidate("body", at, at + 5, "LOCATION", "model") for at in range(4, len(text), 34)
    )
    found = place_body_cands("body", text, here, lambda words: False)
    assert len(found) == 200
    assert here.walks <= 1


@pytest.mark.parametrize(
    ("spans", "found"),
    [
        ([(4, 9)], ["Tarvo Police Department"]),  # the place inside: the body over it
        ([(0, 9)], []),  # a longer name from before it
        ([(4, 36)], []),  # a longer name past it
        ([(4, 27), (30, 36)], ["Tarvo Police Department"]),  # the name itself, a name after it
    ],
)
def test_a_body_gives_way_only_to_a_longer_name(spans: list[tuple[int, int]], found: list[str]) -> None:
    text = "The Tarvo Police Department said it would."
    here = [Candidate("body", s, e, "ORGANIZATION", "model") for s, e in spans]
    bodies = place_body_cands("body", text, here, lambda words: False)
    assert [text[c.start : c.end] for c in bodies] == found


@pytest.mark.parametrize(
    ("text", "places", "found"),
    [
        # spaces between a weak kind and another capitalised word: still another body's name
        ("The Kelby Police  Federation met.", ("Kelby",), []),
        ("The Kelby Police \tFederation met.", ("Kelby",), []),
        # a possessive tail is looked up as written: "Mary's" is no town "Mary"
        (
            "Deputies of the St. Mary's County Sheriff's Office came.",
            ("Mary",),
            ["St. Mary's County Sheriff's Office"],
        ),
    ],
)
def test_review_of_the_rules_edges(text: str, places: tuple[str, ...], found: list[str]) -> None:
    assert _found(text, places) == found


def test_no_listed_opener_is_already_a_stop_word() -> None:
    """`_place_word` rejects spaCy's stop words first: a listed one would be dead."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from consumer.entities.rules import local_bodies as rule
    from consumer.lexicon import MONTH_NAMES, WEEKDAYS

    dates = {w.title() for w in (*MONTH_NAMES, *WEEKDAYS)}
    assert sorted(w for w in rule._NOT_PLACE_WORDS - dates if w.lower() in STOP_WORDS) == []
