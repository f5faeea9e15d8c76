"""MISC and EVENT names by shape: host-city editions, names joined by "and", treaties by kind.

Every name here is made up; the rules read the shape of the text (a listed city before a year, a
kind word on each side of "and", "Treaty of" before capitalised words), never a list of names.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

# --------------------------------------------------------------------------- host city and year


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Fans packed the Oslo 2034 venues on the first day.", "Oslo 2034"),
        ("Compared with Helsinki 2018, seven new events were added.", "Helsinki 2018"),
        ("The Lisbon 2030 organizers released a new schedule on Tuesday.", "Lisbon 2030"),
        ("The Hangzhou 2038 Harbor Games drew 12,000 athletes.", "Hangzhou 2038 Harbor Games"),
    ],
)
def test_a_listed_city_and_a_year_name_an_edition(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "EVENT"


def test_an_edition_and_its_full_name_are_one_event(extractor: EntityExtractor) -> None:
    body = (
        "The Lisbon 2030 organizers met on Monday. The Lisbon 2030 Harbor Games will open in May, "
        "and the Harbor Games will close in June."
    )
    events = [e for e in _entities(extractor, body) if e.type == "EVENT"]
    assert len(events) == 1
    assert {m.text for m in events[0].mentions} >= {"Lisbon 2030", "Harbor Games"}


@pytest.mark.parametrize(
    "body",
    [
        "In Lisbon, 2030 will be a busy year for the port.",  # a comma: a date's year
        "Sales in Lisbon 12 May 2030 rose.",  # a date
        "Made in Norway 2030 is the government's plan.",  # a country: a plan's name
        "She moved to Lisbon in 2019 and stayed.",
    ],
)
def test_a_place_and_a_year_apart_or_a_country_name_no_edition(extractor: EntityExtractor, body: str) -> None:
    assert "EVENT" not in _types(_entities(extractor, body)).values()


# --------------------------------------------------------------------------- two names joined by "and"


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "She won the Orwell Prize and the Golden Quill Award last year.",
            ("Orwell Prize", "Golden Quill Award"),
        ),
        (
            "The Blue Harbor Initiative and the Green Valley Plan were unveiled by the ministry.",
            ("Blue Harbor Initiative", "Green Valley Plan"),
        ),
        (
            "Both states signed the Treaty of Marlow and the Convention on Harbor Rights.",
            ("Treaty of Marlow", "Convention on Harbor Rights"),
        ),
    ],
)
def test_two_names_each_with_its_kind_joined_by_and_are_two(
    extractor: EntityExtractor, body: str, names: tuple[str, str]
) -> None:
    found = _types(_entities(extractor, body))
    assert all(found.get(name) == "MISC" for name in names)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Road and Bridge Plan was approved by the council.", "Road and Bridge Plan"),  # one kind word
        # a bare kind after "and"
        ("She won the Kestrel Prize and Medal for her work.", "Kestrel Prize and Medal"),
    ],
)
def test_one_name_with_and_stays_whole(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


# --------------------------------------------------------------------------- treaties by kind first


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The two nations signed the Treaty of Marlow in 1921.", "Treaty of Marlow"),
        (
            "The Treaty on the Limitation of Harbor Weapons entered into force.",
            "Treaty on the Limitation of Harbor Weapons",
        ),
        ("He cited the Charter of the Northern League in his speech.", "Charter of the Northern League"),
        ("The Convention on Kelp Diversity was signed by 40 states.", "Convention on Kelp Diversity"),
    ],
)
def test_a_treaty_named_by_its_kind_first_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "A charter of rights was drafted by the students.",  # lower case: no name
        "The Convention of Harbor Authorities met in the town hall.",  # a body
        "The treaty on Monday was signed by both sides.",  # a weekday after it
    ],
)
def test_no_treaty_name_without_its_shape(extractor: EntityExtractor, body: str) -> None:
    found = _types(_entities(extractor, body))
    heads = ("Convention", "Treaty", "Charter")
    assert not any(name.startswith(heads) and kind == "MISC" for name, kind in found.items())


# --------------------------------------------------------------------------- schemes by their kind


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("MarlowCare, a health benefit for low-income residents, paid for the surgery.", "MarlowCare"),
        ("The city launched Harbor Start, a program that gives grants to small firms.", "Harbor Start"),
        ("The program, known as Harbor Start, gives grants to small firms.", "Harbor Start"),
        ("Officials praised Kelpwise, the state scheme to pay fishers for idle boats.", "Kelpwise"),
    ],
)
def test_a_scheme_named_by_its_kind_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Jo Roe, a policy analyst, said the plan would fail.", "Jo Roe"),  # the kind opens a trade
        ("Acme Partners, a law firm in Denver, agreed.", "Acme Partners"),
        ("In Marlow, a plan for the port was approved on Friday.", "Marlow"),  # an opening phrase
        (
            "The Jamison School of Music, a free program for young musicians, opened.",
            "Jamison School of Music",
        ),
    ],
)
def test_a_name_before_a_kind_that_is_no_apposition_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name, "MISC") != "MISC"


# --------------------------------------------------------------------------- awards counted


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He has won three Golden Harp Awards in his career.", "Golden Harp Awards"),
        ("Ford had won multiple Harbor Fantasy Awards before he died.", "Harbor Fantasy Awards"),
        ("The band collected 4 Kestrel Music Awards last decade.", "Kestrel Music Awards"),
    ],
)
def test_awards_after_a_count_are_prizes(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


def test_a_prize_and_its_plural_are_one_entity(extractor: EntityExtractor) -> None:
    body = "Ford won multiple Harbor Fantasy Awards. His poem went on to win the Harbor Fantasy Award."
    prizes = [e for e in _entities(extractor, body) if "Harbor Fantasy" in e.name]
    assert len(prizes) == 1 and prizes[0].type == "MISC"


def test_awards_named_alone_stay_the_ceremony(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "The Golden Harp Awards ceremony will be held in March."))
    assert found.get("Golden Harp Awards") == "EVENT"


# --------------------------------------------------------------------------- events with a lower-case kind


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Thousands attended the Kestrel Music festival on Sunday.", "Kestrel Music festival"),
        ("The annual Harbor Lights summit opened with a speech.", "Harbor Lights summit"),
        ("The film festival Harbor Lights returned to the city in June.", "Harbor Lights"),
    ],
)
def test_an_event_named_with_a_lower_case_kind_is_an_event(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "EVENT"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The Geneva summit ended without a deal.", "Geneva"),  # a place: where it met
        ("The Mayor's festival was a success.", "Mayor"),  # an owner's possessive
        ("The Sunday fair was busy all day.", "Sunday"),  # a date word
    ],
)
def test_a_place_an_owner_or_a_date_before_the_kind_names_no_event(
    extractor: EntityExtractor, body: str, word: str
) -> None:
    found = _types(_entities(extractor, body))
    assert not any(word in name and kind == "EVENT" for name, kind in found.items())


# --------------------------------------------------------------------------- titles after a verb of making


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Over a decade before Jo Roe wrote A Song of Salt and Smoke, Ford made maps.",
            "A Song of Salt and Smoke",
        ),
        ("He wrote The Name of the Lantern on Monday.", "The Name of the Lantern"),
        ("Roe penned The Salt Roads while at sea.", "The Salt Roads"),
    ],
)
def test_a_title_after_a_verb_of_making_a_work_is_misc(
    extractor: EntityExtractor, body: str, title: str
) -> None:
    assert _types(_entities(extractor, body)).get(title) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "She wrote The Harbor Times a letter about the port.",  # a paper, and whom she wrote to
        "Roe wrote The Kestrel Ledger about the port.",  # a paper's word
        "Roe wrote A letter to the council.",  # no capitalised title
    ],
)
def test_a_paper_or_an_object_after_wrote_is_no_title(extractor: EntityExtractor, body: str) -> None:
    found = _types(_entities(extractor, body))
    assert not any(
        kind == "MISC" and name.split()[0] in ("The", "A", "Harbor", "Kestrel")
        for name, kind in found.items()
    )


# --------------------------------------------------------------------------- names cut short on wire copy


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Parliament passed the Law on Foreign Trade Zones in March.", "Law on Foreign Trade Zones"),
        (
            "The Law of the People's Republic of Norland on Rural Revitalization took effect in June.",
            "Law of the People's Republic of Norland on Rural Revitalization",
        ),
        (
            "Under the Law on the Protection of Harbor Seals, boats wait.",
            "Law on the Protection of Harbor Seals",
        ),
    ],
)
def test_a_law_named_by_its_kind_first_is_misc(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


def test_a_school_of_law_keeps_its_body(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "She studied at the School of Law of the University of Kelby."))
    assert not any(name.startswith("Law of") for name in found)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Healthy Norland 2030 Plan calls for better care.", "Healthy Norland 2030 Plan"),
        ("The Vision 2040 Agenda was launched by the kingdom on Monday.", "Vision 2040 Agenda"),
        ("Officials praised the Green Harbor 2035 Strategy at the meeting.", "Green Harbor 2035 Strategy"),
    ],
)
def test_a_target_year_inside_a_plan_name_is_part_of_it(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


def test_a_plan_name_opening_on_a_year_is_left_alone(extractor: EntityExtractor) -> None:
    assert "2030 Plan" not in _types(_entities(extractor, "The 2030 Plan was shelved by the council."))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Norland will carry out the 16th Five-Year Plan (2031-2035) for National Economic and "
            "Social Development.",
            "16th Five-Year Plan (2031-2035) for National Economic and Social Development",
        ),
        (
            "The 16th Five-Year Plan for Harbor Growth and Ocean Affairs was adopted.",
            "16th Five-Year Plan for Harbor Growth and Ocean Affairs",
        ),
        (
            "Officials drafted the 9th Five-Year Plan on Rural Roads in Kelby.",
            "9th Five-Year Plan on Rural Roads",
        ),
    ],
)
def test_a_five_year_plan_keeps_its_field(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "The 16th Five-Year Plan (2031-2035) was adopted on Thursday.",  # a span alone: an aside
        "The 16th Five-Year Plan on Monday was praised.",  # a date
        "The 16th Five-Year Plan for the region was praised.",  # no title-case field
    ],
)
def test_a_five_year_plan_without_a_field_stays_short(extractor: EntityExtractor, body: str) -> None:
    assert _types(_entities(extractor, body)).get("16th Five-Year Plan") == "MISC"


def test_a_five_year_plan_with_and_without_its_field_is_one_plan(extractor: EntityExtractor) -> None:
    body = (
        "The 16th Five-Year Plan (2031-2035) for National Economic and Social Development was adopted. "
        "Under the 16th Five-Year Plan, growth will stay above 4 percent."
    )
    plans = [e for e in _entities(extractor, body) if e.type == "MISC"]
    assert len(plans) == 1
    assert "16th Five-Year Plan" in {m.text for m in plans[0].mentions}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lawmakers adopted the Harbor Data Security Law in June.", "Harbor Data Security Law"),
        ("The Kessel Export Control Law was passed last year.", "Kessel Export Control Law"),
        (
            "Norland ratified the Kessel Agreement on Port State Measures in 2016.",
            "Kessel Agreement on Port State Measures",
        ),
        (
            "Norland will carry out the 2040 Agenda for Harbor Development, the minister said.",
            "2040 Agenda for Harbor Development",
        ),
        ("The Action Strategy for Kelp Farming was adopted.", "Action Strategy for Kelp Farming"),
    ],
)
def test_a_law_or_a_plan_with_its_field_is_one_misc_name(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Both sides signed the Marlow Agreement on Monday.", "Marlow Agreement", "MISC"),  # a date
        ("The Kelby Plan on Tuesday drew criticism.", "Kelby Plan", "MISC"),
        ("She graduated from the Harlow Law School in 2009.", "Harlow Law School", "ORGANIZATION"),
        (
            "The Kestrel Initiative for Clean Water said it raised money.",
            "Kestrel Initiative for Clean Water",
            "ORGANIZATION",
        ),
    ],
)
def test_no_field_from_a_date_and_bodies_keep_theirs(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) == kind


def test_a_body_named_for_a_field_of_law_is_no_law(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "She joined the Harbor Institute for Youth Law last year."))
    assert "MISC" not in found.values()


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Made in Norland 2030 plan aims to upgrade industry.", "Made in Norland 2030"),
        ("Made in Kessel 2035 aims to upgrade industry, officials said.", "Made in Kessel 2035"),
        ("Officials praised Made in Harbor Isles 2030 on Friday.", "Made in Harbor Isles 2030"),
    ],
)
def test_made_in_a_country_and_a_year_is_a_plan(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    "body",
    [
        "The goods were made in Norland 2030 and shipped.",  # lower case: where goods were made
        "The shirt was Made in Norland in 2030.",  # no year right after the place
        "Made in Norland 2030-2035 goods sold well.",  # a span of years
    ],
)
def test_no_made_in_plan_without_its_shape(extractor: EntityExtractor, body: str) -> None:
    assert not any(n.startswith("Made in") for n in _types(_entities(extractor, body)))
