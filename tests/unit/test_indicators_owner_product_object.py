"""A product's price and specs are the product's also when a maker or a seller heads the clause
("Amazon is selling the Vantor X5 at $399"), when a maker's possessive and a word of novelty
stand before it ("Kelby's new Vantor X5 has ..."), when a buyer pays for it ("paid $129 for the
Vantor X5"), and when a sentence opens with "It" after a sentence that opened with it; texts
written for the test."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_MAKERS = ("Kelby", "Amazon", "Harlow Bank")


def _rows(text: str, headline: str = "") -> dict[str, str | None]:
    names: dict[str, tuple[EntityType, str | None]] = {}
    for name in ("Vantor X5", "Orbel 7", "Quill 60"):
        if name in text:
            names[name] = ("PRODUCT", None)
    for name in _MAKERS:
        if name in text:
            names[name] = ("ORGANIZATION", None)
    return focus_rows(headline, text, names)


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Amazon is selling the Vantor X5 at $399 this week.", "$399", "Vantor X5"),
        ("Amazon currently has the Orbel 7 in stock for $249.", "$249", "Orbel 7"),
        ("Amazon has discounted the Vantor X5 to $349.", "$349", "Vantor X5"),
        ("Kelby has priced the Orbel 7 at $499.", "$499", "Orbel 7"),
        ("Kelby will release the Vantor X5 in May, priced at $399.", "$399", "Vantor X5"),
        ("Kelby's latest Orbel 7 starts at $599.", "$599", "Orbel 7"),
        ("Kelby's flagship, the Vantor X5, costs $999.", "$999", "Vantor X5"),
        ("Vantor X5: $399 at Amazon", "$399", "Vantor X5"),
    ],
)
def test_a_price_after_a_product_the_clause_acts_on_is_the_products(
    text: str, figure: str, owner: str
) -> None:
    assert _rows(text).get(figure) == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Kelby's new Vantor X5 has a 6.5-inch display.", "6.5-inch", "Vantor X5"),
        ("Kelby gave the Orbel 7 a 6.1-inch screen.", "6.1-inch", "Orbel 7"),
        ("Kelby fitted the Vantor X5 with a 4,500mAh battery.", "4,500mAh", "Vantor X5"),
        ("Nothing rivals Kelby's 60GB Orbel 7 yet.", "60GB", "Orbel 7"),
    ],
)
def test_a_spec_of_a_product_the_maker_acts_on_is_the_products(text: str, figure: str, owner: str) -> None:
    assert _rows(text).get(figure) == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Those who paid $129 for the Vantor X5 got a free case.", "$129"),
        ("Fans anted up $99 for the Orbel 7 on launch day.", "$99"),
        ("Few will spend $1,200 on a Vantor X5 this year.", "$1,200"),
        ("Kelby charges $999 for the Vantor X5 in the shops.", "$999"),
        ("Kelby is asking $899 for the Orbel 7 this time.", "$899"),
    ],
)
def test_a_price_paid_for_a_product_is_the_products(text: str, figure: str) -> None:
    rows = _rows(text)
    assert rows.get(figure) == ("Vantor X5" if "Vantor" in text else "Orbel 7")


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a firm's result, a business bought, a product governed by a preposition, a noun the
        # name modifies, a list of parts: the old readings
        ("Kelby sold the Vantor X5 business for $300 million.", "$300 million", "Kelby"),
        ("Harlow Bank paid $3 billion for the Orbel 7 brand.", "$3 billion", "Harlow Bank"),
        ("The disks work in Kelby's Vantor X5 and hold up to 1.8GB of data.", "1.8GB", None),
        ("Amazon paid $40 million for Kelby last year.", "$40 million", "Amazon"),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _rows(text).get(figure) == owner


def test_a_list_of_parts_after_a_product_is_not_its_spec() -> None:
    text = "Kelby pairs it with a Quill 60 processor, 8GB of memory and a large drive."
    assert _rows(text).get("8GB") != "Quill 60"


def test_it_after_a_sentence_opened_with_a_product_is_the_product() -> None:
    text = "The Vantor X5 weighs just 58 grams.\n\nIt will be on sale next month for $79."
    assert _rows(text, "Kelby unveils the Vantor X5 mouse").get("$79") == "Vantor X5"


@pytest.mark.parametrize(
    "text",
    [
        "The Vantor X5 shipped in May. It will be on sale in June for $79.",
        "Kelby's Vantor X5 shipped in May. It will be on sale in June for $79.",
    ],
)
def test_it_after_a_products_sentence_is_the_product(text: str) -> None:
    assert _rows(text, "Kelby results").get("$79") == "Vantor X5"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Kelby makes the Vantor X5. It employs 3,000 people.", "3,000 people", "Kelby"),
        ("The Vantor X5 sold well. Its revenue rose 5% in May.", "5%", "Kelby"),
        ("The Vantor X5 beat the Orbel 7 in our tests. It will be on sale for $79.", "$79", "Kelby"),
    ],
)
def test_it_keeps_the_company_when_the_sentence_before_is_no_products(
    text: str, figure: str, owner: str
) -> None:
    text = "Kelby had a busy year. " + text if "Kelby" not in text else text
    assert _rows(text, "Kelby results").get(figure) == owner


@pytest.mark.parametrize(
    "words",
    [
        "The handheld console will go on sale",
        "The new phone will go on sale",
        "The portable console goes on sale",
    ],
)
def test_the_product_with_a_word_of_its_kind_is_the_storys_product(words: str) -> None:
    text = f"Kelby will launch the Vantor X5 in March, its first in years. {words} in May for $250."
    assert _rows(text, "Kelby sets Vantor X5 launch").get("$250") == "Vantor X5"


def test_a_capitalised_word_before_the_kind_is_no_anaphor() -> None:
    text = "Kelby will launch the Vantor X5 in March. The Harlow console will go on sale in May for $250."
    assert _rows(text, "Kelby sets Vantor X5 launch").get("$250") is None


@pytest.mark.parametrize("heading", ["2. Vantor X5", "Best overall: Vantor X5", "Vantor X5"])
def test_it_after_a_heading_that_names_a_product_is_the_product(heading: str) -> None:
    text = f"Kelby had a busy year of launches.\n\n{heading}\n\nIt will be available next month for $849."
    assert _rows(text, "Kelby results").get("$849") == "Vantor X5"


def test_it_after_a_heading_of_two_products_keeps_its_reading() -> None:
    text = (
        "Kelby had a busy year of launches.\n\nVantor X5 or Orbel 7\n\n"
        "It will be available next month for $849."
    )
    assert _rows(text, "Kelby results").get("$849") == "Kelby"


def test_a_buy_line_at_a_new_price_is_its_sections_heading_product() -> None:
    text = (
        "Harbor Mart has cut prices across the board this week.\n\n"
        "$15 Off Vantor X5 Buds at Harbor Mart\n\n"
        "These earbuds last a long time on a charge. They come in three colours.\n\n"
        "- Get it at Harbor Mart for $234.98"
    )
    names: dict[str, tuple[EntityType, str | None]] = {
        "Vantor X5 Buds": ("PRODUCT", None),
        "Harbor Mart": ("ORGANIZATION", None),
    }
    assert focus_rows("", text, names).get("$234.98") == "Vantor X5 Buds"


def test_a_buy_line_under_prose_only_stays_unowned() -> None:
    text = (
        "The Vantor X5 Buds last a long time on a charge. They come in three colours.\n\n"
        "- Get it at Harbor Mart for $234.98"
    )
    names: dict[str, tuple[EntityType, str | None]] = {
        "Vantor X5 Buds": ("PRODUCT", None),
        "Harbor Mart": ("ORGANIZATION", None),
    }
    assert focus_rows("", text, names).get("$234.98") is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Kelby's new Vantor X5 sold 3 million units in May.", "3 million units"),
        ("Kelby's latest Vantor X5 weighs 180 grams.", "180 grams"),
        ("Kelby's new Vantor X5 has five cameras.", "five cameras"),
    ],
)
def test_a_makers_possessive_and_a_word_of_novelty_frame_the_product(text: str, figure: str) -> None:
    assert _rows(text).get(figure) == "Vantor X5"


def test_a_word_of_novelty_before_a_common_noun_keeps_the_possessor() -> None:
    assert _rows("Kelby's new phone has five cameras.").get("five cameras") == "Kelby"
