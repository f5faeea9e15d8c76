"""Session 30: a capital named as the country table names it, standing for its government
("Washington said ..."), and a big city's listed short form ("NYC") are the city where the model
read a body; a person of that surname, a club in a story about sport and a body the model read
right keep their readings. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "spoken", "city"),
    [
        (
            "Washington said on Monday it would impose new sanctions on the Kelvar regime.",
            "Washington",
            "Washington, D.C.",
        ),
        (
            "Washington said the talks with Marlovia had stalled and no new round was planned.",
            "Washington",
            "Washington, D.C.",
        ),
        (
            "Washington said in a statement that the embargo on Tarvian grain would stay in place.",
            "Washington",
            "Washington, D.C.",
        ),
        ("Ulaanbaatar said on Friday it would not renew the mining licence.", "Ulaanbaatar", "Ulan Bator"),
    ],
)
def test_capital_for_its_government_is_the_city(
    extractor: EntityExtractor, body: str, spoken: str, city: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(city) == "LOCATION", types
    assert spoken not in types, types


@pytest.mark.parametrize(
    "body",
    [
        "She moved from NYC to Boston last year and opened a bakery on Dunmore Lane.",
        "The tour stops in Chicago, NYC, Denver and Austin this spring.",
        "Best pizza in the country: NYC vs Chicago, argued over a long dinner.",
    ],
)
def test_city_short_form_is_the_city(extractor: EntityExtractor, body: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get("New York City") == "LOCATION", types
    assert "NYC" not in types, types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a person of that surname the story names in full keeps the surname
        (
            "Dana Washington, a teacher in Harlow, won the award. Washington said she was stunned.",
            "Dana Washington",
            "PERSON",
        ),
        # a club in a story about sport stays the side
        (
            "Washington said on Monday it had signed the quarterback to a new contract after the team "
            "won its third game in a row.",
            "Washington",
            "ORGANIZATION",
        ),
    ],
)
def test_person_or_club_keeps_its_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types
