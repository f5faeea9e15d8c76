"""A car's model code and a capitalised body style are one product ("the ZX500 Convertible",
"the ZX Convertible Concept"), a listed maker before the code included; a bond's or a fund's
"Convertible" with a capitalised word after it is none (session 43). Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.rules import body_style_products
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Kelvo said the ZX500 Convertible could arrive in the future, dealers said.", "ZX500 Convertible"),
        (
            "Earlier this year, Kelvo showed the ZX Convertible Concept, an open car.",
            "ZX Convertible Concept",
        ),
    ],
)
def test_body_style_products(extractor: EntityExtractor, body: str, name: str) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == "PRODUCT"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("the ZX500 Convertible could", "ZX500 Convertible"),
        ("the ZX Convertible Concept, an", "ZX Convertible Concept"),
        ("with a 2020 Q7 Coupe.", "Q7 Coupe"),
        ("Unsurprisingly, the ZX 500 Convertible looks", "ZX 500 Convertible"),
    ],
)
def test_body_style_spans(text: str, span: str) -> None:
    found = [text[s:e] for s, e in body_style_products(text, load_gazetteer())]
    assert found == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Investors bought the KLM Convertible Notes due 2025.",  # a bond's word, a name after it
        "He bought a convertible from a dealer.",  # lower case: a kind, no name
        "The new TV Coupe show airs tonight.",  # a network's letters
    ],
)
def test_body_style_near_misses(text: str) -> None:
    assert list(body_style_products(text, load_gazetteer())) == []
