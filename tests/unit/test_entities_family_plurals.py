"""Session 45 (A): a family named by its person's plural surname ("Kim Varlow ... the Varlows") is
no organisation. Texts are written for the test; near misses keep their readings."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.family_plurals import drop_family_plurals
from consumer.entities.records import CandidateGroup
from consumer.events import EntityType
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "family"),
    [
        ("Kim Varlow is a reality star. The Varlows were the victims of a hoax.", "Varlows"),
        ("Kim Varlow is a reality star. Fans of the Varlows watch every episode.", "Varlows"),
        ("Mark Teller is a lawyer. Fans of the Tellers watch every episode.", "Tellers"),
    ],
)
def test_a_family_by_its_plural_surname_is_no_body(
    extractor: EntityExtractor, body: str, family: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert family not in types, types
    assert types.get(body.split(" is ")[0]) == "PERSON"


def _groups(text: str, plural: str, kind: EntityType = "ORGANIZATION") -> list[CandidateGroup]:
    person = text.split(" is ")[0]
    start = text.index(plural, text.index(person) + len(person))
    return [
        CandidateGroup("PERSON", [Candidate("body", 0, len(person), "PERSON", "ner")], None, person),
        CandidateGroup(kind, [Candidate("body", start, start + len(plural), kind, "ner")], None, plural),
    ]


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("Dana Harlow is an analyst at Harlows, the bank.", "Harlows"),  # no "the": a firm's name
        ("Jo Brown is a quarterback. The Browns scored twice and their coach was happy.", "Browns"),  # a club
        ("Harlow is a town. The Harlows were the victims of a hoax.", "Harlows"),  # no full name
        ("Kim Varlow is a star. The Varlows Group said it would appeal.", "Varlows Group"),  # longer name
    ],
)
def test_near_misses_keep_the_body(text: str, plural: str) -> None:
    groups = _groups(text, plural)
    assert drop_family_plurals(groups, {"body": text}) == groups


def test_the_plural_surname_is_dropped_whatever_the_models_type() -> None:
    text = "Kim Varlow is a star. The Varlows were the victims of a hoax."
    for kind in ("ORGANIZATION", "NORP", "LOCATION"):
        groups = _groups(text, "Varlows", kind)  # type: ignore[arg-type]
        assert [g.name for g in drop_family_plurals(groups, {"body": text})] == ["Kim Varlow"]
