"""A role held for a person or a family ("a spokesman for the Arlo family", "the campaign
spokesman for Marran") names the client, no organisation: the role keeps its words and the
organisation is null; a body after "for" stays the organisation."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import role_and_org


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "The boy will stay in Quellport, said Tomas Varek, a spokesman for the Arlo family in Quellport.",
            "Tomas Varek",
            "a spokesman for the Arlo family in Quellport",
        ),
        (
            "Ivo Marran is running for mayor. The poll is wrong, said Dana Pellow, the campaign spokesman "
            "for Marran.",
            "Dana Pellow",
            "the campaign spokesman for Marran",
        ),
    ],
)
def test_a_role_held_for_a_person_or_a_family_names_no_organisation(
    extractor: EntityExtractor, body: str, person: str, role: str
) -> None:
    assert role_and_org(extractor, body, person) == (role, None)


def test_a_body_after_for_stays_the_organisation(extractor: EntityExtractor) -> None:
    body = "The plant will close in May, said Dana Pellow, a spokesman for Tarvex Holdings."
    assert role_and_org(extractor, body, "Dana Pellow") == (
        "a spokesman for Tarvex Holdings",
        "Tarvex Holdings",
    )
