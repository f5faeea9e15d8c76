"""People joined across a story: a surname two people share, used far from either full name,
goes to the one named last before it; a full name the model read as a person once and as a
body or a place as often is the person; a person-only cue beside one mention types the name's
other mentions; "the company X co-founded" names no company X. Names made up for the test."""

from __future__ import annotations

import re

import pytest

from consumer.entities import consolidate, retype
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.rules import described_companies
from consumer.events import EntityType, TextField


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
    consolidate.join_people(cands, recased, load_gazetteer())
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
    consolidate.join_people(cands, {"body": text}, load_gazetteer())
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
    consolidate.join_people(cands, {"body": text}, load_gazetteer())
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
    consolidate.join_people(cands, {"body": text}, load_gazetteer())
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


@pytest.mark.parametrize(
    "text",
    [
        "Big Orla Records was sold last year. Its owner, Tesker, 38, declined to comment.",
        "Tesker, who built the label, declined to comment.",
        "The label's founder, Tesker, 41, declined to comment.",
    ],
)
def test_a_person_cue_beside_a_body_reading_types_every_mention(text: str) -> None:
    at = text.index("Tesker")
    cand = Candidate("body", at, at + len("Tesker"), "ORGANIZATION", "ner")
    retype.retype([cand], {"body": text}, load_gazetteer())
    assert (cand.type, cand.origin) == ("PERSON", "rule")


def test_a_body_with_no_person_cue_keeps_the_model_origin() -> None:
    text = "Tesker, the label, declined to comment."
    at = text.index("Tesker")
    cand = Candidate("body", at, at + len("Tesker"), "ORGANIZATION", "ner")
    retype.retype([cand], {"body": text}, load_gazetteer())
    assert cand.origin == "ner"
    assert re.search("Tesker", text)
