"""Session 30: names typed as the wrong kind of thing, by class. Sentences written for the test.

- a street standing for a trade ("traders on Tarvel Street", "Kelp Street's banks"), which
  the small model misses, is a place;
- a carmaker's brand and one model word ("a Porsche Varnel", "the Jeep Korvan") are the model,
  a PRODUCT, as with the makers listed before;
- a venue named by its kind word after "at", "inside" or "outside" ("the show at the Kelvar
  Theater") is where something happens, a place; a venue that acts stays a body.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Traders on Tarvel Street sold shares on Monday as the bond rally faded.", "Tarvel Street"),
        ("Tarvel Street editors were unhappy with the ruling on Tuesday.", "Tarvel Street"),
        ("Kelp Street's biggest banks cut their forecasts again.", "Kelp Street"),
        ("Copper Street's lenders are wary of the new rules.", "Copper Street"),
    ],
)
def test_a_street_standing_for_a_trade_is_a_place(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "LOCATION"


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a paper's name runs on past the street
        ("The Quarn Street Journal reported the deal on Monday.", "Quarn Street"),
        # a movement's or a film's name holds the street after another word
        ("A spin-off of Occupy Quarn Street wants to cancel debt.", "Quarn Street"),
        # a stop word is no street's name
        ("The Street was quiet on Monday as traders waited.", "The Street"),
    ],
)
def test_no_street_where_a_longer_name_holds_it(extractor: EntityExtractor, body: str, absent: str) -> None:
    assert types_of(entities_of(extractor, body)).get(absent) != "LOCATION"


def test_a_person_named_street_keeps_the_surname(extractor: EntityExtractor) -> None:
    # a given name before "Street" is a person's
    types = types_of(entities_of(extractor, "Della Street typed the letter and mailed it on Friday."))
    assert types.get("Della Street") == "PERSON"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("She drove her new Porsche Varnel to the office on Monday.", "Porsche Varnel"),
        ("The dealer sold the last Jeep Korvan in stock.", "Jeep Korvan"),
        ("He traded his old Chevy Tarvo for a bike.", "Chevy Tarvo"),
        ("Reviewers liked the Kia Dorvena for its handling.", "Kia Dorvena"),
    ],
)
def test_a_car_brand_and_a_model_word_are_the_model(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lexus said sales rose in May as buyers came back.", "Lexus"),
        ("Dodge shares fell on Friday after the recall.", "Dodge"),
        # a site's word after the brand is no model
        ("Workers at the Porsche factory went on strike.", "Porsche"),
    ],
)
def test_a_car_brand_alone_stays_the_company(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "ORGANIZATION"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The band played at the Kelvar Theater on Friday night.", "Kelvar Theater"),
        ("The show at the Marlow Music Hall sold out in an hour.", "Marlow Music Hall"),
        ("The debate was held inside the Dunmore Convention Center on Tuesday.", "Dunmore Convention Center"),
    ],
)
def test_a_venue_after_a_preposition_of_place_is_a_place(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "LOCATION"


def test_a_venue_that_acts_stays_a_body(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Quorn Theater said it would reopen in May."))
    assert types.get("Quorn Theater") == "ORGANIZATION"


def test_a_car_brand_before_a_place_s_word_names_no_model(extractor: EntityExtractor) -> None:
    # a theme park or a brand's showroom, no model
    types = types_of(entities_of(extractor, "Tourists flocked to Porsche World on Sunday afternoon."))
    assert types.get("Porsche World") != "PRODUCT"
