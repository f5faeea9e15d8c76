"""Bodies the model missed in a list of bodies: a name between two bodies, after the "and" that
ends a list two bodies open or before "and others", before the first body of a list a colon or
an example cue opens, and one word only the model read as a person there. Names made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        # one word the model read as a person, between two bodies
        ("Apps from Google, Uber, Trevvo and Lyft were banned.", ["Trevvo"]),
        # a list "and others" closes
        ("Executives from Google, Amazon, Kelvix and others attended the hearing.", ["Kelvix"]),
        # names before the first body of a list a colon opens
        (
            "The nine firms picked by NASA last year: Zentrobic, Harlow Deep Systems, Boeing, "
            "Airbus and Intuitive Machines.",
            ["Zentrobic", "Harlow Deep Systems"],
        ),
    ],
)
def test_missed_list_bodies(extractor: EntityExtractor, body: str, bodies: list[str]) -> None:
    found = types_of(entities_of(extractor, body))
    assert [found.get(b) for b in bodies] == ["ORGANIZATION"] * len(bodies)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a given name, a place the gazetteer knows, capitals only: never a body
        ("Executives from Google, Amazon, Marisol and others attended the hearing.", "Marisol", None),
        ("Executives from Google, Amazon, Boston and others attended the hearing.", "Boston", "LOCATION"),
        ("Executives from Google, Amazon, HDMI and others attended the hearing.", "HDMI", None),
        # a story person's surname in the list stays the person's
        (
            "Jo Tarrant built the chain. Apps from Google, Uber, Tarrant and Lyft were banned.",
            "Jo Tarrant",
            "PERSON",
        ),
    ],
)
def test_list_names_that_are_no_bodies(
    extractor: EntityExtractor, body: str, name: str, kind: str | None
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind
