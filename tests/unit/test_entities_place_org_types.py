"""Places typed as organisations and back: buildings by their head word (a monument, a courthouse,
a cathedral or a hotel that does not speak), a building's kind alone after its full name, a club
named by its city alone, a city and a singular nickname in a story about a game, and a country
before a match's score. Sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("The crack in the Talmont Monument grew wider after the quake.", "Talmont Monument"),
        ("Tourists gathered outside the Dunmore Monument on Sunday.", "Dunmore Monument"),
        ("The Marlow County Courthouse was closed for repairs.", "Marlow County Courthouse"),
        ("The Grenmoor Cathedral, the site of state funerals, lost three spires.", "Grenmoor Cathedral"),
        ("He drove her to the Grenvale Hotel on Sixth Avenue.", "Grenvale Hotel"),
        ("The singer stayed at the Hotel Quillon in the old town.", "Hotel Quillon"),
    ],
)
def test_buildings_by_their_head_are_places(extractor: EntityExtractor, body: str, place: str) -> None:
    assert types_of(entities_of(extractor, body)).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a hotel that speaks is the body that runs it
        ("“We are fully booked,” the Grenvale Hotel said on Monday.", "Grenvale Hotel", "ORGANIZATION"),
        (
            "Members of the Hotel Workers and Staff Union walked out.",
            "Hotel Workers and Staff Union",
            "ORGANIZATION",
        ),
        ("The crowd waited outside the Hotel Kestrel Inc for hours.", "Hotel Kestrel Inc", "ORGANIZATION"),
    ],
)
def test_speaking_buildings_and_unions_keep_their_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "place", "kind"),
    [
        (
            "Thousands of teachers surrounded the Ohio Statehouse on Tuesday. Hundreds lined the entrances "
            "to the Statehouse, and bands played from the Statehouse steps.",
            "Ohio Statehouse",
            "Statehouse",
        ),
        (
            "The teachers rallied at the Iowa Statehouse on Tuesday. Later they chanted in a Statehouse "
            "hallway.",
            "Iowa Statehouse",
            "Statehouse",
        ),
        (
            "Protesters gathered at the Marlow County Courthouse on Monday. By noon the Courthouse steps "
            "were full, and police closed the Courthouse doors.",
            "Marlow County Courthouse",
            "Courthouse",
        ),
        (
            "Crowds gathered outside the Dunmore Basilica at dawn. Pilgrims then entered the Basilica for "
            "the mass.",
            "Dunmore Basilica",
            "Basilica",
        ),
    ],
)
def test_a_buildings_kind_alone_is_the_building(
    extractor: EntityExtractor, body: str, place: str, kind: str
) -> None:
    found = entities_of(extractor, body)
    assert [e.type for e in found if e.name == place] == ["LOCATION"]
    assert kind in [m.text for e in found if e.name == place for m in e.mentions]
    assert not [e for e in found if e.name == kind]


def test_a_body_by_its_kind_alone_is_not_joined_to_a_place(extractor: EntityExtractor) -> None:
    body = "Snow closed roads in Marlow County on Monday. The County said crews were out all night."
    found = entities_of(extractor, body)
    assert not [m for e in found if e.name == "Marlow County" for m in e.mentions if m.text == "County"]


@pytest.mark.parametrize(
    ("body", "club", "city"),
    [
        (
            "We break down the snap counts for the Dayton Comets' game against the Omaha Owls. Ward almost "
            "had an interception against Omaha, but the pass went off his hands.",
            "Omaha Owls",
            "Omaha",
        ),
        (
            "The Dayton Comets beat the Omaha Owls 24-17. Dayton led at halftime and Omaha never caught up.",
            "Omaha Owls",
            "Omaha",
        ),
        (
            "Fresno Fury FC and the Tulsa Owls drew 1-1 in the league on Saturday. Fresno had the better "
            "of the match.",
            "Fresno Fury FC",
            "Fresno",
        ),
    ],
)
def test_a_clubs_city_alone_is_the_club(extractor: EntityExtractor, body: str, club: str, city: str) -> None:
    found = entities_of(extractor, body)
    assert [m.text for e in found if e.name == club for m in e.mentions if m.text == city] == [city]
    assert not [e for e in found if e.name == city]


def test_a_clubs_city_marked_as_a_place_stays_the_city(extractor: EntityExtractor) -> None:
    body = (
        "The Omaha Owls lost to the Tulsa Rockets on Sunday. Tulsa scored twice in the fourth quarter to "
        "win the game, and fans in Omaha left early."
    )
    found = entities_of(extractor, body)
    assert [e.type for e in found if e.name == "Omaha"] == ["LOCATION"]
    assert [m.text for e in found if e.name == "Omaha Owls" for m in e.mentions] == ["Omaha Owls"]


def _model_place(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate("body", start, start + len(name), "LOCATION", "ner")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The group match between Lagos Rangers FC and Adelaide Fury of Australia ended 1-1.",
            "Adelaide Fury",
        ),
        ("Brisbane Flame of Australia and Daegu FC met in the group match on Friday.", "Brisbane Flame"),
        ("The striker scored twice as Melbourne Thunder won the league match at home.", "Melbourne Thunder"),
    ],
)
def test_a_city_and_a_singular_nickname_in_a_game_is_the_club(
    extractor: EntityExtractor, text: str, name: str
) -> None:
    # the model reads such pairs as places now and then; made-up pairs it reads otherwise, so the
    # rule is asked about a place candidate directly
    assert extractor._city_club(_model_place(text, name), text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fans queued at Melbourne Park for the singles match on Friday.", "Melbourne Park"),
        ("The striker's goal was shown on a screen by Sydney Harbour after the match.", "Sydney Harbour"),
        ("Adelaide Fury of Australia said the trade talks went well.", "Adelaide Fury"),
    ],
)
def test_a_city_and_a_venue_word_or_no_game_stays_a_place(
    extractor: EntityExtractor, text: str, name: str
) -> None:
    assert not extractor._city_club(_model_place(text, name), text)


@pytest.mark.parametrize(
    ("body", "teams"),
    [
        ("Peru comfortably got past Ecuador 3-0, with Jo Roe winning 6-4, 6-3.", ["Peru", "Ecuador"]),
        ("Norway got past Denmark 2-1 on Tuesday night.", ["Norway", "Denmark"]),
        ("Sweden took on Finland 3-1 in Oslo on Friday.", ["Sweden", "Finland"]),
    ],
)
def test_a_score_after_a_fixtures_verb_makes_teams(
    extractor: EntityExtractor, body: str, teams: list[str]
) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(t) for t in teams] == ["ORGANIZATION"] * len(teams)


def test_a_fixtures_verb_without_score_or_sport_stays_places(extractor: EntityExtractor) -> None:
    found = types_of(entities_of(extractor, "Norway got past Sweden in the fishing talks on Tuesday."))
    assert [found.get("Norway"), found.get("Sweden")] == ["LOCATION", "LOCATION"]


@pytest.mark.parametrize(
    ("body", "street"),
    [
        ("Diners at the restaurant on St Olave Place, Edinburgh, were taken ill.", "St Olave Place"),
        ("He lived on Quarry Place in the old town for years.", "Quarry Place"),
        ("The family moved to a flat at Harlow Terrace near the park.", "Harlow Terrace"),
        ("Police closed the road near Kessel Crescent on Monday.", "Kessel Crescent"),
    ],
)
def test_a_short_streets_name_after_a_preposition_is_the_street(
    extractor: EntityExtractor, body: str, street: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(street) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("She appeared on The Good Place last year.", "Good Place", "MISC"),
        ("Della Street said the case was closed.", "Della Street", "PERSON"),
    ],
)
def test_a_show_or_a_person_keeps_its_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Telvana has done the same with its video service. Comcast could benefit from Telvana's "
            "expertise, and Telvana analyst Jo Roe agreed.",
            "Telvana",
        ),
        (
            "Dunvora has doubled its sales. Investors poured money into Dunvora's new fund, and Dunvora "
            "shares rose.",
            "Dunvora",
        ),
        (
            "Tessmark has done the same with its video service. Viewers came from Tessmark's app, and "
            "Tessmark offers a free plan.",
            "Tessmark",
        ),
    ],
)
def test_a_preposition_before_an_owner_places_no_company(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Marnville has a new park. Residents in the town of Marnville's east side came.", "Marnville"),
        (
            "Rents rose in Harwick this year as families moved to Harwick from the city.",
            "Harwick",
        ),
    ],
)
def test_a_placed_town_stays_a_place(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "school"),
    [
        (
            "Topeka West senior Jo Roe finished second in the 50 yard freestyle at the state meet.",
            "Topeka West",
        ),
        ("Tulsa East diver Sam Reed won the state championship with a score of 401.5.", "Tulsa East"),
        ("Dayton South's Ada Quill won the 100 yard backstroke at the state championship.", "Dayton South"),
    ],
)
def test_a_town_and_a_compass_word_before_a_player_is_a_school(
    extractor: EntityExtractor, body: str, school: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(school) == "ORGANIZATION"


def test_a_town_and_a_compass_word_outside_sport_is_no_school(extractor: EntityExtractor) -> None:
    found = types_of(
        entities_of(extractor, "Topeka West senior officials said the road would reopen on Monday.")
    )
    assert "Topeka West" not in found
    assert found.get("Topeka") == "LOCATION"
