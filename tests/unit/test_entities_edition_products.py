"""Model words and an edition word (Pro, Max, Ultra, Mini, Lite) name a product ("Corvex Pro",
"the Galaxy Vela Ultra"): the model read a person or a body, or nothing. Texts written for the
test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Corvex and Corvex Pro are two trading platforms. Corvex Pro suits active traders.", "Corvex Pro"),
        ("The update runs on the Zentra XS and XS Max phones this autumn.", "XS Max"),
        ("Samsung unveiled the Galaxy Vela Ultra on Tuesday. It costs $1,199.", "Galaxy Vela Ultra"),
        ("The Kelvar Orbital Max comes with a 6.8-inch screen.", "Kelvar Orbital Max"),
    ],
)
def test_model_words_and_an_edition_word_are_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Buy the Orvo Tab Lite and the Orvo Tab Mini today.", ["Orvo Tab Lite", "Orvo Tab Mini"]),
        ("Critics liked Peter Max and Jo Max.", []),  # a person's name
        ("Troops led by Major-General Max Dunmore left.", []),  # a given name before a surname
        ("Subscribers of ZBC Max can watch it.", []),  # a network's streaming platform
        ("The Harbor Bank Pro account is free.", []),  # a body's head word
        ("They met in Boston Pro shops.", []),  # a place first
        ("He is a golf Pro now.", []),  # no capitalised model word before it
        ("He bought the Orvo Tab Pro Keyboard Case.", ["Orvo Tab Pro"]),  # an accessory after it
        ("The Second-Generation Orvo Buds Pro is out.", ["Orvo Buds Pro"]),  # a word of order first
    ],
)
def test_edition_spans(text: str, names: list[str]) -> None:
    found = rules.edition_products(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names
