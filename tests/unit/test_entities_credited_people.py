"""A name of two or three words after a credit or billing cue ("images by", "Photo:", "photo
courtesy of", "hosted by", "starring") is a person's, which the small model often reads as a body
when the given name is no English one. Sentences and names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.person_context import _credited_person
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "The harbour glowed at dusk. See more photos in the gallery, images by Tarvesh Molandri",
            "Tarvesh Molandri",
        ),
        (
            "The old mill reopened on Saturday after a long refit. Photo: Okemba Tuluvar/Harbor Daily",
            "Okemba Tuluvar",
        ),
        ("The lobby was repainted this spring. Photo courtesy of Marvik Oduya", "Marvik Oduya"),
        (
            "The podcast, hosted by Quintaro Belvane, returns next month with six new episodes.",
            "Quintaro Belvane",
        ),
    ],
)
def test_a_credited_name_is_a_person(extractor: EntityExtractor, body: str, person: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("The lab was built last year. Photos by Acme Labs", "Acme Labs", "ORGANIZATION"),
        ("Flood waters rose on Monday. Photo: Reuters", "Reuters", "ORGANIZATION"),
        ("Posted by Harbor Daily News\n\nThe council met on Monday.", "Harbor Daily News", "ORGANIZATION"),
        ("The figures were compiled by Quarto Partners.", "Quarto Partners", "ORGANIZATION"),
        ("The deal was led by Quarto Ventures and two smaller funds.", "Quarto Ventures", "ORGANIZATION"),
        (
            "The show, hosted by the Harbor Arts Council, drew large crowds.",
            "Harbor Arts Council",
            "ORGANIZATION",
        ),
    ],
)
def test_a_body_after_a_credit_cue_keeps_its_type(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "The council met on Monday.\n\nReporting by Tarvesh Molandri and Okemba Tuluvar",
            {"Tarvesh Molandri", "Okemba Tuluvar"},
        ),
        (
            "The mill reopened on Saturday. Images by Tarvesh Molandri and Okemba Tuluvar",
            {"Tarvesh Molandri", "Okemba Tuluvar"},
        ),
        (
            "The mill reopened on Saturday. Photo courtesy of Marvik Oduya and Tarvesh Molandri",
            {"Marvik Oduya", "Tarvesh Molandri"},
        ),
        (
            "The gallery reopened on Friday. Photos by Quintaro Belvane and Okemba Tuluvar",
            {"Quintaro Belvane", "Okemba Tuluvar"},
        ),
    ],
)
def test_each_name_of_a_credited_list_is_a_person(
    extractor: EntityExtractor, body: str, people: set[str]
) -> None:
    types = types_of(entities_of(extractor, body))
    assert all(types.get(p) == "PERSON" for p in people), types


def test_a_body_after_a_credited_person_keeps_its_type(extractor: EntityExtractor) -> None:
    body = "The gallery reopened on Friday. Photos by Quintaro Belvane and Harbor Daily News"
    types = types_of(entities_of(extractor, body))
    assert types.get("Harbor Daily News") == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Photo: Okemba Tuluvar", "Okemba Tuluvar", True),
        ("Written by Kestrel Valley Staff", "Kestrel Valley Staff", False),  # a desk's credit
        ("Photo: Kestrel Projects", "Kestrel Projects", False),
        ("Photo: Harbor Daily News", "Harbor Daily News", False),  # a paper
        ("Led by Okemba Tuluvar", "Okemba Tuluvar", False),  # no credit cue
    ],
)
def test_what_a_credit_cue_makes_a_person(text: str, name: str, person: bool) -> None:
    assert _credited_person(text, text.index(name), name, load_gazetteer()) is person
