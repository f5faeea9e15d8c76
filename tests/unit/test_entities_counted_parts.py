"""A counted part of a series, a list or a plan named by its kind and a number ("Episode 38",
"Item 1", "Phase 2"): the model reads the capitalised kind as a MISC or a body; it names nothing.
Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Listen to Harbor Talk, Episode 12, for the full interview with the mayor.", "Episode"),
        ("Harbor Talk, Episode 38 (MP3 format) is available to download.", "Episode"),
        ("Round 2 of the Marlow talks begins on Friday.", "Round"),
        ("The address points to Item 1, which in turn points to Item 2.", "Item"),
    ],
)
def test_a_counted_part_names_nothing(extractor: EntityExtractor, body: str, word: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert not any(n == word or n.startswith(word + " ") for n in names), names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Harlow Stage Company opened its season on Friday.", "Harlow Stage Company"),
        ("Congress passed Section 230 in 1996 after a long debate.", "Section 230"),
    ],
)
def test_a_name_with_a_kind_word_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names
