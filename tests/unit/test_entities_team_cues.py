"""Places that stand for their side in a story about sport (``consumer.entities.team_cues``): a
role after the name ("Portugal coach", "the Wales game", "Lyon defender Jo Roe"), a side's thing
after its possessive ("Norway's defeat by"), a fixture's word before it ("the loss to Chile",
"at home to Peru") or a result after it ("Peru have lost", "Chile v Peru"), and the United
Kingdom's home nations as national sides. Outside sport, for a player's origin ("plays Spain's Jo
Roe") and for a town the story also names as a place, the place stays. Sentences made up for
the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.team_cues import sport_story, team_cue
from tests.unit.entity_texts import entities_of, types_of

_SPORT = " The squad trained on Friday before the match, the coach said."


@pytest.mark.parametrize(
    ("body", "teams"),
    [
        ("Portugal coach Ramon Velez named two new strikers." + _SPORT, ["Portugal"]),
        ("Ravel Doune said he would miss the Wales game with a knee injury." + _SPORT, ["Wales"]),
        ("Former Scotland international Tam Brodie has retired." + _SPORT, ["Scotland"]),
        ("Ivo Marsh was injured in Norway's defeat by Chile last week." + _SPORT, ["Norway"]),
        ("Peru have lost four games in a row since the loss to Chile." + _SPORT, ["Peru", "Chile"]),
        ("England will be at home to Ireland next month." + _SPORT, ["Ireland"]),
        ("Scotland beat Italy 20-13 at home on Saturday." + _SPORT, ["Scotland"]),
        ("Wales v Scotland kicks off at 3pm." + _SPORT, ["Wales"]),
    ],
)
def test_a_place_a_cue_names_as_a_side_is_a_team(
    extractor: EntityExtractor, body: str, teams: list[str]
) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(t) for t in teams] == ["ORGANIZATION"] * len(teams), found


def test_a_country_is_its_side_on_all_its_mentions(extractor: EntityExtractor) -> None:
    body = "Chile coach Ada Varn was pleased." + _SPORT + " Fans flew to Chile on Sunday."
    assert types_of(entities_of(extractor, body)).get("Chile") == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # the same cues outside a story about sport
        ("Portugal's hopes of a deal faded as talks against a deadline stalled.", ["Portugal"]),
        ("The case against Norway was dropped, the court said on Monday.", ["Norway"]),
        ("Scotland has lost 2,000 jobs in a year, the union said.", ["Scotland"]),
        # a player's origin in a contest of players, a town the story also names as a place
        ("The top seed plays Spain's Rosa Velle in the second round." + _SPORT, ["Spain"]),
        ("Lyon defender Ansel Gire lives in Lyon with his family." + _SPORT, ["Lyon"]),
        # a role word of other trades with no person after it
        ("The Brazil player market grew fast." + _SPORT, ["Brazil"]),
    ],
)
def test_places_without_a_side_stay_places(extractor: EntityExtractor, body: str, places: list[str]) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(p) for p in places] == ["LOCATION"] * len(places), found


def test_a_story_about_sport_needs_three_words_of_sport() -> None:
    assert sport_story(["The squad", "won the match, the coach said."])
    assert not sport_story(["The match of goals and goal posts"])  # a word and its plural are one
    assert not sport_story(["The coach left at noon.", "The bank's league table"])


@pytest.mark.parametrize(
    ("text", "name", "cued"),
    [
        ("the Italy side lost again", "Italy", True),
        ("the Italy side of the border", "Italy", False),
        ("beating Chile 3-0 on Sunday", "Chile", True),
        ("Chile 3.5 percent", "Chile", False),
        ("Chile faces stiff competition", "Chile", False),
        ("Chile face Peru on Sunday", "Chile", True),
    ],
)
def test_the_cue_reads_only_the_words_next_to_the_name(text: str, name: str, cued: bool) -> None:
    start = text.index(name)
    assert team_cue(text, start, start + len(name)) is cued


@pytest.mark.parametrize(
    ("surface", "side"),
    [
        ("Kelbridge Stadium", False),  # a venue after "at" or "against" is no side
        ("Dunmore Park", False),
        ("the Marden Country", False),  # a region
        ("Tarrow", True),
        ("West Tarrow", True),  # a compass word alone says nothing: clubs are named so
        ("Tarrow Rovers", True),
    ],
)
def test_a_venue_or_a_region_the_model_read_as_a_place_is_no_side(surface: str, side: bool) -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.team_cues import _team_place

    cand = Candidate("body", 0, len(surface), "LOCATION", "ner")
    assert _team_place(cand, None, surface) is side


def test_a_side_s_leaders_and_its_injuries_make_a_story_about_sport() -> None:
    """Session 42: a football or rugby story told through its captain, keeper and an injury."""
    assert sport_story(["Tarvo captain Ola Denn is out", "with a hamstring strain; the keeper is fit."])
    assert sport_story(["The holders were unbeaten until the cup defeat in March."])
    # two such words are not enough, nor the ordinary words of a firm's or a court's story
    assert not sport_story(["The captain of the ferry reported an injury on board."])
    assert not sport_story(["The injury claim was heard in court; the firm's chief resigned."])


def test_a_cue_is_heard_in_a_story_its_leaders_tell(extractor: EntityExtractor) -> None:
    body = (
        "Peru have lost four games in a row. Captain Ivo Marsh blamed the injury to their keeper, "
        "who will miss the rest of the month."
    )
    assert types_of(entities_of(extractor, body)).get("Peru") == "ORGANIZATION"


def test_a_player_s_surname_read_as_an_unknown_place_is_no_side() -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.team_cues import cued_teams

    text = (
        "Nadia Korvell lost to Mira Tesko. The coach said the match against Tesko was tight, "
        "the squad agreed."
    )
    tesko = text.rindex("Tesko")
    person = Candidate("body", text.index("Mira"), text.index("Mira") + len("Mira Tesko"), "PERSON", "ner")
    surname = Candidate("body", tesko, tesko + len("Tesko"), "LOCATION", "ner")
    assert cued_teams([(person, None), (surname, None)], {"body": text}) == set()
    # the same name with no person of that surname in the story is the side
    assert cued_teams([(surname, None)], {"body": text}) == {"tesko"}


@pytest.mark.parametrize(
    ("text", "name", "cued"),
    [
        ("he stays with French side Lille next season", "Lille", True),
        ("a return to his old club Porto is off", "Porto", True),
        ("a win over title rivals Genoa", "Genoa", True),
        # a kind word not right before the name, or part of a hyphened word, is no cue
        ("on the far side of Lille", "Lille", False),
        ("the club said Porto was cold", "Porto", False),
        ("champions and Genoa fans", "Genoa", False),
        ("the blind-side Genoa", "Genoa", False),
    ],
)
def test_a_side_s_kind_right_before_the_name_is_a_cue(text: str, name: str, cued: bool) -> None:
    start = text.index(name)
    assert team_cue(text, start, start + len(name)) is cued


def test_a_club_named_after_its_kind_is_a_team(extractor: EntityExtractor) -> None:
    body = "Winger Tam Ouddle will stay with French side Lille next season." + _SPORT
    assert types_of(entities_of(extractor, body)).get("Lille") == "ORGANIZATION"
