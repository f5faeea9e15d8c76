"""Classes of entity error seen on real copy, each pinned on small texts written for the test.

None of these names is in a lexicon of the project except where a test says so (real market
indices, real diseases, real platforms): the rules are about the class, not the example.
"""

from __future__ import annotations

import re

import pytest

from consumer.entities import EntityExtractor, records, retype, rules, short_forms
from consumer.entities import candidates as candidates_module
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.bodies import speaking_words
from consumer.entities.retype.kinds import _newspaper
from consumer.entities.retype.lists import initials
from consumer.entities.retype.person_context import person_context
from consumer.entities.retype.person_names import _described_person
from consumer.entities.retype.splits import _split_pair
from consumer.entities.retype.titles import no_name
from consumer.events import Article, Body, Entity, EntityType, Source
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types


def _mentioned(entities: list[Entity]) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


# --------------------------------------------------------------------------- gazetteer hits


@pytest.mark.parametrize(
    "body",
    [
        "To the surprise of many, the committee delayed its vote until spring.",
        "Central banks in several economies kept rates on hold this week.",
        "Who will pay for the new bridge remains unclear, the council said.",
    ],
)
def test_capitalised_common_words_are_not_places_or_organisations(
    extractor: EntityExtractor, body: str
) -> None:
    first_word = body.split()[0]
    found = _entities(extractor, body)
    assert first_word not in _mentioned(found)
    assert not any(e.name in ("World Health Organization", "To") for e in found)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Officials in Guangzhou said the port reopened on Monday.", "Guangzhou"),
        ("The delegation flew from Nairobi to Lagos on Tuesday.", "Lagos"),
        ("Heavy rain hit the city of Valencia overnight.", "Valencia"),
    ],
)
def test_real_places_are_still_found(extractor: EntityExtractor, body: str, place: str) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


def test_acronym_needs_capitals() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.lookup("WHO") is not None  # the entry exists; the matcher decides on case


# --------------------------------------------------------------------------- types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The hospital treated 40 patients with COVID-19 last week.", "COVID-19"),
        ("Health workers are tracing contacts after an Ebola case was confirmed.", "Ebola"),
        (
            "Researchers described the spread of Marlow Valley fever among farm workers.",
            "Marlow Valley fever",
        ),
    ],
)
def test_diseases_are_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Both countries signed the Harwick Treaty in the capital on Friday.", "Harwick Treaty", "MISC"),
        ("Lawmakers passed the Coastal Fisheries Act after a long debate.", "Coastal Fisheries Act", "MISC"),
        (
            "Athletes from 40 nations arrived for the Pacific Rim Games this week.",
            "Pacific Rim Games",
            "EVENT",
        ),
        (
            "Exhibitors prepared stands for the Northern Trade Expo in the spring.",
            "Northern Trade Expo",
            "EVENT",
        ),
        ("Students protested outside Dunmore University on Thursday.", "Dunmore University", "ORGANIZATION"),
        ("Flights were cancelled at Kellerby Airport because of fog.", "Kellerby Airport", "LOCATION"),
        # a newspaper's or a company's last word says it is an organisation
        (
            "Reporters left the Dunmore Herald and the Kellerby Courant last year.",
            "Dunmore Herald",
            "ORGANIZATION",
        ),
        ("The contract went to Arven Space Systems on Monday.", "Arven Space Systems", "ORGANIZATION"),
        ("Shares of Talbot Holdings rose after the report.", "Talbot Holdings", "ORGANIZATION"),
        # a record label by its last word
        ("Jane Roe accused Kelby Records of blocking her film.", "Kelby Records", "ORGANIZATION"),
        # a publisher or an imprint by its last word
        ("Her first novel came out with Marla Dunn Books in May.", "Marla Dunn Books", "ORGANIZATION"),
        (
            "The memoir is published by Harlow Creek Publishers this fall.",
            "Harlow Creek Publishers",
            "ORGANIZATION",
        ),
        ("A reprint from Dunmore University Press sold out.", "Dunmore University Press", "ORGANIZATION"),
    ],
)
def test_a_names_head_word_gives_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


# An award is MISC (the ceremony, "... Awards", an EVENT); a statehouse or an observatory is
# the building, a LOCATION, unless it speaks as a body
@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("He was honoured with the Marlow Finch Award for science writing.", "Marlow Finch Award", "MISC"),
        (
            "Scientists used the R.J. Halden Observatory in Chile to study the star.",
            "R.J. Halden Observatory",
            "LOCATION",
        ),
        (
            "Data from the Pine Crest Observatory showed a brighter glow.",
            "Pine Crest Observatory",
            "LOCATION",
        ),
        ("Teachers marched to the Oregon Statehouse on Monday.", "Oregon Statehouse", "LOCATION"),
    ],
)
def test_awards_and_buildings_by_their_head_word(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "The W.T. Marsh Observatory said the telescope would reopen.",
            "W.T. Marsh Observatory",
            "ORGANIZATION",
        ),
        ("She attended the Harlow Film Awards in May.", "Harlow Film Awards", "EVENT"),
    ],
)
def test_a_speaking_observatory_and_an_awards_night_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


# An edition's year after an event's name is part of the name ("the Harbor Open 2020"), and the
# name without it is the same event; a span of years or a year after "in" is not
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("She won the title at the Bayside Open 2019 before retiring.", "Bayside Open 2019"),
        ("Tickets for the Kelby Marathon 2021 sold out in an hour.", "Kelby Marathon 2021"),
        (
            "The Harbour Cup 2018 was played in heavy rain. Fans still talk about the Harbour Cup.",
            "Harbour Cup 2018",
        ),
    ],
)
def test_an_events_year_after_it_is_part_of_its_name(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    events = [e for e in _entities(extractor, body) if e.type == "EVENT"]
    assert [e.name for e in events] == [name]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He played in the Bayside Open 2019-20 season.", "Bayside Open"),
        ("The Kelby Marathon in 2021 was cancelled.", "Kelby Marathon"),
    ],
)
def test_a_span_of_years_or_a_year_apart_stays_out_of_an_events_name(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert [e.name for e in _entities(extractor, body) if e.type == "EVENT"] == [name]


# A fight named by its kind first, "of" and its place or side ("the Siege of Tarnow") is an
# event; lower-case words after "of" and a title-case headline are not read as such a name
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Historians compared the dispute to the Wars of the Roses in England.", "Wars of the Roses"),
        ("The Battle of Kelby Ridge left 2,000 dead in 1862.", "Battle of Kelby Ridge"),
        ("Soldiers who fought in the Siege of Tarnow were honoured on Sunday.", "Siege of Tarnow"),
        ("The Battle of Kelby. Then the troops left.", "Battle of Kelby"),
    ],
)
def test_a_battle_or_war_named_of_a_place_is_an_event(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "EVENT"


def test_a_battle_of_common_words_or_in_a_headline_is_no_event(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "The debate became a battle of ideas, she said.")
    assert not [e for e in found if e.type == "EVENT"]
    found = _entities(extractor, "Budget talks went on.", headline="Battle of Wills Erupts Over Budget")
    assert not [e for e in found if e.type == "EVENT" and e.name.startswith("Battle")]


# A leader's yearly "State of the ..." address or speech is an event named with its kind word;
# the phrase alone ("the State of the Union is strong") is left as it was
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The president will deliver the State of the Union address next week.",
            "State of the Union address",
        ),
        ("The governor gave her State of the State speech on Tuesday.", "State of the State speech"),
        ("In his State of the Nation Address, the president promised jobs.", "State of the Nation Address"),
    ],
)
def test_a_state_of_the_address_is_an_event(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "EVENT"


def test_the_state_of_the_phrase_alone_is_no_event(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor, "The State of the Union is strong, he said. The state of the union was debated."
    )
    assert not [e for e in found if e.type == "EVENT"]


# A position or a code alone in a table's cell ("| WR | Kenji Holt |") is no name
_SNAPS = (
    "Offense snaps\n\n| Pos | Player | Plays |\n\n|---|---|---|\n\n"
    "| WR | Kenji Holt | 61 |\n\n| TE | Omar Vance | 40 |"
)
_DEFENSE = (
    "Defense snaps\n\n| Pos | Player | Plays |\n\n|---|---|---|\n\n"
    "| DL | Tomas Varga | 61 |\n\n| LB | Dane Holt | 70 |\n\n| CB | Ivo Marsh | 68 |"
)


@pytest.mark.parametrize(("body", "codes"), [(_SNAPS, {"WR", "TE"}), (_DEFENSE, {"DL", "LB", "CB"})])
def test_a_code_alone_in_a_table_cell_is_no_name(
    extractor: EntityExtractor, body: str, codes: set[str]
) -> None:
    assert not _mentioned(_entities(extractor, body)) & codes


def test_a_known_body_in_a_table_cell_stays(extractor: EntityExtractor) -> None:
    body = "Contracts by agency\n\n| Agency | Awards |\n\n|---|---|\n\n| NASA | 4 |"
    assert "NASA" in _mentioned(_entities(extractor, body))


# A competition's stage ("in Group D", "the Euro Cup Group F match"): its "Group" is no body
@pytest.mark.parametrize(
    ("body", "not_org"),
    [
        ("Portugal beat Peru 3-0 in Group D on Tuesday.", "Group"),
        (
            "Striker Ola Berg scores during the Euro Cup Group F match between Rapid Lund and Zorya Kharkiv.",
            "Euro Cup Group",
        ),
    ],
)
def test_a_stage_group_is_no_organisation(extractor: EntityExtractor, body: str, not_org: str) -> None:
    assert _types(_entities(extractor, body)).get(not_org) != "ORGANIZATION"


def test_a_company_group_stays(extractor: EntityExtractor) -> None:
    assert (
        _types(_entities(extractor, "Shares of Harwell Group rose 4 percent.")).get("Harwell Group")
        == "ORGANIZATION"
    )


# A kind of connected device in capitals ("Smart TV", "Smart Watch") is no organisation
@pytest.mark.parametrize(
    ("body", "device"),
    [
        ("This set has the best Smart TV interface around.", "Smart TV"),
        ("Get the 42mm Smart Watch for $99 (Originally $129).", "Smart Watch"),
        ("Its Smart Display shows recipes.", "Smart Display"),
    ],
)
def test_a_kind_of_smart_device_is_no_name(extractor: EntityExtractor, body: str, device: str) -> None:
    assert device not in _mentioned(_entities(extractor, body))


def test_a_company_named_smart_stays(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "Shares of Smart Grid Holdings rose 4 percent."))
    assert found.get("Smart Grid Holdings") == "ORGANIZATION"


# Two countries joined by a hyphen before what they share ("the U.S.-Canada border") are two places
@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("He visited the U.S.-Canada border near Detroit.", {"United States", "Canada"}),
        ("The U.S.-Mexico trade pact was signed.", {"United States", "Mexico"}),
    ],
)
def test_two_countries_joined_by_a_hyphen_are_two_places(
    extractor: EntityExtractor, body: str, places: set[str]
) -> None:
    found = _types(_entities(extractor, body))
    assert all(found.get(place) == "LOCATION" for place in places)


def test_a_hyphenated_company_stays_one(extractor: EntityExtractor) -> None:
    assert _types(_entities(extractor, "The Coca-Cola deal closed.")).get("Coca-Cola") == "ORGANIZATION"


# A US state's postal code after a town ("in Alton, NH;") is the state, not a body
@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The regatta runs June 3-5 in Alton, NH; tickets are 10 dollars.", "New Hampshire"),
        ("The finals are Oct. 5-7 in Gladstone, NJ; www.example.org.", "New Jersey"),
    ],
)
def test_a_postal_code_after_a_town_is_the_state(extractor: EntityExtractor, body: str, state: str) -> None:
    assert _types(_entities(extractor, body)).get(state) == "LOCATION"


def test_a_company_after_a_town_stays(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "Workers in Dayton, GE said, will keep their jobs."))
    assert found.get("GE") == "ORGANIZATION"


# A scheme's name before a lower-case "program" is MISC; a body's own programme keeps the body
@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The charity's Clean Stove Grants program funds five projects.", "Clean Stove Grants"),
        (
            "Acme joined the agency's Deep Orbit Logistics Services program in 2018.",
            "Deep Orbit Logistics Services",
        ),
        ("Farmers applied to the Rural Water Loans programme this spring.", "Rural Water Loans"),
    ],
)
def test_a_programme_named_before_program_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Mayo Clinic program expanded to three states.", "Mayo Clinic"),
        ("A Harvard University program trains rural nurses.", "Harvard University"),
    ],
)
def test_a_bodys_own_programme_keeps_the_body(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The S&P 500 fell 1.2 percent while the Nasdaq slipped.", "S&P 500"),
        ("In Hong Kong, the Hang Seng Index closed 300 points lower.", "Hang Seng Index"),
        ("Brent crude rose to 80 dollars a barrel.", "Brent"),
    ],
)
def test_market_indices_are_products(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("The proposal came from Dana Whitcombe, who chairs the panel.", "Dana Whitcombe"),
        ("Speakers at the forum included Kenji Aramaki, Laura Stein and Omar Haddad.", "Kenji Aramaki"),
        ("Local official Wang Jinhai said the road would open next year.", "Wang Jinhai"),
    ],
)
def test_people_are_not_places_or_organisations(extractor: EntityExtractor, body: str, person: str) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


# --------------------------------------------------------------------------- aliases and boundaries


def test_acronym_defined_in_parentheses_joins_its_name(extractor: EntityExtractor) -> None:
    body = (
        "The Northern Grain Trading Board (NGTB) cut its forecast. "
        "The NGTB said the harvest would be smaller than last year's."
    )
    found = _entities(extractor, body)
    boards = [e for e in found if "NGTB" in {m.text for m in e.mentions}]
    assert len(boards) == 1
    assert boards[0].name == "Northern Grain Trading Board"
    assert not any(e.name.endswith("(NGTB") or "(" in e.name for e in found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a listed index under a longer span the model read (a ticker, "Index" after it)
        ("China's Shanghai Composite (SHCOMP) slumped 0.2% on Tuesday.", "Shanghai Composite Index"),
        ("Japan's Topix Index (TPX) rose 0.4% in early trade.", "Topix"),
        ("In Seoul the Kospi Index fell 0.5% by noon.", "Kospi"),
    ],
)
def test_a_listed_index_keeps_its_type_under_a_longer_span(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PRODUCT"


def test_an_unlisted_index_is_no_product(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "The Global Harbour Index (GHI) ranked Tarnby first in 2019.")
    assert "PRODUCT" not in {e.type for e in found}


def test_a_name_never_runs_on_past_a_closing_parenthesis(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "(Valley Courier)Floods hit Tarnby on Monday, the Valley Courier said.")
    assert not any(")" in m.text for e in found for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "start", "end", "person"),
    [
        ("Ostrander, 38, has tried to call her.", 0, 9, True),  # an age in apposition
        ("Velik Tarn, who chairs the board, left.", 0, 10, True),  # "who"
        ("The Bears won after diver Keeran Holt won twice.", 26, 37, True),  # a role right before
        ("Shares of Ostrander, which makes chips, rose.", 10, 19, False),  # "which" is a thing's
        ("Market leader Ostrander fell 3%.", 14, 23, False),  # "leader" may stand before a company
        ("Ostrander, 38 Main Street, was sold.", 0, 9, False),  # an address, not an age
        # a person's role in apposition, with or without an owner before it
        ("Velik Tarn, the company\u2019s chief operating officer, said so.", 0, 10, True),
        ("Velik Tarn, its finance director, left.", 0, 10, True),
        ("Velik Tarn, chief executive of the group, spoke.", 0, 10, True),
        # a role a firm can hold as well: no evidence
        ("Ostrander, the bank\u2019s adviser on the deal, declined.", 0, 9, False),
        ("Ostrander, the asset manager, bought more.", 0, 9, False),
        ("Ostrander, the company\u2019s biggest shareholder, sold.", 0, 9, False),
    ],
)
def test_what_only_a_person_has_next_to_a_name(text: str, start: int, end: int, person: bool) -> None:
    assert person_context(text, start, end, text[start:end], load_gazetteer()) is person


def test_a_question_verb_is_no_part_of_the_name_after_it(extractor: EntityExtractor) -> None:
    body = (
        "Senator Ilsa Varga wants a tax. Will Varga continue to fight? Varga said yes. "
        "Will Ostrow said he agreed."
    )
    found = {e.name: {m.text for m in e.mentions} for e in _entities(extractor, body)}
    assert "Will Varga" not in found
    assert found["Ilsa Varga"] >= {"Ilsa Varga", "Varga"}
    assert "Will Ostrow" in found  # no question: a given name


def test_a_small_towns_name_that_opens_a_fund_is_the_fund(extractor: EntityExtractor) -> None:
    body = "Investors at Whitby Harbor Capital disagree, and Whitby has bought nine papers this year."
    found = {e.name: (e.type, {m.text for m in e.mentions}) for e in _entities(extractor, body)}
    assert found["Whitby Harbor Capital"] == ("ORGANIZATION", {"Whitby Harbor Capital", "Whitby"})


def test_a_place_said_to_be_a_place_stays_one(extractor: EntityExtractor) -> None:
    body = "Whitby Harbor Capital bought the paper. The mill in Whitby closed."
    assert any(e.type == "LOCATION" and e.name == "Whitby" for e in _entities(extractor, body))


@pytest.mark.parametrize(
    ("before", "place"),
    [("We have been to ", True), ("They moved to ", True), ("visiting ", True), ("Investors at ", False)],
)
def test_travel_words_say_a_place_follows(before: str, place: bool) -> None:
    from consumer.entities.span_filters import TRAVEL_BEFORE

    assert (TRAVEL_BEFORE.search(before) is not None) is place


def test_initials_spell_an_acronym() -> None:
    assert initials("Chinese Super League") == "CSL"
    assert initials("China Aerospace Science and Industry Corporation") == "CASIC"
    assert initials("International Monetary Fund") == "IMF"


@pytest.mark.parametrize(
    ("short", "name", "spelled"),
    [
        ("NGB", "Northern Grain Board", True),
        ("HW&P", "Harlow Water & Power Co.", True),  # the ampersand and the suffix
        ("HWP", "Harlow Water & Power Inc", True),
        ("RTC", "Oregon Road Transport Commission", True),  # the place that leads the name
        ("RTC", "Oregon Rail Commission", False),
        ("TC", "Oregon Transport Commission", False),  # two letters are too few to drop a place
        ("BTC", "Marrowby Bay Transit Council", False),  # "Marrowby" is no known place
    ],
)
def test_an_acronym_spells_its_name(short: str, name: str, spelled: bool) -> None:
    from consumer.entities.short_forms import spells_name

    assert spells_name(short, name, load_gazetteer()) is spelled


def test_an_acronym_joins_the_one_name_it_spells(extractor: EntityExtractor) -> None:
    body = (
        "Harlow Water & Power Co. began cutting supply on Monday. HW&P said the cuts would last "
        "two days. The Oregon Road Transport Commission approved the plan, and the RTC will review it."
    )
    found = _entities(extractor, body)
    named = {m.text: e.name for e in found for m in e.mentions}
    assert named.get("HW&P") == named.get("Harlow Water & Power Co.")
    assert named.get("RTC") == named.get("Oregon Road Transport Commission")


def test_surname_joins_the_full_person(extractor: EntityExtractor) -> None:
    body = "Maria de la Fuente won the vote. De la Fuente thanked her supporters, and Fuente smiled."
    people = [e for e in _entities(extractor, body) if e.type == "PERSON"]
    assert len(people) == 1


