"""A feature's section heading that opens on a capitalised preposition ("Into the Wilderness",
"Beyond the Frontier", "Inside the Foundry"): a name only such a heading holds is the section's
theme, no entity; one the prose names again stays. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The firm grew fast in its first year.\n\nInto the Marlow Wilderness\n\n"
            "During the first half of 2000, the firm grew fast.",
            "Marlow Wilderness",
        ),
        (
            "The crew set out in May.\n\nBeyond the Kelby Frontier\n\n"
            "The second month was harder than the first.",
            "Kelby Frontier",
        ),
        (
            "The story starts in a garage.\n\nInside the Harbor Foundry\n\nWorkers poured steel all night.",
            "Harbor Foundry",
        ),
    ],
)
def test_a_name_only_a_preposition_heading_holds_is_none(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name not in names, names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The story starts in a garage.\n\nInside the Harbor Foundry\n\n"
            "A spokesman for the Harbor Foundry said it would hire 300 workers.",
            "Harbor Foundry",
        ),
        (
            "The crew set out in May.\n\nInto the Storm\n\n"
            "Jo Roe, a spokesman for the Marlow Coast Guard, said the crew was safe.",
            "Marlow Coast Guard",
        ),
    ],
)
def test_a_name_the_prose_holds_stays(extractor: EntityExtractor, body: str, name: str) -> None:
    names = {e.name for e in entities_of(extractor, body)}
    assert name in names, names
