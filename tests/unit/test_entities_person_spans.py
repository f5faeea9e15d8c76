"""A person's name as far as it goes, and model "people" whose shape names nobody, pinned on
sentences written for the test: an officer's title in capitals before a name ("CFO", "VP", "GM")
is no part of it; a hyphenated romanised given name before a surname and an apostrophe surname
after a given name are; a verb opening the sentence is not; a footnote mark, a likeness's suffix,
a model code or an owned thing after a possessive make no person of the name."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of as _entities


def _people(extractor: EntityExtractor, body: str) -> set[str]:
    return {e.name for e in _entities(extractor, body) if e.type == "PERSON"}


def _types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    return {e.name: e.type for e in _entities(extractor, body)}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # an officer's title in capitals, after a body's name or alone, before the person
        (
            "Acme Robotics VP Lena Marsh said the deal was done. Marsh spoke to reporters in Ohio.",
            "Lena Marsh",
        ),
        ("The company hired CFO Ravi Tandon last year, and Tandon has cut costs since.", "Ravi Tandon"),
        ("The Ravens GM Ozzie Tandry said the trade was fair.", "Ozzie Tandry"),
        # a hyphenated romanised given name the model left off, before or after the surname
        (
            "Hyun-woo Parkson told reporters that the talks had failed. Parkson left on Monday.",
            "Hyun-woo Parkson",
        ),
        ("Son Heung-min scored twice for the club. Son was named man of the match.", "Son Heung-min"),
        ("Eun-ji Corwin said the company would expand. Corwin is the founder.", "Eun-ji Corwin"),
        # a surname with an apostrophe inside, after the given name the model read alone
        ("The dress worn by Lupita Vanyo'o at the gala cost $150,000, Vanyo'o said.", "Lupita Vanyo'o"),
        ("The dress was designed by Lupita Vanyo'o and sold for $150,000.", "Lupita Vanyo'o"),
        ("We spoke with Marisol Pe'a about the storm. Pe'a lives near the coast.", "Marisol Pe'a"),
        # a verb opening the sentence is cut off the name after it
        ("On Twitter: Follow Wendy Harrow and get more environment and energy news.", "Wendy Harrow"),
        ("Invoking Tobias Renfrew, the senator urged calm.", "Tobias Renfrew"),
        # a footnote mark glued to the name, and an owned thing after a person's possessive
        ("Plus, Dara Quint,11 your lead, was incredibly good. Quint agreed.", "Dara Quint"),
        ("Dara Quint’s Tavern opened on Friday, Quint said.", "Dara Quint"),
    ],
)
def test_the_persons_name_as_far_as_it_goes(extractor: EntityExtractor, body: str, person: str) -> None:
    people = _people(extractor, body)
    assert person in people, people


@pytest.mark.parametrize(
    ("body", "not_a_person"),
    [
        ("Channelling Brennick, he decreed that the union would form a new council.", "Channelling Brennick"),
        ("Channeling Marrow, she sang the old song again.", "Channeling Marrow"),
        ("It had a Dara Quint-ish swagger to it.", "Dara Quint-ish"),
        ("Its lead had a Tobias Renfrew-esque charm, critics said.", "Tobias Renfrew-esque"),
        ("Then came Sebastian’s Theme, the best song of the film.", "Sebastian’s Theme"),
    ],
)
def test_shapes_that_name_no_person(extractor: EntityExtractor, body: str, not_a_person: str) -> None:
    assert not_a_person not in _people(extractor, body)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # near misses keep their reading: a compound adjective, a given name ending in -ing, "GM"
        # alone, a possessive after the whole name, a shop's head word, a sentence's conjunction
        ("Award-winning Jo Marrow said the film was done. Marrow left early.", "Jo Marrow", "PERSON"),
        ("Sterling Marsh said the plan would work.", "Sterling Marsh", "PERSON"),
        ("GM said sales rose 5 percent in March, beating forecasts.", "General Motors", "ORGANIZATION"),
        ("Lupita Roe's dress sold for $150,000 at the auction on Friday.", "Lupita Roe", "PERSON"),
        ("Shoppers lined up at Sam’s Club on Friday morning.", "Sam’s Club", "ORGANIZATION"),
        ("The court heard from Jalen D'Arvy on Monday. D'Arvy denied the charge.", "Jalen D'Arvy", "PERSON"),
    ],
)
def test_near_misses_keep_their_reading(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = _types(extractor, body)
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # head words the model read as a person's surname: papers, trusts, roads, towers, a team
        (
            "A columnist for the Denver Examiner wrote that the plan would fail.",
            "Denver Examiner",
            "ORGANIZATION",
        ),
        ("Roe told the Harlan Sentinel that she would run again.", "Harlan Sentinel", "ORGANIZATION"),
        ("The Helen Marsh Trust gave $2 million to the school.", "Helen Marsh Trust", "ORGANIZATION"),
        (
            "A new sign went up on the Sam Corvell Tollway near the airport.",
            "Sam Corvell Tollway",
            "LOCATION",
        ),
        (
            "The Sox won again. Boston's Red Sox, Sale said, had the best rotation in the league.",
            "Red Sox",
            "ORGANIZATION",
        ),
    ],
)
def test_head_words_end_no_persons_name(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    types = _types(extractor, body)
    assert types.get(name) == kind, types


def test_a_given_name_keeps_a_tower_a_person(extractor: EntityExtractor) -> None:
    # "Tower" ends a building's name only where no given name opens it
    assert _types(extractor, "John Tower said the plan would fail.").get("John Tower") == "PERSON"


@pytest.mark.parametrize(
    ("body", "place", "party"),
    [
        (
            '"He relates," added a Florida Democrat. "Who cares?" asked one Nevada Democrat.',
            "Nevada",
            "Democrat",
        ),
        ('"It will pass," said one Ohio Republican.', "Ohio", "Republican"),
        ('"It is over," said one Iowa Republican.', "Iowa", "Republican"),
        ('"Nobody listens," said one Georgia Democrat.', "Georgia", "Democrat"),
    ],
)
def test_a_partys_member_after_a_state_is_no_person(
    extractor: EntityExtractor, body: str, place: str, party: str
) -> None:
    types = _types(extractor, body)
    assert types.get(party) in (None, "NORP"), types
    assert types.get(place) == "LOCATION", types
    assert not any(kind == "PERSON" for kind in types.values()), types


def test_a_partys_word_before_a_name_leaves_the_person(extractor: EntityExtractor) -> None:
    types = _types(extractor, "Democrat Jo Roe won the seat, beating Republican Dana Marsh.")
    assert types.get("Jo Roe") == "PERSON" and types.get("Dana Marsh") == "PERSON", types