@pytest.mark.parametrize(
    ("body", "lone"),
    [
        # bodies the model reads as naming a person: the rule, not the model, drops them
        ("The crowd cheered when Marlowe appeared on the balcony of the old hall.", "Marlowe"),
        ("The crowd cheered when Jenkins appeared on the balcony.", "Jenkins"),
        ("Organisers thanked Okafor for the donation to the museum.", "Okafor"),
    ],
)
def test_a_lone_word_no_full_name_carries_is_not_a_person(
    extractor: EntityExtractor, body: str, lone: str
) -> None:
    found = _entities(extractor, body)
    assert not any(e.type == "PERSON" and e.name == lone for e in found)


def test_a_one_word_photographer_in_a_credit_stays_a_person(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "Fans cheer in the stadium on Sunday. (Photo by Marwan/Xinhua)"))
    assert found.get("Marwan") == "PERSON"
    assert found.get("Xinhua") == "ORGANIZATION"


def test_a_lone_name_that_speaks_stays_a_person(extractor: EntityExtractor) -> None:
    body = '"We will rebuild the pier by spring," Jenkins said on Tuesday.'
    found = _types(_entities(extractor, body))
    assert found.get("Jenkins") == "PERSON"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("President Jenkins arrived in the capital on Monday for two days of talks.", "Jenkins"),
        ("Sheriff Harrow arrived at the scene before noon.", "Harrow"),  # no speech verb: the title keeps it
    ],
)
def test_a_lone_name_with_a_title_stays_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PERSON"


def test_a_lone_surname_joins_its_full_name(extractor: EntityExtractor) -> None:
    body = "Gordon Vasquez led the climb. Later, Vasquez reached the summit before noon."
    people = [e for e in _entities(extractor, body) if e.type == "PERSON"]
    assert [e.name for e in people] == ["Gordon Vasquez"]
    assert {m.text for m in people[0].mentions} == {"Gordon Vasquez", "Vasquez"}


def test_a_shared_surname_joins_the_person_named_last(extractor: EntityExtractor) -> None:
    body = (
        "Ruth Okafor and her brother Daniel Okafor run the farm. Daniel Okafor planted wheat "
        "this year. Okafor said the harvest was early."
    )
    people = {e.name: {m.start for m in e.mentions} for e in _entities(extractor, body) if e.type == "PERSON"}
    assert set(people) == {"Ruth Okafor", "Daniel Okafor"}
    assert body.rindex("Okafor said") in people["Daniel Okafor"]


@pytest.mark.parametrize(
    ("body", "team"),
    [
        ("Portugal beat Norway 3-1 in Lisbon. Portugal now lead the group.", "Portugal"),
        ("Chile lost to Peru in the semifinal on Sunday.", "Peru"),
        ("Fans in Oslo watched Sweden vs. Finland on a big screen.", "Finland"),
        ("The hosts earned a 2-1 win over Russia on Tuesday.", "Russia"),
    ],
)
def test_a_country_that_plays_is_its_team(extractor: EntityExtractor, body: str, team: str) -> None:
    found = _entities(extractor, body)
    assert {e.type for e in found if e.name == team} == {"ORGANIZATION"}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Japan faces a recession as exports slow, officials in Tokyo said.", "Japan"),
        ("The ministry imposed sanctions against Russia on Monday.", "Russia"),
        ("Exports to Canada fell 4 percent in May.", "Canada"),
        ("Unemployment in Spain fell to 12 percent in May.", "Spain"),  # a result verb, no other side
        ("Exports from Brazil beat expectations in October.", "Brazil"),
        ("Growth in Germany edged up 0.1 percent.", "Germany"),
        ("It was the Allied victory over Japan in 1945.", "Japan"),  # no score: a war, not a match
    ],
)
def test_a_country_that_does_not_play_stays_a_place(
    extractor: EntityExtractor, body: str, country: str
) -> None:
    found = _entities(extractor, body)
    assert {e.type for e in found if e.name == country} == {"LOCATION"}


@pytest.mark.parametrize(
    "body",
    [
        "AI is changing farming, and AI tools now sort the harvest.",
        "The CEO said the IPO would raise money for new GPU servers.",
        "Doctors ordered an MRI and an ECG before the surgery.",
        "The Torvik comes with AWD, while the base model is RWD with an HDR screen.",
    ],
)
def test_common_noun_abbreviations_are_not_names(extractor: EntityExtractor, body: str) -> None:
    mentioned = _mentioned(_entities(extractor, body))
    assert not mentioned & {"AI", "CEO", "IPO", "GPU", "MRI", "ECG", "AWD", "RWD", "HDR"}


# media, money and chat abbreviations: "on VOD", "VC funds", "WTF"
@pytest.mark.parametrize(
    ("body", "abbreviation"),
    [
        ("Her new series arrives on VOD next month.", "VOD"),
        ("The deal drew interest from VC funds.", "VC"),
        ("Fans asked WTF was going on with the ticket prices.", "WTF"),
    ],
)
def test_media_money_and_chat_abbreviations_are_not_names(
    extractor: EntityExtractor, body: str, abbreviation: str
) -> None:
    assert abbreviation not in _mentioned(_entities(extractor, body))


def test_a_firm_after_an_abbreviation_stays(extractor: EntityExtractor) -> None:
    assert (
        _types(_entities(extractor, "The VC firm Northgate led the round.")).get("Northgate")
        == "ORGANIZATION"
    )


# a cabinet title's portfolio word is part of the title, no body
@pytest.mark.parametrize(
    "body",
    [
        "He met Deputy Secretary of State Ann Mireles on Monday.",
        "Former Secretary of State Paul Renner spoke first.",
        "The Secretary of Commerce announced new tariffs.",
    ],
)
def test_a_cabinet_titles_portfolio_is_no_organisation(extractor: EntityExtractor, body: str) -> None:
    assert not {e.name for e in _entities(extractor, body) if e.type == "ORGANIZATION"}


# the capitalised portfolio before a cabinet title ("Finance Minister") is part of the title too
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The levy was defended by Finance Minister Tomas Ekwueme, who said revenue fell.", "Finance"),
        ("Travellers must isolate, Transport Secretary Imelda Rourke said on Thursday.", "Transport"),
        ("Ms Quist, who served as Energy Minister for six years, said the grid was old.", "Energy"),
    ],
)
def test_a_portfolio_before_a_cabinet_title_is_no_organisation(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    assert word not in _mentioned(_entities(extractor, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Finance Ministry said revenue fell, Finance Minister Tomas Ekwueme said.", "Finance Ministry"),
        ("The Treasury said on Monday that Treasury Secretary Ada Strom would travel.", "Treasury"),
        ("Sinopec Secretary-General Han Li said output would rise.", "Sinopec"),
    ],
)
def test_a_body_beside_a_cabinet_title_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Department of State said visas would resume.", "Department of State"),
        ("A State Department spokesman declined to comment.", "State Department"),
    ],
)
def test_a_department_named_for_its_portfolio_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


# "State-owned", "State-run": the state capitalised before an ownership participle is no body
@pytest.mark.parametrize(
    "body",
    [
        "The lab is run by the State-owned shipbuilder Harbin Marine.",
        "The State-run broadcaster aired the speech.",
        "The company is a State-backed lender.",
    ],
)
def test_capitalised_state_owned_is_no_organisation(extractor: EntityExtractor, body: str) -> None:
    assert "State" not in {e.name for e in _entities(extractor, body)}


def test_a_state_body_before_a_hyphen_stays(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "The State Council-backed plan was published on Monday."))
    assert found.get("State Council") == "ORGANIZATION"


# an events listing's lead-in verb in capitals ("SPEND a day ...") is no name
@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The fair runs all week.\n\nSPEND a day at the lake watching the regatta, June 3-5.", "SPEND"),
        (
            "Tickets on sale now.\n\nATTEND a workshop with chef Dana Ruiz, May 2, at the Pier House.",
            "ATTEND",
        ),
    ],
)
def test_a_listings_lead_in_verb_is_no_name(extractor: EntityExtractor, body: str, word: str) -> None:
    assert word not in _mentioned(_entities(extractor, body))


def test_a_body_opening_a_line_stays(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "Reporters were told.\n\nNASA said the launch would slip a week."))
    assert found.get("National Aeronautics and Space Administration") == "ORGANIZATION"


def test_name_abbreviations_stay(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "NATO and the EU met in Brussels on AI rules."))
    assert found.get("North Atlantic Treaty Organization") == "ORGANIZATION"
    assert "AI" not in found


@pytest.mark.parametrize(
    ("body", "owner", "owned"),
    [
        ("He grew up in Punjab's Ludhiana and moved to the coast.", "Punjab", "Ludhiana"),
        ("Analysts said Japan's Toyota would raise prices.", "Japan", "Toyota"),
    ],
)
def test_a_country_or_province_owning_one_word_splits_from_it(
    extractor: EntityExtractor, body: str, owner: str, owned: str
) -> None:
    names = {e.name for e in _entities(extractor, body)}
    assert owner in names and owned in names
    assert not any("'s" in n for n in names)


def test_a_person_never_turns_into_a_place(extractor: EntityExtractor) -> None:
    body = "Zhao Lanzhou, a retired teacher, said the school had changed a lot."
    found = _types(_entities(extractor, body))
    assert found.get("Zhao Lanzhou") == "PERSON"
    assert "Lanzhou" not in found


# --------------------------------------------------------------------------- credits and prose


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Workers repair a bridge in the city. (Xinhua/Liu Wenbo)", "Liu Wenbo"),
        ("A train leaves the station on Monday. (Xinhua/Chen Meiling)", "Chen Meiling"),
    ],
)
def test_photo_credit_names_agency_and_photographer(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    found = _types(_entities(extractor, body))
    assert found.get(person) == "PERSON"
    assert found.get("Xinhua") == "ORGANIZATION"
    assert not any("/" in name for name in found)


def test_names_do_not_run_into_prose(extractor: EntityExtractor) -> None:
    headline = "Carvell Motors Stock Is Falling After Its Earnings Report"
    found = _entities(extractor, "Shares dropped in early trade.", headline=headline)
    assert not any("Falling" in e.name or "After" in e.name or "Stock" in e.name for e in found)


def test_unknown_short_capitals_are_not_organisations(extractor: EntityExtractor) -> None:
    body = "QB\n\nTom Hale 52 plays\n\nWR\n\nRay Dunn 48 plays\n\nNATO said the drill would go ahead."
    found = _types(_entities(extractor, body))
    assert "QB" not in found and "WR" not in found
    assert found.get("North Atlantic Treaty Organization") == "ORGANIZATION"  # known acronyms stay


@pytest.mark.parametrize(
    ("body", "owner", "owned"),
    [
        ("Officials said Kenya's Electoral Commission would meet.", "Kenya", "Electoral Commission"),
        ("A spokesman for Peru's Energy Ministry declined to comment.", "Peru", "Energy Ministry"),
    ],
)
def test_possessive_names_are_two_entities(
    extractor: EntityExtractor, body: str, owner: str, owned: str
) -> None:
    found = _types(_entities(extractor, body))
    assert found.get(owner) == "LOCATION"
    assert found.get(owned) == "ORGANIZATION"


def test_a_possessive_inside_one_name_stays_one_name(extractor: EntityExtractor) -> None:
    body = "Soldiers of the People's Liberation Army helped with the rescue."
    found = _types(_entities(extractor, body))
    assert "People" not in found and "Liberation Army" not in found


@pytest.mark.parametrize("code", ["Q3", "H1", "FY2024"])
def test_reporting_periods_are_not_names(extractor: EntityExtractor, code: str) -> None:
    body = f"Brightmoor Ltd said {code} revenue rose, and {code} margins held."
    assert code not in _mentioned(_entities(extractor, body))


# --------------------------------------------------------------------------- page furniture


@pytest.mark.parametrize(
    "body",
    [
        "Follow the reporter on Twitter @quinnwrites for updates on the council vote.",
        "Share this story: www.example-news.com/story/harbour-vote was shared widely.",
        "The clip (ref 9kQ2xLm7Tz) was viewed by council members on Tuesday.",
    ],
)
def test_handles_and_url_slugs_are_no_entities(extractor: EntityExtractor, body: str) -> None:
    found = _entities(extractor, body)
    assert not any("@" in m or "www" in m or any(c.isdigit() for c in m) for m in _mentioned(found))


def test_a_mixed_case_model_number_is_not_taken_for_a_slug(extractor: EntityExtractor) -> None:
    # only slugs with two digits, two capitals and two lower-case letters go: "A220neo" stays
    from consumer.entities.retype.non_names import _HANDLE

    assert _HANDLE.search("A220neo") is None
    assert _HANDLE.search("9kQ2xLm7Tz") is not None


def test_a_model_name_only_in_a_capitals_section_heading_is_dropped(extractor: EntityExtractor) -> None:
    body = "The Bears won on Sunday night.\n\nCLOSEOUT SEQUENCE\n\nThe guards held on late in the game."
    assert not _entities(extractor, body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the name recurs in prose
        ("MARA QUIST RETURNS\n\nMara Quist returned to the club on Monday, it said.", "Mara Quist"),
        # a place the gazetteer knows
        ("The Bears won.\n\nKAZAKHSTAN BEATS BELGIUM\n\nThe tie ended 2-1.", "Kazakhstan"),
        # an acronym is written in capitals anywhere
        ("The vote was shown live.\n\nMORE FROM CNBC\n\nThe council met on Tuesday.", "CNBC"),
    ],
)
def test_a_capitals_heading_keeps_names_with_other_evidence(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert name in {e.name for e in _entities(extractor, body)}


@pytest.mark.parametrize(
    ("body", "guess"),
    [
        (
            "The service launched on Tuesday.\n\nThe Picture Quality Seems To Be Mostly Sharp\n\n"
            "Reviewers found few faults with the picture.",
            "Picture Quality",
        ),
        (
            "Sales began on Friday.\n\nWhat Does The Brindle Box Offer For The Price?\n\n"
            "It plays films and little else, reviewers said.",
            "Brindle Box",
        ),
    ],
)
def test_a_model_name_only_in_a_title_case_section_heading_is_dropped(
    extractor: EntityExtractor, body: str, guess: str
) -> None:
    # capitalised small words ("To", "For") inside the line show that capitals mark every word
    assert all(guess not in e.name for e in _entities(extractor, body))


def test_a_title_case_line_of_names_is_no_heading(extractor: EntityExtractor) -> None:
    # a listing line: its small words stay in lower case, so its names are names
    body = "The prizes went to:\n\nMara Quist and Tom Varga of Kelby Rovers\n\nThe dinner followed."
    names = {e.name for e in _entities(extractor, body)}
    assert "Mara Quist" in names and "Tom Varga" in names


# --------------------------------------------------------------------------- headlines


@pytest.mark.parametrize(
    ("headline", "body", "guess"),
    [
        (
            "Glimmering Harbour Lights Draw Record Crowds",
            "Crowds gathered along the waterfront on Saturday, organisers said.",
            "Glimmering Harbour Lights",
        ),
        (
            "Why Quiet Mornings Beat Busy Evenings For Study",
            "Students who revise early remember more, a survey of teachers suggests.",
            "Quiet Mornings",
        ),
        (
            "TALKS STALL AS BRINDLEWOOD PANEL DEFERS VOTE",
            "The panel deferred its vote to next week, a spokesman said.",
            "Brindlewood Panel",
        ),
    ],
)
def test_a_name_only_in_a_title_case_headline_needs_the_body(
    extractor: EntityExtractor, headline: str, body: str, guess: str
) -> None:
    found = _entities(extractor, body, headline=headline)
    headline_only = [e for e in found if all(m.field == "headline" for m in e.mentions)]
    assert not [e for e in headline_only if e.type != "LOCATION"], headline_only
    assert guess not in _mentioned(found)


def test_a_headline_name_repeated_in_the_body_is_kept(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "Halvorsen Freight said on Monday it would close two depots. Halvorsen Freight employs 900 people.",
        headline="Halvorsen Freight To Close Two Depots",
    )
    org = next(e for e in found if e.name == "Halvorsen Freight")
    assert {m.field for m in org.mentions} == {"headline", "body"}


def test_a_sentence_case_headline_keeps_its_own_names(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "The museum reopened its east wing after a two-year renovation.",
        headline="Kestrel Bay Museum reopens after renovation",
    )
    assert any(m.field == "headline" for e in found for m in e.mentions)


# --------------------------------------------------------------------------- short forms


@pytest.mark.parametrize(
    ("body", "full", "short"),
    [
        (
            "Students at Harwick University protested on Monday. A Harwick spokesman said talks continue.",
            "Harwick University",
            "Harwick",
        ),
        (
            "The Marlowe Institute published the survey on Friday. "
            "Marlowe researchers interviewed 900 farmers.",
            "Marlowe Institute",
            "Marlowe",
        ),
        (
            "Dunmore Logistics Group cut 40 jobs. Dunmore Logistics said demand had fallen.",
            "Dunmore Logistics Group",
            "Dunmore Logistics",
        ),
    ],
)
def test_an_organisation_named_by_its_first_words_joins_the_full_name(
    extractor: EntityExtractor, body: str, full: str, short: str
) -> None:
    found = _entities(extractor, body)
    orgs = [e for e in found if e.type == "ORGANIZATION"]
    owner = [e for e in orgs if short in {m.text for m in e.mentions}]
    assert len(owner) == 1
    assert full in {m.text for m in owner[0].mentions}


@pytest.mark.parametrize(
    ("body", "full", "short"),
    [
        (
            "Delegates of the Agrarian Renewal Party met in Vestby on Monday. The Party said it "
            "would back the budget.",
            "Agrarian Renewal Party",
            "Party",
        ),
        (
            "Officials at the Harbour Development Commission approved the pier. The Commission "
            "will meet again in May.",
            "Harbour Development Commission",
            "Commission",
        ),
    ],
)
def test_an_organisation_named_by_its_head_noun_joins_the_full_name(
    extractor: EntityExtractor, body: str, full: str, short: str
) -> None:
    found = _entities(extractor, body)
    alone = [e for e in found if e.name == short]
    owner = [e for e in found if full in {m.text for m in e.mentions}]
    assert not alone
    assert len(owner) == 1


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Workers' Unity Party of Norland", "party"),
        ("Ministry of Fisheries and Coastal Affairs", "ministry"),
        ("Harbour Development Commission", "commission"),
        ("Vestby", ""),
    ],
)
def test_the_head_noun_of_a_name(name: str, head: str) -> None:
    from consumer.entities.short_forms import _head_noun

    assert _head_noun(name) == head


def test_a_head_noun_two_names_share_joins_neither(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "The Green Renewal Party and the Farmers Union Party of Norland signed a pact. The Party "
        "leaders met on Monday.",
    )
    joined = [e for e in found if "Party" in {m.text for m in e.mentions} and e.name != "Party"]
    assert not joined


def test_two_organisations_sharing_first_words_keep_the_short_form_apart(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "Talbot Mining Corp and Talbot Shipping Corp both reported losses. Talbot declined to comment.",
    )
    talbots = [e for e in found if e.type == "ORGANIZATION" and e.name.startswith("Talbot ")]
    assert all("Talbot" not in {m.text for m in e.mentions} for e in talbots)


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize("name", ["Rose-Marie Castellane", "Jean-Paul Ostrander", "Mary-Kate Fenwright"])
def test_hyphenated_given_names_make_a_person(name: str) -> None:
    from consumer.entities.retype.person_names import looks_like_person

    assert looks_like_person(name, load_gazetteer())


@pytest.mark.parametrize("name", ["Rose-Hulman Institute", "North-West Frontier", "Saint-Denis Harbour"])
def test_hyphenated_non_names_are_not_people(name: str) -> None:
    from consumer.entities.retype.person_names import looks_like_person

    assert not looks_like_person(name, load_gazetteer())


