"""Session 31: a company's acronym run into the name of the person who heads it ("defence maker
BRAX Etienne Morvan", "group KVTA Pierre Lemaire"). Where the story names the acronym on its
own, or writes the person as "Mr <surname>", the two are a body and a person. Near misses keep
their old readings. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.rules.organisations import described_companies
from tests.unit.entity_texts import entities_of


def _types(extractor: EntityExtractor, body: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "body_name", "person"),
    [
        (
            "The chairman of defence maker BRAX Etienne Morvan has resigned. Mr Morvan said "
            "shareholders in BRAX had lost faith in the board.",
            "BRAX",
            "Etienne Morvan",
        ),
        (
            "The head of insurer KPLM Aurelien Doss quit on Monday. KPLM said a successor would "
            "be named soon, and Dr Doss thanked staff.",
            "KPLM",
            "Aurelien Doss",
        ),
        (
            "The boss of retailer ZMQ Anselm Brenner stepped down. Mr Brenner said ZMQ would "
            "close ten shops.",
            "ZMQ",
            "Anselm Brenner",
        ),
    ],
)
def test_acronym_then_person_is_a_body_and_a_person(
    extractor: EntityExtractor, body: str, body_name: str, person: str
) -> None:
    types = _types(extractor, body)
    assert types.get(body_name) == "ORGANIZATION"
    assert types.get(person) == "PERSON"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("the tin mining company PT Tambang Timah said", "PT Tambang Timah"),  # no person
        ("the firm BRAX Capital Partners said", "BRAX Capital Partners"),  # a body's head word
        # a positive of the rule: a given name and "Mr <surname>" after the acronym
        ("the carmaker SVZ Henrik Dahlman said. Mr Dahlman", None),
    ],
)
def test_company_noun_rule_stops_before_a_person(text: str, company: str | None) -> None:
    found = [text[s:e] for s, e in described_companies(text)]
    assert found == ([company] if company else [])
