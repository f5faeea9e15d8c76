"""A lower-case title after a people's word or a country ("Peruvian leader Tomas Arvelo",
"Peru's president ...") names no organisation: the organisation of a role is a body, never a
nationality, a party's people or a place; a body before the title stays its organisation."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import role_and_org


@pytest.mark.parametrize(
    ("body", "person", "role"),
    [
        (
            "The talks were held in the capital with Peruvian leader Tomas Arvelo on Monday.",
            "Tomas Arvelo",
            "leader",
        ),
        (
            "The march was led by Socialist president Marta Quellin in the square.",
            "Marta Quellin",
            "president",
        ),
        (
            "Officials said Peru's president Dario Velsko would attend the summit.",
            "Dario Velsko",
            "president",
        ),
    ],
)
def test_a_people_or_a_country_before_a_title_is_no_organisation(
    extractor: EntityExtractor, body: str, person: str, role: str
) -> None:
    assert role_and_org(extractor, body, person) == (role, None)


def test_a_body_before_a_title_stays_its_organisation(extractor: EntityExtractor) -> None:
    body = "The plan was announced by Tarvex Holdings spokesman Ivo Darrel on Monday in Lisbon."
    assert role_and_org(extractor, body, "Ivo Darrel") == ("spokesman", "Tarvex Holdings")
