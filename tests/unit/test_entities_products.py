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
