"""Where a place's name starts and ends, pinned on texts written for the test: a named hall the
model ran into the town after "in" is two places; a zone or park named after its town, with a
hyphenated word of its kind inside ("High-tech"), is one place, not the town alone."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "town"),
    [
        (
            "Delegates met at the Great Hall of the People in Shanghai on Monday.",
            "Great Hall of the People",
            "Shanghai",
        ),
        (
            "The vote was taken at the Hall of the People in Shanghai on Monday.",
            "Hall of the People",
            "Shanghai",
        ),
        (
            "Leaders met at the Great Hall of the People in Nanjing on Friday.",
            "Great Hall of the People",
            "Nanjing",
        ),
    ],
)
def test_a_hall_run_into_its_town_is_two_places(
    extractor: EntityExtractor, body: str, name: str, town: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "LOCATION"
    assert types.get(town) == "LOCATION"
    assert not any(" in " in n for n in types)


@pytest.mark.parametrize(
    ("body", "zone"),
    [
        (
            "Firms in the Wuxi High-tech Industry Development Zone grew fast.",
            "Wuxi High-tech Industry Development Zone",
        ),
        (
            "Output rose at the Hangzhou High-tech Industrial Park last year.",
            "Hangzhou High-tech Industrial Park",
        ),
        ("Jobs grew in the Ningbo High-tech Zone last year.", "Ningbo High-tech Zone"),
        ("Exports from the Xiamen High-tech Port Area rose in May.", "Xiamen High-tech Port Area"),
    ],
)
def test_a_zone_named_after_its_town_is_one_place(extractor: EntityExtractor, body: str, zone: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(zone) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a company named after the zone keeps its name
        ("Wuxi High-tech Zone Co. listed its shares on Monday.", "Wuxi High-tech Zone Co."),
        # no hyphenated word: the rule leaves the model's reading
        ("She works at the Museum of Modern Art in New York.", "Museum of Modern Art"),
        # a university keeps its town
        ("He studied at Harlow University in Denver for years.", "Denver"),
    ],
)
def test_near_misses_keep_their_reading(extractor: EntityExtractor, body: str, kept: str) -> None:
    assert kept in types_of(entities_of(extractor, body))


@pytest.mark.parametrize(
    ("body", "street"),
    [
        ("Police saw him near Avenue of the Republic wearing a backpack.", "Avenue of the Republic"),
        ("Shops closed along Avenue of the Martyrs on Friday.", "Avenue of the Martyrs"),
        ("The office sits on Avenue of the Pioneers near the river.", "Avenue of the Pioneers"),
        ("Traffic stopped on Avenue of the Americas after the crash.", "Avenue of the Americas"),
    ],
)
def test_a_street_named_by_its_kind_first_is_one_place(
    extractor: EntityExtractor, body: str, street: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(street) == "LOCATION"
    assert "Avenue" not in types


def test_an_avenue_without_of_the_keeps_its_reading(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "She lives on Fifth Avenue in Harlow."))
    assert types.get("Fifth Avenue") == "LOCATION"


def test_a_company_named_after_an_avenue_keeps_its_name(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Avenue of the Stars Group reported profits."))
    assert not any(n.startswith("Avenue of the Stars") and types[n] == "LOCATION" for n in types)
