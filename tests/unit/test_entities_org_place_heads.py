"""Places the model reads as organisations, by their head word (issue 11): coasts, aqueducts,
viaducts and old arenas are places, pinned on sentences written for the test; bodies whose
names hold such a word before another head ("Coast Guard", "Bridge Capital") stay bodies."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("He had left his home at Maria Lodge, Essequibo Coast around 8 pm on Thursday.", "Essequibo Coast"),
        (
            "Water flows 82 miles through the Delaware Aqueduct, the longest tunnel in the world.",
            "Delaware Aqueduct",
        ),
        ("Crews closed the Kelso Viaduct to traffic after the storm.", "Kelso Viaduct"),
        ("A group struck a deal to revitalize the Oakland Coliseum site.", "Oakland Coliseum"),
    ],
)
def test_a_coast_an_aqueduct_or_an_arena_is_a_place(
    extractor: EntityExtractor, body: str, place: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(place) == "LOCATION", types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("The Coast Guard rescued two fishermen on Friday.", "Coast Guard"),
        ("Bridge Capital said its profits rose in the quarter.", "Bridge Capital"),
        ("The Harwell Quarter Fund raised $5 million.", "Harwell Quarter Fund"),
    ],
)
def test_bodies_holding_such_a_word_stay_bodies(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types
