"""A field of study in title case ("a degree in Computer Science") is no named entity, though the
model reads it as a body or a person; a school's, a department's or a journal's name around the
field keeps its name. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("He studied Computer Science at Ohio State University.", "Computer Science"),
        ("She majored in English and minored in Art History at Kelby College.", "Art History"),
        ("The firm hired two Chemistry students from Marlow last year.", "Chemistry"),
        ("Jo Penn has a degree in Mechanical Engineering from Tarvia.", "Mechanical Engineering"),
    ],
)
def test_a_field_of_study_names_nothing(extractor: EntityExtractor, body: str, field: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert field not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Bob Tarr, a professor at the Department of Physics, spoke.", "Department of Physics"),
        ("The Social Science Quarterly ran the paper.", "Social Science Quarterly"),
        ("Capital Economics said growth would slow.", "Capital Economics"),
        ("The Computer Science Department at Marlow hired Ann Voss.", "Computer Science Department"),
    ],
)
def test_a_body_named_after_a_field_keeps_its_name(extractor: EntityExtractor, body: str, name: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names
