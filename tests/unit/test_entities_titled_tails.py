"""A body the model ran into the courtesy-titled person after it ("at the Harlow Policy Centre Mr
Vell said") is the body and the person; a title after "and" or inside a work's name stays
(retype.titled_tails). Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "org", "person"),
    [
        (
            "In a speech to the Harlow Policy Centre Mr Vell said of the Tory leader: he is clever.",
            "Harlow Policy Centre",
            "Vell",
        ),
        (
            "However, during his keynote speech at KDC Mr Dorran, who heads development of games, said more.",
            "KDC",
            "Dorran",
        ),
    ],
)
def test_a_body_run_into_a_titled_person_is_two_names(
    extractor: EntityExtractor, body: str, org: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(org) == "ORGANIZATION"
    assert any(kind == "PERSON" and name.endswith(person) for name, kind in types.items())
    assert not any(org in name and name != org for name in types)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a title after "and": a work's two people
        (
            "The shortlist included Kelby Marsh's Jonathan Quill and Mr Norrell, a novel.",
            "Jonathan Quill and Mr Norrell",
        ),
        # a work's name with a title inside
        ("He starred in Goodbye Mr Vell at the Tarvo Theatre last year.", "Goodbye Mr Vell"),
    ],
)
def test_a_title_inside_a_works_name_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in types_of(entities_of(extractor, body))
