"""Bodies in lists: a name only the model read as a place, unknown to the gazetteer, is a body in a
list of mostly bodies ("Amazon, Keldra and Netflix") or in one a plural kind of business opens
("carriers such as ..."), on all its mentions. Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        ("Amazon, Keldra and Netflix raised prices on Monday.", ["Keldra"]),
        ("Apple, Microsoft and Vaskaria reported earnings.", ["Vaskaria"]),
        ("Carriers such as Marlowe and Quendor have raised prices.", ["Quendor"]),
        ("The app is sold on platforms like Steamy, Keldra and Zorbly.", ["Steamy", "Keldra", "Zorbly"]),
    ],
)
def test_listed_bodies(extractor: EntityExtractor, body: str, bodies: list[str]) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(b) for b in bodies] == ["ORGANIZATION"] * len(bodies)


def test_the_listed_body_is_one_body_on_all_its_mentions(extractor: EntityExtractor) -> None:
    body = "Amazon, Keldra and Netflix raised prices on Monday. Keldra said sales grew."
    keldra = [e for e in entities_of(extractor, body) if e.name == "Keldra"]
    assert [(e.type, len(e.mentions)) for e in keldra] == [("ORGANIZATION", 2)]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a place the gazetteer knows, a place's head word, a list of places, a pair
        ("Google, Facebook and Boston signed the pact.", "Boston"),
        ("Google, Apple and Vaskaria County signed.", "Vaskaria County"),
        ("The chain has stores in cities such as Keldra and Quendor.", "Keldra"),
        ("Acme Corp and Falkville police met on Monday.", "Falkville"),
    ],
)
def test_places_keep_their_type(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "LOCATION"
