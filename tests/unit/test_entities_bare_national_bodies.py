"""A listed country's body named by its bare word ("Congress", "Senate") in a story that never
names that country is another country's body of that name (India's Congress party, a
legislature abroad): no link to the United States' body, the story's own word as its name. A
story that names the United States keeps the link. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    "body",
    [
        "The Congress (I) party withdrew its support, and Congress leader Anil Verma said it would fall.",
        "The opposition Congress said the budget would hurt farmers in Karnataka, leader Ravi Menon said.",
    ],
)
def test_a_bare_congress_abroad_is_no_us_body(extractor: EntityExtractor, body: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get("Congress") == "ORGANIZATION", types
    assert "U.S. Congress" not in types, types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("WASHINGTON, May 2 (AFP) -- The president told Congress the plan would cut costs.", "U.S. Congress"),
        ("The Senate voted on the bill in Washington on Monday.", "U.S. Senate"),
        ("Congress passed the bill, a blow to the United States' trading partners.", "U.S. Congress"),
    ],
)
def test_a_story_naming_the_country_keeps_the_link(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
