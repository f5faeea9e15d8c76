"""The level of government capitalised before an official's title ("State Senator Jo Varnick",
"County Commissioner ...") is part of the title, no body, though the model reads "State" or
"County" alone as one; a body named with the word ("the State Police") and "the State" acting
alone keep their body."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "word", "person"),
    [
        (
            "Eckley resigned to run for a Kelby Senate seat vacated by State Senator Jo Varnick (D-Harlow).",
            "State",
            "Jo Varnick",
        ),
        (
            "The bill was filed by State Rep. Marla Quintrell, who chairs the panel.",
            "State",
            "Marla Quintrell",
        ),
        (
            "The case was handled by County Commissioner Tarvo Kessling, who later resigned.",
            "County",
            "Tarvo Kessling",
        ),
    ],
)
def test_the_level_before_a_title_is_no_body(
    extractor: EntityExtractor, body: str, word: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert word not in types, types
    assert types.get(person) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Troopers from the State Police closed the road on Friday.", "State Police"),
        ("The State said on Monday that the new rules would take effect.", "State"),
    ],
)
def test_a_body_named_with_the_level_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


def test_the_level_before_its_officials_is_no_body(extractor: EntityExtractor) -> None:
    body = (
        "The rules took effect in May.\n\nState officials have outlawed the sale of the drug, and "
        "City inspectors began checks on Monday."
    )
    types = types_of(entities_of(extractor, body))
    assert "State" not in types and "City" not in types, types