def test_a_short_form_a_person_carries_stays_with_the_person(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor, "Anna Brackley chairs Brackley Council. Brackley said the plan would go ahead."
    )
    person = next(e for e in found if e.type == "PERSON")
    assert "Brackley" in {m.text for m in person.mentions}


# --------------------------------------------------------------------------- described companies


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Shares of cosmetics company Velbrook jumped 6% on Tuesday.", "Velbrook"),
        ("The chipmaker Quandrel Systems said orders had doubled.", "Quandrel Systems"),
        ("Regional carrier Skyvane will add three routes next year.", "Skyvane"),
        ("Robotics company Tarnwell’s table-tennis robot drew crowds.", "Tarnwell"),
    ],
)
def test_a_name_after_a_company_noun_is_an_organisation(
    extractor: EntityExtractor, body: str, company: str
) -> None:
    assert _types(_entities(extractor, body)).get(company) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "not_org"),
    [
        ("The company Monday said profits fell.", "Monday"),
        ("Utility company CEO Dorian Wexley resigned on Friday.", "CEO Dorian Wexley"),
        ("The firm The Hague court fined last year appealed.", "The Hague"),
    ],
)
def test_days_titles_and_function_words_after_a_company_noun_are_no_company(
    extractor: EntityExtractor, body: str, not_org: str
) -> None:
    assert _types(_entities(extractor, body)).get(not_org) != "ORGANIZATION"


# A long firm name with "Co., Ltd.": the model drops its first words, or a lens-maker
# apposition takes the "Ltd." alone; the suffix rule's span is the name.
@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Shares of Harbin Precision Optics Instrument Co., Ltd., a lens maker based in the city, rose.",
            "Harbin Precision Optics Instrument Co., Ltd.",
        ),
        (
            "Bright Lake Solar Power Equipment Co., Ltd. said it would build a new plant.",
            "Bright Lake Solar Power Equipment Co., Ltd.",
        ),
        (
            "Investors put money into Nanjing Deepwave Robotics Technology Co., Ltd., the firm said.",
            "Nanjing Deepwave Robotics Technology Co., Ltd.",
        ),
    ],
)
def test_a_long_company_name_with_two_suffixes_is_whole(
    extractor: EntityExtractor, body: str, company: str
) -> None:
    assert _types(_entities(extractor, body)).get(company) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "company", "not_name"),
    [
        ("Shenzhen-based Tianyu Display Co., Ltd. said profit rose.", "Tianyu Display Co., Ltd.", "Shenzhen"),
        ("Shares of Orvane Corp fell 3 percent on Monday.", "Orvane Corp", "Shares"),
    ],
)
def test_a_company_name_reaches_back_over_name_words_only(
    extractor: EntityExtractor, body: str, company: str, not_name: str
) -> None:
    names = {e.name for e in _entities(extractor, body)}
    assert company in names
    assert not any(not_name in name for name in names - {not_name})


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Superintendent Marla Quist said the schools would reopen.", "Marla Quist"),
        ("Sheriff Odell Brann Jr. told reporters the road was closed.", "Odell Brann Jr."),
        ("Detective Ruth Callaway said the case was closed.", "Ruth Callaway"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_it(extractor: EntityExtractor, body: str, person: str) -> None:
    people = [e.name for e in _entities(extractor, body) if e.type == "PERSON"]
    assert people == [person]


def test_only_a_name_of_three_words_or_more_loses_a_leading_title() -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.retype.titles import cut_title

    text = "Dean Howell Martin spoke."  # two words after "Dean" would be cut: a title then a name
    cand = Candidate("body", 0, len("Dean Howell Martin"), "PERSON", "ner")
    cut_title(text, cand)
    assert text[cand.start : cand.end] == "Howell Martin"
    two = Candidate("body", 0, len("Dean Martin"), "PERSON", "ner")
    cut_title("Dean Martin sang.", two)
    assert (two.start, two.end) == (0, len("Dean Martin"))


# a player's position letter before the name in a team's notes
@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Hawks: F Marcus Tillery missed his third game with a sprained ankle.", "Marcus Tillery"),
        ("Kings: F Lionel Ashe had 9 rebounds.", "Lionel Ashe"),
        ("Jazz: F Amadou Keita missed his second game with a sore back.", "Amadou Keita"),
    ],
)
def test_a_position_letter_before_a_player_is_cut(extractor: EntityExtractor, body: str, person: str) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


def test_a_letter_opening_a_company_name_stays(extractor: EntityExtractor) -> None:
    assert (
        _types(_entities(extractor, "The F Troop Company sold its shares.")).get("F Troop Company")
        == "ORGANIZATION"
    )


# --------------------------------------------------------------------------- Chinese names


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("“Sales doubled,” He Shijun, head of the village cooperative, told reporters.", "He Shijun"),
        ("Orchard owner Ma Tiandong said the harvest came early.", "Ma Tiandong"),
        ("“We are ready,” Gao Xuemin said on Monday.", "Gao Xuemin"),
    ],
)
def test_a_chinese_name_in_a_persons_place_is_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


@pytest.mark.parametrize(
    "body",
    [
        "He Can always be found at the market on Sundays.",
        "He Also praised the plan, the statement said.",
        "Ma Central Station reopened after repairs.",
    ],
)
def test_a_pronoun_or_a_place_is_not_taken_for_a_chinese_name(extractor: EntityExtractor, body: str) -> None:
    from consumer.entities.retype.person_names import chinese_names

    assert list(chinese_names(body)) == []


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Lt. Col. Hollis Varga told the committee he had objected.", "Hollis Varga"),
        ("Sgt. Maj. Ellery Brandt led the parade.", "Ellery Brandt"),
    ],
)
def test_several_titles_before_a_name_are_cut(extractor: EntityExtractor, body: str, person: str) -> None:
    assert person in [e.name for e in _entities(extractor, body) if e.type == "PERSON"]


@pytest.mark.parametrize("surface", ["Lt Col", "Sen.", "Y.", "Gov. Rep."])
def test_titles_or_an_initial_alone_name_nobody(surface: str) -> None:
    from consumer.entities.retype.titles import no_name

    assert no_name(surface)


@pytest.mark.parametrize("surface", ["Col Hollis", "Yu", "Dean Varga", "Major League Baseball"])
def test_names_with_a_title_word_are_still_names(surface: str) -> None:
    from consumer.entities.retype.titles import no_name

    assert not no_name(surface)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Diplomats flew to Kyiv on Monday for the talks.", "Kyiv"),
        ("Flooding hit Nairobi after two days of rain.", "Nairobi"),
        ("Officials in Guangdong said exports rose.", "Guangdong"),
    ],
)
def test_a_major_place_the_model_calls_a_person_is_the_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


def test_the_surname_of_the_storys_person_stays_the_person(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "Hakeem Jordan scored 30 points. Jordan said he was tired.")
    person = next(e for e in found if e.type == "PERSON")
    assert "Jordan" in {m.text for m in person.mentions}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Tianzhou-3 cargo craft docked on Monday.", "Tianzhou-3"),
        ("Two F-16 jets escorted the plane.", "F-16"),
        ("The Shenzhou-12 crew returned safely.", "Shenzhou-12"),
    ],
)
def test_a_name_with_a_model_number_is_a_product(extractor: EntityExtractor, body: str, name: str) -> None:
    found = _types(_entities(extractor, body))
    assert found.get(name) in (None, "PRODUCT")
    assert found.get(name) != "ORGANIZATION"


def test_a_disease_with_a_number_stays_a_disease(extractor: EntityExtractor) -> None:
    assert _types(_entities(extractor, "COVID-19 cases rose again in the city.")).get("COVID-19") == "MISC"


@pytest.mark.parametrize("surface", ["19th", "2020", "3rd", "1990s"])
def test_a_number_alone_names_nobody(surface: str) -> None:
    from consumer.entities.retype.titles import no_name

    assert no_name(surface)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Vietnam said it would expand the port.", "Vietnam"),
        ("Officials from Ecuador met the lenders.", "Ecuador"),
        ("Sichuan reported three new cases.", "Sichuan"),
    ],
)
def test_a_country_or_province_is_a_place_even_when_it_acts(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("\u201cAll it took was one bad winter,\u201d Marit Solvang Eide explained.", "Marit Solvang Eide"),
        ("\u201cThe roof held,\u201d said Oswin Brackley.", "Oswin Brackley"),
        ('"We will rebuild," Tavita Leota told reporters.', "Tavita Leota"),
    ],
)
def test_a_name_in_a_quotes_attribution_is_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("\u201cWe agree,\u201d Harwick Institute said.", "Harwick Institute", "ORGANIZATION"),
        ("\u201cTalks will go on,\u201d New Zealand said.", "New Zealand", "LOCATION"),
    ],
)
def test_an_organisation_or_place_in_an_attribution_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


# --------------------------------------------------------------------------- numbered editions


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Leaders met at the 9th Harbour Nations summit on Tuesday.", "9th Harbour Nations summit", "EVENT"),
        ("Delegates to the 21st Party Congress voted.", "21st Party Congress", "EVENT"),
        ("The 15th Five-Year Plan sets targets for 2030.", "15th Five-Year Plan", "MISC"),
    ],
)
def test_a_numbered_edition_is_named_with_its_number(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


def test_an_edition_and_the_bare_name_are_one_event(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor, "The 4th Lindby Trade Expo opened on Monday. The Lindby Trade Expo drew 900 firms."
    )
    events = [e for e in found if e.type == "EVENT"]
    assert len(events) == 1
    assert {m.text for m in events[0].mentions} == {"4th Lindby Trade Expo", "Lindby Trade Expo"}


@pytest.mark.parametrize(
    "body",
    ["The 2019 figures showed growth.", "He finished 3rd in the race.", "Over 300 Delegates attended."],
)
def test_numbers_before_other_words_make_no_event(extractor: EntityExtractor, body: str) -> None:
    assert not [e for e in _entities(extractor, body) if e.type == "EVENT"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("She starred in the film \u201cHarbour of Lanterns\u201d last year.", "Harbour of Lanterns"),
        ("His memoir 'Salt and Iron' sold well.", "Salt and Iron"),
        ('The band released the album "Northern Glass" on Friday.', "Northern Glass"),
        # bare titles after a determiner and the kind of work
        ("The story collection Lamps of Orvell won the prize.", "Lamps of Orvell"),
        ("Critics praised her debut novel Salt Harbour last spring.", "Salt Harbour"),
    ],
)
def test_a_quoted_title_after_a_kind_of_work_is_a_work(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body)).get(title) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "She called the plan \u201ca real step forward\u201d on Monday.",
        "The show \u201cwill go on,\u201d the director said.",
    ],
)
def test_quoted_words_that_are_no_title_make_no_work(extractor: EntityExtractor, body: str) -> None:
    assert not [e for e in _entities(extractor, body) if e.type == "MISC"]


def test_a_bare_title_that_reads_as_a_persons_name_is_the_author() -> None:
    text = "The book Helen Marsh wrote sold well, and the film Harbour Lights did too."
    titles = [text[s:e] for s, e in rules.work_titles(text, lambda name: name.startswith("Helen"))]
    assert titles == ["Harbour Lights"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The International Committee to Restore Harbour Hall met on Friday.",
            "International Committee to Restore Harbour Hall",
        ),
        ("The Committee to Save Harbour Hall met on Friday.", "Committee to Save Harbour Hall"),
    ],
)
def test_a_body_named_for_its_purpose_keeps_its_to(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in _types(_entities(extractor, body))


def test_a_headline_verb_after_to_is_no_part_of_a_name(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "Officials met on Monday.", headline="Lindby to Build New Harbour")
    assert not any(" to " in e.name for e in found)


@pytest.mark.parametrize("era", ["B.C.", "A.D.", "BC", "AD"])
def test_an_era_after_a_year_is_no_place(extractor: EntityExtractor, era: str) -> None:
    found = _entities(extractor, f"Bronze bells from 433 {era} were shown. Later ones date from 1020 {era}.")
    assert era not in _mentioned(found)


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("The Chinese mainland reported 8 new locally transmitted cases on Monday.", "Chinese mainland"),
        ("Trade with Central and Eastern Europe grew 6 percent.", "Central and Eastern Europe"),
        ("Ships crossed the Taiwan Strait on Friday.", "Taiwan Strait"),
    ],
)
def test_named_regions_are_places(extractor: EntityExtractor, body: str, region: str) -> None:
    assert _types(_entities(extractor, body)).get(region) == "LOCATION"


def test_mainland_china_is_the_chinese_mainland(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor, "The Chinese mainland reported 3 cases. Flights from mainland China resumed."
    )
    region = next(e for e in found if e.name == "Chinese mainland")
    assert {m.text for m in region.mentions} == {"Chinese mainland", "mainland China"}


@pytest.mark.parametrize(
    ("body", "hale_owners"),
    [
        # every bare "Hale" goes to the Hale named last before it, tagged or not
        (
            "Tom Hale met Ann Hale. Hale said yes. Later Tom Hale left. Hale said no.",
            ["Ann Hale", "Tom Hale"],
        ),
        # a shorter form already joined to a longer name leads to that longer name
        ("Mary Ann Hale met Tom Hale. Ann Hale spoke first. Hale said yes.", ["Mary Ann Hale"]),
    ],
)
def test_each_shared_surname_goes_to_the_person_named_last(
    extractor: EntityExtractor, body: str, hale_owners: list[str]
) -> None:
    owners = sorted(
        ((m.start, e.name) for e in _entities(extractor, body) for m in e.mentions if m.text == "Hale"),
    )
    assert [name for _, name in owners] == hale_owners


def test_a_stage_of_a_draw_is_no_name(extractor: EntityExtractor) -> None:
    body = "Norland sit second in the five-team Group A, and the Group of Seven met as Pool B ended."
    names = {e.name for e in _entities(extractor, body)}
    assert "Group A" not in names and "Pool B" not in names
    assert "Group of Seven" in names


def test_two_names_of_a_list_are_never_one_name(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor, "The agency picked Talvik, Orrin Aerospace and Quill Machines for the lander."
    )
    assert all(", " not in e.name for e in found)


def test_a_list_split_keeps_places_and_suffixes_whole() -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.retype.splits import split_list

    gazetteer = load_gazetteer()
    for text, kind in (("Fort Worth, Texas", "LOCATION"), ("Quill Machines Co., Ltd.", "ORGANIZATION")):
        assert split_list(Candidate("body", 0, len(text), kind, "ner"), text, gazetteer) is None
    text = "Talvik, Orrin Aerospace"
    parts = split_list(Candidate("body", 0, len(text), "ORGANIZATION", "ner"), text, gazetteer)
    assert parts is not None and [text[c.start : c.end] for c in parts] == ["Talvik", "Orrin Aerospace"]
    text = "Hey, Orrin"
    parts = split_list(Candidate("body", 0, len(text), "MISC", "ner"), text, gazetteer)
    assert parts is not None and [text[c.start : c.end] for c in parts] == ["Orrin"]


@pytest.mark.parametrize(
    ("body", "owner", "owned"),
    [
        # the owner is a name the story gives on its own
        (
            "Talvik makes pumps in Europe. Talvik's Unite Connect platform failed on Monday.",
            "Talvik",
            "Unite Connect",
        ),
        # the owner has a person's shape
        ("Fans of Helen Marsh's Glass Harbour series waited for years.", "Helen Marsh", "Glass Harbour"),
    ],
)
def test_a_possessive_splits_at_an_owner_the_story_names(
    extractor: EntityExtractor, body: str, owner: str, owned: str
) -> None:
    names = {e.name for e in _entities(extractor, body)}
    assert {owner, owned} <= names and not any("'s" in n for n in names)


def test_a_possessive_inside_a_name_stays_whole(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "The People's Liberation Army held drills near the coast on Monday.")
    assert "People's Liberation Army" in {e.name for e in found}


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a month alone is never an organisation or a place (a listing of dates)
        ("Tour dates:\n\nJune 4 - Tarnby\n\nJune 9 - Osterby\n\nJune 12 - Vale", "June"),
        # a name never runs over a line break
        (
            "VALLEYLAND\n\nOstrava Pumps said on Monday it would hire 40 people.",
            "Valleyland\n\nOstrava Pumps",
        ),
    ],
)
def test_calendar_words_and_line_breaks_make_no_names(
    extractor: EntityExtractor, body: str, absent: str
) -> None:
    names = {e.name for e in _entities(extractor, body)}
    assert absent not in names and not any("\n" in n for n in names)


def test_a_listing_place_code_is_no_part_of_the_venue() -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.retype.cuts import cut_at_line_break

    text = "Sept 4 - Tarnby, CA @ Harbour Point Amphitheatre"
    cand = Candidate("body", text.index("CA"), len(text), "ORGANIZATION", "ner")
    assert cut_at_line_break(cand, text) == "Harbour Point Amphitheatre"


def test_a_venue_head_word_makes_a_place(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "The band plays at Tarnby Arena on Friday.")
    assert _types(found).get("Tarnby Arena") == "LOCATION"


def test_review_cases_for_entity_rules() -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.retype.cuts import _cut_question_verb
    from consumer.entities.retype.person_context import person_context

    # "MS Amlin" is no titled person: the apposition still makes it an organisation
    text = "MS Amlin, a Lloyd's insurer, raised prices."
    assert [text[s:e] for s, e in rules.appositive_orgs(text)] == ["MS Amlin"]
    # a company's name runs on past a facility word
    text = "Shares of Chicago Bridge & Iron fell 4%."
    assert list(rules.facilities(text, {"Chicago"}.__contains__)) == []
    # "receiver" may stand before a firm
    text = "The court hired receiver Deloitte to sell the assets."
    start = text.index("Deloitte")
    assert not person_context(text, start, start + 8, "Deloitte", load_gazetteer())
    # no question verb to cut when the name has its own verb and the question comes later
    text = "Will Ferrell stars in the remake, but can it match the original?"
    cand = Candidate("body", 0, 12, "PERSON", "ner")
    _cut_question_verb(text, cand)
    assert text[cand.start : cand.end] == "Will Ferrell"


def test_a_person_shaped_owner_needs_a_name_of_two_words_to_split() -> None:
    from consumer.entities.candidates import Candidate
    from consumer.entities.retype.splits import _split_possessive

    text = "Helen Marsh's Electronics opened a store."  # an eponymous brand, one name
    cand = Candidate("body", 0, len("Helen Marsh's Electronics"), "ORGANIZATION", "ner")
    assert len(_split_possessive(cand, text, load_gazetteer())) == 1


def test_byline_words_that_name_no_reporter(extractor: EntityExtractor) -> None:
    article = Article(
        id="a",
        story_id="a",
        headline="",
        byline="By Helen Marsh, Staff Writer | Updated March 3",
        body=Body(
            text="The museum reopened in Lisbon.", paragraphs=["The museum reopened in Lisbon."], word_count=5
        ),
    )
    people = {e.name for e in extractor.extract([article])[0] if e.type == "PERSON"}
    assert people == {"Helen Marsh"}


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("Anneke van Dorst", {"Anneke van Dorst"}), ("Guest Author", set()), ("Site Admin", set())],
)
def test_byline_names_with_a_particle_and_placeholder_credits(
    extractor: EntityExtractor, byline: str, expected: set[str]
) -> None:
    article = Article(
        id="a",
        story_id="a",
        headline="",
        byline=byline,
        body=Body(
            text="The museum reopened in Lisbon.", paragraphs=["The museum reopened in Lisbon."], word_count=5
        ),
    )
    assert {e.name for e in extractor.extract([article])[0] if e.type == "PERSON"} == expected


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("Guangxi Zhuang Autonomous Region", "CN-GX"),
        ("Xinjiang Uygur Autonomous Region", "CN-XJ"),
        ("Inner Mongolia", "CN-NM"),
        ("Ningxia Hui Autonomous Region", "CN-NX"),
    ],
)
def test_official_english_names_of_chinese_regions(form: str, code: str) -> None:
    entry = load_gazetteer().lookup(form)
    assert entry is not None and (entry.iso3166, entry.kind) == (code, "first_level_division")


