"""A model "people" (NORP) of one word that no list knows and no known place derives, whose word
the story also uses in a person's name or as a body's own name word, or a given name the model
cut off an unknown surname: a name's piece, no people. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.borrowed_peoples import drop_borrowed_peoples
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.entities.records import CandidateGroup
from consumer.events import EntityType, TextField
from tests.unit.entity_texts import entities_of


def _peoples(extractor: EntityExtractor, body: str) -> set[str]:
    return {e.name for e in entities_of(extractor, body) if e.type == "NORP"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Zorbanian Medicine raised money. The Zorbanian trial starts soon.", "Zorbanian"),
        ("Brelkonian Labs raised money. The Brelkonian trial starts soon.", "Brelkonian"),
        ("Kelvanian Therapeutics raised money. Kelvanian shares rose.", "Kelvanian"),
        ("The star Mira Zhardovian left. The Zhardovians were not pleased.", "Zhardovians"),
    ],
)
def test_a_word_of_a_story_name_is_no_people(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name not in _peoples(extractor, body)


def test_listed_peoples_beside_the_names_stay(extractor: EntityExtractor) -> None:
    body = "Brelkonian Labs raised money. The Brelkonian trial starts soon and Hungarian doctors help."
    assert _peoples(extractor, body) == {"Hungarian"}


def _group(text: str, word: str, kind: EntityType = "NORP") -> CandidateGroup:
    start = text.index(word)
    cand = Candidate("body", start, start + len(word), kind, "ner")
    return CandidateGroup(kind, [cand], None, word)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _kept(groups: list[CandidateGroup], text: str, gazetteer: Gazetteer) -> set[str]:
    recased: dict[TextField, str] = {"body": text}
    return {g.name for g in drop_borrowed_peoples(groups, recased, gazetteer)}


def test_a_given_name_cut_off_an_unknown_surname_is_no_people(gazetteer: Gazetteer) -> None:
    text = "Shares picked by Sean Ulvathorne rose."
    assert "Sean" not in _kept([_group(text, "Sean")], text, gazetteer)


@pytest.mark.parametrize(
    ("text", "word", "others"),
    [
        # a people's word before a person's name is the person's nationality
        ("The Quellish Jo Roe won.", "Quellish", []),
        # a given name before a word the gazetteer knows, or before a lower-case word
        ("Sean Paris left.", "Sean", []),
        ("Sean supporters cheered.", "Sean", []),
        # a body's last word is its kind: "the 9th Vorlanders" leaves the Vorlanders a people
        ("The 9th Vorlanders left. The Vorlanders went.", "Vorlanders", [("9th Vorlanders", "ORGANIZATION")]),
        # listed beside a people's word the list knows: a people, whatever firm bears its name
        (
            "Swiss and Quellish firms met. Quellish Labs rose.",
            "Quellish",
            [("Quellish Labs", "ORGANIZATION")],
        ),
        # derived from a place the gazetteer knows: a people, whatever body bears it
        ("Hawaiian Mining rose. Hawaiian miners cheered.", "Hawaiian", [("Hawaiian Mining", "ORGANIZATION")]),
        ("Roman Holdings rose. Roman roads last.", "Roman", [("Roman Holdings", "ORGANIZATION")]),
    ],
)
def test_peoples_without_a_name_cue_stay(
    gazetteer: Gazetteer, text: str, word: str, others: list[tuple[str, EntityType]]
) -> None:
    groups = [_group(text, word), *(_group(text, name, kind) for name, kind in others)]
    assert word in _kept(groups, text, gazetteer)
