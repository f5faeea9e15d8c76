"""A name hyphened to a word of working with it ("Zorvokit-compatible devices", "Velora-enabled
speakers") is a platform, a standard or a device: a PRODUCT, on all its mentions; texts written
for the test. The model reads such a name as a body or not at all."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("You can control Zorvokit-compatible devices.", ["Zorvokit"]),
        ("The Velora-enabled speakers sold out.", ["Velora"]),
        ("Only Quillink-certified chargers work.", ["Quillink"]),
        ("With Zorvokit-capable hubs you can dim lights.", ["Zorvokit"]),  # an opening word is cut off
    ],
)
def test_a_name_hyphened_to_a_word_of_working_with_it_is_a_product(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.compatible_products(text, load_gazetteer())] == names


@pytest.mark.parametrize(
    "text",
    [
        "Apple-certified cables are sold here.",  # a listed company
        "GPS-enabled watches and AI-capable chips.",  # capitals: a common noun's abbreviation
        "Covid-compatible venues opened.",  # a disease
        "Roe-powered rallies and Kestrel-equipped teams.",  # people follow these words as often
        "Our well-enabled team.",  # no capital
    ],
)
def test_no_compatible_product(text: str) -> None:
    assert list(rules.compatible_products(text, load_gazetteer())) == []


def test_the_name_is_a_product_on_all_its_mentions(extractor: EntityExtractor) -> None:
    body = (
        "Zorvokit lets you run your home from a phone. Zorvokit-compatible devices are easy to find, "
        "and Zorvokit works on tablets too."
    )
    types = types_of(entities_of(extractor, body))
    assert types.get("Zorvokit") == "PRODUCT", types
