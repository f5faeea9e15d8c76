"""Session 37 (issue 11): names the model cut at an edge, mended. A wire dateline's hyphen read
as an em dash by the model (``dateline_dash``); a given name the model left out before a person's
surnames (``person_edges``); a known place after "the" opening a public body's name, and "Group
of" a count (``body_edges``). Texts written for the test: the people, bodies and towns in them are
made up, the countries real."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.body_edges import nation_portfolios, numbered_groups, place_opened_bodies
from consumer.entities.candidates import Candidate
from consumer.entities.dateline_dash import for_model
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.person_edges import given_name_openings
from consumer.events import TextField
from tests.unit.entity_texts import entities_of, types_of


def _cand(text: str, name: str, kind: str, origin: str = "ner", at: int = 0) -> Candidate:
    start = text.index(name, at)
    return Candidate(field="body", start=start, end=start + len(name), type=kind, origin=origin)  # type: ignore[arg-type]


def _names(cands: list[Candidate], text: str) -> list[tuple[str, str]]:
    return sorted((text[c.start : c.end], c.type) for c in cands)


# --- the dateline's hyphen ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "KELBY, March 4 - The Harlow Metal Exchange said it would open a new ring.",
        "    TARVIN, Ore., Oct 19 - Quell State University researchers said pork was leaner.",
        "Kelby, Sept. 2 - West Tarvia's bond market may revive in June.",
        "KELBY, June 18  - The Dorran Grain Board bought wheat.",
    ],
)
def test_a_dateline_hyphen_is_read_as_an_em_dash(body: str) -> None:
    out = for_model(body)
    assert len(out) == len(body)
    assert out.count("\u2014") == 1 and out.replace("\u2014", "-") == body


@pytest.mark.parametrize(
    "body",
    [
        "KELBY, March 4 -- The Harlow Metal Exchange said it would open.",  # the model reads "--"
        "KELBY, March 4 (Xinhua) -- The Harlow Metal Exchange said so.",
        "KELBY - The Harlow Metal Exchange said it would open.",  # no date
        "Prices rose 4 - 5 pct in March 4 - 6 trading, Jo Roe said.",  # no dateline at the start
        "The exchange said on March 4 - a Monday - that it would open.",
    ],
)
def test_no_dash_outside_a_datelines_close(body: str) -> None:
    assert for_model(body) == body


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "KELBY, March 4 - The Harlow Cocoa Exchange said it would open.",
            "Harlow Cocoa Exchange",
            "ORGANIZATION",
        ),
        (
            "TARVIN, April 17 - Kelby State University researchers said pork was leaner.",
            "Kelby State University",
            "ORGANIZATION",
        ),
        ("KELBY, March 9 - North Tarvia's bond market may revive in June.", "North Tarvia", "LOCATION"),
    ],
)
def test_the_name_after_a_dateline_is_read_whole(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


def test_a_name_after_a_double_hyphen_keeps_its_reading(extractor: EntityExtractor) -> None:
    body = "KELBY, March 9 -- The Harlow Cocoa Exchange said it would open."
    assert types_of(entities_of(extractor, body)).get("Harlow Cocoa Exchange") == "ORGANIZATION"


# --- a person's given name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surnames", "whole"),
    [
        (
            "Other winners included Catalina Sandoval Merino, who won.",
            "Sandoval Merino",
            "Catalina Sandoval Merino",
        ),
        ("The bid from tycoon Malcom Dravecky was rejected.", "Dravecky", "Malcom Dravecky"),
        ("Gareth Pask, plus Ryan Gwillam have hamstring strains.", "Gwillam", "Ryan Gwillam"),
        ("8 Venus Tallow (Tarvia)", "Tallow", "Venus Tallow"),
        ("NEW YORK, March 13 - Darius N. Kelton, a former member, said so.", "N. Kelton", "Darius N. Kelton"),
    ],
)
def test_a_given_name_before_surnames_opens_the_name(text: str, surnames: str, whole: str) -> None:
    recased: dict[TextField, str] = {"body": text}
    cands = [_cand(text, surnames, "PERSON")]
    out = given_name_openings(cands, recased, load_gazetteer())
    assert _names(out, text) == [(whole, "PERSON")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In June Dana Kessler was named captain.", "Dana Kessler"),  # a month, and a given name first
        ("The seat went to Tory Nolan Graves in 1997.", "Nolan Graves"),  # a party's word
        ("Last June Grewcott was banned.", "Grewcott"),  # a capitalised word before the given name
        ("She beat German Marla Vosk in Kelby.", "Marla Vosk"),  # a people's word, a given name first
        ("The minister, Prince Khaled Marwani, spoke.", "Khaled Marwani"),  # a title
        ("In Tarlow's first government, rates rose.", "Tarlow"),  # a small word
        ("Protesters in Paris Quellon said so.", "Quellon"),  # a place the gazetteer knows
        ("Ali Quell Pask and Tom Varr met.", "Ali Quell Pask"),  # the model's name opens on a given name
    ],
)
def test_no_given_name_taken_in_near_misses(text: str, name: str) -> None:
    recased: dict[TextField, str] = {"body": text}
    cands = [_cand(text, name, "PERSON")]
    out = given_name_openings(cands, recased, load_gazetteer())
    assert _names(out, text) == [(name, "PERSON")]


def test_a_given_name_is_not_taken_before_a_body() -> None:
    text = "Shares in Ryan Quellcorp fell."
    recased: dict[TextField, str] = {"body": text}
    cands = [_cand(text, "Quellcorp", "ORGANIZATION")]
    assert _names(given_name_openings(cands, recased, load_gazetteer()), text) == [
        ("Quellcorp", "ORGANIZATION")
    ]


def test_what_the_given_name_held_is_dropped() -> None:
    text = "Other winners included Catalina Sandoval Merino, who won."
    recased: dict[TextField, str] = {"body": text}
    cands = [_cand(text, "Catalina", "LOCATION", "gazetteer"), _cand(text, "Sandoval Merino", "PERSON")]
    assert _names(given_name_openings(cands, recased, load_gazetteer()), text) == [
        ("Catalina Sandoval Merino", "PERSON")
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The bid came from US tycoon Malcom Dravecky last year.", "Malcom Dravecky"),
        ("The offer from US tycoon Malcom Tervecky was rejected.", "Malcom Tervecky"),
        ("The offer from tycoon Malcom Quillby was rejected.", "Malcom Quillby"),
    ],
)
def test_the_extractor_takes_the_given_name(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"


# --- a place opening a body ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The US Anti-Fraud Agency has proved its case, he said.", "US Anti-Fraud Agency"),
        ("He resigned the UK Freedom Party whip last year.", "UK Freedom Party"),
        ("She contacted the UK National Quill Foundation on Monday.", "UK National Quill Foundation"),
    ],
)
def test_a_place_after_the_opens_a_public_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("US Anti-Fraud Agency officials said so.", "US", "Anti-Fraud Agency"),  # no "the" before
        ("the US Federal Reserve said", "US", "Federal Reserve"),  # no public body's head word
        ("the UK Quellco Company said", "UK", "Quellco Company"),  # a company's head word
        ("the US Agency said", "US", "Agency"),  # one word
        ("the US, Tarvo Agency said", "US", "Tarvo Agency"),  # not one space apart
    ],
)
def test_no_place_taken_into_other_bodies(text: str, place: str, body: str) -> None:
    recased: dict[TextField, str] = {"body": text}
    gaz = load_gazetteer()
    p = _cand(text, place, "LOCATION", "gazetteer")
    p.entry = gaz.lookup(place)
    cands = [p, _cand(text, body, "ORGANIZATION")]
    assert _names(place_opened_bodies(cands, recased), text) == sorted(
        [(place, "LOCATION"), (body, "ORGANIZATION")]
    )


# --- a numbered group ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ministers of the Group of Seven industrial nations met.", "Group of Seven"),
        ("a meeting of the Group of 24 from April 5", "Group of 24"),
        ("The so-called Group of Five countries agreed.", "Group of Five"),
    ],
)
def test_group_of_a_count_is_one_body(text: str, name: str) -> None:
    recased: dict[TextField, str] = {"body": text}
    out = numbered_groups([_cand(text, "Group", "ORGANIZATION")], recased)
    assert _names(out, text) == [(name, "ORGANIZATION")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kelby Group of 14 farm exporters met.", "Kelby Group"),  # a group's own name
        ("the Group of companies said", "Group"),  # no count
        ("the Group of 1987 said", "Group"),  # a year is no count
        ("the Group of Seventh Day churches", "Group"),
    ],
)
def test_no_count_taken_in_near_misses(text: str, name: str) -> None:
    recased: dict[TextField, str] = {"body": text}
    out = numbered_groups([_cand(text, name, "ORGANIZATION")], recased)
    assert _names(out, text) == [(name, "ORGANIZATION")]


def test_the_extractor_reads_the_numbered_group(extractor: EntityExtractor) -> None:
    body = "Finance ministers of the Group of Seven industrial nations met in Kelby."
    types = types_of(entities_of(extractor, body))
    assert types.get("Group of Seven") == "ORGANIZATION" and "Group" not in types, types


# --- a people's word or a country before a portfolio and an office --------------------------------


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("He said Belgian Agriculture Minister Paul Quell would act.", "Belgian", "NORP"),
        ("Belgian Agriculture Minister Anna Quell said she would review the plan.", "Belgian", "NORP"),
        ("The talks, Belgian Agriculture Minister Paul Quell said, had failed.", "Belgian", "NORP"),
        # the dateline read as an em dash shows the model this shape after it too
        ("KELBY, March 31 - Dutch Agriculture Minister Gerrit Quell said the talks failed.", "Dutch", "NORP"),
    ],
)
def test_a_portfolio_after_a_peoples_word_is_no_body(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind and not any(t == "ORGANIZATION" for t in types.values()), types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Belgian Agriculture Ministry said so.", "Belgian Agriculture Ministry"),  # a ministry
        ("Belgian Agriculture officials said so.", "Belgian Agriculture"),  # no office's title after
        ("The Quellmark Agriculture Minister spoke.", "Quellmark Agriculture"),  # nothing listed first
    ],
)
def test_bodies_before_no_office_keep_their_words(text: str, name: str) -> None:
    recased: dict[TextField, str] = {"body": text}
    cands = [_cand(text, name, "ORGANIZATION")]
    nation_portfolios(cands, recased, load_gazetteer())
    assert _names(cands, text) == [(name, "ORGANIZATION")]
