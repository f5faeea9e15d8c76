"""A place's or a titled person's possessive before a suffixed firm is no part of the firm's name
("Japan's Tarnell Corp" → Japan, Tarnell Corp), and a partnership's first half the model left out
before a possessive is ("Standard and Poor's Corp"), while a firm named with a possessive keeps
it (entities.company_owners). Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "owner", "firm"),
    [
        (
            "The Pentagon will not award contracts to Japan's Tarnell Corp, officials said.",
            "Japan",
            "Tarnell Corp",
        ),
        (
            "Other bidders include Canada's Brenton Telecom Ltd, the ministry said.",
            "Canada",
            "Brenton Telecom Ltd",
        ),
        # the model's place, which the gazetteer lists by its last word only
        ("Rival bids came from West Germany's Vorlag AG, traders said.", "West Germany", "Vorlag AG"),
        (
            "The deal followed the purchase of London's Hadley Quarrie Commodities Limited.",
            "London",
            "Hadley Quarrie Commodities Limited",
        ),
    ],
)
def test_a_places_possessive_before_a_suffixed_firm_is_the_place(
    extractor: EntityExtractor, body: str, owner: str, firm: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(owner) == "LOCATION"
    assert types.get(firm) == "ORGANIZATION"
    assert not any("'s" in name for name in types)


def test_a_titled_persons_possessive_before_a_suffixed_firm_is_the_person(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Mrs Quarrie's Delvan Holdings Ltd bought the mill in May."))
    assert types.get("Delvan Holdings Ltd") == "ORGANIZATION"
    assert "Mrs Quarrie's Delvan Holdings Ltd" not in types


@pytest.mark.parametrize(
    "body",
    [
        "NEW YORK, March 4 - Standard and Morrow's Corp said it affirmed the rating on Kelvor Inc's debt.",
        "The notes will be rated AAA by Standard and Morrow's Corp, the underwriter said.",
    ],
)
def test_a_partnerships_first_half_before_a_possessive_is_its_name(
    extractor: EntityExtractor, body: str
) -> None:
    names = types_of(entities_of(extractor, body))
    assert any(name.startswith("Standard and Morrow's Corp") for name in names)
    assert "Morrow's Corp" not in names


@pytest.mark.parametrize(
    ("body", "firm"),
    [
        # a bare surname's possessive names the firm itself
        (
            "HOUSTON, March 3 - Pellman's Sporting Goods Inc said its net earnings fell.",
            "Pellman's Sporting Goods Inc",
        ),
        (
            "A Dorrow's Investors Service Inc analyst said the bonds were sound.",
            "Dorrow's Investors Service Inc",
        ),
        # a founder's surname the model reads as a person, with no courtesy title
        (
            "Telman's Sporting Goods Inc rose after Ardman's Outdoor Stores Inc fell.",
            "Ardman's Outdoor Stores Inc",
        ),
    ],
)
def test_a_firm_named_with_a_possessive_keeps_it(extractor: EntityExtractor, body: str, firm: str) -> None:
    assert types_of(entities_of(extractor, body)).get(firm) == "ORGANIZATION"


def test_two_firms_joined_by_and_stay_two(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "Shares of Halvern Inc and Corvale Mining Co rose on Tuesday."))
    assert types.get("Corvale Mining Co") == "ORGANIZATION"
    assert "Halvern Inc and Corvale Mining Co" not in types