@pytest.mark.parametrize(
    ("body", "joined", "apart"),
    [
        (
            "The land went to the Tarnby Gardening and Greening Bureau last year.",
            "Tarnby Gardening and Greening Bureau",
            None,
        ),
        (
            "Staff at the Department of High and New Technology agreed.",
            "Department of High and New Technology",
            None,
        ),
        # a full body name and a person, or two short names, stay apart
        ("The Department of Homeland Security and Ilsa Varga met.", None, "Ilsa Varga"),
    ],
)
def test_a_body_name_split_at_its_and_is_joined(
    extractor: EntityExtractor, body: str, joined: str | None, apart: str | None
) -> None:
    names = {e.name for e in _entities(extractor, body)}
    if joined is not None:
        assert joined in names
    if apart is not None:
        assert apart in names and not any(" and " in n for n in names)


# The model ends a body's name on its "and" ("the Office of High and") and tags nothing after:
# the capitalised words after the "and" are the name's
@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "according to the Office of High and Frontier Science of the academy.",
            "Office of High and Frontier Science",
        ),
        (
            "said Gao Yun, an official of the Department of High and Frontier Science.",
            "Department of High and Frontier Science",
        ),
        (
            "according to the Division of High and Frontier Science of the academy.",
            "Division of High and Frontier Science",
        ),
    ],
)
def test_a_body_name_cut_at_its_and_goes_on(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


def test_a_whole_body_name_before_and_stays_apart(extractor: EntityExtractor) -> None:
    names = {e.name for e in _entities(extractor, "The Ministry of Finance and Goldman Sachs signed a deal.")}
    assert {"Ministry of Finance", "Goldman Sachs"} <= names


def test_a_question_with_a_second_clause_still_drops_its_verb(extractor: EntityExtractor) -> None:
    body = (
        "Senator Ilsa Varga wants a tax. Will Varga continue to fight, or will her rivals win? "
        "Varga said yes."
    )
    names = {e.name for e in _entities(extractor, body)}
    assert "Will Varga" not in names and "Ilsa Varga" in names


# ----------------------------------------------------------------------------- the story's own words first


def test_an_acronym_defined_in_the_story_beats_the_gazetteers_expansion(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "Lawyers will ask the International Criminal Court (ICC) to open an inquiry. The ICC said it "
        "would study the request within a month.",
    )
    court = next(e for e in found if e.name == "International Criminal Court")
    assert {m.text for m in court.mentions} == {"International Criminal Court", "ICC"}
    assert "International Cricket Council" not in {e.name for e in found}


def test_an_undefined_acronym_keeps_the_gazetteers_expansion(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor, "Pakistan beat India in the final. The ICC said the match would be replayed."
    )
    assert "International Cricket Council" in {e.name for e in found}


def test_a_dateline_before_an_agency_credit_is_no_definition(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "LOS ANGELES (AP) — The city council voted on Tuesday to ban the sale.")
    places = [e for e in found if e.type == "LOCATION"]
    assert places and all("AP" not in {m.text for m in e.mentions} for e in places)


def test_a_surname_of_people_in_the_story_is_no_company(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "Lewis M. Ford wrote six novels. His brother Dale Ford kept the letters. Ford died in 2006, and "
        "the books went out of print.",
    )
    assert all(e.type == "PERSON" for e in found if "Ford" in e.name)


def test_a_company_named_by_its_own_word_stays_a_company(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "Ford said sales rose 4 percent in March, helped by its trucks.")
    assert _types(found).get("Ford") == "ORGANIZATION"


def test_a_listing_lines_town_state_and_venue_are_places(extractor: EntityExtractor) -> None:
    body = (
        "The band will play twelve dates this summer.\n\n"
        "July 3 \u2013 Bristow, VA @ Harbor Lights Live\n"
        "July 5 \u2013 Marlow, GA @ Lakeside Credit Union Music Park\n"
        "July 8 \u2013 Kenton, OH @ Riverfront Amphitheatre\n\n"
        "Tickets go on sale Friday."
    )
    found = _entities(extractor, body)
    types = _types(found)
    for venue in ("Harbor Lights Live", "Lakeside Credit Union Music Park", "Riverfront Amphitheatre"):
        assert types.get(venue) == "LOCATION"
    georgia = next(e for e in found if e.name == "Georgia")
    assert georgia.links is not None and georgia.links.iso3166 == "US-GA"  # the state, not the country
    assert not any("@" in m.text for e in found for m in e.mentions)


def test_a_two_letter_word_in_prose_is_no_state(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "Residents in OR near the river were told to leave, and ME too, he joked.")
    assert not any(e.links is not None and (e.links.iso3166 or "").startswith("US-") for e in found)


# ----------------------------------------------------------------------------- sides of a match


@pytest.mark.parametrize(
    ("body", "teams", "places"),
    [
        (
            "Norway's comfortable victory against defending champions Chile sent them into the semifinals "
            "of the cup.",
            {"Norway", "Chile"},
            set(),
        ),
        (
            "Peru drew in a friendly with Ghana on Tuesday, and the coach said the players had done well.",
            {"Ghana"},
            set(),
        ),
        (  # no sport in the sentence: a war and talks name countries
            "The Allied victory over Germany in 1945 ended the war in Europe.",
            set(),
            {"Germany"},
        ),
        ("Ministers held talks with Brazil on trade and investment.", set(), {"Brazil"}),
        # words that politics shares with sport
        (
            "Leaders braced for a clash with Canada at the Group of Seven summit, the group said.",
            set(),
            {"Canada"},
        ),
        (
            "Norway's victory over Sweden in the vote surprised the group of donors, officials told "
            "the round.",
            set(),
            {"Norway", "Sweden"},
        ),
    ],
)
def test_a_country_named_as_a_side_of_a_match_is_its_team(
    extractor: EntityExtractor, body: str, teams: set[str], places: set[str]
) -> None:
    types = _types(_entities(extractor, body))
    assert {n for n in teams if types.get(n) == "ORGANIZATION"} == teams
    assert {n for n in places if types.get(n) == "LOCATION"} == places


def test_a_word_that_opens_an_events_name_is_no_entity_of_its_own(extractor: EntityExtractor) -> None:
    found = _entities(
        extractor,
        "The podcast runs during the majors, the tour finals, and the Fed Cup and Hopman Cup Finals.",
    )
    names = {e.name for e in found}
    assert "Federal Reserve" not in names
    found = _entities(extractor, "The Fed kept rates on hold, and Japan's exports rose.")
    assert {"Federal Reserve", "Japan"} <= {e.name for e in found}


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # two names the story gives on their own, joined by a hyphen
        ("The Hawks met the Owls. The Hawks-Owls game drew 40,000.", ["Hawks", "Owls"]),
        # a hyphenated name whose halves the story never gives alone stays whole
        ("Shares of Kola-Vesta rose. The Kola-Vesta deal closed.", ["Kola-Vesta"]),
    ],
)
def test_two_names_joined_by_a_hyphen_are_two(text: str, pieces: list[str]) -> None:
    from consumer.entities.candidates import Candidate

    last = list(re.finditer(r"[A-Z]\w+-[A-Z]\w+", text))[-1]
    cand = Candidate("body", last.start(), last.end(), "ORGANIZATION", "ner")
    alone = set(re.findall(r"(?<![\w-])[A-Z]\w+(?![\w-])", text))
    named: dict[str, EntityType] = {w: "ORGANIZATION" for w in alone}
    assert [text[c.start : c.end] for c in _split_pair(cand, text, named, load_gazetteer())] == pieces


@pytest.mark.parametrize(
    ("body", "club"),
    [
        ("Harwick Rovers beat Dunmore on Saturday to go top.", "Harwick Rovers"),
        ("Coach Jane Roe said Eastfield Wanderers had deserved the draw.", "Eastfield Wanderers"),
        ("Fans of Kelby United waited outside the ground for hours.", "Kelby United"),
    ],
)
def test_a_football_club_named_by_its_head_word_is_an_organisation(
    extractor: EntityExtractor, body: str, club: str
) -> None:
    assert _types(_entities(extractor, body)).get(club) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("headline", "name", "verb"),
    [
        ("Kelby Oy Sees Full-Year Profit", "Kelby Oy", "Sees"),
        ("Dunmore Mining Buys Copper Stake", "Dunmore Mining", "Buys"),
        ("Harwick Council Rejects Harbour Plan", "Harwick Council", "Rejects"),
    ],
)
def test_a_headline_verb_ends_the_name_before_it(
    extractor: EntityExtractor, headline: str, name: str, verb: str
) -> None:
    found = _entities(extractor, f"{name} said on Thursday it would say more next week.", headline=headline)
    assert not any(verb in m.text for e in found for m in e.mentions)


@pytest.mark.parametrize(
    ("body", "craft"),
    [
        (
            "Images from the Kelby Space Telescope showed a faint ring around the planet.",
            "Kelby Space Telescope",
        ),
        ("Engineers said the Harwick Orbiter would reach the moon in May.", "Harwick Orbiter"),
        ("Mission controllers lost contact with the Dunmore Spacecraft on Tuesday.", "Dunmore Spacecraft"),
    ],
)
def test_a_craft_or_instrument_named_by_its_head_word_is_a_product(
    extractor: EntityExtractor, body: str, craft: str
) -> None:
    assert _types(_entities(extractor, body)).get(craft) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "broadcaster"),
    [
        ("Vestria Radio said on Monday that the border had been closed.", "Vestria Radio"),
        ("Footage shown by Norland Television showed crowds in the square.", "Norland Television"),
        ("Reporters at the Harwick Newsroom filed the story late on Friday.", "Harwick Newsroom"),
    ],
)
def test_a_broadcaster_named_by_its_head_word_is_an_organisation(
    extractor: EntityExtractor, body: str, broadcaster: str
) -> None:
    assert _types(_entities(extractor, body)).get(broadcaster) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("name", "club"),
    [
        ("Dynamo Warsaw", True),
        ("Sporting Rotterdam", True),
        ("Jack London", False),  # a given name first: a person
        ("G. Hamburg", False),  # an initial first: a person
        ("Wang Shanghai", False),  # a Chinese surname first: a person
        ("Dynamo Vestby", False),  # no city the gazetteer knows
    ],
)
def test_a_word_and_then_a_city_is_a_club(name: str, club: bool) -> None:
    from consumer.entities.retype.person_names import club_of_city

    assert club_of_city(name, load_gazetteer()) is club


@pytest.mark.parametrize(
    ("body", "kept_apart"),
    [
        (
            "The Irish Republican Army said it had planted the bomb. "
            "The Army said soldiers had sealed off the area.",
            "Army",
        ),
        (
            "The Metropolitan Police said two men had been arrested in London. "
            "In Paris, Police said a third man fled.",
            "Police",
        ),
    ],
)
def test_a_national_body_or_a_placed_one_keeps_its_head_noun_apart(
    extractor: EntityExtractor, body: str, kept_apart: str
) -> None:
    found = _entities(extractor, body)
    assert not any(kept_apart in {m.text for m in e.mentions} and e.name != kept_apart for e in found)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Professor Michael Sells of the University of Chicago said the translation was faithful.",
            "Michael Sells",
        ),
        ("Amsterdam-based Jan Buys said the figures were wrong.", "Jan Buys"),
        ("Police arrested Harry Hotspur, 34, a bricklayer from Leeds, on Tuesday.", "Harry Hotspur"),
    ],
)
def test_a_surname_that_is_a_headline_verb_or_a_club_word_stays_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ("Fighting between Zulu and Xhosa supporters left three dead in the township.", "Xhosa"),
        ("Hundreds of Croats and Bosniaks returned to the valley on Monday.", "Bosniaks"),
        ("Armenians marked the anniversary with a march through the capital.", "Armenians"),
    ],
)
def test_ethnic_groups_and_plural_nationalities_are_norp(
    extractor: EntityExtractor, body: str, group: str
) -> None:
    found = _entities(extractor, body)
    assert any(e.type == "NORP" and group in {m.text for m in e.mentions} for e in found)


def test_an_acronym_defined_after_a_place_that_ends_the_name_joins_it(extractor: EntityExtractor) -> None:
    body = (
        "The Rally for the Return of Refugees and Democracy in Norland (RRDN) urged the agency to act. "
        "The RRDN said it feared expulsions."
    )
    found = _entities(extractor, body)
    owner = [e for e in found if "RRDN" in {m.text for m in e.mentions}]
    assert len(owner) == 1 and owner[0].name.startswith("Rally for the Return")


@pytest.mark.parametrize(
    ("body", "form"), [("She bought a PS4 on Friday.", "PS4"), ("The PS5 sold out.", "PS5")]
)
def test_a_listed_product_written_in_capitals_is_found(
    extractor: EntityExtractor, body: str, form: str
) -> None:
    # short capital forms are skipped as unknown acronyms unless a list knows them
    found = [e for e in _entities(extractor, body) if e.type == "PRODUCT"]
    assert any(m.text == form for e in found for m in e.mentions)


def test_an_unlisted_capitals_word_is_still_no_product(extractor: EntityExtractor) -> None:
    assert not [e for e in _entities(extractor, "She bought a XQ7 on Friday.") if e.type == "PRODUCT"]


def test_a_labelled_listing_line_with_capitalised_small_words_keeps_its_name(
    extractor: EntityExtractor,
) -> None:
    # "Label: Name For Work" lists a name, however its small words are cased
    body = (
        "The jury met on Friday.\n\nBest Director: Idris Okonkwo-Bale For Night Harbor\n\nThe gala followed."
    )
    assert any("Idris Okonkwo-Bale" in e.name for e in _entities(extractor, body) if e.type == "PERSON")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The AirPods 2 are $129 at most stores.", "AirPods 2"),
        ("Nintendo Switch Lite sales rose in November.", "Nintendo Switch Lite"),
        ("Xbox One Controller deals start on Friday.", "Xbox One Controller"),
    ],
)
def test_a_listed_product_takes_its_model_words(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PRODUCT"


def test_a_listed_product_before_an_ordinary_word_keeps_its_own_name(extractor: EntityExtractor) -> None:
    # "units", "sales": lower-case words are no model words
    names = {
        e.name
        for e in _entities(extractor, "Sony sold more Xbox units than it expected.")
        if e.type == "PRODUCT"
    }
    assert names == {"Xbox"}


def test_a_camel_case_product_is_matched(extractor: EntityExtractor) -> None:
    assert (
        _types(_entities(extractor, "An iPhone costs more in Brazil than in Chile.")).get("iPhone")
        == "PRODUCT"
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("I got my AirPods 3 days ago and lost them.", "AirPods"),
        ("Nintendo sold the Nintendo Switch 2 million times last year.", "Nintendo Switch"),
        ("Google Chrome 65 percent, Safari 19 percent, the survey found.", "Google Chrome"),
        ("The Xbox One 2014 update broke the menus.", "Xbox One"),
    ],
)
def test_a_count_or_a_year_after_a_listed_product_is_no_model_word(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    names = {m.text for e in _entities(extractor, body) for m in e.mentions if e.type == "PRODUCT"}
    assert name in names and not any(n.startswith(name + " ") for n in names)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("She was sent to Loretto Abbey in Dublin to begin her novitiate.", "Loretto Abbey"),
        ("The pilgrims walked to Kylemore Abbey at dawn.", "Kylemore Abbey"),
    ],
)
def test_a_religious_house_named_by_its_head_word_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ('Broker Khurshid Alam said: "The market sentiment will remain strong."', "Khurshid Alam"),
        ("Trainer Berti Vogts named his squad for the match against Poland.", "Berti Vogts"),
    ],
)
def test_a_trade_word_before_a_name_is_no_part_of_it(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


def test_a_speakers_name_whose_surname_the_model_read_alone_is_whole(extractor: EntityExtractor) -> None:
    body = (
        "The storm has winds of 105 mph.\n\n"
        '"Edouard is getting stronger and stronger," said hurricane forecaster Lixion Avila.'
    )
    assert _types(_entities(extractor, body)).get("Lixion Avila") == "PERSON"


def test_castle_is_a_surname_as_often_as_a_head_word(extractor: EntityExtractor) -> None:
    body = 'Rep. Mike Castle, R-Del., said the bill was flawed. "It will not pass," Castle said.'
    assert _types(_entities(extractor, body)).get("Mike Castle") == "PERSON"


@pytest.mark.parametrize(
    "body",
    [
        "LISBON - Police said on Monday that they had found the stolen van.",
        "OSAKA -- Officials said the port would reopen on Friday.",
        "DENVER \u2014 Firefighters said the blaze was contained.",
    ],
)
def test_no_name_runs_across_a_spaced_dash(extractor: EntityExtractor, body: str) -> None:
    """The model reads a recased dateline and the sentence's first word as one name ("Lisbon -
    Police"); a spaced dash parts them, and the sentence's opening word alone is no name."""
    mentioned = _mentioned(_entities(extractor, body))
    assert not any(re.search(r"\s(?:-|--|\u2014)\s", m) for m in mentioned)
    assert body.split()[2] not in mentioned


def test_a_side_after_a_spaced_dash_stays_a_name(extractor: EntityExtractor) -> None:
    mentioned = _mentioned(_entities(extractor, "Result on Sunday: Norwich City - Leeds United 2-1."))
    assert "Norwich City" in mentioned
    assert not any(" - " in m for m in mentioned)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # "to" after a purpose head word, before the body's acronym in parentheses
        ("Global Coalition to End Child Labour (GCECL", "Global Coalition to End Child Labour"),
        # the head word earlier in the name than the word before "to"
        (
            "Royal Society for the Prevention of Cruelty to Hedgehogs",
            "Royal Society for the Prevention of Cruelty to Hedgehogs",
        ),
        # no head word before "to": the name ends there
        ("Harbour Board Meeting to Discuss Fees", "Harbour Board Meeting"),
    ],
)
def test_to_inside_a_body_name_after_its_purpose_head(name: str, kept: str) -> None:
    """The model's span of a body named for its purpose is not cut at its "to"."""
    text = f"Delegates of the {name}) met in Oslo on Monday."
    start = text.index(name)
    cand = Candidate("body", start, start + len(name), "ORGANIZATION", "ner")
    gazetteer = load_gazetteer()
    tidied = retype.tidy([cand], {"body": text}, gazetteer)
    retype.retype(tidied, {"body": text}, gazetteer)
    assert [text[c.start : c.end] for c in tidied] == [kept]


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Toyota Motor Corp said on Tuesday it would build a plant. Toyota shares rose 2%.", "Toyota"),
        ("Volkswagen AG cut its forecast on Friday, and Volkswagen shares fell.", "Volkswagen"),
        ("HSBC Holdings Plc said profit rose. HSBC also raised its dividend.", "HSBC"),
    ],
)
def test_a_known_company_with_its_suffix_is_one_entity_with_its_bare_name(
    extractor: EntityExtractor, body: str, short: str
) -> None:
    """The gazetteer knows the company by its bare name; the suffixed form the model tags
    is the same company, not a second one."""
    found = _entities(extractor, body, headline="Markets update for the week")
    companies = [e for e in found if e.type == "ORGANIZATION" and short in e.name]
    assert len(companies) == 1, [e.name for e in companies]
    assert {m.text for m in companies[0].mentions} >= {short}


