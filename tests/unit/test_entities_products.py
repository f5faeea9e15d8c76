"""Product entities by the evidence running text gives, pinned on sentences written for the tests.

The makers are real companies the gazetteer lists (as other entity tests use them); the models
are made up, so the rules are about the class, not the example.
"""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of as _entities
from tests.unit.entity_texts import types_of as _types

# --------------------------------------------------------------------------- a model before a kind of device


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The Orvo Flex smartphone costs $499 in most stores.", "Orvo Flex"),
        ("I tested the Corvel Stride 5 running watch for a month.", "Corvel Stride 5"),
        ("The Brava Cruise e-bike weighs 20 kg with its battery.", "Brava Cruise"),
        ("Its Norra Vale smart speaker plays music in every room.", "Norra Vale"),
    ],
)
def test_a_two_word_model_before_a_kind_of_device_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a maker's or a market's noun after the kind word: the name is the body's
        ("The Nordvik Telecom smartphone business was sold last year.", "Nordvik Telecom"),
        # a kind that is a role or gear as often, with no device's modifier before it
        ("The Labour Party speakers drew a big crowd in Leeds.", "Labour Party"),
        # a division of a maker the gazetteer knows
        ("Officials said the Hyundai Motor laptops were stolen.", "Hyundai Motor"),
    ],
)
def test_a_body_before_a_kind_of_device_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


def test_a_lone_maker_before_a_kind_of_device_is_no_product(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "The Zarvo smartphone sold well in India."))
    assert "PRODUCT" not in found.values()


# --------------------------------------------------------------------------- a maker and a listed product


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Shoppers can get Apple AirPods Pro for $199 this week.", "Apple AirPods Pro"),
        ("Reviewers praised the Microsoft Xbox Series X for its speed.", "Microsoft Xbox Series X"),
        ("Fans said Amazon Kindle Paperwhite sales rose in May.", "Amazon Kindle Paperwhite"),
        ("Many readers use Amazon Kindle Oasis 3 for travel.", "Amazon Kindle Oasis 3"),
    ],
)
def test_a_maker_before_a_listed_product_is_the_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Samsung Electronics said profit rose 10% in the quarter.", "Samsung Electronics"),
        ("Analysts at Goldman Sachs expect sales to grow.", "Goldman Sachs"),
        ("Amazon Web Services said the outage was fixed.", "Amazon Web Services"),
    ],
)
def test_a_makers_division_or_a_bank_stays_a_body(extractor: EntityExtractor, body: str, name: str) -> None:
    assert _types(_entities(extractor, body)).get(name) == "ORGANIZATION"


# --------------------------------------------------------------------------- named again without its maker


@pytest.mark.parametrize(
    ("body", "product", "short"),
    [
        ("Apple AirPods are $99 now. These are the first AirPods with a chip.", "Apple AirPods", "AirPods"),
        ("Buyers found Amazon Kindle units at Walmart. The Kindle sold out.", "Amazon Kindle", "Kindle"),
        ("Buyers found Microsoft Xbox units at Walmart. The Xbox sold out.", "Microsoft Xbox", "Xbox"),
    ],
)
def test_a_product_named_again_without_its_maker_is_one_entity(
    extractor: EntityExtractor, body: str, product: str, short: str
) -> None:
    found = _entities(extractor, body)
    products = [e for e in found if e.type == "PRODUCT"]
    assert [e.name for e in products] == [product]
    assert short in {m.text for m in products[0].mentions}


