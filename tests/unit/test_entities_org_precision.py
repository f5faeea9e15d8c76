"""Organisations the model reads on web copy that are none, pinned on sentences written for the
test (issue 11): a person's title or trade before a name ("Detective Cowie Massy") makes a
person, never a body; names that open with a title word ("General Motors") stay bodies."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "The woman was charged by Detective Cowie Massy of the Homicide Bureau, following advice.",
            "Cowie Massy",
        ),
        ("Linebacker Sione Takitaki had two tackles for loss in the win.", "Sione Takitaki"),
        ("Trooper Ansel Brogan stopped the car on the interstate near the exit.", "Ansel Brogan"),
    ],
)
def test_a_title_before_a_name_makes_a_person_not_a_body(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
    assert not any(kind == "ORGANIZATION" and person in name for name, kind in types.items()), types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("General Motors said its sales rose in the third quarter.", "General Motors"),
        ("Major League Baseball said the season would start on time.", "Major League Baseball"),
        ("Principal Financial Group reported higher earnings on Monday.", "Principal Financial Group"),
        ("The woman was charged by officers of the Homicide Bureau, police said.", "Homicide Bureau"),
    ],
)
def test_bodies_whose_names_open_with_a_title_word_stay_bodies(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types


def test_a_league_or_a_race_opened_by_a_title_word_is_no_person(extractor: EntityExtractor) -> None:
    """ "Premier" and "Individual" stand before names too; the name's head or the word's kind
    ("individual" is what a person is, no title) keeps them what they were."""
    body = "He scored twice in the Premier League on Saturday and won the Individual Medley on Sunday."
    types = types_of(entities_of(extractor, body))
    assert types.get("Premier League") == "EVENT", types
    assert "PERSON" not in types.values(), types


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Maya Orrin is the Founder & Principal Consultant at Brightleaf, a small design studio.",
            "Founder & Principal Consultant",
        ),
        (
            "Gail Pardoe is the Small Business Marketing Strategist who founded the site.",
            "Small Business Marketing Strategist",
        ),
        (
            "Tom Weller is Director of Growth Marketing for Harbin Logistics, a freight firm in Ohio.",
            "Director of Growth Marketing for Harbin Logistics",
        ),
    ],
)
def test_a_capitalised_job_title_is_no_body(extractor: EntityExtractor, body: str, title: str) -> None:
    """An author's note on a web page: the title is the person's, never an organisation; an
    employer after "for" or "at" stays one."""
    types = types_of(entities_of(extractor, body))
    assert title not in types, types
    if " for " in title:
        assert types.get("Harbin Logistics") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        # session 40: the body named after the office holder's title is whole (``name_tails``)
        (
            "The Executive Office of the President issued a statement on Monday.",
            "Executive Office of the President",
        ),
        ("The story ran in the Sioux Falls Argus on Sunday, with photos.", "Sioux Falls Argus"),
        ("The Managing Director of Acme Holdings said profits would rise.", "Acme Holdings"),
        ("Rena Solt is the Senior Content Editor at Pallway Media and writes about money.", "Pallway Media"),
    ],
)
def test_bodies_near_titles_stay_bodies(extractor: EntityExtractor, body: str, body_name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name", "wrong"),
    [
        (
            "She worked at strategy firm Halden Crest Group.\n\nHer last day is April 1.",
            "Halden Crest Group",
            "Halden Crest Group.",
        ),
        (
            "She started at internet firm Quorly.\n\nPrell's wife sobbed in court as the verdict was read.",
            "Quorly",
            "Quorly. Prell",
        ),
        ("A group called 'We back Ona Prell & co' was set up on the site.", "Ona Prell", "Ona Prell &"),
    ],
)
def test_a_name_ends_before_a_sentence_stop_a_paragraph_or_an_ampersand(
    extractor: EntityExtractor, body: str, name: str, wrong: str
) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names
    assert wrong not in names, names


def test_two_known_bodies_in_a_list_are_two_names(extractor: EntityExtractor) -> None:
    body = "A widespread outage affected Facebook, Instagram and Messenger users worldwide on Tuesday."
    names = {e.name for e in entities_of(extractor, body)}
    assert {"Facebook", "Instagram"} <= names, names
    assert "Facebook, Instagram" not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares rose after the firm Acme Co. said its sales grew.", "Acme Co."),
        (
            "She studied at the University of California, Berkeley, before moving east.",
            "University of California, Berkeley",
        ),
        ("The deal was signed by Marlow Bros. and the city council on Friday.", "Marlow Bros."),
    ],
)
def test_abbreviations_and_places_after_a_comma_keep_the_name_whole(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Her best scene comes in the episode “Harbor Lights Academy,” which aired last spring.",
            "Harbor Lights Academy",
        ),
        ("The band's new single, “Copper Valley Union,” went to number one in May.", "Copper Valley Union"),
        (
            "Coach Brandt said, \"I lost two 'Final Verdicts' and both of them turned out right.\"",
            "Final Verdicts",
        ),
        ("The sketches range from “Culinary Academy” to “Exchange Students” and more.", "Culinary Academy"),
    ],
)
def test_a_name_filling_quotation_marks_is_a_title_not_a_body(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(title) == "MISC", types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("He joined “Google” after college and later left for a rival.", "Google"),
        ('He left for "Acme Corp", a rival, in the spring.', "Acme Corp"),
        ('"Harlow Mining Group said it would close the pit," the union said.', "Harlow Mining Group"),
    ],
)
def test_known_or_suffixed_bodies_and_quote_openers_stay_bodies(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types


def test_a_saint_opening_a_place_makes_no_person(extractor: EntityExtractor) -> None:
    """ "St" is a title before a person's name and the first word of places named for saints."""
    types = types_of(entities_of(extractor, "Ferries between Saba and St Eustatius ran late on Sunday."))
    assert "PERSON" not in types.values(), types