def test_a_longer_name_past_the_suffix_rule_stays_apart(extractor: EntityExtractor) -> None:
    """Only the suffix is dropped: a record label named for a fruit is no computer maker."""
    found = _entities(
        extractor, "Apple Records Ltd reissued the album. Apple said its phone sales rose.", "Music news"
    )
    orgs = {e.name for e in found if e.type == "ORGANIZATION"}
    assert "Apple" in orgs and any(o.startswith("Apple Records") for o in orgs), orgs


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Former player Joris van der Hoeven spoke on Monday at the club.", "Joris van der Hoeven"),
        ("The commissioner, Greta von der Aue, visited the port on Monday.", "Greta von der Aue"),
        ('"We were unlucky," club manager Pieter ten Brink said after the game.', "Pieter ten Brink"),
        ("Mayor Luisa de la Fuente opened the bridge on Friday.", "Luisa de la Fuente"),
    ],
)
def test_a_surname_with_particles_stays_whole(extractor: EntityExtractor, body: str, person: str) -> None:
    """The model ends names on their particles ("van der") or reads "ten" as a number; the
    surname after the particles belongs to the person, not to a club or a place."""
    people = {e.name for e in _entities(extractor, body, "Club news of the week") if e.type == "PERSON"}
    assert person in people, people


def test_a_lower_case_word_after_a_name_is_no_particle(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "Anna Berg met ten Dutch officials in Oslo.", "Talks in Oslo")
    assert "Anna Berg" in {e.name for e in found if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Sen. Carla Hendry, R-Okla., voted against the bill.", "Carla Hendry", "Senator"),
        ("Gov. Tomas Ruelas signed the order on Monday.", "Tomas Ruelas", "Governor"),
        ("Lt. Gov. Dana Pruett presided over the session.", "Dana Pruett", "Lieutenant Governor"),
        ("House Speaker Oren Blakely delayed the vote.", "Oren Blakely", "Speaker"),
    ],
)
def test_abbreviated_titles_before_a_name_are_roles(
    extractor: EntityExtractor, body: str, person: str, role: str
) -> None:
    found = {e.name: e for e in _entities(extractor, body, "Lawmakers react to the budget")}
    assert person in found, list(found)
    attributes = found[person].attributes
    assert attributes is not None and attributes.role == role


@pytest.mark.parametrize(
    ("body", "storm"),
    [
        ("Hurricane Delphine made landfall on the coast on Wednesday.", "Hurricane Delphine"),
        ("Typhoon Mara-kai slammed into the island, killing five people.", "Typhoon Mara-kai"),
        ("Cyclone Oduya tore through the port city of Beira on Friday.", "Cyclone Oduya"),
    ],
)
def test_a_named_storm_is_an_event(extractor: EntityExtractor, body: str, storm: str) -> None:
    found = _entities(extractor, body, "Storm news of the day")
    assert _types(found).get(storm) == "EVENT", _types(found)


def test_a_storm_word_inside_another_name_makes_no_event(extractor: EntityExtractor) -> None:
    found = _entities(extractor, "The army fired Storm Shadow missiles at the base.", "War news")
    assert "EVENT" not in _types(found).values()


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        ("Finance minister Ola Brandt said the budget was balanced.", "Ola Brandt", "Finance minister"),
        ("Health secretary Mira Okafor visited the hospital.", "Mira Okafor", "Health secretary"),
    ],
)
def test_a_portfolio_before_a_lower_case_title_is_part_of_the_role(
    extractor: EntityExtractor, body: str, person: str, role: str
) -> None:
    found = {e.name: e for e in _entities(extractor, body, "Budget news of the day")}
    attributes = found[person].attributes
    assert attributes is not None and (attributes.role, attributes.organization) == (role, None)


@pytest.mark.parametrize(
    ("body", "letters"),
    [
        ("The plan was backed by the LPK alliance and opposed by the Greens.", "LPK"),
        (
            "Dock workers at Harlow could strike next week, the FNV union said on Tuesday, after talks "
            "with employers broke down.",
            "FNV",
        ),
    ],
)
def test_capitals_named_by_the_kind_of_body_after_them_are_an_organisation(
    extractor: EntityExtractor, body: str, letters: str
) -> None:
    assert _types(_entities(extractor, body, "Labour news of the week")).get(letters) == "ORGANIZATION"


@pytest.mark.parametrize(
    "body",
    [
        "The AI group raised money from investors on Monday.",  # a common abbreviation
        "The US carrier cut flights to the islands on Monday.",  # a place
    ],
)
def test_known_capitals_before_a_body_word_make_no_new_organisation(
    extractor: EntityExtractor, body: str
) -> None:
    found = _entities(extractor, body, "Business news of the week")
    assert not any(e.type == "ORGANIZATION" and e.name in ("AI", "US") for e in found)


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            '"We gave them every chance," union negotiator Joost Verbeek told reporters.',
            "Joost Verbeek",
            "negotiator",
        ),
        ("Climate activist Lena Marsh led the march through the city.", "Lena Marsh", "activist"),
    ],
)
def test_more_lower_case_roles_before_a_name(
    extractor: EntityExtractor, body: str, person: str, role: str
) -> None:
    found = {e.name: e for e in _entities(extractor, body, "Strike news of the week")}
    attributes = found[person].attributes
    assert attributes is not None and attributes.role == role


@pytest.mark.parametrize(
    "body",
    [
        "The carrier ordered ten Skyjet 300 planes on Monday. Its 737 fleet will be retired.",
        "Deliveries start in March. Their 320 jets will fly from Oslo.",
    ],
)
def test_a_product_name_never_runs_over_a_sentence_end(extractor: EntityExtractor, body: str) -> None:
    found = _entities(extractor, body, "Airline orders of the week")
    assert not any(". " in m for m in _mentioned(found)), _mentioned(found)


def test_an_abbreviation_inside_a_product_name_is_no_sentence_end() -> None:
    text = "Maker Corp. sold the Aster Corp. X100 phone and the Nimbus Intl. S7 tablet."
    assert "Nimbus Intl. S7" in [text[s:e] for s, e in rules.products(text)]


@pytest.mark.parametrize(
    "body",
    [
        "Attendees included the mayor and two of her deputies.",
        "Protesters gathered outside the hall on Friday.",
    ],
)
def test_a_plural_of_people_opening_a_sentence_is_no_name(extractor: EntityExtractor, body: str) -> None:
    first = body.split()[0]
    assert first not in _mentioned(_entities(extractor, body, "Town hall meeting of the week"))


@pytest.mark.parametrize(
    ("body", "person", "organization"),
    [
        (
            "The plant cost 2 billion yuan, said Gao Ruimin, deputy manager of Dongxing Grid Co., Ltd.",
            "Gao Ruimin",
            "Dongxing Grid Co., Ltd.",
        ),
        (
            "Ren Jiafu, chairman of Hengtai Mining Co., Ltd., said output rose in May.",
            "Ren Jiafu",
            "Hengtai Mining Co., Ltd.",
        ),
        (
            "Sales grew, said Mara Feld, chief executive of Ostwind Inc., on Friday.",
            "Mara Feld",
            "Ostwind Inc.",
        ),
    ],
)
def test_a_legal_suffix_does_not_end_a_role_in_apposition(
    extractor: EntityExtractor, body: str, person: str, organization: str
) -> None:
    found = {e.name: e for e in _entities(extractor, body, "Company news of the day")}
    attributes = found[person].attributes
    assert attributes is not None and attributes.organization == organization, attributes


def test_a_sentence_after_a_legal_suffix_is_no_part_of_the_role(extractor: EntityExtractor) -> None:
    body = "Output rose, said Ren Jiafu, chairman of Hengtai Mining Co., Ltd. Prices fell in June."
    found = {e.name: e for e in _entities(extractor, body, "Company news of the day")}
    attributes = found["Ren Jiafu"].attributes
    assert attributes is not None and attributes.role == "chairman of Hengtai Mining Co., Ltd."


@pytest.mark.parametrize(
    ("body", "paper"),
    [
        ("The figures were first printed by the Harbin Evening News on Monday.", "Harbin Evening News"),
        ("The story was first reported by the Tulsa Morning News and later by others.", "Tulsa Morning News"),
        ("Sales rose, the Winnipeg Star reported on Friday.", "Winnipeg Star"),
    ],
)
def test_a_place_and_a_newspaper_title_word_name_a_newspaper(
    extractor: EntityExtractor, body: str, paper: str
) -> None:
    assert _types(_entities(extractor, body, "Media round-up of the day")).get(paper) == "ORGANIZATION"


@pytest.mark.parametrize("name", ["Morning Star", "Lone Star", "Rising Star", "Evening News", "Good News"])
def test_a_title_word_after_no_place_makes_no_newspaper(name: str) -> None:
    assert not _newspaper(name, load_gazetteer())


@pytest.mark.parametrize(
    ("body", "club"),
    [
        ("Lakeport City moved top with a 3-1 win over West Fenton on Sunday.", "West Fenton"),
        ("Mountain State Rangers beat the Bay City Pilots 104-99 on Friday.", "Bay City Pilots"),
        ("Hollins moved top with a 3-1 win over Port Alder on Sunday.", "Port Alder"),
    ],
)
def test_a_place_like_name_on_a_side_of_a_result_is_a_club(
    extractor: EntityExtractor, body: str, club: str
) -> None:
    assert _types(_entities(extractor, body, "Results of the weekend")).get(club) == "ORGANIZATION"


def test_a_place_that_beat_expectations_stays_a_place(extractor: EntityExtractor) -> None:
    body = "Exports from the Harbor Islands beat expectations in May, officials said."
    assert (
        _types(_entities(extractor, body, "Trade figures of the month")).get("Harbor Islands") == "LOCATION"
    )


def _group(kind: EntityType, name: str, start: int) -> records.CandidateGroup:
    cand = Candidate("body", start, start + len(name), kind, "ner")
    return records.CandidateGroup(kind, [cand], None, name)


def test_a_club_named_by_its_last_word_is_the_club() -> None:
    # "Bay City Pilots won again. Pilots lead the table."
    full, short = _group("ORGANIZATION", "Bay City Pilots", 0), _group("LOCATION", "Pilots", 27)
    joined = short_forms.join_nicknames([full, short])
    assert joined == [full] and len(full.cands) == 2


@pytest.mark.parametrize("short", ["Bank", "The"])
def test_a_head_noun_or_a_stop_word_is_no_nickname(short: str) -> None:
    full, lone = _group("ORGANIZATION", f"Port Alder {short}", 0), _group("LOCATION", short, 30)
    assert lone in short_forms.join_nicknames([full, lone])


def test_a_last_word_two_names_share_joins_neither() -> None:
    first, second = _group("ORGANIZATION", "Bay City Pilots", 0), _group("ORGANIZATION", "Lake Pilots", 20)
    lone = _group("LOCATION", "Pilots", 40)
    assert lone in short_forms.join_nicknames([first, second, lone])


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Ana Ruiz, a nurse at the clinic, spent the night there.", "Ana Ruiz"),
        ("Helen Okafor, a local rice farmer, lost her crop in the flood.", "Helen Okafor"),
        ("Peter Lindgren, 61, has run the ferry for thirty years.", "Peter Lindgren"),
    ],
)
def test_a_given_name_and_a_surname_described_as_a_person_is_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body, "Flood stories of the week")).get(person) == "PERSON"


@pytest.mark.parametrize(
    ("after", "person"),
    [
        (", a local rice farmer, said", True),
        (", 54, said", True),
        (", the team's coach, said", True),
        (", a park in the old town, reopened", False),
        (", the carmaker, said", False),
        (" and others said", False),
    ],
)
def test_only_an_apposition_of_a_role_trade_kin_or_age_describes_a_person(after: str, person: bool) -> None:
    text = "Ana Ruiz" + after
    assert _described_person(text, len("Ana Ruiz")) is person


@pytest.mark.parametrize(
    "body",
    [
        "Bremen City moved top of the league table after the match on Saturday.",
        "Salford City scored twice in the second half to win the cup tie.",
    ],
)
def test_a_city_and_city_in_a_story_of_a_game_is_a_club(extractor: EntityExtractor, body: str) -> None:
    found = _types(_entities(extractor, body, "Football results of the weekend"))
    assert [t for n, t in found.items() if n.endswith("City")] == ["ORGANIZATION"], found


@pytest.mark.parametrize(
    "body",
    [
        "Riders will meet at the show grounds in Chesapeake City, MD, for the medal final.",
        "Bremen City is a quiet district of the port, far from the shipyards.",
    ],
)
def test_a_town_named_city_stays_a_place(extractor: EntityExtractor, body: str) -> None:
    found = _types(_entities(extractor, body, "Town news of the weekend"))
    assert "ORGANIZATION" not in [t for n, t in found.items() if n.endswith("City")], found


@pytest.mark.parametrize(
    ("surface", "name"),
    [("5,000mAh", False), ("128GB", False), ("120Hz", False), ("4K", False), ("3M", True), ("1MDB", True)],
)
def test_an_amount_glued_to_its_unit_is_no_name(surface: str, name: bool) -> None:
    assert no_name(surface) is not name


def test_a_battery_size_is_no_organisation(extractor: EntityExtractor) -> None:
    body = "Samsung's phone has a 6.8-inch screen and a 5,000mAh battery."
    assert "5,000mAh" not in _types(_entities(extractor, body, "Phone review of the week"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops took the village of Marinka", True),
        ("It moved to the port city of Tuzla", True),
        ("Leaders of the Council of Europe", False),
        ("The ministry of Health", False),
        ("He spoke in Parliament", False),
    ],
)
def test_the_kind_of_a_place_before_a_name(text: str, place: bool) -> None:
    start = text.rindex(" ") + 1
    assert retype.kind_of_place_before(text, start) is place


def test_a_village_the_gazetteer_lacks_is_a_place(extractor: EntityExtractor) -> None:
    body = (
        "Russia's defence ministry said its forces had taken the village of Marinka after weeks of fighting."
    )
    assert _types(_entities(extractor, body, "War news of the day")).get("Marinka") == "LOCATION"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GUIYANG, June 3 (Xinhua) -- Villager Li Hongmei runs a homestay.", "Li Hongmei"),
        ("Volunteer Chen Jie, 24, teaches children at the school.", "Chen Jie"),
        ("Farmer Zhang Qiang grows tea on the hillside.", "Zhang Qiang"),
    ],
)
def test_a_descriptor_before_a_name_is_not_in_it(extractor: EntityExtractor, text: str, name: str) -> None:
    people = {e.name for e in _entities(extractor, text) if e.type == "PERSON"}
    assert name in people
    assert not any(p.endswith(name) and p != name for p in people)


def test_an_autonomous_area_of_two_peoples_is_one_place(extractor: EntityExtractor) -> None:
    body = (
        "KAILI, Aug 2 (Xinhua) -- In Qiandongnan Miao and Dong Autonomous Prefecture, Guizhou, the number "
        "of visitors rose 20 percent."
    )
    places = {e.name for e in _entities(extractor, body) if e.type == "LOCATION"}
    assert "Qiandongnan Miao and Dong Autonomous Prefecture" in places
    assert not any(
        p.startswith("Qiandongnan") and p != "Qiandongnan Miao and Dong Autonomous Prefecture" for p in places
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Qinghai-Tibet Plateau drew hikers this summer.", "Qinghai-Tibet Plateau"),
        ("Farmers in the Sichuan Basin harvested rice early.", "Sichuan Basin"),
        ("The Tibetan Plateau is warming.", None),
    ],
)
def test_a_land_form_after_known_places_is_one_place(text: str, place: str | None) -> None:
    gazetteer = load_gazetteer()
    found = [text[s:e] for s, e in rules.facilities(text, lambda w: retype.is_place(w, gazetteer))]
    assert found == ([place] if place else [])


def test_a_surname_two_people_share_is_the_one_named_last(extractor: EntityExtractor) -> None:
    body = (
        "BEIJING, May 12 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Brazilian Foreign "
        'Minister Mauro Vieira in Beijing on Friday. "China is willing to work with Brazil," Wang said.\n\n'
        "Foreign Ministry spokesperson Wang Wenbin told a press conference later that day that the visit "
        'was a success. "The talks were candid and productive," Wang said.'
    )
    found = _entities(extractor, body)
    assert not any(e.name == "Wang" for e in found)
    by_name = {e.name: e for e in found}
    said = [m.start() + len('," ') for m in re.finditer(r'," Wang said', body)]
    assert any(m.start == said[0] for m in by_name["Wang Yi"].mentions)
    assert any(m.start == said[1] for m in by_name["Wang Wenbin"].mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "AMMAN, Jan 5 (Xinhua) -- Jordanian Foreign Minister Ayman al-Safadi arrived in Cairo on Sunday.",
            "Ayman al-Safadi",
        ),
        (
            "SEOUL, Jan 5 (Yonhap) -- South Korean Minister Park Sang-woo visited the port on Sunday.",
            "Park Sang-woo",
        ),
        (
            "LOS ANGELES (AP) -- LeBron James' triple-double led the Lakers past the Suns on Monday.",
            "LeBron James",
        ),
        (
            "DOHA, Jan 5 (Xinhua) -- Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met the envoy.",
            "Mohammed bin Abdulrahman Al Thani",
        ),
    ],
)
def test_a_name_the_model_cuts_short_goes_on(extractor: EntityExtractor, text: str, name: str) -> None:
    people = {e.name for e in _entities(extractor, text) if e.type == "PERSON"}
    assert name in people


def test_an_english_word_after_a_hyphen_is_no_syllable_of_a_name() -> None:
    text = "Jones-led coalition"
    assert candidates_module._name_goes_on(text, len("Jones")) == len("Jones")
    assert candidates_module._name_goes_on("Park Sang-woo said", len("Park Sang")) == len("Park Sang-woo")


@pytest.mark.parametrize(
    "body",
    [
        "The vote was close. Chancellor Olaf Scholz said the plan would work.",
        'The vote was close. Olaf Scholz said on Monday the plan would work. "Yes," Scholz told reporters.',
    ],
)
def test_a_name_with_a_title_or_a_speaking_surname_is_a_person(extractor: EntityExtractor, body: str) -> None:
    assert _types(_entities(extractor, body)).get("Olaf Scholz") == "PERSON"


def test_only_a_surname_speaking_alone_makes_a_person() -> None:
    text = "Lockheed Martin said on Monday that orders rose. Scholz told reporters the plan was sound."
    assert speaking_words(text) == frozenset({"Scholz"})


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("KYIV, May 3 (Xinhua) -- Heavy fighting was reported near Bakhmut on Monday.", "Bakhmut"),
        ("KYIV, May 3 (Xinhua) -- Thousands of people fled Sumy on Monday as shelling intensified.", "Sumy"),
        ("KYIV, May 3 (Xinhua) -- He was born in Kramatorsk in 1975 and moved to the capital.", "Kramatorsk"),
    ],
)
def test_a_small_town_after_in_or_fled_is_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


def test_a_storm_named_with_its_kind_is_one_event(extractor: EntityExtractor) -> None:
    body = (
        "HANOI, Aug 25 (Xinhua) -- Typhoon Kajiki hit Vietnam on Monday, forcing the evacuation of "
        "thousands of residents along the coast.\n\nKajiki weakened over Laos on Tuesday."
    )
    found = _entities(extractor, body)
    storms = [e for e in found if "Kajiki" in e.name]
    assert [(e.name, e.type, len(e.mentions)) for e in storms] == [("Typhoon Kajiki", "EVENT", 2)]


# --------------------------------------------------------------------------- players in a set score


