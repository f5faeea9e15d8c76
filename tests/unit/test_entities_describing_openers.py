"""A describing word of time or age opening a sentence before a listed name (session 43): the
model ran "Recent" or "Historic" into the name after it and read a person; the word is cut off and
the listed name keeps its own type. Sentences made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "kind", "whole"),
    [
        ("Prices fell. Recent Toyota hybrids sold well.", "Toyota", "ORGANIZATION", "Recent Toyota"),
        (
            "Visitors came. Historic Portuguese chapels drew them.",
            "Portuguese",
            "NORP",
            "Historic Portuguese",
        ),
        ("The team met. Former Nokia engineers joined it.", "Nokia", "ORGANIZATION", "Former Nokia"),
    ],
)
def test_a_time_word_opening_the_sentence_is_cut(
    extractor: EntityExtractor, body: str, name: str, kind: str, whole: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert whole not in types, types
    assert types.get(name) == kind, types