@pytest.mark.parametrize(
    ("body", "name", "street"),
    [
        (
            "Customers lined up outside Rosie's Diner on Main Street early on Sunday.",
            "Rosie's Diner",
            "Main Street",
        ),
        (
            "Guests can book a room at the Lindell House Hotel on Main Street, the oldest in town.",
            "Lindell House Hotel",
            "Main Street",
        ),
        (
            "Visitors can stop at the Tolliver Inn on Bridge Street for lunch.",
            "Tolliver Inn",
            "Bridge Street",
        ),
        (
            "One landmark not to miss is the Harwick Hotel on Main Street, the oldest hotel in the county.",
            "Harwick Hotel",
            "Main Street",
        ),
    ],
)
def test_a_name_and_the_street_it_stands_on_are_two_names(
    extractor: EntityExtractor, body: str, name: str, street: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert name in types, types
    assert types.get(street) == "LOCATION", types


def test_bodies_named_with_on_stay_whole(extractor: EntityExtractor) -> None:
    body = "The Council on Foreign Relations and the Institute on Taxation and Economic Policy both said so."
    types = types_of(entities_of(extractor, body))
    assert types.get("Council on Foreign Relations") == "ORGANIZATION", types
    assert types.get("Institute on Taxation and Economic Policy") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shoppers lined up for the Kestrel Mart ‘Super Saver’ deals on Saturday.", "Kestrel Mart"),
        (
            "The Vale Housing Authority ‘Fresh Start’ programme opened to applicants.",
            "Vale Housing Authority",
        ),
        ("He praised the Orwin Foundation ‘Bright Futures’ grant at the dinner.", "Orwin Foundation"),
        ("The Brackley Savings ‘trust fund’ was drained, the auditors found.", "Brackley Savings"),
    ],
)
def test_a_name_ends_before_an_opening_quotation_mark(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any("‘" in n for n in types), types


def test_quoted_names_after_a_body_stay_apart(extractor: EntityExtractor) -> None:
    body = "The “Harbor Lights” show and the Coastal Arts Council “Spring Gala” drew crowds."
    types = types_of(entities_of(extractor, body))
    assert types.get("Coastal Arts Council") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("surface", "person"),
    [
        ("Trooper Brogan", True),
        ("Detective Cowie Massey", True),
        ("Linebacker Sione Takitaki", True),
        # a title word before one word names firms too: only a police or fire rank makes a person
        ("Admiral Insurance", False),
        ("Pastor Bakeries", False),
        ("Sheriff Software", False),
        ("Colonel Mustard", False),
    ],
)
def test_a_title_before_one_word_makes_a_person_only_after_a_rank(
    extractor: EntityExtractor, surface: str, person: bool
) -> None:
    from consumer.entities.retype.titles import titled_person

    assert titled_person(surface, extractor.gazetteer) is person