@pytest.mark.parametrize(
    ("body", "players"),
    [
        (
            "MADRID (AP) — Kyrylo Horbach cruised past Tomasz Wierzbicki 6-2, 6-1 in the second round.",
            ("Kyrylo Horbach", "Tomasz Wierzbicki"),
        ),
        (
            "PARIS (AP) — Italy won after Matteo Arnaldi edged Alexei Popyrin 7-5, 2-6, 6-4 on Friday.",
            ("Matteo Arnaldi", "Alexei Popyrin"),
        ),
        (
            "LONDON (Reuters) - Top seed Kyrylo Horbach fell to Radek Hlavacek 7-6 (4), 6-3 on Monday.",
            ("Kyrylo Horbach", "Radek Hlavacek"),
        ),
    ],
)
def test_the_sides_of_a_set_score_are_players(
    extractor: EntityExtractor, body: str, players: tuple[str, ...]
) -> None:
    types = _types(_entities(extractor, body))
    assert all(types.get(p) == "PERSON" for p in players), types


@pytest.mark.parametrize(
    ("body", "side"),
    [
        ("LONDON (Reuters) - Manchester City beat Sheffield United 3-1 on Saturday.", "Manchester City"),
        ("TOKYO (AP) — Brazil beat Italy 25-20, 25-22, 25-19 in the volleyball final on Sunday.", "Brazil"),
        ("TOKYO (AP) — Brazil beat Italy 25-20, 25-22, 25-19 in the volleyball final on Sunday.", "Italy"),
    ],
)
def test_a_team_or_a_country_in_a_score_is_no_player(
    extractor: EntityExtractor, body: str, side: str
) -> None:
    assert _types(_entities(extractor, body)).get(side) not in (None, "PERSON")


# --------------------------------------------------------------------------- "a ... producer who"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "LOS ANGELES (AP) — Prosecutors charged Dariusz Kowalczyk, a film producer who made three "
            "thrillers, with wire fraud on Thursday.",
            "Dariusz Kowalczyk",
        ),
        (
            "SEOUL (AP) — Kwabena Mensah, a music producer who worked with the band, told the court that "
            "staff were pressured.",
            "Kwabena Mensah",
        ),
        (
            "SOFIA (Reuters) - Radoslav Petkov, a property developer whose towers line the coast, was "
            "arrested on Monday.",
            "Radoslav Petkov",
        ),
    ],
)
def test_an_apposition_with_who_makes_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "SHENYANG (Xinhua) -- Siasun, a robot maker that is based in Shenyang, won the contract.",
            "Siasun",
        ),
        (
            "LONDON (Reuters) - Kessler Hale, a charity who helps veterans, closed its doors on Monday.",
            "Kessler Hale",
        ),
        (
            "OSLO (Reuters) - Nordvik Films, a film producer with studios in Bergen, was sold on Friday.",
            "Nordvik Films",
        ),
    ],
)
def test_an_apposition_without_a_person_keeps_a_body(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) not in (None, "PERSON")


# --------------------------------------------------------------------------- "In December," opening a clause


@pytest.mark.parametrize(
    "body",
    [
        "Halvern's weak results sent it looking for a partner. In December, the firm bid $16.50 a share.",
        "Sales slowed. In October, the retailer closed 40 stores across the region.",
        "Sales slowed. Since January, the carrier has cut 12 routes.",
        "Sales slowed. On Friday, the bank raised rates.",
        "Sales slowed. Last December, the insurer paid out $2 million.",
    ],
)
def test_a_preposition_and_a_date_word_are_no_name(extractor: EntityExtractor, body: str) -> None:
    names = {e.name for e in _entities(extractor, body)}
    assert not any(n.split()[-1] in ("December", "October", "January", "Friday") for n in names), names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shoppers crowded the malls on Black Friday, when Tessaro cut prices by half.", "Black Friday"),
        (
            "Online retailers reported record orders on Cyber Monday, the busiest day of the season.",
            "Cyber Monday",
        ),
    ],
)
def test_a_named_day_stays_a_name(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in {e.name for e in _entities(extractor, body)}


# --------------------------------------------------------------------------- a game's title is a product


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "TOKYO (Reuters) - Sony said its mobile game Astro Bot sold 1.5 million copies in a month.",
            "Astro Bot",
            "PRODUCT",
        ),
        (
            "TOKYO (Reuters) - The video game Ember Quest Legends topped the charts in its first week.",
            "Ember Quest Legends",
            "PRODUCT",
        ),
        (
            'SEOUL (AP) — Fans queued for the computer game "Harbour of Kings" on its release day.',
            "Harbour of Kings",
            "PRODUCT",
        ),
        (
            "LONDON (Reuters) - Her novel The Dragon Waiting sold 1.5 million copies in a month.",
            "The Dragon Waiting",
            "MISC",
        ),
        (
            'LONDON (Reuters) - The film "Harbour Lights" took $20 million in its first weekend.',
            "Harbour Lights",
            "MISC",
        ),
    ],
)
def test_a_game_title_is_a_product_and_other_works_misc(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = _types(_entities(extractor, body))
    assert types.get(name) == kind or types.get(name.removeprefix("The ")) == kind, types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "She starred in a sitcom called Harbor Nights, which ran for two seasons on cable.",
            "Harbor Nights",
        ),
        (
            "In 2009 he hosted a reality series called Copper Kettle Kitchen for a local network.",
            "Copper Kettle Kitchen",
        ),
        (
            "Later she wrote a novel titled Quiet Ferry Crossing about smugglers on the coast.",
            "Quiet Ferry Crossing",
        ),
        (
            "Marlowe Fenn's 1994 album Glass Orchard sold two million copies in its first year.",
            "Glass Orchard",
        ),
        (
            "Veyra's hit movie Lantern Street Lights earned $40 million in its opening weekend.",
            "Lantern Street Lights",
        ),
        (
            "The Quiet Ferry, a 1998 thriller about smugglers, is back in print this spring.",
            "The Quiet Ferry",
        ),
        ("Northern Verge, her second novel, sold poorly at first but later won a prize.", "Northern Verge"),
        ("Pale Orchard Road, an urban fantasy about bootleggers, stars a shy thief.", "Pale Orchard Road"),
    ],
)
def test_a_title_named_by_its_kind_of_work_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    """A title after "a sitcom called", a maker's "1994 album", or before an apposition whose head
    is the kind of work ("X, her second novel,") is a work, whatever the model read."""
    types = _types(_entities(extractor, body))
    assert types.get(name) == "MISC" or types.get(name.removeprefix("The ")) == "MISC", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Brightwater Pictures, a film studio based in Atlanta, said it would cut jobs.",
            "Brightwater Pictures",
        ),
        ("She joined a company called Harbor Nights Logistics after college.", "Harbor Nights Logistics"),
        ("Kestrel Records, the label behind the album, said sales rose.", "Kestrel Records"),
        ("The Acme Corp's 2020 album sales were down, Dana Ruiz said.", "Acme Corp"),
    ],
)
def test_a_studio_or_label_near_a_kind_of_work_stays_a_body(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Press, a book publisher in Boston, said sales rose last year.",
        "Ridgeway, a film producer who lives in Ohio, said the shoot was over.",
        "He shared the show called for by the council with the mayor.",
        "The startup closed its series A round in March.",
        "Dana Ruiz, the series creator, said filming starts in May.",
    ],
)
def test_no_work_title_without_a_work(text: str) -> None:
    assert list(rules.work_titles(text)) == []


@pytest.mark.parametrize(
    ("body", "owned", "owner"),
    [
        (
            "Manager Rory Vance bought the label. Vance’s Harbor Lane Holdings paid $300 million.",
            "Harbor Lane Holdings",
            "Rory Vance",
        ),
        (
            "Rory Vance declined to comment. The deal made Vance's Ithaca Media Group the largest owner.",
            "Ithaca Media Group",
            "Rory Vance",
        ),
        (
            "Producer Lena Marsh left in May, and Marsh's Copper Hill Studios closed.",
            "Copper Hill Studios",
            "Lena Marsh",
        ),
    ],
)
def test_a_surname_owning_a_body_is_split_off(
    extractor: EntityExtractor, body: str, owned: str, owner: str
) -> None:
    """ "Vance's Harbor Lane Holdings" after "Rory Vance": the owner is the short form of a name the
    story gives on its own, and the body is named without the possessive."""
    types = _types(_entities(extractor, body))
    assert types.get(owned) == "ORGANIZATION" and types.get(owner) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Analysts at Acme Bank agreed. Bank's Asset Management arm grew fast.", None),
        ("Lena Marsh said the People's Liberation Army held drills.", "People's Liberation Army"),
        ("Ronald Pike said Pike's Diner will close.", None),
    ],
)
def test_a_possessive_without_a_known_short_owner_stays(
    extractor: EntityExtractor, body: str, name: str | None
) -> None:
    names = _types(_entities(extractor, body))
    assert "Asset Management" not in names and "Diner" not in names, names
    if name is not None:
        assert name in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "He was hired as a consultant for the Glass Harbor Saga series, mostly to keep him solvent.",
            "Glass Harbor Saga",
        ),
        ("She wrote two Iron Tide novels before turning to poetry in 1990.", "Iron Tide"),
        ("Critics praised the new Copper Gate franchise, which began in 2015.", "Copper Gate"),
    ],
)
def test_a_name_before_a_kind_of_work_is_the_work(extractor: EntityExtractor, body: str, name: str) -> None:
    """ "the Wheel of Time series", "two Star Trek novels": a body the model read, of two words or
    more, right before a kind of work that ends its noun phrase, is the work (MISC)."""
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "The Harbor Lane Studios films sold well in Europe last year.",
            "Harbor Lane Studios",
            "ORGANIZATION",
        ),
        ("Marvel films and Pixar movies topped the box office.", "Pixar", "ORGANIZATION"),
        ("The startup Tidewell Labs series A round raised $5 million.", "Tidewell Labs", "ORGANIZATION"),
        ("Stephen Marsh novels sell well in airports.", "Stephen Marsh", "PERSON"),
    ],
)
def test_a_maker_or_author_before_a_kind_of_work_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "degrees"),
    [
        ('"Masks help," said Jane Rowe, MD, MPH, a professor of medicine at the school.', ["MD", "MPH"]),
        ("Lena Marsh, PhD, MSN, leads the nursing program at the clinic.", ["PhD", "MSN"]),
        ("Tom Pike, MBA, CPA, advises small firms on taxes.", ["MBA", "CPA"]),
    ],
)
def test_degrees_after_a_name_are_no_entities(
    extractor: EntityExtractor, body: str, degrees: list[str]
) -> None:
    """Post-nominal letters after a person's name are her degrees, no body and no Maryland."""
    names = _types(_entities(extractor, body))
    assert not any(d in names for d in degrees), names


@pytest.mark.parametrize(
    "body",
    [
        "The company moved from Baltimore, MD, to Austin last year.",
        "Dr. Jane Rowe of Baltimore, MD, said the trial was over.",
    ],
)
def test_a_state_code_after_a_town_stays_a_place(extractor: EntityExtractor, body: str) -> None:
    # named by the state's full name now that the code is linked to it, "MD" its mention
    assert _types(_entities(extractor, body)).get("Maryland") == "LOCATION"


# --------------------------------------------------------------------------- "X said he ..."


@pytest.mark.parametrize(
    "body",
    [
        "CLEVELAND (AP) — Sione Tupou said he was ready to play on Sunday.",
        "CLEVELAND (AP) — Sione Tupou said on Monday that she would retire at the end of the season.",
        "CLEVELAND (AP) — Sione Tupou says she has no regrets about the move.",
    ],
)
def test_a_name_saying_he_or_she_is_a_person(extractor: EntityExtractor, body: str) -> None:
    assert _types(_entities(extractor, body)).get("Sione Tupou") == "PERSON"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("BERLIN (Reuters) - Tarrant Hale said it would cut 300 jobs after a weak year.", "Tarrant Hale"),
        ("NEW YORK (Reuters) - Goldman Sachs said he had left the bank in March.", "Goldman Sachs"),
        ("BERLIN (Reuters) - Deutsche Bank told staff he had left the bank in March.", "Deutsche Bank"),
    ],
)
def test_a_body_that_speaks_stays_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


# --------------------------------------------------------------------------- a maker before a product


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "SEATTLE (Reuters) - Users can now ask Amazon Alexa to book a taxi, the company said on Monday.",
            "Amazon Alexa",
        ),
        (
            "SEATTLE (Reuters) - Owners of Microsoft Surface laptops reported battery faults on Monday.",
            "Microsoft Surface",
        ),
        (
            "SEATTLE (Reuters) - Users can now ask Google Gemini to book a taxi, the company said.",
            "Google Gemini",
        ),
    ],
)
def test_a_known_maker_before_a_name_makes_a_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("SEOUL (Reuters) - Samsung Electronics said profit rose 10% in the quarter.", "Samsung Electronics"),
        ("SEATTLE (Reuters) - Amazon Web Services said the outage was fixed.", "Amazon Web Services"),
        ("TOKYO (Reuters) - Sony Pictures said the film would open in May.", "Sony Pictures"),
    ],
)
def test_a_makers_division_stays_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


# --------------------------------------------------------------------------- a name before its kind of device


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "DETROIT (Reuters) - Ford recalled 90,000 of its Maverick pickups on Friday over a brake fault.",
            "Maverick",
        ),
        (
            "DETROIT (Reuters) - The company will build its Ridgeline Trek SUV in Ohio from next year.",
            "Ridgeline Trek",
        ),
        ("SEOUL (Reuters) - Its Horizon Quest headset goes on sale on Friday for $299.", "Horizon Quest"),
        ("SEOUL (Reuters) - The Orbit Ring smartwatch goes on sale on Friday for $299.", "Orbit Ring"),
    ],
)
def test_a_name_before_a_kind_of_device_is_a_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("SEOUL (Reuters) - The Samsung console goes on sale on Friday for $299.", "Samsung"),
        ("DETROIT (Reuters) - The Chinese SUV makers gained share in Europe last year.", "Chinese"),
        ("DETROIT (Reuters) - The Toyota pickup was the best seller in Texas last year.", "Toyota"),
    ],
)
def test_a_maker_before_a_kind_of_device_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) not in (None, "PRODUCT")


# --------------------------------------------------------------------------- a model name before its kind


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "LONDON (Reuters) - Pilots flew Dynacore Raptor fighters over the coast on Sunday.",
            "Dynacore Raptor",
        ),
        ("SEOUL (Reuters) - Gamers lined up for Omnix Pulse consoles in Seoul on Friday.", "Omnix Pulse"),
        ("DETROIT (Reuters) - Recalls hit Voltan Rogue sedans in Ohio last month.", "Voltan Rogue"),
    ],
)
def test_a_model_name_before_a_plural_kind_of_device_is_a_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("SEATTLE (Reuters) - Goldman Sachs analysts expect the phone market to shrink.", "Goldman Sachs"),
        ("SEATTLE (Reuters) - General Motors sedans sold well in Texas last year.", "General Motors"),
        ("PARIS (Reuters) - Airbus jets were grounded at three airports on Monday.", "Airbus"),
        ("TOKYO (Reuters) - Sony Pictures said the film would open in May.", "Sony Pictures"),
        # the kind noun modifies a noun after it, or the body is an armed service
        ("NEW YORK (Reuters) - Deutsche Telekom phone customers lost service on Monday.", "Deutsche Telekom"),
        ("KYIV (Reuters) - Ukrainian Air Force jets downed two drones.", "Air Force"),
    ],
)
def test_a_maker_before_a_kind_of_device_stays_a_body(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- tournaments by their head word


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Stefanos Halkias reached the final of the Monte Carlo Masters on Saturday.", "Monte Carlo Masters"),
        ("Jannik Rossi withdrew from the Shanghai Masters with an injury on Tuesday.", "Shanghai Masters"),
        ("Rory Keane finished third at the Harbour Town Classic, the tour said.", "Harbour Town Classic"),
        ("Maria Sakkas reached the final of the Lakeside Invitational on Friday.", "Lakeside Invitational"),
    ],
)
def test_a_tournament_named_by_its_head_word_is_an_event(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "EVENT"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The Open University said on Monday that fees would rise.", "Open University", "ORGANIZATION"),
        ("Kessler Masters, 34, was charged with fraud on Monday.", "Kessler Masters", "PERSON"),
    ],
)
def test_a_tournament_word_inside_a_name_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


# --------------------------------------------------------------------------- appositive products


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Regulators approved Morvatil, a drug made by Pellam Labs, for adults with asthma.", "Morvatil"),
        ("Quarry Works released Hollow Tide, its new role-playing game, on Friday.", "Hollow Tide"),
        ("Dunmore unveiled the Arlo Vesta, an electric SUV with a range of 500 km.", "Arlo Vesta"),
        ("Users flocked to Brightnote, a note-taking app that costs $3 a month.", "Brightnote"),
    ],
)
def test_name_set_off_by_its_kind_of_product_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Shares of Corlan, a drug maker based in Ohio, rose 4 percent.", "Corlan"),
        ("Tom Welling, a game designer from Leeds, said the studio would grow.", "Tom Welling"),
        ("Mara Quist, a drug policy expert, said the law would fail.", "Mara Quist"),
    ],
)
def test_maker_or_person_before_a_kind_word_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- bare model forms


def _owner_of(entities: list[Entity], surface: str) -> Entity | None:
    return next((e for e in entities if any(m.text == surface for m in e.mentions)), None)


@pytest.mark.parametrize(
    ("body", "short", "product"),
    [
        ("Pelican Air ordered 30 Corvo K7 jets on Monday. The K7 seats 160 passengers.", "K7", "Corvo K7"),
        (
            "Tallis recalled the Morrow GX9 sedan. Owners of the GX9 were told to stop driving.",
            "GX9",
            "Morrow GX9",
        ),
        (
            "Brindle unveiled the Zephra 8 Pro phone on Tuesday. Analysts said the Zephra would sell well.",
            "Zephra",
            "Zephra 8 Pro",
        ),
    ],
)
def test_a_product_named_again_by_its_bare_model_is_the_product(
    extractor: EntityExtractor, body: str, short: str, product: str
) -> None:
    found = _entities(extractor, body)
    owner = _owner_of(found, short)
    assert owner is not None and owner.name == product and owner.type == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "short"),
    [
        (
            "Harrow Aero delivered its first Harrow H9 jet in May. Harrow said deliveries would rise.",
            "Harrow",
        ),
        ("Orla launched the Orla 5 phone on Monday. Orla's chief executive said demand was strong.", "Orla"),
        ("Delta ordered 20 Airbus A321neo jets. Airbus said it would deliver them in 2027.", "Airbus"),
    ],
)
def test_a_maker_named_alone_is_not_its_product(extractor: EntityExtractor, body: str, short: str) -> None:
    owner = _owner_of(_entities(extractor, body), short)
    assert owner is None or owner.type != "PRODUCT"


# --------------------------------------------------------------------------- a maker's product by its kind


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Quillon's Dovara SUV was recalled on Monday over a faulty airbag.", "Dovara"),
        ("The recall covers 12,000 Tavrin sedans built last year, regulators said.", "Tavrin"),
        ("Reviewers said Ventor's Aria earbuds were the best this year.", "Aria"),
    ],
)
def test_a_name_between_a_maker_or_count_and_a_kind_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ford's Kentucky pickup plant will close for two weeks in June.", "Kentucky"),
        ("The company's Detroit SUV plant added a third shift.", "Detroit"),
        ("The firm sold 3,000 Chinese sedans in Chile last year.", "Chinese"),
    ],
)
def test_a_place_between_a_maker_and_a_kind_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- an owner's app


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Pellam said its Brightwave app had 10 million users by March.", "Brightwave"),
        ("Users of Corlin's Tidewell app can now pay bills with it.", "Tidewell"),
        ("Banks said their Quickpay software was hit by an outage on Monday.", "Quickpay"),
    ],
)
def test_a_name_between_its_owner_and_app_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The agency said its COVID-19 app had been downloaded widely.", "COVID-19"),
        ("The bank's London app team moved to a new office.", "London"),
        ("Uber said the Harwick app would close; Harwick said it disagreed.", "Harwick"),
    ],
)
def test_other_names_before_an_app_are_no_product(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- trims in capitals


def _product_with(entities: list[Entity], surface: str) -> bool:
    return any(e.type == "PRODUCT" and any(surface in m.text for m in e.mentions) for e in entities)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("We drove the Soren Velo XLE. It makes 203 horsepower.", "Soren Velo XLE"),
        ("The Tarsa LX trim starts at $27,500 before options.", "Tarsa LX"),
        ("Dealers priced the Marren Ostra GT at $45,000, a rise of 4 percent.", "Ostra GT"),
    ],
)
def test_a_name_with_a_trim_in_capitals_and_specs_nearby_is_a_product(
    extractor: EntityExtractor, body: str, surface: str
) -> None:
    assert _product_with(_entities(extractor, body), surface)


