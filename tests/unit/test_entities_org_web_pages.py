"""Organisations the model reads on long web pages that are none, pinned on texts written for the
test (issue 11). A city the model reads as a body is a club only in a story about sport; a long
feature's incidental "landing points" or "won a prize" far from the name makes no story about
sport, so the city stays a place. A report on a game says so in its lead or near the name."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of

_FILL = (
    "The engineers laid the cable over many months and checked each joint by hand. "
    "They tested the line at night and wrote reports about every fault they found. "
) * 4
_LEAD = "Cables carry most of the traffic of the modern internet.\n\n"


def _feature(aside: str, last: str) -> str:
    """A long feature: a lead without sport, a word of sport in a paragraph far from the end."""
    return f"{_LEAD}{_FILL}\n\n{aside}\n\n{_FILL}\n\n{last}"


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            _feature(
                "The team won a prize for the design.",
                "It runs past Sri Lanka, Mumbai, and Karachi, further west to Muscat and Djibouti City.",
            ),
            "Karachi",
        ),
        (
            _feature(
                "One of the players in the market is a firm from Texas.",
                "The firm is working on a cable that will run from Halifax in Nova Scotia to England.",
            ),
            "Halifax",
        ),
        (
            _feature(
                "The line touches 39 landing points in 33 countries.",
                "Smoke from the fires drifted over Edmonton, which lies far to the north.",
            ),
            "Edmonton",
        ),
    ],
)
def test_a_word_of_sport_far_from_a_city_makes_no_club(
    extractor: EntityExtractor, body: str, city: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(city) == "LOCATION", types


@pytest.mark.parametrize(
    "body",
    [
        "Halifax beat Leeds 3-1 on Saturday.\n\n" + _FILL + "\n\nFans said Halifax deserved it.",
        _LEAD + _FILL + "\n\nThe coach said Halifax had played its best game of the season.",
    ],
)
def test_a_city_in_a_report_on_a_game_stays_its_club(extractor: EntityExtractor, body: str) -> None:
    """Sport in the lead, or in the sentence of the name: the city stands for its club."""
    types = types_of(entities_of(extractor, body))
    assert types.get("Halifax") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "company", "title"),
    [
        (
            "Ellen Vardy, CEO of Quillon Therapeutics, a startup in Basel, said the deal was fair.",
            "Quillon Therapeutics",
            "CEO of Quillon Therapeutics",
        ),
        (
            "The plan was backed by Mara Tull, Founder and CEO of Brightwater Foods, a snack maker in Ohio.",
            "Brightwater Foods",
            "CEO of Brightwater Foods",
        ),
        (
            "Jo Penn, Chairman of the Harlow Group, a property company, resigned.",
            "Harlow Group",
            "Chairman of the Harlow Group",
        ),
        (
            "Tom Reyes, President of Calder Mining, the largest firm in the valley, said output fell.",
            "Calder Mining",
            "President of Calder Mining",
        ),
    ],
)
def test_an_officers_title_before_a_described_company_is_cut_off(
    extractor: EntityExtractor, body: str, company: str, title: str
) -> None:
    """ "Jo Roe, CEO of X, a startup": the apposition describes X; the title is the person's."""
    types = types_of(entities_of(extractor, body))
    assert types.get(company) == "ORGANIZATION", types
    assert title not in types, types


def test_a_body_named_with_of_keeps_its_whole_name(extractor: EntityExtractor) -> None:
    """ "Bank of Kelso" opens with no officer's title: the apposition's name stays whole."""
    types = types_of(entities_of(extractor, "The Bank of Kelso, a lender in Texas, cut rates."))
    assert types.get("Bank of Kelso") == "ORGANIZATION", types
    assert "Kelso" not in types, types


