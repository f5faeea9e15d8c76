"""People joined across a story: a surname two people share, used far from either full name,
goes to the one named last before it; a full name the model read as a person once and as a
body or a place as often is the person;
"the company X co-founded" names no company X; a person with a middle initial, or after
"<Title> of <portfolio>", is split off the model's body. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, people_joins, retype
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.person_context import person_context
from consumer.entities.retype.splits import _split_person_tail
from consumer.entities.rules.organisations import described_companies
from consumer.events import EntityType, TextField
from tests.unit.entity_texts import entities_of, types_of


def _cands(text: str, spans: list[tuple[str, EntityType, str]]) -> list[Candidate]:
    """One candidate per (surface, type, origin), the spans given in text order."""
    out: list[Candidate] = []
    cursor = 0
    for surface, kind, origin in spans:
        at = text.index(surface, cursor)
        cursor = at + len(surface)
        out.append(Candidate("body", at, at + len(surface), kind, origin))
    return out


def _filler(n: int) -> tuple[str, list[tuple[str, EntityType, str]]]:
    names = [f"Ulmo Tarv{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(n)]
    return " ".join(f"{name} spoke." for name in names), [(name, "PERSON", "ner") for name in names]


@pytest.mark.parametrize("gap", [41, 60, 90])
def test_a_shared_surname_far_from_either_full_name_goes_to_the_one_named_before(gap: int) -> None:
    filler, filler_spans = _filler(gap)
    text = f"Roald Vennick ran the paper. {filler} Vennick said no. Later Ilse Vennick spoke."
    spans = [("Roald Vennick", "PERSON", "ner"), *filler_spans]
    spans += [("Vennick", "PERSON", "ner"), ("Ilse Vennick", "PERSON", "ner")]
    cands = sorted(_cands(text, spans), key=lambda c: c.start)
    recased: dict[TextField, str] = {"body": text}
    people_joins.join_people(cands, recased, load_gazetteer())
    alone = next(c for c in cands if text[c.start : c.end] == "Vennick")
    assert alone.group == "Roald Vennick"


def test_a_shared_surname_before_any_full_name_stays_unjoined() -> None:
    text = "Vennick said no. Roald Vennick ran the paper. Ilse Vennick spoke."
    spans = [
        ("Vennick", "PERSON", "ner"),
        ("Roald Vennick", "PERSON", "ner"),
        ("Ilse Vennick", "PERSON", "ner"),
    ]
    cands = _cands(text, spans)
    people_joins.join_people(cands, {"body": text}, load_gazetteer())
    assert cands[0].group is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talent manager Tavo Ranek spoke. Tavo Ranek's company grew. Ranek said no.", "Tavo Ranek"),
        ("Agent Oriel Stanko left. Oriel Stanko signed. Stanko was tired. Stanko went.", "Oriel Stanko"),
        ("Melka Durrani arrived. Melka Durrani's firm won. Durrani was glad.", "Melka Durrani"),
    ],
)
def test_a_full_name_read_as_a_person_and_a_body_as_often_is_the_person(text: str, name: str) -> None:
    cands = _cands(text, [(name, "PERSON", "ner"), (name, "ORGANIZATION", "ner")])
    people_joins.join_people(cands, {"body": text}, load_gazetteer())
    assert [c.type for c in cands] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the last word never stands alone: a body's name ("Wireless")
        ("Harbor Wireless sold phones. Harbor Wireless grew.", "Harbor Wireless"),
        # a name a body's head word ends
        ("Tavo Bank lent money. Tavo Bank grew. Bank rates rose.", "Tavo Bank"),
    ],
)
def test_a_tied_name_with_no_surname_alone_keeps_both_readings(text: str, name: str) -> None:
    cands = _cands(text, [(name, "PERSON", "ner"), (name, "ORGANIZATION", "ner")])
    people_joins.join_people(cands, {"body": text}, load_gazetteer())
    assert [c.type for c in cands] == ["PERSON", "ORGANIZATION"]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quill was named chief of the company Venn co-founded in 1990.",
        "She left the firm Dovek ran for a decade.",
        "Shares of the startup Ostrava founded in 2011 rose.",
    ],
)
def test_a_founder_after_a_company_noun_is_no_company(text: str) -> None:
    assert list(described_companies(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The carmaker Lurio led the market in May.", "Lurio"),
        ("Analysts praised the chipmaker Norvane on Monday.", "Norvane"),
        ("Sales at the retailer Kessa rose.", "Kessa"),
    ],
)
def test_a_company_after_its_noun_keeps_its_reading(text: str, name: str) -> None:
    assert [text[s:e] for s, e in described_companies(text)] == [name]


def test_a_person_after_a_title_and_a_portfolio_is_found(extractor: EntityExtractor) -> None:
    body = "Director of Product Management Joe Vantrell said the update shipped."
    types = types_of(entities_of(extractor, body))
    assert types.get("Joe Vantrell") == "PERSON", types


@pytest.mark.parametrize(
    ("text", "span", "person"),
    [
        (
            "Harbor Bank Chairman Tomas R. Quillan said rates would rise.",
            "Harbor Bank Chairman Tomas R. Quillan",
            "Tomas R. Quillan",
        ),
        (
            "Director of Retail Banking Mary Ostrova said demand rose.",
            "Retail Banking Mary Ostrova",
            "Mary Ostrova",
        ),
        ("Head of Global Sales Ann Reed spoke.", "Global Sales Ann Reed", "Ann Reed"),
    ],
)
def test_a_person_after_a_title_or_a_body_is_split_off(text: str, span: str, person: str) -> None:
    at = text.index(span)
    cand = Candidate("body", at, at + len(span), "ORGANIZATION", "ner")
    parts = _split_person_tail(cand, text, load_gazetteer())
    assert [(text[c.start : c.end], c.type) for c in parts][-1] == (person, "PERSON")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # no title before "of": the words before the given name may be a body's name
        ("Shares of Harbor Growth Joe Vantrell rose.", "Harbor Growth Joe Vantrell"),
        # an initial that ends the name is no middle initial
        ("The Harbor Council Ann Reed Q. met.", "Harbor Council Ann Reed Q."),
    ],
)
def test_a_body_with_no_person_tail_stays_whole(text: str, span: str) -> None:
    at = text.index(span)
    cand = Candidate("body", at, at + len(span), "ORGANIZATION", "ner")
    assert _split_person_tail(cand, text, load_gazetteer()) == [cand]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("The panel included Lorvan Michelet, the veteran comedian, and Ada Quill.", "Lorvan Michelet", True),
        (
            "The panel included Lorvan Michelet, the veteran CNN anchor, and Ada Quill.",
            "Lorvan Michelet",
            True,
        ),
        ("Talks stalled, said Dervla Okonkwo, a former BBC presenter, on Monday.", "Dervla Okonkwo", True),
        ("Prints by Amrit Velloso, the Lisbon-born photographer, sold out.", "Amrit Velloso", True),
        # a firm's trades and an attribution after the name stay no cue
        ("Orders went to Zentrax Vale, the largest oil producer, in May.", "Zentrax Vale", False),
        ("Orders went to Zentrax Vale, the NYSE-listed supplier, in May.", "Zentrax Vale", False),
        ("Orders went to Zentrax Vale, the CNN anchor said.", "Zentrax Vale", False),
    ],
)
def test_a_trade_of_the_arts_or_the_news_in_apposition_is_a_person_cue(
    text: str, name: str, person: bool
) -> None:
    start = text.index(name)
    end = start + len(name)
    assert person_context(text, start, end, name, load_gazetteer()) is person


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Swimmer Ariarne Titmus won gold.", "Ariarne Titmus"),
        ("The pool was full. Linebacker Tevita Moala said the team was ready.", "Tevita Moala"),
        ("Diver Keetan Munsell won silver.", "Keetan Munsell"),
        ("Rookie Ifeoma Adebayo led the team.", "Ifeoma Adebayo"),
        ("Rains came early.\n\nGoalkeeper Oriel Stanko saved two penalties.", "Oriel Stanko"),
    ],
)
def test_a_person_after_a_sentence_opening_trade_is_found(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Harbor Group said shares fell.",  # a body's head word ends the name
        "Swimmer Ariarne Titmus Academy opened.",  # a third capitalised word: a longer name
        "The swimmer Ariarne Titmus won gold.",  # no trade opens the sentence: left to the model
    ],
)
def test_no_person_after_a_trade_where_a_body_or_a_longer_name_stands(text: str) -> None:
    assert list(retype.role_opened_people(text, load_gazetteer())) == []