# --------------------------------------------------------------------------- an owner's model by its number


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Reviewers said Google's Pixel 7 has a better camera than last year.", "Pixel 7"),
        ("NASA's Viking 1 lander touched down in 1976.", "Viking 1"),
        ("Microsoft's Windows 11 update broke printers.", "Windows 11"),
    ],
)
def test_a_name_and_a_number_after_an_owners_possessive_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Listeners tuned in to the BBC's Radio 4 on Sunday.", "Radio 4"),
        ("Beijing's Route 66 bus line closed for repairs.", "Route 66"),
        ("Acme's Vision 2030 plan was praised.", "Vision 2030"),
        ("Fans went to October's Money 20/20 meeting.", "Money 20/20"),
        ("Passengers waited at Heathrow's Terminal 5 for hours.", "Terminal 5"),
    ],
)
def test_a_place_a_channel_a_year_or_a_dates_name_is_no_owned_model(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    found = _types(_entities(extractor, body))
    assert found.get(name) != "PRODUCT"
    assert found.get(name.split()[0]) != "PRODUCT"


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Shoppers can get Apple AirPods Pro for $199 this week.", "Apple AirPods Pro"),
        ("Owners of Microsoft Surface Studio 2 desktops reported faults.", "Microsoft Surface Studio 2"),
        ("Many readers use Amazon Kindle Oasis 3 for travel.", "Amazon Kindle Oasis 3"),
    ],
)
def test_a_retyped_product_takes_its_model_words(extractor: EntityExtractor, body: str, product: str) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Analysts said Acme Holdings 2 percent gain was small.", "Acme Holdings"),
        ("Users can now ask Amazon Alexa 2 million times a day, the company said.", "Amazon Alexa"),
    ],
)
def test_a_count_after_a_retyped_name_is_no_model_word(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    found = _types(_entities(extractor, body))
    assert not any(n.startswith(name + " ") for n in found)


# --------------------------------------------------------------------------- what a maker launches


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Acme launched the Helix Pro on Tuesday, its first tablet.", "Helix Pro"),
        ("Quillon introduced the Vela Air at an event in Berlin.", "Vela Air"),
        ("Tesla unveiled the Cybercab at a studio lot in Los Angeles.", "Cybercab"),
    ],
)
def test_what_a_maker_unveils_after_a_determiner_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Acme launched Zed Capital, a new venture fund, in May.", "Zed Capital"),
        ("The ministry launched the Green Roads Initiative on Monday.", "Green Roads Initiative"),
        ("The brand launched the Fondation Marie Roux in Paris in 2014.", "Fondation Marie Roux"),
        ("Prosecutors released the Harwick Papers on Friday.", "Harwick Papers"),
    ],
)
def test_a_launched_body_plan_or_released_paper_is_no_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    assert _types(_entities(extractor, body)).get(name) != "PRODUCT"


# --------------------------------------------------------------------------- an approximate count is no model


@pytest.mark.parametrize(
    "body",
    [
        "About 30 ships joined the search on Monday, officials said.",
        "Around 40 jets flew over the city during the parade.",
        "Nearly 200 tanks crossed the border overnight.",
    ],
)
def test_an_approximate_count_of_crafts_is_no_product(extractor: EntityExtractor, body: str) -> None:
    assert "PRODUCT" not in _types(_entities(extractor, body)).values()


def test_a_maker_and_a_model_number_before_a_craft_noun_stays_a_product(extractor: EntityExtractor) -> None:
    assert (
        _types(_entities(extractor, "The Boeing 757 fleet is old, the airline said.")).get("Boeing 757")
        == "PRODUCT"
    )


# --------------------------------------------------------------------------- a reference's code is no model


@pytest.mark.parametrize(
    "body",
    [
        "The story ran on Page A8 of the paper.",
        "She lived in Apt. 1C on the third floor.",
        "The crash happened on Township Road 1950E near the farm.",
        "The gate is in Terminal B2 at the airport.",
        "Upgrade to Version 2 for the fix.",
    ],
)
def test_a_code_after_a_reference_or_an_address_is_no_product(extractor: EntityExtractor, body: str) -> None:
    assert "PRODUCT" not in _types(_entities(extractor, body)).values()


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The Galaxy S10 sold well in May.", "Galaxy S10"),
        ("Fans liked the Core i7 chips.", "Core i7"),
        ("The Airbus A321neo jets were delivered.", "Airbus A321neo"),
    ],
)
def test_a_name_and_its_model_code_stay_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


# --------------------------------------------------------------------------- a maker's new game


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The company released Starfall Legends, its new game, in March.", "Starfall Legends"),
        ("Fans waited for Ember Quest, the studio's latest game, for years.", "Ember Quest"),
        ("The studio showed Hollow Reach, its upcoming game, at the fair.", "Hollow Reach"),
    ],
)
def test_a_name_set_off_as_a_makers_new_game_is_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    assert _types(_entities(extractor, body)).get(product) == "PRODUCT"


@pytest.mark.parametrize(
    "body",
    [
        "Boston beat Denver, their third game in four nights.",
        "The Knicks face Miami, their next game after the break.",
        "The Lakers beat Phoenix, a game that went to overtime.",
    ],
)
def test_a_teams_next_game_names_no_product(extractor: EntityExtractor, body: str) -> None:
    assert "PRODUCT" not in _types(_entities(extractor, body)).values()


# --------------------------------------------------------------------------- a country's code before a model


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Where to buy: US RTX 3080 stock is low this week.", "RTX 3080"),
        ("The UK PS5 Pro restock sold out.", "PS5 Pro"),
        ("The US F-35 jets landed.", "F-35"),
    ],
)
def test_a_countrys_code_before_a_model_is_no_part_of_it(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    found = _types(_entities(extractor, body))
    assert found.get(product) == "PRODUCT"
    assert not any(t == "PRODUCT" and n.startswith(("US ", "UK ")) for n, t in found.items())


def test_a_place_that_names_a_make_stays_in_the_model(extractor: EntityExtractor) -> None:
    found = _types(_entities(extractor, "The Lincoln Navigator 2 SUV is big."))
    assert found.get("Lincoln Navigator 2") == "PRODUCT"
