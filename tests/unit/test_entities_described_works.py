"""Three shapes of issue 11's type errors between bodies, products and works. A publication right
after its kind ("the journal Kelvane Astronomy", "US magazine Mobile Desk") is a body
(``rules.publications``); a work's title right after a described kind with no determiner
("Oscar-nominated movie The Harbour Pilot", "Animated movie Kelpies") is the work, MISC, on every
mention (``rules.described_works``); a listed maker and a corporate suffix ("Nokia Oyj") is
no model (``retype.products``; the makers are listed ones); and a model product of one word
that is a story body's plural last word or a firm's first word ("the powerful Comets",
"Quorvel said") joins that body (``product_short_forms``). Near misses keep their old reading.
Names and sentences made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer, load_gazetteer
from consumer.entities.product_short_forms import join_product_short_forms
from consumer.entities.records import CandidateGroup
from consumer.entities.retype.products import maker_product
from consumer.entities.rules.described_works import described_titles
from consumer.entities.rules.publications import named_publications
from consumer.events import EntityType
from tests.unit.entity_texts import entities_of, types_of


def _no_name(_: str) -> bool:
    return False


def _spans(found: object, text: str) -> list[str]:
    return [text[s:e] for s, e in found]  # type: ignore[attr-defined]


# --- publications after their kind -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The findings were published in the journal Kelvane Astronomy on Monday.", "Kelvane Astronomy"),
        ("The ranking was drawn up by US magazine Mobile Desk last week.", "Mobile Desk"),
        ("The list was compiled by Scottish magazine The Roster this year.", "The Roster"),
        ("He was quoted by the Irish magazine Tarn and Harrow as saying he would bid.", "Tarn and Harrow"),
        ("A case report in the medical journal Quelby Case Notes described the rash.", "Quelby Case Notes"),
    ],
)
def test_publication_after_its_kind_is_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Scottish magazine The Roster drew up the list.", ["The Roster"]),
        ("He told the newspaper Monday that he would run.", []),  # a date's word: no title
        ("The newspaper Jo Roe founded closed.", []),  # a person's name
        ("They want to journal Kelby walks.", []),  # a verb's reading
        ("Writing in the Harbor newspaper, Dana Pike said so.", []),  # a comma: the clause's subject
        ("He made US magazine Kelby Stone's annual list.", ["Kelby Stone"]),  # the owner, less "'s"
        ("The journal of the Quell Society is read.", []),  # a lower-case word after the kind
        ("She kept a journal. The Kelby trip ended.", []),  # the kind ends its sentence
    ],
)
def test_publication_spans(text: str, spans: list[str]) -> None:
    person = {"Jo Roe"}.__contains__
    assert _spans(named_publications(text, person), text) == spans


# --- works after a described kind, no determiner -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Dana Reed directed him in Oscar-nominated movie The Harbour Pilot. Critics said "
            "The Harbour Pilot has been tipped to win.",
            "Harbour Pilot",
        ),
        (
            "Animated movie Kelpies has opened at the top of the box office.\n\nKelpies took $36m "
            "in its first weekend, the studio said.",
            "Kelpies",
        ),
        (
            "He found fame through reality TV show The Quellbys.\n\nThe Quellbys ran for three "
            "series, and sales of Quellbys dolls rose.",
            "Quellbys",
        ),
        ("He starred in cult TV comedy Harbor Lights Inn, which ended in 1999.", "Harbor Lights Inn"),
    ],
)
def test_title_after_a_described_kind_is_the_work(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "MISC"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("He starred in hit BBC comedy The Tally Room, a paper said.", ["Tally Room"]),
        ("Recent polls show Dana Quell ahead.", []),  # a plural subject: "show" a verb
        ("They will film Kelby Harbour next week.", []),  # an auxiliary
        ("The comedy show Harbor Nights aired.", ["Harbor Nights"]),  # "comedy" describes "show"
        ("Kelby's horror film Dorne's Revenge opened.", ["Dorne's Revenge"]),
        ("The show Harbor Nights aired.", []),  # a determiner: ``work_titles``' own
        ("Kelby's film Dorne's Revenge opened.", []),  # an owner's: ``work_titles``' own
        ("A hit film Sailors of the Kelp Sea 2 took $30m.", []),  # a number runs on
        ("The new film Kelvar Studios made flopped.", []),  # a determiner, and a body's head word
        ("Its late-night show Tuesday drew viewers.", []),  # a date's word
        ("British film star Ada Quell won.", []),  # a noun between
        ("The rival TV show ZBC aired flopped.", []),  # capitals alone
        ("A British film Jo Roe made won.", []),  # a person's name
        ("Ten films may win a best film Tarvel this year.", []),  # a prize's words
        ("He told the Radio Today programme Mr Quell had lied.", []),  # a person's style
        ("Cosmetic surgery series Kelp/Tide beat the rest.", []),  # a slash runs on
        ("The recent puppet comedy Team Kelby: World Police flopped.", []),  # a subtitle runs on
        ("He starred in festive comedy Yule with the Marlows.", ["Yule with the Marlows"]),
        ("Spin-off series The Kelp Tide, Deep Harbor and Quell followed.", []),  # a list of titles
        ("Comedy series Early Tides and The Quell Diaries will compete.", []),  # two titles
        ("Hit film The Kelp Tide, starring Jo Roe, opened.", ["Kelp Tide"]),  # no list: a clause
    ],
)
def test_described_title_spans(text: str, spans: list[str]) -> None:
    person = {"Jo Roe", "Dana Quell"}.__contains__
    assert _spans(described_titles(text, person), text) == spans


def test_near_misses_keep_their_type(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Figures show Tarvo Motors lost money last year."))
    assert types.get("Tarvo Motors") == "ORGANIZATION"


# --- a body's short form that the model read as a product ----------------------------------------


def _group(name: str, kind: EntityType, origin: str = "ner", entry: GazEntry | None = None) -> CandidateGroup:
    cand = Candidate("body", 0, len(name), kind, origin, entry)  # type: ignore[arg-type]
    return CandidateGroup(kind, [cand], entry, name)


@pytest.mark.parametrize(
    ("short", "body"),
    [
        ("Comets", "Kelby Comets"),  # a club by its plural last word
        ("Quorvel", "Quorvel Energy Corp"),  # a firm by its first word
        ("Modulo", "Modulo Industries"),
    ],
)
def test_product_short_form_joins_its_body(short: str, body: str) -> None:
    groups = [_group(body, "ORGANIZATION"), _group(short, "PRODUCT")]
    joined = join_product_short_forms(groups)
    assert [g.name for g in joined] == [body]
    assert all(c.type == "ORGANIZATION" for c in joined[0].cands)


@pytest.mark.parametrize(
    ("short", "bodies", "origin", "listed"),
    [
        ("Vela", ["Tarvo Vela"], "ner", False),  # no plural: a model of the maker's
        ("Vela", ["Vela Joint Development Association"], "ner", False),  # no firm's last word
        ("Comets", ["Kelby Comets", "Harbor Comets"], "ner", False),  # two bodies end on it
        ("Comets", ["Kelby Comets"], "rule", False),  # a rule read the product
        ("Comets", ["Kelby Comets"], "ner", True),  # a listed product
        ("Quorvel", ["Quorvel Energy Corp", "Quorvel Gas Inc"], "ner", False),  # two firms
    ],
)
def test_product_short_form_near_misses_stay(
    short: str, bodies: list[str], origin: str, listed: bool
) -> None:
    entry = GazEntry(name=short, type="PRODUCT") if listed else None
    groups = [*(_group(b, "ORGANIZATION") for b in bodies), _group(short, "PRODUCT", origin, entry)]
    assert len(join_product_short_forms(groups)) == len(groups)


# --- a listed maker and a corporate suffix is the company, no model ------------------------------


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Nokia Oyj", "Renault SA", "Philips NV", "Samsung GmbH", "Sony KK"])
def test_maker_and_corporate_suffix_is_no_model(gazetteer: Gazetteer, name: str) -> None:
    assert not maker_product(name, gazetteer)


@pytest.mark.parametrize(
    "name", ["Nokia Quellum", "Renault Zorva", "Microsoft Surface", "Hyundai Tavor Limited"]
)
def test_maker_and_model_words_stay_a_model(gazetteer: Gazetteer, name: str) -> None:
    assert maker_product(name, gazetteer)