@pytest.mark.parametrize(
    "body",
    [
        "The Labour MP said the plan costs $4 billion a year.",
        "The Dunmore CEO earned $3 million last year, filings showed.",
        "The Harlow FC squad cost $20 million to assemble.",
    ],
)
def test_a_role_or_body_in_capitals_is_no_trim(extractor: EntityExtractor, body: str) -> None:
    assert not any(e.type == "PRODUCT" for e in _entities(extractor, body))


# --------------------------------------------------------------------------- kind word, then the name


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Tests on the weather satellite Tarvik and the ground lab ended in May.", "Tarvik"),
        # a real platform the text calls an app (the gazetteer lists it as a company)
        ("Volunteers met on the messaging application WhatsApp during the flood.", "WhatsApp"),
        ("Residents can report faults on the messaging application Pinlo, officials said.", "Pinlo"),
        ("The firm tested its cargo spaceplane Skyrell over the desert last spring.", "Skyrell"),
        ("Doctors gave the patient the experimental drug Velantrex for two weeks.", "Velantrex"),
    ],
)
def test_name_after_its_kind_of_product_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The vaccine Harlan Biotech developed was shipped to clinics in May.", "Harlan Biotech"),
        ("Analysts questioned the app Dana Whitfield designed for the city council.", "Dana Whitfield"),
        ("Lawmakers read about the FBI probe Crossfire Hurricane in the report.", "Crossfire Hurricane"),
        ("The vaccine Corvell and Dunmore Labs built is cheap.", "Corvell"),
        ("Investors praised the software giant Orbix for its results.", "Orbix"),
    ],
)
def test_a_clause_subject_or_an_inquiry_after_a_kind_word_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- an owner's vehicle or craft


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Halvor said it could carry more cargo with its Sky Ranger vehicle next year.", "Sky Ranger"),
        ("Engineers fixed a valve on Orvane's Tessaly spacecraft before the launch.", "Tessaly"),
        ("The agency said their Brightfall satellites would map the coast.", "Brightfall"),
    ],
)
def test_name_of_an_owners_vehicle_or_craft_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Police said the Dorvik vehicle was parked outside the bank.", "Dorvik"),
        ("Its Canadian satellites were built in Quebec, the firm said.", "Canadian"),
    ],
)
def test_a_vehicle_after_the_or_a_nationality_is_no_named_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- a maker's model before its kind
# (the makers are real, listed companies; the models are made up)


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("At 190 inches it is as long as a Toyota Corvana Ridge SUV, but lower.", "Toyota Corvana Ridge"),
        ("Dealers said the Honda Skylark Trail pickup sold out in a week.", "Honda Skylark Trail"),
        ("Crews said the Nissan Tarrow pickup was the best seller.", "Nissan Tarrow"),
    ],
)
def test_makers_model_before_its_kind_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Officials said the Hyundai Motor sedan passed its tests.", "Hyundai Motor"),
        ("The Chinese Harbor Star SUV was shown in Geneva.", "Chinese Harbor Star"),
    ],
)
def test_a_makers_division_or_a_nationality_before_a_kind_is_no_model(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- a product's edition


@pytest.mark.parametrize(
    ("body", "product"),
    [
        (
            "Backers who paid $129 for the Vantor Founder's Edition will get a controller.",
            "Vantor Founder's Edition",
        ),
        ("Fans who chose the cheaper Premiere Edition got the same console.", "Premiere Edition"),
        (
            "The Kestrel Collector's Edition ships with a statue and costs $149.",
            "Kestrel Collector's Edition",
        ),
    ],
)
def test_a_named_edition_is_a_product(extractor: EntityExtractor, body: str, product: str) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Readers of the paper's Asia Edition saw the story first.", "Asia Edition"),
        ("The story ran in the Harbor Times Global Edition on Monday.", "Harbor Times Global Edition"),
    ],
)
def test_a_papers_edition_is_no_product(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- hyphened lower-case models


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The 2021 Velta e-zora Coupe goes on sale in May for $45,000.", "Velta e-zora Coupe"),
        ("Joining the Corsa e-vanta SUV, the new model has a longer range.", "Corsa e-vanta"),
        ("Dealers said the Velta e-zora 40 has 300 hp.", "Velta e-zora 40"),
    ],
)
def test_a_makers_hyphened_lower_case_model_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    "body",
    [
        "Shoppers turned to Amazon e-commerce deals on Monday.",
        "Karen Smith e-mailed reporters on Friday.",
        "Brisk Corp e-scooters were banned in 2020.",
        "Mourners carried Omar al-hadi Nasser through the streets in 2019.",
    ],
)
def test_a_common_hyphened_noun_after_a_name_is_no_model(extractor: EntityExtractor, body: str) -> None:
    assert not any(e.type == "PRODUCT" for e in _entities(extractor, body))


# --------------------------------------------------------------------------- a craft and where it goes


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Years ago, the agency's Vorrel Jupiter probe measured a rise in plasma density.", "Vorrel"),
        ("Its Tamsin Saturn orbiter will arrive in 2031, the team said.", "Tamsin"),
    ],
)
def test_a_craft_named_before_its_destination_ends_there(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    found = _types(_entities(extractor, body))
    assert found.get(product) == "PRODUCT"
    assert not any(name.startswith(product + " ") for name in found)


def test_the_moon_inside_a_crafts_name_stays_in_it(extractor: EntityExtractor) -> None:
    body = "Engineers tested its Silver Moon lander in the desert last spring."
    assert _types(_entities(extractor, body)).get("Silver Moon") == "PRODUCT"


@pytest.mark.parametrize(
    "body",
    [
        "Engineers readied the NASA Mars rover for launch.",
        "The Mars rover landed in a crater.",
    ],
)
def test_an_owner_or_an_article_before_a_destination_is_no_craft(
    extractor: EntityExtractor, body: str
) -> None:
    names = {e.name for e in _entities(extractor, body) if e.type == "PRODUCT"}
    assert not names & {"The", "NASA", "NASA Mars", "National Aeronautics and Space Administration"}


# --------------------------------------------------------------------------- a kind "called" a name


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The agency is building a mission called Lyra Drift, which will launch in 2029.", "Lyra Drift"),
        ("Teens spent hours on a game called Hollow Tide this summer.", "Hollow Tide"),
        ("Doctors tested a drug named Velantrex on 40 patients.", "Velantrex"),
    ],
)
def test_a_kind_called_a_name_is_a_product(extractor: EntityExtractor, body: str, product: str) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The army sent a mission called Operation Sandstorm to the border.", "Operation Sandstorm"),
        ("He joined a peacekeeping mission named after Dag Hammarskjold.", "Dag Hammarskjold"),
    ],
)
def test_an_operation_or_a_namesake_after_a_kind_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- a list of games


def test_names_listed_after_launch_titles_include_are_games(extractor: EntityExtractor) -> None:
    body = (
        "Its 12 launch titles are dull. They include: Ember Quest, Night Shift 2: The Return, "
        "Rise of the Lantern, Glowmoor and Hollow Tide. About half came out this year."
    )
    found = _types(_entities(extractor, body))
    for game in (
        "Ember Quest",
        "Night Shift 2: The Return",
        "Rise of the Lantern",
        "Glowmoor",
        "Hollow Tide",
    ):
        assert found.get(game) == "PRODUCT", game


def test_a_short_list_of_video_games_is_read_too(extractor: EntityExtractor) -> None:
    body = "The best video games of the year include Tarn Keep, Velvet Circuit and Oxbow Run, critics said."
    found = _types(_entities(extractor, body))
    assert [found.get(g) for g in ("Tarn Keep", "Velvet Circuit", "Oxbow Run")] == ["PRODUCT"] * 3


@pytest.mark.parametrize(
    "body",
    [
        "His titles include Wimbledon, the US Open and the Masters.",
        "The mobile games market grew 5 percent in markets including China, Japan and Korea.",
        "Sunday's games include Harlow against Dunmore, Brisk against Tallis and Orvane against Kest.",
    ],
)
def test_lists_after_titles_or_games_alone_or_of_places_are_no_games(
    extractor: EntityExtractor, body: str
) -> None:
    assert not any(e.type == "PRODUCT" for e in _entities(extractor, body))


# --------------------------------------------------------------------------- deal lines


def test_what_a_deal_line_sells_is_a_product(extractor: EntityExtractor) -> None:
    body = (
        "The best deals today.\n\n- Get Ember Quest on Amazon for $49.99\n\n"
        "- Get Lockbox Vault for Free\n\nGet Tarn Keep at Walmart for $19"
    )
    found = _types(_entities(extractor, body))
    assert [found.get(n) for n in ("Ember Quest", "Lockbox Vault", "Tarn Keep")] == ["PRODUCT"] * 3


@pytest.mark.parametrize(
    "body",
    [
        "Deals.\n\n- Get it at Walmart for $12\n\n- Get 4 Months of streaming for $1",
        "Shoppers said they would Get Ember Quest for $49 if it came back.",
    ],
)
def test_a_pronoun_a_count_or_a_mid_sentence_get_names_no_deal(extractor: EntityExtractor, body: str) -> None:
    assert not any(e.type == "PRODUCT" for e in _entities(extractor, body))


# --------------------------------------------------------------------------- a team's plural as a product


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("One night after a win over the Harriers on Friday, the coach rested.", (31, 39), "ORGANIZATION"),
        ("Both teams, the Tallies and the Corvins, are good.", (32, 39), "ORGANIZATION"),
        # no "the", a singular, or a listed product: the model's product stands
        ("Fans of Harriers said so.", (8, 16), "PRODUCT"),
        ("She bought the Zephra on Friday.", (15, 21), "PRODUCT"),
    ],
)
def test_a_plural_name_after_the_read_as_a_product_is_a_team(
    text: str, span: tuple[int, int], kind: str
) -> None:
    cand = Candidate("body", span[0], span[1], "PRODUCT", "ner")
    retype.retype([cand], {"body": text}, load_gazetteer())
    assert cand.type == kind


# --------------------------------------------------------------------------- a quoted title, then game or app


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("A new 'Ember Quest' game is finally coming out after 12 years.", "Ember Quest"),
        ("Users flocked to the “Tidewell” app this week, its maker said.", "Tidewell"),
    ],
)
def test_a_quoted_title_before_game_or_app_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    "body",
    [
        "Fans call it the 'Harbor Derby' game every year.",
        "He said 'it was a good game' after the match.",
    ],
)
def test_a_quoted_contest_or_remark_before_game_is_no_product(extractor: EntityExtractor, body: str) -> None:
    assert not any(e.type == "PRODUCT" for e in _entities(extractor, body))


# --------------------------------------------------------------------------- a maker's product as one body
# (real listed companies and products)


def _retyped_body(text: str, surface: str) -> Candidate:
    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "ORGANIZATION", "ner")
    retype.retype([cand], {"body": text}, load_gazetteer())
    return cand


@pytest.mark.parametrize(
    ("text", "surface", "product"),
    [
        ("Commuters adore Apple's AirPods, a survey of riders showed.", "Apple's AirPods", "AirPods"),
        ("Gamers queued for Sony's PlayStation 5 at dawn.", "Sony's PlayStation 5", "PlayStation 5"),
    ],
)
def test_a_makers_possessive_before_a_listed_product_leaves_the_product(
    text: str, surface: str, product: str
) -> None:
    cand = _retyped_body(text, surface)
    assert (cand.type, text[cand.start : cand.end]) == ("PRODUCT", product)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Investors cheered Apple's Services Group on Monday.", "Apple's Services Group"),
        ("Fans packed Boston's Kindle Hall for the show.", "Boston's Kindle Hall"),
    ],
)
def test_a_possessive_before_no_listed_product_stays_a_body(text: str, surface: str) -> None:
    cand = _retyped_body(text, surface)
    assert (cand.type, text[cand.start : cand.end]) == ("ORGANIZATION", surface)


# ------------------------------------------------------------ a figure after a place is no score


@pytest.mark.parametrize(
    ("text", "end_of"),
    [
        ("Jobs fell in Ohio, with Vermont 3.2 percent below its peak.", "Vermont"),
        ("Prices rose most in Idaho 12 percent and Utah 9 percent.", "Idaho"),
        ("Output: Kansas 4.75 million tons, Iowa 2 million tons.", "Kansas"),
        ("The rate was highest in Maine 7% last year.", "Maine"),
    ],
)
def test_a_place_before_a_figure_is_followed_by_no_score(text: str, end_of: str) -> None:
    end = text.index(end_of) + len(end_of)
    assert not rules.followed_by_score(text, end)


@pytest.mark.parametrize(
    ("text", "end_of"),
    [
        ("Results on Sunday:\nGranby 2 Dunmore 1\nWelton 0 Ashby 3", "Granby"),
        ("Results on Sunday:\nGranby 2 Dunmore 1\nWelton 0 Ashby 3", "Ashby"),
        ("Late goals gave Granby 2, Dunmore 1.", "Granby"),
        ("Granby 2 (Hale 2) Dunmore 1 (Roe)", "Granby"),
    ],
)
def test_a_place_before_a_result_is_followed_by_a_score(text: str, end_of: str) -> None:
    end = text.index(end_of) + len(end_of)
    assert rules.followed_by_score(text, end)


def test_states_before_their_percentages_stay_places(extractor: EntityExtractor) -> None:
    body = (
        "Vermont, Idaho and Maine are furthest from their peaks. Vermont was 5.9 percent below "
        "its peak employment, Idaho 4.1 percent and Maine 1.5 percent."
    )
    types = _types(_entities(extractor, body))
    assert types.get("Idaho") == "LOCATION" and types.get("Maine") == "LOCATION", types


