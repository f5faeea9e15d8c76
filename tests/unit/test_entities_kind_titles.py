"""A work's title right after a described kind of work ("British film Vera Quell", "horror film
Harrowgate", "medical sitcom Kelby Ward") is the work (MISC) on every mention, where the model read
a person, a body or a place (``retype.kind_titles``); a verb's "film"/"show", an article alone
before a person's name, a longer title cut and a head word's body keep their old reading. A band
or a company after a described kind of group ("Scottish band Dorran Vell", "supermarket group
Harlan Dixby") is a body where the model read a person, a place or an event
(``retype.described_groups``). Names and sentences made up for the test; "Lib Dem(s)" and
"Liberal Democrat(s)" name the party (a body, as the annotations type "Liberal Democrat leader")."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.retype.described_groups import described_group
from consumer.entities.retype.kind_titles import described_kind_title
from consumer.events import EntityType
from tests.unit.entity_texts import entities_of, types_of


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _cand(text: str, name: str, kind: EntityType) -> Candidate:
    start = text.index(name)
    return Candidate("body", start, start + len(name), kind, "ner")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The British film Dorla Quenby has 11 nominations.", "Dorla Quenby", "PERSON"),
        ("Jo Marr's abortion drama Edna Pollard won the prize.", "Edna Pollard", "PERSON"),
        ("The low-budget horror film Harrowgate has knocked a rival off.", "Harrowgate", "ORGANIZATION"),
        ("He starred in medical sitcom Kelby Ward, a paper said.", "Kelby Ward", "PERSON"),
        ("She presented long-running show Harbor Beats from 1961.", "Harbor Beats", "ORGANIZATION"),
        ("The Finnish film The Rooms of Quellen is in the running.", "Rooms of Quellen", "ORGANIZATION"),
        ("He played the lead in supernatural thriller Marvane.", "Marvane", "LOCATION"),
        ("Kelvo horror film The Snarl, starring Ada Roe, came second.", "Snarl", "ORGANIZATION"),
    ],
)
def test_title_after_a_described_kind(gazetteer: Gazetteer, text: str, name: str, kind: EntityType) -> None:
    assert described_kind_title(_cand(text, name, kind), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Figures show Tarvo Motors lost money.", "Tarvo Motors", "ORGANIZATION"),  # "show" a verb
        ("Camera crews film Marlo Hobbs at home.", "Marlo Hobbs", "PERSON"),  # a plural subject
        ("They will film Kelby Harbour next week.", "Kelby Harbour", "LOCATION"),  # an auxiliary
        ("Data released Tuesday show Quorvex gained.", "Quorvex", "ORGANIZATION"),  # a day's subject
        ("The show Jo Roe hosts is popular.", "Jo Roe", "PERSON"),  # an article alone: the host
        ("A hit film Sailors of the Kelp Sea took $30m.", "Sailors", "ORGANIZATION"),  # a longer title cut
        ("The new film Kelvar Studios made flopped.", "Kelvar Studios", "ORGANIZATION"),  # a head word
        ("He is a film director, Dana Quell said.", "Dana Quell", "PERSON"),  # no kind right before
        ("The horror film Kelby's Revenge opened.", "Kelby", "LOCATION"),  # a longer title, cut
        ("The hit film Harbor 9/11 opened.", "Harbor", "ORGANIZATION"),  # and so here
        ("It runs in the western Gulf of Tarvia.", "Gulf of Tarvia", "LOCATION"),  # "western" no kind
        ("British film star Ada Quell won.", "Ada Quell", "PERSON"),  # a noun between
    ],
)
def test_no_title_without_a_described_kind(
    gazetteer: Gazetteer, text: str, name: str, kind: EntityType
) -> None:
    assert not described_kind_title(_cand(text, name, kind), text, name, gazetteer)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Mo Kerr's film Edna Pollard leads British hopes.\n\nEdna Pollard has seven nominations, "
            "and the cast of Edna Pollard went to the gala.",
            "Edna Pollard",
        ),
        ("The British film Dorla Quenby has 11 nominations this year.", "Dorla Quenby"),
        ("The low-budget horror film Harrowgate has knocked a thriller off the top.", "Harrowgate"),
    ],
)
def test_title_is_the_work_on_every_mention(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The show Jo Roe hosts is popular, Jo Roe said.", "Jo Roe", "PERSON"),
        ("Figures show Tarvo Motors lost money last year.", "Tarvo Motors", "ORGANIZATION"),
    ],
)
def test_near_misses_keep_their_type(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    "body",
    [
        "Tories and Lib Dems welcomed it.",
        "The Liberal Democrats said the plan was wrong.",
        "Lib Dem leader Ann Kerr said so.",
        "The former Liberal Democrat leader Bo Marr spoke.",
    ],
)
def test_lib_dems_are_the_party(extractor: EntityExtractor, body: str) -> None:
    assert types_of(entities_of(extractor, body)).get("Liberal Democrats") == "ORGANIZATION"


def test_party_adjectives_stay_people(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Democrat senator and the Liberal candidate met."))
    assert types.get("Democrat") == "NORP" and types.get("Liberal") == "NORP"


# --- bands and companies by a described kind of group (``retype.described_groups``) -------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Scottish band Dorran Vell topped the chart.", "Dorran Vell", "PERSON"),
        ("Shares in supermarket group Harlan Dixby fell.", "Harlan Dixby", "LOCATION"),
        ("Punk band Verdant Day sold out the venue.", "Verdant Day", "EVENT"),
        ("The Bristol band Marlo Quist released a record.", "Marlo Quist", "PERSON"),
    ],
)
def test_group_after_a_described_kind(gazetteer: Gazetteer, text: str, name: str, kind: EntityType) -> None:
    assert described_group(_cand(text, name, kind), text, name, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The group Jo Roe founded grew.", "Jo Roe", "PERSON"),  # an article alone: the founder
        ("His band Jo Roe played.", "Jo Roe", "PERSON"),  # a possessive pronoun
        ("The singing group Tarla's Child toured.", "Tarla", "PERSON"),  # a longer name, cut
        ("The lobby group Transit 2000 said so.", "Transit", "LOCATION"),  # and so here
        ("The rock duo Ann Kell and Bo Marr split.", "Ann Kell", "PERSON"),  # a duo: two people
        ("The pop act Dana Quell sang.", "Dana Quell", "PERSON"),  # an act: one singer too
        ("Jazz band Kelby Road Boys played.", "Kelby", "LOCATION"),  # a longer name, cut
        ("The Scottish band Dorran Vell topped the chart.", "Dorran Vell", "ORGANIZATION"),  # a body already
    ],
)
def test_no_group_without_a_described_kind(
    gazetteer: Gazetteer, text: str, name: str, kind: EntityType
) -> None:
    assert not described_group(_cand(text, name, kind), text, name, gazetteer)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Scottish band Dorran Vell topped the chart.\n\nDorran Vell will tour in May.", "Dorran Vell"),
        ("Shares in supermarket group Harlan Dixby fell on Monday.", "Harlan Dixby"),
        ("Punk band Verdant Day sold out the venue.", "Verdant Day"),
    ],
)
def test_group_is_a_body_on_every_mention(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


def test_founder_keeps_the_person(extractor: EntityExtractor) -> None:
    assert types_of(entities_of(extractor, "The group Jo Roe founded grew fast.")).get("Jo Roe") == "PERSON"
