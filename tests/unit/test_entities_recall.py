"""Entity recall classes (session nineteen), each pinned on small texts written for the test.

No name here is in a lexicon of the project: the rules are about the class, not the example.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

# --------------------------------------------------------------------------- named days


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("Retailers expect record sales on Singles Day this year.", "Singles Day"),
        ("The bakery closes at Christmas and reopens in January.", "Christmas"),
        ("Families gathered for Thanksgiving at the farm.", "Thanksgiving"),
        ("Crowds lined the streets on Founders Day in the small town.", "Founders Day"),
        ("They marked Veterans Day with a parade past the old mill.", "Veterans Day"),
    ],
)
def test_a_named_day_the_model_reads_as_a_date_is_an_event(
    extractor: EntityExtractor, body: str, day: str
) -> None:
    """A holiday or named day is an EVENT by the conventions; the model tags it DATE, which
    the stage otherwise drops."""
    assert _types(_entities(extractor, body)).get(day) == "EVENT"


@pytest.mark.parametrize(
    "body",
    [
        "Today the council meets to discuss the budget.",
        "The shop shut on Monday and reopened on Tuesday.",
        "The Day after the vote, markets fell sharply.",
        "Profits rose in the Second Quarter, the firm said.",
        "The fair ran through the Holiday Season in the valley.",
        "The plant will reopen in early November after repairs.",
        "Output rose in Spring 2020, the report said.",
    ],
)
def test_calendar_and_relative_dates_make_no_event(extractor: EntityExtractor, body: str) -> None:
    """Weekdays, months, seasons, quarters and relative days stay dates, however capitalised."""
    assert [e for e in _entities(extractor, body) if e.type == "EVENT"] == []


# --------------------------------------------------------------------------- named plans and laws


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "China has signed deals under the Belt and Road Initiative with many countries.",
            "Belt and Road Initiative",
        ),
        ("The Belt and Road Initiative has drawn criticism from rivals.", "Belt and Road Initiative"),
        ("Under the Made in Asia Plan, factories will grow faster.", "Made in Asia Plan"),
        ("Farmers protested against the Quiet Rivers Pact in the capital.", "Quiet Rivers Pact"),
    ],
)
def test_a_plan_or_law_named_after_the_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    """A title-case name after "the" that ends in its kind (Initiative, Plan, Act, Pact, ...) is
    MISC, whole, even where the model tags nothing or stops before the kind word."""
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "He criticised the Mayor's Plan at the meeting.",
        "The plan was approved by the council on Tuesday.",
        "Aid was delivered by the World Food Programme in the north.",
    ],
)
def test_no_plan_without_a_name_or_with_a_possessive(extractor: EntityExtractor, body: str) -> None:
    names = {e.name for e in _entities(extractor, body) if e.type == "MISC"}
    assert not any(n.endswith(("Plan", "Programme")) for n in names), names


# --------------------------------------------------------------------------- clubs by city and nickname


@pytest.mark.parametrize(
    ("body", "club"),
    [
        ("The Lakers beat the Houston Rockets 110-98 on Tuesday night.", "Houston Rockets"),
        ("Fans of the Cleveland Browns’ defense cheered the game against Baltimore.", "Cleveland Browns"),
        ("Shanghai Shenhua FC beat the visitors in the league on Saturday.", "Shanghai Shenhua FC"),
        ("Caroline Lewis scored 20 points as the Green Bay Packers beat the Detroit Lions.", "Detroit Lions"),
    ],
)
def test_a_city_and_a_plural_nickname_in_a_game_story_is_the_club(
    extractor: EntityExtractor, body: str, club: str
) -> None:
    """The model keeps only the city ("Houston") or reads the pair as a person; in a story
    about a game a city and a plural nickname (or a club suffix) name the club."""
    assert _types(_entities(extractor, body)).get(club) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The team trained in Colorado Springs before the game.", "Colorado Springs", "LOCATION"),
        ("Clay Travis said the visitors won the game on Sunday.", "Clay Travis", "PERSON"),
        ("Texas Republicans won the vote after a long season of campaigning.", "Texas", "LOCATION"),
    ],
)
def test_places_people_and_groups_are_no_clubs(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


# --------------------------------------------------------------------------- the bare "mainland"


@pytest.mark.parametrize(
    "body",
    [
        "Students from the mainland studying in Hong Kong will benefit, officials said.",
        "Visitors from Taiwan crossed to the mainland for the fair.",
        "Rules for mainland graduates working in Macao will be eased next year.",
    ],
)
def test_the_bare_mainland_beside_hong_kong_macao_or_taiwan_is_the_chinese_mainland(
    extractor: EntityExtractor, body: str
) -> None:
    found = {e.name: e for e in _entities(extractor, body)}
    assert found["Chinese mainland"].type == "LOCATION"
    assert [m.text for m in found["Chinese mainland"].mentions] == ["mainland"]


@pytest.mark.parametrize(
    "body",
    [
        "Ferries link the island to the mainland twice a day.",
        "Storms cut the Greek islands off from the mainland for a week.",
    ],
)
def test_a_mainland_elsewhere_is_no_entity(extractor: EntityExtractor, body: str) -> None:
    assert all("mainland" not in m.text for e in _entities(extractor, body) for m in e.mentions)
