"""Cabinet titles whose portfolio runs over several words, pinned on texts written for the test
(issue 11). The model reads the pieces of the portfolio as bodies ("Industry", "Investment and
Commerce") or runs its last word into the holder's name ("Planning Rosa Kettle" as a body): a
wrong organisation and a lost person. A ministry named with a comma list of fields is one body."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "The trade fair opened on Monday, Minister of Industry, Investment and Commerce "
            "Dale Orwin told reporters at the harbour.",
            "Dale Orwin",
        ),
        (
            "Minister of Finance and Planning Rosa Kettle said the budget would be tabled on Friday.",
            "Rosa Kettle",
        ),
        (
            "Minister of Works and Transport Rohan Sinclair said the bridge would open in May.",
            "Rohan Sinclair",
        ),
        ("Minister for Education and Skills Joe Marner visited the new school in the valley.", "Joe Marner"),
        (
            "Minister of Labour and Social Security Pearnel Tambry said the talks would resume.",
            "Pearnel Tambry",
        ),
    ],
)
def test_a_long_portfolio_is_no_body_and_its_holder_a_person(
    extractor: EntityExtractor, body: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
    assert "ORGANIZATION" not in types.values(), types


def test_a_ministry_named_with_a_list_of_fields_is_one_body(extractor: EntityExtractor) -> None:
    body = "The Ministry of Industry, Investment and Commerce said exports rose in March."
    types = types_of(entities_of(extractor, body))
    assert types == {"Ministry of Industry, Investment and Commerce": "ORGANIZATION"}, types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a ministry and another body after its "and" stay apart
        (
            "The Ministry of Finance and the central bank agreed on the new rules.",
            "Ministry of Finance",
            "ORGANIZATION",
        ),
        (
            "The Department of Justice said the case would go to trial.",
            "Department of Justice",
            "ORGANIZATION",
        ),
        # a place after the title's "of" is no field: the title is left to the other rules
        ("Prime Minister of Canada Justin Trudeau arrived in the capital.", "Canada", "LOCATION"),
        (
            "Secretary of State for Northern Ireland Chris Heaton-Harris said talks would go on.",
            "Northern Ireland",
            "LOCATION",
        ),
    ],
)
def test_bodies_and_places_beside_a_title_stay(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


def test_a_portfolio_with_no_name_after_it_makes_no_person(extractor: EntityExtractor) -> None:
    body = "The Minister of Foreign Affairs and International Trade said the visit was a success."
    types = types_of(entities_of(extractor, body))
    assert "PERSON" not in types.values(), types
