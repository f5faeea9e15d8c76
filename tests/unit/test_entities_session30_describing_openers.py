"""Session 30: a describing word capitalised only because it opens a sentence ("Key", "Rival")
is cut off the listed name the model ran it into; a rest no list knows keeps the model's reading.
Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "run"),
    [
        (
            "The talks stalled. Key NATO allies objected to the plan on Monday.",
            "North Atlantic Treaty Organization",
            "Key NATO",
        ),
        (
            "The talks stalled. Key European Union members objected to the plan.",
            "European Union",
            "Key European Union",
        ),
        ("The market fell. Rival Samsung executives declined to comment.", "Samsung", "Rival Samsung"),
    ],
)
def test_describing_opener_cut_off_a_listed_name(
    extractor: EntityExtractor, body: str, name: str, run: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert run not in types, types


@pytest.mark.parametrize(
    ("body", "not_name"),
    [
        ("Top Gear returned to the screen on Sunday, the network said.", "Gear"),
        ("Fellow Marlow residents signed the letter on Monday.", "Marlow residents"),
    ],
)
def test_rest_no_list_knows_is_left(extractor: EntityExtractor, body: str, not_name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert not_name not in types, types
