"""A maker's product named again by its model words alone ("the Quillon Vela Lite ... the Vela
Lite") is that product, whatever the model read the bare words as; texts written for the test.
The model reads the bare form as a body, a person or a place of its own."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _by_name(extractor: EntityExtractor, body: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "product", "bare"),
    [
        (
            "She drove her Toyota Zephyr to work. The Zephyr has a new engine, and Zephyr owners love it.",
            "Toyota Zephyr",
            "Zephyr",
        ),
        (
            "Fans lined up for the Nintendo Vela Lite smartphone. The Vela Lite sold out in hours.",
            "Nintendo Vela Lite",
            "Vela Lite",
        ),
        (
            "Reviewers liked the Samsung Orvex Fold smartphone. Early buyers praised the Orvex Fold "
            "for its hinge, though Orvex Fold owners want a bigger battery.",
            "Samsung Orvex Fold",
            "Orvex Fold",
        ),
    ],
)
def test_model_words_alone_are_the_makers_product(
    extractor: EntityExtractor, body: str, product: str, bare: str
) -> None:
    found = _by_name(extractor, body)
    assert found.get(product, ("", []))[0] == "PRODUCT", found
    assert bare in found[product][1], found
    assert bare not in found, found


def test_a_listed_products_model_word_joins_it(extractor: EntityExtractor) -> None:
    body = (
        "The Switch Lite plays the same games as the original Nintendo Switch. It is still "
        "cheaper than a regular Switch, and it fits in a pocket."
    )
    found = _by_name(extractor, body)
    products = [n for n, (t, _) in found.items() if t == "PRODUCT"]
    assert products.count("Nintendo Switch") == 1, found


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # the maker alone stays the company; no product is named without it
        (
            "Toyota said on Monday that sales rose. Analysts said Toyota shares could climb.",
            "Toyota",
            "ORGANIZATION",
        ),
        # a model word no product of the story carries keeps its reading
        ("Orla Zephyr, a designer, said the show was a success.", "Orla Zephyr", "PERSON"),
    ],
)
def test_no_product_no_model_words(extractor: EntityExtractor, body: str, name: str, kind: str) -> None:
    found = _by_name(extractor, body)
    assert found.get(name, ("", []))[0] == kind, found
    assert all(t != "PRODUCT" for t, _ in found.values()), found


def test_two_products_sharing_model_words_join_neither(extractor: EntityExtractor) -> None:
    body = (
        "She compared the Toyota Zephyr smartphone with the Honda Zephyr smartphone. The Zephyr was faster."
    )
    found = _by_name(extractor, body)
    assert "Zephyr" not in found.get("Toyota Zephyr", ("", []))[1], found
    assert "Zephyr" not in found.get("Honda Zephyr", ("", []))[1], found


@pytest.mark.parametrize(
    ("body", "product", "bare"),
    [
        (
            "Have an Amazon Corvina device? Now you can hear the news each morning. Just search for "
            "it in your Corvina's briefing settings.",
            "Amazon Corvina",
            "Corvina",
        ),
        (
            "The Corvo K7 jets entered service last year, and airlines like them. The K7's cabin seats 160.",
            "Corvo K7",
            "K7",
        ),
        (
            "She drove her Toyota Zephyr to work. Critics praised the Zephyr's quiet engine.",
            "Toyota Zephyr",
            "Zephyr",
        ),
    ],
)
def test_a_possessive_of_the_model_words_is_the_product(
    extractor: EntityExtractor, body: str, product: str, bare: str
) -> None:
    found = _by_name(extractor, body)
    assert bare in found.get(product, ("", []))[1], found


def test_model_words_run_on_by_a_hyphen_are_no_mention(extractor: EntityExtractor) -> None:
    body = "The Corvo K7 jets entered service last year. Two K7-based trainers followed."
    found = _by_name(extractor, body)
    assert "K7" not in found.get("Corvo K7", ("", []))[1], found


@pytest.mark.parametrize(
    ("body", "product", "bare"),
    [
        # the product's last word alone, where the model read a name
        (
            "Fans lined up for the Nintendo Vela Strada smartphone. Reviewers said the Strada felt solid.",
            "Nintendo Vela Strada",
            "Strada",
        ),
        (
            "Buyers of the Honda Orvex Calder sedan praised it. Critics said the Calder is roomy.",
            "Honda Orvex Calder",
            "Calder",
        ),
        # the model words, which the model cut short to their last word
        (
            "Honda showed the Honda e-vela Strada at the fair. Buyers of the e-vela Strada get free "
            "charging, and the e-vela Strada will arrive in May.",
            "Honda e-vela Strada",
            "e-vela Strada",
        ),
    ],
)
def test_a_products_line_word_alone_is_the_product(
    extractor: EntityExtractor, body: str, product: str, bare: str
) -> None:
    found = _by_name(extractor, body)
    assert bare in found.get(product, ("", []))[1], found
    assert all(t == "PRODUCT" for n, (t, _) in found.items() if n in ("Strada", "Calder")), found


def test_an_edition_word_alone_is_no_line(extractor: EntityExtractor) -> None:
    body = "Fans bought the Nintendo Vela Classic console. The Classic sold out."
    found = _by_name(extractor, body)
    assert "Classic" not in found.get("Nintendo Vela Classic", ("", []))[1], found
