"""Sport copy's own shapes (``consumer.entities.team_sheets``): the surnames of a team sheet are
players, not the towns the gazetteer knows by those names; a club's prefix and its city ("Inter
Lyon") are one body; "Said" opening an inverted attribution before a place is the verb. Near
misses keep their readings: a list of venues, a sheet outside sport, a runner named Said, a
prefix no club has. Names and sentences are made up (the towns are real, the players not)."""

from __future__ import annotations

import re

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.team_sheets import team_sheets
from consumer.events import EntityType, TextField
from tests.unit.entity_texts import entities_of, types_of

_SPORT = " The squad trained on Friday before the match, the coach said."
_FIELD: TextField = "body"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _cands(text: str, names: list[tuple[str, EntityType]]) -> list[Candidate]:
    """One candidate per (name, type), at the name's first whole-word occurrence no candidate covers."""
    cands: list[Candidate] = []
    for name, kind in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if all(m.end() <= c.start or c.end <= m.start() for c in cands):
                cands.append(
                    Candidate(_FIELD, m.start(), m.end(), kind, "gazetteer" if kind == "LOCATION" else "ner")
                )
                break
    return cands


def _read(text: str, names: list[tuple[str, EntityType]], gazetteer: Gazetteer) -> list[tuple[str, str]]:
    cands = _cands(text, names)
    team_sheets(cands, {_FIELD: text}, gazetteer)
    return [(text[c.start : c.end], c.type) for c in cands]


_SHEET_PLAYERS = [("Whitby", "LOCATION"), ("Kendal", "LOCATION"), ("Buxton", "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        # a squad's label
        "Replacements: Moyle, Whitby, Kendal, Tolland, Buxton." + _SPORT,
        "Subs not used: Brennan, Whitby, Quayle, Kendal, Buxton." + _SPORT,
        # a side's name and a colon, two items the story's people carry, initials and notes
        "Ravi Whitby and Tom Kendal scored."
        + _SPORT
        + " Harwick: G Moyle (capt), Whitby, Kendal; Quayle, Buxton.",
    ],
)
def test_a_team_sheets_towns_are_its_players(text: str, gazetteer: Gazetteer) -> None:
    people = [("Ravi Whitby", "PERSON"), ("Tom Kendal", "PERSON")] if "Ravi" in text else []
    read = dict(_read(text, people + _SHEET_PLAYERS, gazetteer))
    assert [read[n] for n, _ in _SHEET_PLAYERS] == ["PERSON"] * 3, read


def test_a_sheets_item_the_model_read_as_a_work_or_a_body_is_a_player(gazetteer: Gazetteer) -> None:
    text = "Subs: Moyle, Fortune, Kendal, Tolland, Quayle." + _SPORT
    cands = [
        Candidate(_FIELD, text.index("Fortune"), text.index("Fortune") + 7, "MISC", "ner"),
        Candidate(_FIELD, text.index("Tolland"), text.index("Tolland") + 7, "ORGANIZATION", "ner"),
        Candidate(_FIELD, text.index("Quayle"), text.index("Quayle") + 6, "ORGANIZATION", "rule"),
    ]
    team_sheets(cands, {_FIELD: text}, gazetteer)
    assert [c.type for c in cands] == ["PERSON", "PERSON", "ORGANIZATION"]


def test_a_place_in_an_items_note_keeps_its_type(gazetteer: Gazetteer) -> None:
    text = "Replacements: Moyle (Darwin), Whitby, Kendal, Tolland, Buxton." + _SPORT
    read = dict(_read(text, [("Darwin", "LOCATION"), *_SHEET_PLAYERS], gazetteer))
    assert read["Darwin"] == "LOCATION"
    assert read["Whitby"] == "PERSON"


def test_a_side_before_the_sheets_colon_is_the_side_and_no_part_of_a_player(gazetteer: Gazetteer) -> None:
    text = "Ravi Moyle and Ed Quayle scored." + _SPORT
    text += " Carlisle: Moyle, Whitby, Kendal, Quayle. Subs: Brennan, Tolland, Pryce, Oakes."
    cands = _cands(text, [("Carlisle", "LOCATION"), ("Ravi Moyle", "PERSON"), ("Ed Quayle", "PERSON")])
    run_on = Candidate(_FIELD, text.index("Subs"), text.index("Brennan") + len("Brennan"), "PERSON", "ner")
    cands.append(run_on)
    team_sheets(cands, {_FIELD: text}, gazetteer)
    assert cands[0].type == "ORGANIZATION"
    assert text[run_on.start : run_on.end] == "Brennan"