# ------------------------------------------------------------ a body's name goes on over its "of"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Economists at the Federal Reserve Bank of Kansas City said so.",
            "Federal Reserve Bank of Kansas City",
        ),
        ("The Reserve Bank of Malawi raised rates on Tuesday.", "Reserve Bank of Malawi"),
        (
            "The U.S. Agency for International Development paid contractors.",
            "U.S. Agency for International Development",
        ),
    ],
)
def test_a_body_cut_before_its_of_goes_on(extractor: EntityExtractor, body: str, name: str) -> None:
    types = _types(_entities(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    tail = name.split(" of ")[-1].split(" for ")[-1]
    assert tail not in types, types


@pytest.mark.parametrize(
    ("body", "name", "other"),
    [
        ("Officials at the Department of Labor in Washington agreed.", "Department of Labor", "Washington"),
        ("A loan from the World Bank to Kenya arrived on Monday.", "World Bank", "Kenya"),
        ("The Ministry of Finance of Ghana said so.", "Ministry of Finance", None),
    ],
)
def test_a_body_whose_name_ends_keeps_its_end(
    extractor: EntityExtractor, body: str, name: str, other: str | None
) -> None:
    ents = _entities(extractor, body)
    assert name in _types(ents), _types(ents)
    assert other is None or any(m.text == other for e in ents for m in e.mentions)


# ------------------------------------------------------------ a stock's ticker is no name


def test_a_ticker_after_its_exchange_is_no_entity(extractor: EntityExtractor) -> None:
    body = (
        "Shares of Orbix Labs Inc. (NASDAQ: ORBX) rose 4% on Monday, while Delmar Freight Co. "
        "(NYSE: DLF) fell. Tarvo Mining Corp. (NASDAQ: TVM) was flat."
    )
    ents = _entities(extractor, body)
    forms = {m.text for e in ents for m in e.mentions}
    assert not forms & {"ORBX", "DLF", "TVM"}, _types(ents)
    assert not any(":" in f for f in forms), forms
    exchanges = {e.type for e in ents for m in e.mentions if m.text in ("NASDAQ", "NYSE")}
    assert exchanges == {"ORGANIZATION"}, _types(ents)


def test_an_index_and_a_defined_acronym_stay(extractor: EntityExtractor) -> None:
    body = "The Nasdaq rose 1.2% on Monday. The Kelvar Development Bank (KDB) lent more, and the KDB said so."
    types = _types(_entities(extractor, body))
    assert types.get("Nasdaq Composite") == "PRODUCT", types
    assert types.get("Kelvar Development Bank") == "ORGANIZATION", types


# ------------------------------------------ a "body" called by its last word alone is a person


def test_a_name_the_story_then_calls_by_its_last_word_is_a_person(extractor: EntityExtractor) -> None:
    body = (
        "The label is in a legal dispute with Scooby Vranck, which owns the masters. Vranck's "
        "company bought it last year. Critics said Vranck is unhappy."
    )
    types = _types(_entities(extractor, body))
    assert types.get("Scooby Vranck") == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The fund Ocean Lumen grew, and Ocean said so.", "Ocean Lumen"),
        ("Shares of Harlan Ventures rose. Harlan Ventures said profits grew.", "Harlan Ventures"),
    ],
)
def test_a_body_called_by_its_first_word_or_in_full_stays_a_body(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = _types(_entities(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def test_a_last_word_the_story_writes_in_lower_case_is_no_surname() -> None:
    text = (
        "Services include Brisk Money in Peru. Money moves faster there, as mobile money is cheap, "
        "and money transfers are free."
    )
    start = text.index("Brisk Money")
    cand = Candidate("body", start, start + len("Brisk Money"), "ORGANIZATION", "ner")
    alone = Candidate("body", text.index("Money moves"), text.index("Money moves") + 5, "ORGANIZATION", "ner")
    retype.retype([cand, alone], {"body": text}, load_gazetteer(), rules.case_map([text]))
    assert cand.type == "ORGANIZATION"


# ------------------------------------------ a web page's agency only its metadata names is no entity


def _web_article(body: str, byline: str | None, agency: str | None) -> Article:
    return Article(
        id="a",
        story_id="a",
        headline="",
        byline=byline,
        source=Source(agency=agency),
        input_format="html",
        body=Body(text=body, paragraphs=body.split("\n\n"), word_count=len(body.split())),
    )


def test_a_web_pages_agency_named_only_by_its_byline_is_no_entity(extractor: EntityExtractor) -> None:
    body = "Fire crews in Dunmore worked through the night, the mayor said on Tuesday."
    article = _web_article(body, "Photo by The Associated Press", "Associated Press")
    names = {e.name for e in extractor.extract([article])[0]}
    assert "Associated Press" not in names, names


def test_a_web_pages_agency_its_text_names_stays(extractor: EntityExtractor) -> None:
    body = "DUNMORE (AP) -- Fire crews worked through the night, the Associated Press reported."
    article = _web_article(body, "By Jane Roe, Associated Press", "Associated Press")
    types = {e.name: e.type for e in extractor.extract([article])[0]}
    assert types.get("Associated Press") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The United Nations Mission in Liberia said on Tuesday it would help.",
            "United Nations Mission in Liberia",
        ),
        (
            "Officials from the Chilean Embassy in the U.S. attended the ceremony.",
            "Chilean Embassy in the U.S.",
        ),
        ("The Indonesian Consulate in Perth issued a statement.", "Indonesian Consulate in Perth"),
    ],
)
def test_a_diplomatic_mission_is_named_with_its_host(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = _types(_entities(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def test_a_body_in_a_place_is_only_there(extractor: EntityExtractor) -> None:
    types = _types(_entities(extractor, "The European Commission in Brussels declined to comment."))
    assert types.get("European Commission") == "ORGANIZATION" and "Brussels" in types, types


# ------------------------------------------ a "body" with a middle initial or a kin word set off is a person


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Visitors can see the rooms from which Ulric P. Vantage planned his campaigns.", "Ulric P. Vantage"),
        ("Relatives waited for news of her brother, Tavita Olomua, and his children.", "Tavita Olomua"),
        ("The family thanked their lawyer, Orsa Kellen, for her help.", "Orsa Kellen"),
    ],
)
def test_a_middle_initial_or_a_kin_word_set_off_makes_a_person(text: str, surface: str) -> None:
    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "ORGANIZATION", "ner")
    retype.retype([cand], {"body": text}, load_gazetteer())
    assert cand.type == "PERSON"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares of Harlan T. Ventures rose on Monday.", "Harlan T. Ventures"),
        ("The bank hired its adviser, Kellen Brothers, for the deal.", "Kellen Brothers"),
        ("Their partner, Orsa Kellen, declined to comment.", "Orsa Kellen"),
    ],
)
def test_a_body_with_an_initial_or_a_firms_role_set_off_stays_a_body(text: str, surface: str) -> None:
    start = text.index(surface)
    cand = Candidate("body", start, start + len(surface), "ORGANIZATION", "ner")
    retype.retype([cand], {"body": text}, load_gazetteer())
    assert cand.type == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "street"),
    [
        ("Traffic was diverted from Marlowe Boulevard after the water main burst.", "Marlowe Boulevard"),
        ("A lorry overturned on the Kessington Turnpike during the storm.", "Kessington Turnpike"),
        ("Delays were reported on the Orland Expressway after a crash.", "Orland Expressway"),
        ("The shooting happened near Corwen Street and Bell Lane, police said.", "Bell Lane"),
    ],
)
def test_a_street_named_by_its_head_word_is_a_place(
    extractor: EntityExtractor, body: str, street: str
) -> None:
    assert _types(_entities(extractor, body)).get(street) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Diane Lane starred in the film, which opened on Friday.", "Diane Lane", "PERSON"),
        ("Nathan Street, 41, was charged with assault.", "Nathan Street", "PERSON"),
        (
            "Friends of Ashbury Parkway, a civic group, opposed the plan.",
            "Friends of Ashbury Parkway",
            "ORGANIZATION",
        ),
    ],
)
def test_a_surname_or_a_body_named_for_a_street_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "city"),
    [
        ("The new cable will run from Halifax to the west coast of England.", "Halifax"),
        ("Edmonton, which lies furthest north, had no snow on the ground at all.", "Edmonton"),
        ("It travels across the ocean, reaching Colombo, Mumbai and Karachi.", "Colombo"),
        ("Rents in Karachi and Lahore rose faster than wages last year.", "Lahore"),
    ],
)
def test_a_city_the_model_read_as_a_body_is_the_city(
    extractor: EntityExtractor, body: str, city: str
) -> None:
    assert _types(_entities(extractor, body)).get(city) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "club"),
    [
        ("Halifax signed two new players before the season opener.", "Halifax"),
        ("Edmonton have won four games in a row under their new coach.", "Edmonton"),
        ("Lahore Qalandars and Karachi drew their match after rain.", "Karachi"),
    ],
)
def test_a_city_in_a_story_about_sport_stays_the_club(
    extractor: EntityExtractor, body: str, club: str
) -> None:
    assert _types(_entities(extractor, body)).get(club) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "President-elect Rodrigo Chaves apologized to the two employees on Sunday. "
            "In the video, Chaves announced a commission.",
            "Rodrigo Chaves",
        ),
        ("Prime Minister-designate Elena Massy met union leaders on Friday.", "Elena Massy"),
        ("Chairman-elect Pedro Chaves criticised the bank's lending policy.", "Pedro Chaves"),
    ],
)
def test_a_given_name_and_a_surname_that_is_also_a_small_town_is_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Morgan Stanley cut its forecast for the year, the bank said.", "Morgan Stanley"),
        ("Shares of Tiffany Hartford rose after the deal.", "Tiffany Hartford"),
    ],
)
def test_a_listed_body_or_a_given_name_before_a_city_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Keisha Grant and Ray Ambersley were travelling home. Both were taken to a hospital "
            "where Grant and Ambersley were pronounced dead.",
            {"Keisha Grant": "PERSON", "Ray Ambersley": "PERSON"},
        ),
        (
            "Follow us on Facebook & Instagram for updates.",
            {"Facebook": "ORGANIZATION", "Instagram": "ORGANIZATION"},
        ),
        (
            "Follow the station on Twitter & Facebook for traffic news.",
            {"Twitter": "ORGANIZATION", "Facebook": "ORGANIZATION"},
        ),
    ],
)
def test_two_names_joined_by_and_that_each_stand_alone_are_two(
    extractor: EntityExtractor, body: str, names: dict[str, str]
) -> None:
    assert _types(_entities(extractor, body)) == names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Johnson & Johnson raised its forecast on Tuesday.", "Johnson & Johnson"),
        ("The book was published by Simon & Schuster in May.", "Simon & Schuster"),
        ("Ticket sales in Trinidad and Tobago rose sharply.", "Trinidad and Tobago"),
        (
            "The drugs were seized by U.S. Customs and Border Protection. "
            "Customs officers found them in a van.",
            "U.S. Customs and Border Protection",
        ),
    ],
)
def test_one_name_with_and_in_it_stays_whole(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in _types(_entities(extractor, body))


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        ("The malware encrypts files of every kind, including PPT, JPEG and PNG files.", "JPEG"),
        ("He bought 100 SIM cards at the market but sold none of them.", "SIM"),
        ("A single large NLP model may consume as much energy as a car.", "NLP"),
        ("If you have symptoms, do not go to the GP or to a hospital.", "GP"),
        ("Most pages are now loaded over HTTPS, and many still use plain HTML.", "HTML"),
        ("Staff wore an N95 mask and other PPE throughout the shift.", "N95"),
    ],
)
def test_a_common_noun_abbreviation_is_no_organisation(
    extractor: EntityExtractor, body: str, acronym: str
) -> None:
    assert acronym not in _mentioned(_entities(extractor, body))


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("The DOT said the bridge would reopen on Friday.", "DOT"),
        ("The CSO said unemployment fell to 4.1 percent in May.", "CSO"),
    ],
)
def test_an_abbreviation_that_is_also_a_bodys_usual_name_is_kept(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    assert body_name in _mentioned(_entities(extractor, body))


@pytest.mark.parametrize(
    ("body", "show"),
    [
        (
            'She won for her role as a TV anchor in "The Dawn Hour Show," the second award this year.',
            "Dawn Hour Show",
        ),
        ('The videos were called the "Kessel Valley Show." They ran for three years.', "Kessel Valley Show"),
        ("The actor will host the Late Night Carrow Show on the network from May.", "Late Night Carrow Show"),
    ],
)
def test_a_broadcast_show_is_a_work_not_an_event(extractor: EntityExtractor, body: str, show: str) -> None:
    assert _types(_entities(extractor, body)).get(show) == "MISC"


@pytest.mark.parametrize(
    ("body", "show"),
    [
        ("More than 400 exhibitors attended the Geneva Motor Show last week.", "Geneva Motor Show"),
        ("Tickets for the Harrowgate Flower Show sold out in an hour.", "Harrowgate Flower Show"),
    ],
)
def test_a_fair_or_a_contest_named_show_stays_an_event(
    extractor: EntityExtractor, body: str, show: str
) -> None:
    assert _types(_entities(extractor, body)).get(show) == "EVENT"


# ----------------------------------------------------------------------------- common words as people


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "Photo Gallery\n\nThe gallery shows every photo from the parade, and the mayor chose one photo.",
            "Photo Gallery",
        ),
        ("Brown Butter\n\nMelt the butter until it turns brown, then stir in the flour.", "Brown Butter"),
        ("Pumpkin Soup\n\nRoast the pumpkin first; the soup thickens as it cools.", "Pumpkin Soup"),
        ("Winter Storage\n\nKeep the bulbs in dry storage over the winter months.", "Winter Storage"),
        (
            "Frost Warning: growers should cover young plants, as a frost is likely and the warning is on.",
            "Frost Warning",
        ),
    ],
)
def test_capitalised_common_words_the_story_writes_in_lower_case_are_no_person(
    extractor: EntityExtractor, body: str, phrase: str
) -> None:
    entities = _entities(extractor, body)
    assert not [e for e in entities if e.type == "PERSON" and e.name == phrase], _types(entities)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        # a given name first: "rose" in lower case elsewhere is no evidence against her
        ("Rose Byrne stars in the film. The set has a rose garden beside the byrne.", "Rose Byrne"),
        # a name that speaks keeps its speaker, whatever its words
        (
            "\u201cThe harvest is late,\u201d Golden Field said. The field behind the golden barn flooded.",
            "Golden Field",
        ),
        # a title before the name
        ("Dr. Bright Water treated the patients. The water was bright and clear.", "Bright Water"),
        # words the story never writes in lower case
        ("Ashraf Ghani met the envoy on Monday.", "Ashraf Ghani"),
    ],
)
def test_people_with_common_words_in_their_names_stay(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


# ----------------------------------------------------------------------------- buildings and waters as people


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Engineers at the Marshall Flight Center in Alabama tested the engine.", "Marshall Flight Center"),
        ("The fundraiser took place at the Anna Brooks Auditorium on Friday.", "Anna Brooks Auditorium"),
        ("Geologist Mary Dunn at the Lyndon Space Center in Texas led the study.", "Lyndon Space Center"),
        ("The Marshall Flight Center said the test went well.", "Marshall Flight Center"),
    ],
)
def test_a_name_ending_on_a_building_or_a_water_is_no_person(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = _types(_entities(extractor, body))
    assert name in types and types[name] != "PERSON", types


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Tom Hotel said the rooms were full.", "Tom Hotel"),  # a given name first, and he speaks
        ("Anne Center, 41, was named coach.", "Anne Center"),
        ("Jane Sound sang at the club.", "Jane Sound"),
    ],
)
def test_people_whose_surname_is_a_building_word_stay(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


# ----------------------------------------------------------------------------- a trade before the name


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "The reading hour was organized by Children's Librarian Carol Benson. A craft table followed.",
            "Carol Benson",
        ),
        ("Counselor Maria Ruiz met the students on Monday.", "Maria Ruiz"),
        ("The menu was planned by Dietitian Karen Hollis, who joined in May.", "Karen Hollis"),
        ("Custodian Robert Hale found the wallet.", "Robert Hale"),
    ],
)
def test_a_capitalised_trade_before_a_given_name_is_cut_off_the_name(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    people = [e.name for e in _entities(extractor, body) if e.type == "PERSON"]
    assert people == [person]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Hunter Scott Miller won the race.", "Hunter Scott Miller"),  # a given name itself
        ("Baker Mayfield threw two touchdowns.", "Baker Mayfield"),  # two words: the name itself
    ],
)
def test_a_name_opening_with_a_trade_like_word_stays_whole(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    assert _types(_entities(extractor, body)).get(person) == "PERSON"


# a party named with a lower-case "party" is the party, whole ("the Labour party")
@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "Tsai, of the Democratic Progressive party, faces an election next year.",
            "Democratic Progressive party",
        ),
        ("The Labour party won the seat, the returning officer said.", "Labour party"),
        (
            "Support for the ruling Justice and Development party fell in the poll.",
            "Justice and Development party",
        ),
    ],
)
def test_a_party_with_a_lower_case_party_word_is_the_organisation(
    extractor: EntityExtractor, body: str, party: str
) -> None:
    assert _types(_entities(extractor, body)).get(party) == "ORGANIZATION"


@pytest.mark.parametrize(
    "body",
    [
        "The staff Christmas party was cancelled, and the Halloween party moved to Friday.",
        "The President's party lost ground in the midterms, as the party feared.",
        "Conservative voters stayed home on Tuesday.",
    ],
)
def test_other_parties_and_party_adjectives_make_no_party(extractor: EntityExtractor, body: str) -> None:
    assert not any(e.name.lower().endswith("party") for e in _entities(extractor, body))


# "the town of X" says what X is on all its mentions, not only the one after it
@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Officials in the district of Ambrelle said schools would reopen. Ambrelle has two "
            "hospitals, and Ambrelle will get a third next year.",
            "Ambrelle",
        ),
        (
            "The suburb of Tavish Green voted against the plan. Tavish Green has long opposed new "
            "towers, and Tavish Green residents packed the hall.",
            "Tavish Green",
        ),
        (
            "Floods cut off the village of Oskemir on Monday. Oskemir has 400 residents. Rescuers "
            "said Oskemir would be reached by boat, and Oskemir officials asked for tents.",
            "Oskemir",
        ),
        (
            "The city of Durnhall approved the budget. Durnhall Council said the vote was close, "
            "and Durnhall will hold a hearing.",
            "Durnhall",
        ),
    ],
)
def test_a_place_named_by_its_kind_is_a_place_on_every_mention(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    found = _entities(extractor, body)
    kinds = {e.type for e in found for m in e.mentions if m.text == place}
    assert kinds == {"LOCATION"}, [(e.name, e.type) for e in found]


def test_a_body_named_after_a_place_of_that_kind_stays(extractor: EntityExtractor) -> None:
    body = "The city of Durnhall approved the budget. Durnhall Council said the vote was close."
    assert _types(_entities(extractor, body)).get("Durnhall Council") == "ORGANIZATION"


# the kind of body alone, capitalised ("the Government said"), is a common noun, no name
@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "He said the Government would have to look at additional laws, and the Government agreed.",
            "Government",
        ),
        ("Ministers met in Cabinet on Tuesday to discuss the way forward for the Territory.", "Cabinet"),
        ("The Company reported a loss for the quarter, and the Company said it would cut jobs.", "Company"),
    ],
)
def test_a_kind_of_body_alone_is_no_organisation(extractor: EntityExtractor, body: str, word: str) -> None:
    assert word not in _mentioned(_entities(extractor, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The vote was close, and Parliament passed the bill on Monday.", "Parliament"),
        ("Officials at the Ministry of Health said the clinic would reopen.", "Ministry of Health"),
        (
            "The Federal Communications Commission said the rule would stand.",
            "Federal Communications Commission",
        ),
    ],
)
def test_a_named_body_or_a_legislature_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Rescue crews reached the Harlow coal mine after a gas blast trapped 12 men.", "Harlow coal mine"),
        ("Output at the Brenvik copper mine fell by a third last quarter.", "Brenvik copper mine"),
        ("A crash closed the Liwen-Dara expressway for six hours on Sunday.", "Liwen-Dara expressway"),
        ("Workers at Brenvik gold mine went on strike on Monday.", "Brenvik gold mine"),
        ("Kessler Group's Brenvik copper mine flooded after the storm.", "Brenvik copper mine"),
        ("The last site, Brenvik coal mine in the north, closed in 2019.", "Brenvik coal mine"),
        ("Cargo handled at Aldane Port rose 4 percent in March.", "Aldane Port"),
        # one word the model read as a person, no given name: the mine's own name
        ("Rescuers reached the Dunmai coal mine, where 12 miners were trapped.", "Dunmai coal mine"),
        ("The last one, Zhaoqi coal mine in the west of the city, closed in 2019.", "Zhaoqi coal mine"),
        ("The company shut the Kelmar colliery in May.", "Kelmar colliery"),
        ("Water levels at the Veltra Reservoir fell to a record low.", "Veltra Reservoir"),
        (
            "Traders at the Tessaly Agricultural Product Wholesale Market said prices fell.",
            "Tessaly Agricultural Product Wholesale Market",
        ),
    ],
)
def test_a_named_facility_by_its_head_word_is_a_place_whole(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # a prison, a jail, a stadium or a reservoir named in lower case, after "the", "at" or a
        # possessive; a person's name read there is the building's namesake
        ("The minister visited the city's Tam Lo prison, dubbed the old fort.", "Tam Lo prison"),
        ("The two men escaped from the Kessel jail overnight.", "Kessel jail"),
        ("Fans packed the Marlow stadium for the final.", "Marlow stadium"),
        ("Water levels at the Veltra reservoir fell to a record low.", "Veltra reservoir"),
        ("Fans filled the Nelson Abara stadium on Sunday.", "Nelson Abara stadium"),
        # the model ran the owner's clitic into the name ("’s Hua Lo"): furniture, cut off
        ("Officials paid a visit to the city’s Hua Lo prison on Monday.", "Hua Lo prison"),
        ("Crowds gathered at the city’s Bac Lo stadium.", "Bac Lo stadium"),
        ("Crowds gathered at the city’s Lo Van stadium.", "Lo Van stadium"),
    ],
)
def test_a_building_in_lower_case_is_a_place_whole(extractor: EntityExtractor, body: str, place: str) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the head word modifies the noun after it: a guard, bonds, a system
        ("The Dunmore prison guard was hurt in the fight.", "Dunmore prison"),
        ("Investors in the Brenvik stadium bonds lost money.", "Brenvik stadium"),
        ("The Texas prison system held 140,000 inmates.", "Texas prison"),
        # a person before a mine stays a person's, and so does a given name alone
        ("The Jo Roe mine tour sold out.", "Jo Roe mine"),
        ("He worked at the Jane mine for 20 years.", "Jane mine"),
        ("Investors bought the Jane Orrin mine last year.", "Jane Orrin mine"),
    ],
)
def test_a_building_word_before_its_noun_makes_no_place(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert name not in _types(_entities(extractor, body))


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The Aldane Port Authority said container traffic rose.", "Aldane Port Authority", "ORGANIZATION"),
        ("Harlow Mining Group said output fell in the first half.", "Harlow Mining Group", "ORGANIZATION"),
        ("Police said a Dunmore mine worker was hurt in the blast.", "Dunmore mine", None),
        ("Investors in Brenvik mine shares lost money on Friday.", "Brenvik mine", None),
        ("Output at the Shanxi coal mine fell for a third month.", "Shanxi", "LOCATION"),
        ("Officials said the Orrin Port Development Group would hire 300 staff.", "Orrin Port", None),
    ],
)
def test_a_body_named_for_a_facility_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str | None
) -> None:
    types = _types(_entities(extractor, body))
    assert types.get(name) == kind
    assert not any(k == "LOCATION" and name in n and n != name for n, k in types.items())


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Delays hit the Kelso Tunnel on Monday after a lorry broke down.", "Kelso Tunnel"),
        ("Engineers reopened the Ostby Tunnel after a two-week closure.", "Ostby Tunnel"),
        ("The Trenmoor Nuclear Power Plant was shut down for checks.", "Trenmoor Nuclear Power Plant"),
        ("The Trenmoor Power Plant was shut down for checks.", "Trenmoor Power Plant"),
    ],
)
def test_a_tunnel_or_a_power_plant_is_a_place(extractor: EntityExtractor, body: str, place: str) -> None:
    assert _types(_entities(extractor, body)).get(place) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Todd Bridge, 41, was charged with assault on Friday.", "Todd Bridge", "PERSON"),
        ("Robert Plant sang two songs on Friday.", "Robert Plant", "PERSON"),
    ],
)
def test_a_person_named_like_a_place_head_stays_a_person(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind
