"""A listed product's name and capitalised model words after it that no list knows are that
product's model, a PRODUCT, where the model read a body ("the Kindle Zephyrwhite"); a service, a
store or a site built on the product, or its members, stays a body ("Xbox Live", "Android
Developers"). Texts written for the test; the product names of the list are general knowledge."""

from __future__ import annotations

import pytest

from consumer.entities import rules
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.retype.products import listed_product_model


@pytest.mark.parametrize(
    "surface",
    ["Kindle Zephyrwhite", "Chromecast Velo", "Nintendo Switch Orvex", "PlayStation Vela Tide"],
)
def test_a_listed_product_and_model_words_are_its_model(surface: str) -> None:
    assert listed_product_model(surface, load_gazetteer())


@pytest.mark.parametrize(
    "surface",
    [
        "Xbox Live",  # a service built on the product: a body by the conventions
        "Android Central",  # a site named after it
        "Android Developers",  # its members
        "Nikkei Harbor",  # an index is no maker's product
        "Kindle",  # the listed name alone
        "Kelpcorp Zephyrwhite",  # no listed product leads it
    ],
)
def test_no_listed_products_model(surface: str) -> None:
    assert not listed_product_model(surface, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Kindle 6" E-Reader for $79', "Kindle"),  # a screen's inches are a figure, not a model
        ("the Kindle 6\u201d reader", "Kindle"),
        ("the Kindle 6 Lite reader", "Kindle 6 Lite"),  # a model number still joins
    ],
)
def test_an_inch_mark_ends_a_listed_products_name(text: str, name: str) -> None:
    start = text.index("Kindle")
    assert text[start : rules.product_tail_end(text, start + len("Kindle"))] == name