@pytest.mark.parametrize(
    "text",
    [
        # a list of venues: no squad's label, no player's name among them
        "Venues: Whitby, Kendal, Buxton, Hastings and Darwin." + _SPORT,
        # a squad's label outside sport
        "Team: Whitby, Kendal, Buxton, Hastings. The towns bid for the grant.",
        # most items longer names: no team sheet of surnames
        "Replacements: Whitby Old Town, Kendal Castle Hill, Buxton, Hastings Pier Road." + _SPORT,
        # three items only
        "Subs: Whitby, Kendal, Buxton." + _SPORT,
    ],
)
def test_near_misses_keep_their_places(text: str, gazetteer: Gazetteer) -> None:
    read = dict(_read(text, _SHEET_PLAYERS, gazetteer))
    assert [read[n] for n, _ in _SHEET_PLAYERS] == ["LOCATION"] * 3, read


@pytest.mark.parametrize(
    ("text", "city", "club"),
    [
        ("The defeat, with Inter Lyon's win on Sunday, ends the run.", "Lyon", "Inter Lyon"),
        ("He has been linked with Sporting Porto and two others.", "Porto", "Sporting Porto"),
        ("Fans of Dynamo Minsk cheered.", "Minsk", "Dynamo Minsk"),
        ("Real Seville asked for an option on the winger.", "Seville", "Real Seville"),
    ],
)
def test_a_clubs_prefix_and_its_city_are_the_club(
    text: str, city: str, club: str, gazetteer: Gazetteer
) -> None:
    assert _read(text, [(city, "LOCATION")], gazetteer) == [(club, "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Royal Seville hosted the fair.", "Seville"),  # no club's prefix
        ("It was real. Lyon hosted the fair.", "Lyon"),  # a sentence between
        ("Fans of Realm Porto cheered.", "Porto"),
    ],
)
def test_no_prefix_no_club(text: str, city: str, gazetteer: Gazetteer) -> None:
    assert _read(text, [(city, "LOCATION")], gazetteer) == [(city, "LOCATION")]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ('Said Scotland coach Ravel Doune: "We were poor."', "Said Scotland", "Scotland"),
        ('It ended 2-2. Said Norway captain Ivo Marsh, "A fair result."', "Said Norway", "Norway"),
        ('The side lost.\nSaid Lyon manager Jo Roe: "Sad."', "Said Lyon", "Lyon"),
    ],
)
def test_said_opening_an_attribution_is_the_verb(
    text: str, name: str, place: str, gazetteer: Gazetteer
) -> None:
    assert _read(text, [(name, "PERSON")], gazetteer) == [(place, "LOCATION")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Said Ali won the 5,000m race in Oslo on Friday.", "Said Ali"),  # no attribution after
        ('The winner, Said Oslo: "Great."', "Said Oslo"),  # no sentence's start
        ('Said Tarrow told us: "Fine."', "Said Tarrow"),  # no place
    ],
)
def test_said_before_a_name_stays_a_name(text: str, name: str, gazetteer: Gazetteer) -> None:
    assert _read(text, [(name, "PERSON")], gazetteer) == [(name, "PERSON")]


def test_a_team_sheet_in_a_story_leaves_no_towns_or_bodies(extractor: EntityExtractor) -> None:
    body = (
        "Tom Preston scored twice and Ravi Carlisle added a third as Harwick won the match."
        + _SPORT
        + "\n\nHarwick: Moyle, Preston, Carlisle, Brennan, Whitby, Kendal, Lincoln. "
        + "Subs: Buxton, Tolland, Hastings, Darwin."
    )
    found = types_of(entities_of(extractor, body))
    assert found.get("Tom Preston") == "PERSON"
    for player in ("Lincoln", "Buxton", "Tolland", "Whitby", "Kendal", "Hastings"):
        assert found.get(player) in (None, "PERSON"), found
