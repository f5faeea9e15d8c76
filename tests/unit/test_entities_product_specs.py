"""A name that has a made thing's spec right after it ("The Zephyr X has a 6.1-inch screen",
"Marrow Sky offers 12 megapixels") is a PRODUCT where the model read a body; texts written for the
test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Zephyr X has a 6.1-inch screen and a 4,000 mAh battery.", "Zephyr X"),
        ("Reviewers said the Halvard Nova has a 6.7-inch display.", "Halvard Nova"),
        ("Marrow Sky offers 12 megapixels and a 6.5-inch screen.", "Marrow Sky"),
        ("Critics liked the Orvo Strada. The Strada gets 402 horsepower from its V8.", "Strada"),
    ],
)
def test_a_name_with_a_machines_spec_is_a_product(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PRODUCT", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a maker's own last word keeps the company
        ("Quillon Motors has a 300-hp engine in its new truck.", "Quillon Motors", "ORGANIZATION"),
        # a count the company has, and a spec in another clause
        ("Marrow Corp has 402 employees and makes 300 hp engines.", "Marrow Corp", "ORGANIZATION"),
        # a person's inches are no screen's
        ("Jo Roe has a 70-inch screen at home.", "Jo Roe", "PERSON"),
    ],
)
def test_no_product_for_a_maker_or_a_person(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Reviewers said the Dorvan Electra has a range of 280 miles.", "Dorvan Electra"),
        ("Critics said the Kelvar Sprint has a top speed of 128 mph.", "Kelvar Sprint"),
        ("The Tovak Slate has a battery life of 14 hours on one charge.", "Tovak Slate"),
    ],
)
def test_a_name_with_a_range_a_top_speed_or_a_battery_life_is_a_product(
    extractor: EntityExtractor, body: str, name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "PRODUCT", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a range of things, no distance: a company's catalogue
        ("Quorvel Holdings has a range of 300 products in Ostrava.", "Quorvel Holdings", "ORGANIZATION"),
        # a person's top speed is left to the person rules
        ("Jo Roe has a top speed of 22 mph on the track.", "Jo Roe", "PERSON"),
    ],
)
def test_a_range_of_things_or_a_persons_speed_types_no_product(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    ("body", "maker", "product"),
    [
        # the possessed name has the spec, not its owner
        ("Dorvik's Zantra 5 smartphone has a 6.2-inch screen.", "Dorvik", "Zantra 5"),
        # a bare name after "from" is the maker of the thing before it
        ("The Zantra 5 smartphone from Dorvik has a 6.2-inch screen.", "Dorvik", "Zantra 5"),
        ("The Zantra 5 smartphone from Dorvik costs $499.", "Dorvik", "Zantra 5"),
    ],
)
def test_the_maker_of_the_thing_with_the_spec_or_price_stays_a_company(
    extractor: EntityExtractor, body: str, maker: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(maker) != "PRODUCT", types
    assert types.get(product) == "PRODUCT", types