@pytest.mark.parametrize(
    ("body", "person", "body_name"),
    [
        (
            "Before the vote, Minister in the Ministry of Finance Brian Manning said the issue was simple.",
            "Brian Manning",
            "Ministry of Finance",
        ),
        ("He joined Arts Educator Owen Ellis on stage for the webinar.", "Owen Ellis", None),
        (
            "Speaking for the Department of Labour Thomas Reed said wages rose.",
            "Thomas Reed",
            "Department of Labour",
        ),
        ("Guests included Dance Educator Maria Lopez and her students.", "Maria Lopez", None),
    ],
)
def test_a_person_named_at_the_end_of_a_body_is_a_person(
    extractor: EntityExtractor, body: str, person: str, body_name: str | None
) -> None:
    """The model runs a body's name or a title into the name after it: the person is split off,
    the body kept only when its own words name one."""
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
    assert not any(kind == "ORGANIZATION" and person in name for name, kind in types.items()), types
    if body_name is not None:
        assert types.get(body_name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("Grants came from the Walt Disney Company and a local trust.", "Walt Disney Company"),
        ("The deal was struck by Morgan Stanley on Monday.", "Morgan Stanley"),
        ("Brigham Young University said the game would go ahead.", "Brigham Young University"),
    ],
)
def test_a_body_named_after_a_person_stays_whole(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types
    assert "PERSON" not in types.values(), types


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Builders could install heat pumps. “But that’s not going to happen on its own,” Hauser said.",
            "Hauser",
        ),
        ('"He cries every time he watches the news," Yohannes said.', "Yohannes"),
        ("“But that’s not going to happen on its own,” Sterling said.", "Sterling"),
    ],
)
def test_one_name_word_after_a_quotation_and_before_said_is_the_speaker(
    extractor: EntityExtractor, body: str, speaker: str
) -> None:
    """A surname alone attributing a quotation is a person, not the body the model read."""
    types = types_of(entities_of(extractor, body))
    assert types.get(speaker) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("“Our stores will stay open,” Walmart said.", "Walmart"),
        ("“We will appeal the ruling,” Google said on Monday.", "Google"),
        ("“We will appeal the ruling,” Harlow Logistics said.", "Harlow Logistics"),
    ],
)
def test_a_body_attributing_a_quotation_stays_a_body(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    """A body the gazetteer knows, or a name of two words, keeps the model's reading."""
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Mars is the fourth planet.\n\nOrbital characteristics\n\nThe axis of Mars is tilted.", "Orbital"),
        ("The planet has two moons.\n\nChemical makeup\n\nMars likely has a solid core.", "Chemical"),
        ("The app is popular.\n\nDigital services\n\nUsers can pay bills online.", "Digital"),
    ],
)
def test_the_first_word_of_a_sentence_case_heading_is_no_body(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    """A short line with a capitalised first word and lower-case words after it is a heading."""
    types = types_of(entities_of(extractor, body))
    assert word not in types, types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("Harlow Logistics said on Monday it would open a depot in Ohio.", "Harlow Logistics"),
        ("Harlow Logistics expands\n\nThe firm moves freight across Ohio and Texas.", "Harlow Logistics"),
        ("Google updates\n\nGoogle said on Monday it would change its search page.", "Google"),
    ],
)
def test_a_body_in_prose_or_on_a_line_of_its_own_stays(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "surname"),
    [
        (
            "The state epidemiologist Anders Tegnell gave the update on Monday. A tattoo artist drew "
            "Tegnell's stern face on his arm. The soft-spoken but firm Tegnell often seems calm.",
            "Tegnell",
        ),
        (
            "The city's mayor, Ruth Marlowe, spoke on Monday. Critics expected a retreat, but the quiet "
            "yet firm Marlowe refused to resign.",
            "Marlowe",
        ),
        (
            "Coach Tunde Okafor met the board on Friday. A very firm Okafor told the board that the club "
            "would not sell its best player.",
            "Okafor",
        ),
    ],
)
def test_firm_as_an_adjective_makes_no_company(extractor: EntityExtractor, body: str, surname: str) -> None:
    """ "but firm Roe", "a very firm Roe": the adjective, not the company noun ("internet firm X")."""
    types = types_of(entities_of(extractor, body))
    assert not any(kind == "ORGANIZATION" and surname in name for name, kind in types.items()), types


def test_a_company_noun_before_a_name_still_makes_a_company(extractor: EntityExtractor) -> None:
    body = "The deal was made by the internet firm Quorly and the chip giant Velant on Monday."
    types = types_of(entities_of(extractor, body))
    assert types.get("Quorly") == "ORGANIZATION", types
    assert types.get("Velant") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "Sections\n\nKitchen Design Trends\n\nOur writers follow kitchen design trends each season.",
            "Kitchen Design Trends",
        ),
        (
            "Sections\n\n- Home Design Trends\n\nOur writers follow home design trends and report on them.",
            "Home Design Trends",
        ),
        (
            "Sections\n\n3. Garden Design Trends\n\nOur writers follow garden design trends each year.",
            "Garden Design Trends",
        ),
        (
            "Today's Market Wrap\n\nOpening Trade Watch\n\nStocks rose on Monday as opening trade was calm, "
            "and traders watch the Fed.",
            "Opening Trade Watch",
        ),
    ],
)
def test_a_line_of_common_words_the_story_writes_in_lower_case_is_no_body(
    extractor: EntityExtractor, body: str, label: str
) -> None:
    """A menu entry or a list label: a line of its own (or a bullet's, or a list number's) made of
    words the story also writes in lower case."""
    types = types_of(entities_of(extractor, body))
    assert label not in types, types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        # named in prose too
        (
            "Sections\n\nHome Design Trends\n\nOur writers follow Home Design Trends and report on them.",
            "Home Design Trends",
        ),
        # words the story never writes in lower case: a coined name
        ("Sections\n\nHome Design Trends\n\nOur writers follow the trends.", "Home Design Trends"),
        (
            "Today\n\nOpening Trade Watch\n\nStocks rose on Monday as Opening Trade Watch said.",
            "Opening Trade Watch",
        ),
    ],
)
def test_a_line_label_named_in_prose_or_of_coined_words_stays(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types
