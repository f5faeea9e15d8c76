"""A model year before a listed maker and model words names the maker's model ("the 2021 Toyota
Corvella Hybrid"): the model read the maker alone as the company and the model words as a person
or a body, or the maker and the model as a person. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The 2021 Toyota Corvella Hybrid starts at $28,000 and gets 52 mpg.", "Toyota Corvella Hybrid"),
        ("The 2018 Nissan Arvo SV has a new grille.", "Nissan Arvo SV"),
        ("We tested the 2022 Honda Marlo Type R at the track last month.", "Honda Marlo Type R"),
        ("The 2020 Hyundai Tavor Limited costs $40,000 with every option.", "Hyundai Tavor Limited"),
    ],
)
def test_a_model_year_a_maker_and_model_words_are_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("2023 Nissan Arvo Review: a quiet cruiser", ["Nissan Arvo"]),  # a headline's word cut off
        ("New Price Drop: 2019 Sony Vela Buds 2 Wireless Earphones for $139", ["Sony Vela Buds 2"]),
        ("The 2019 Ford Foundation report found gaps.", []),  # a body's head word
        ("He went to the 2020 Toyota Grand Prix of Harbor City.", []),  # an event's name runs on
        ("In 2019 Toyota Motor sold more cars.", []),  # a division's word: the company
        ("In 2019 Ford said sales rose.", []),  # a maker alone
        ("2017 Toyota Mock Draft 4.0: the picks", []),  # a yearly thing no maker makes
        ("A 2021 Honda Vela. It sold well.", ["Honda Vela"]),  # the name ends at the full stop
        ("The 2018 Dunmore Harbor Festival drew crowds.", []),  # no listed maker
    ],
)
def test_model_year_spans(text: str, names: list[str]) -> None:
    found = rules.model_year_products(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names
