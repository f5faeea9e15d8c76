"""A name of two or three words, perhaps with "of"/"at"/"from" and the body it works for, then a
reporting verb and a colon or comma that opens a quotation ("Karen Holt of Birchwood Partners
said: “…”", "As Dan Richter notes, “…”") is the quote's speaker, a PERSON, when it looks like a
person's. The model often drops such a name when a body follows it. Bodies, places and agencies
keep theirs. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Rents keep climbing. As Dan Richter of Demand Media notes, “The audience is not "
            "growing as fast as the number of services.”",
            "Dan Richter",
        ),
        (
            "Rents keep climbing. Karen Holt of Birchwood Partners said: “Nobody can afford to "
            "lose tenants right now.”",
            "Karen Holt",
        ),
        (
            "Rents keep climbing. Karen Holt of Demand Capital writes, “Nobody can afford to lose "
            "tenants right now.”",
            "Karen Holt",
        ),
        (
            "The harvest came early. Gary Pellow from the Ostend Growers Union told reporters: "
            "“We have never seen a season like it.”",
            "Gary Pellow",
        ),
        (
            "The harvest came early. As Nancy Wexler at Tallow Farms wrote, “The frost never came.”",
            "Nancy Wexler",
        ),
    ],
)
def test_a_speaker_before_a_quotation_is_a_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Prices fell. Harbor Capital said: “Rates will rise.”", "Harbor Capital", "ORGANIZATION"),
        ("Prices fell. Chicago says: “We will appeal.”", "Chicago", "LOCATION"),
        ("Prices fell. Associated Press reported: “Markets slid.”", "Associated Press", "ORGANIZATION"),
    ],
)
def test_bodies_and_places_before_a_quotation_keep_their_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Prices fell. Demand Media notes: “The audience is shrinking.”", "Demand Media"),
        ("Prices fell. Harbor Capital of Boston said: “Rates will climb.”", "Harbor Capital"),
        ("Prices fell. As Kestrel Media Group said, “Rates will climb.”", "Kestrel Media Group"),
    ],
)
def test_a_body_before_a_quotation_is_no_person(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) != "PERSON"
