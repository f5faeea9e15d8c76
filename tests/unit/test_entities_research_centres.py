"""Session 45 (A), texts written for the test: a research centre named by its head word ("...
Center", "Center for ...") right after one of its scholars' roles is the body, not the facility
the model reads (``retype.staff_cues.centre_by_staff``). Near misses keep their readings."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.retype.staff_cues import centre_by_staff
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            '"It is a risk," said Jo Roe, a senior fellow at the Center for a New Harbor Policy, on Monday.',
            "Center for a New Harbor Policy",
        ),
        ("Jo Roe, a researcher at the Quorn Center, said the results were early.", "Quorn Center"),
        (
            "The oceanographer Jo Roe, a fellow at the Tarvin Center, said the data were early.",
            "Tarvin Center",
        ),
        ('"It is early," said Jo Roe, a researcher at the Quorn Centre, on Monday.', "Quorn Centre"),
    ],
)
def test_a_centre_with_scholars_is_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("Ana Marsh, co-director of KIT's Tarvin Center, was preparing a talk.", "Tarvin Center", True),
        (
            "Jo Roe, director of the Kelby Center for Coastal Studies, said so.",
            "Kelby Center for Coastal Studies",
            True,
        ),
        (
            "Jo Roe, a researcher at the Kelby Medical Center, said the ward was full.",
            "Kelby Medical Center",
            False,
        ),
        (
            "Jo Roe, director of the Kelby Convention Center, said the hall was full.",
            "Kelby Convention Center",
            False,
        ),
        ("The band played at the Quorn Center on Friday.", "Quorn Center", False),  # no scholar
        ("Jo Roe, a fellow at the Quorn Hall, said so.", "Quorn Hall", False),  # no centre
        ("Jo Roe, a researcher who visited the Quorn Center, said so.", "Quorn Center", False),
    ],
)
def test_centre_by_staff(text: str, name: str, body: bool) -> None:
    start = text.index(name)
    cand = Candidate("body", start, start + len(name), "LOCATION", "ner")
    assert centre_by_staff(cand, text, name) is body


def test_a_centre_of_events_stays_a_place(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The band played at the Quorn Center on Friday."))
    assert types.get("Quorn Center") == "LOCATION", types
