"""A body's noun that only qualifies a person's role ("Jo Roe, a fund manager at Kelby", "a bank
spokeswoman", "a party member") and a maker of a person's craft ("film-maker Jo Roe") leave the
name the person's (rules.organisations: appositive_orgs, described_companies). Names made up for
the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "However, Dorin Walsby, a fund manager at Kelmont Trustees, said taking the stake was good.",
            "Dorin Walsby",
        ),
        ('"It will pass," said Orla Bexley, a bank spokeswoman, on Friday.', "Orla Bexley"),
        ("Dena Parrow, a party member since 1990, left the meeting early.", "Dena Parrow"),
        ("The film was made by film-maker Tarrin Oakes, who has said it is personal.", "Tarrin Oakes"),
        ("The series was shot by documentary maker Selwyn Darrow over two winters.", "Selwyn Darrow"),
    ],
)
def test_a_role_after_a_body_noun_is_a_persons(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a firm may be a fund manager: only "at"/"with" after "manager" makes it a person's role
        ("Kelmont Trustees, a fund manager based in Perth, said it bought the shares.", "Kelmont Trustees"),
        ("Varnell Holdings, a bank holding company, said profits rose.", "Varnell Holdings"),
        ("Quorvane, a chip maker based in Dresden, said sales rose.", "Quorvane"),
        ("The news came from appliance maker Velloux on Monday.", "Velloux"),
        ("Shares of chip-maker Dravonic rose on Monday.", "Dravonic"),
    ],
)
def test_a_bodys_own_description_still_makes_it_one(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"
