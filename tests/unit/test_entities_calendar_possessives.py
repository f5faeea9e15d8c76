"""A weekday with its possessive ("last Friday's bombings") or a month's abbreviation with its
point is no name, as the bare weekday or month is not: the model reads the possessive as an
event. A person's surname that is a month keeps the person. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.records import CandidateGroup
from consumer.entities.span_filters import calendar_word
from tests.unit.entity_texts import entities_of


@pytest.mark.parametrize(
    "body",
    [
        "Police are still probing last Friday's bombings of two banks in the capital.",
        "Investigators are studying last Monday's explosions at the depot.",
        "After last Wednesday's riots, the mayor resigned.",
    ],
)
def test_a_weekday_possessive_is_no_event(extractor: EntityExtractor, body: str) -> None:
    names = [e.name for e in entities_of(extractor, body)]
    assert not [n for n in names if n.endswith("day's")], names


def _group(name: str, kind: str) -> CandidateGroup:
    return CandidateGroup(kind, [], None, name)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "kind", "dropped"),
    [
        ("Friday's", "EVENT", True),
        ("Aug.", "EVENT", True),
        ("Sept.", "ORGANIZATION", True),
        ("May's", "PERSON", False),  # a surname's possessive: left to the person rules
        ("Macy's", "ORGANIZATION", False),
    ],
)
def test_calendar_word_reads_possessives_and_points(name: str, kind: str, dropped: bool) -> None:
    assert calendar_word(_group(name, kind)) is dropped
