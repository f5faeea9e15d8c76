"""A hyphened model code before a kind of device ("the XR-400 headphones") and a listed product's
name run on by an edition tail ("the PlayStation 7 Digital Edition", "Nintendo Switch OLED") are
products, whole. Texts written for the test; the makers and products are listed ones, the models
made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Reviewers praised the QX-710 headphones for their battery life.", "QX-710"),
        ("Testers liked the ZK-900 earphones more than rivals.", "ZK-900"),
        ("Critics rated its DX-9 earphones highly in tests.", "DX-9"),
        (
            "Buyers queued for the PlayStation 7 Digital Edition in Tokyo on Friday.",
            "PlayStation 7 Digital Edition",
        ),
        ("Critics said the Nintendo Switch OLED had a brighter screen than before.", "Nintendo Switch OLED"),
        ("The Apple Watch SE arrived in shops on Friday.", "Apple Watch SE"),
        ("Owners of the Xbox Series Q Digital Edition got a patch.", "Xbox Series Q Digital Edition"),
    ],
)
def test_coded_and_tailed_products(extractor: EntityExtractor, body: str, product: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The QX-710 headphones and its TR-9 speaker sold well.", ["QX-710", "TR-9"]),
        ("Marlow's KV-3000S cameras are cheap.", ["KV-3000S"]),
        ("The HX-20 phone maker said sales fell.", []),  # a kind that modifies a noun after it
        ("The port is USB-C and the phone supports 5G.", []),  # a standard, no code before a kind
        ("He said COVID-19 phones lines were busy.", []),  # no determiner, a disease's code
        ("Flight MH-17 cameras were found.", []),  # no determiner or owner before it
        ("The team's AB-12 rule applies.", []),  # no kind of device after it
    ],
)
def test_coded_kind_spans(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.coded_kind_products(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("They sold the Xbox Series Q Digital Edition on Monday.", ["Xbox Series Q Digital Edition"]),
        ("They sold the Google Stadia Founder's Edition for less.", ["Google Stadia Founder's Edition"]),
        ("Sony showed the PlayStation 6 Slim at the fair.", ["PlayStation 6 Slim"]),
        ("Kids liked the Game Boy Advance SP best.", ["Game Boy Advance SP"]),
        ("Sony XL said profits rose.", []),  # two capitals after a maker alone: no listed product
        ("The Nintendo Switch OLED Carry Case is $20.", ["Nintendo Switch OLED"]),
        ("Sony Jorge Slim said so.", []),  # a surname after a given name
        ("Siemens SE said profits rose.", []),  # a European company's form, no product's tail
        ("The Harbor Times Asia Edition closed.", []),  # a paper's edition: no listed product
        ("Fans bought the Collector's Edition of the game.", []),  # no product named before it
        ("The Xbox SE Asia store opened.", []),  # a capitalised word after the tail
        ("The Quorvel Lite Edition is new.", []),  # no listed product or maker in the name
    ],
)
def test_tailed_spans(text: str, names: list[str]) -> None:
    found = rules.tailed_products(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Critics drove the Ford Velora Mach-Q on a wet track.", "Ford Velora Mach-Q"),
        ("Dealers said the Honda Tessa Mach-R sold out in a week.", "Honda Tessa Mach-R"),
        ("Owners of the Nissan Korvan Trail-X complained about rust.", "Nissan Korvan Trail-X"),
    ],
)
def test_a_maker_and_a_hyphen_marked_model_are_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("They drove the Ford Velora Mach-Q home.", ["Ford Velora Mach-Q"]),
        ("The Coca-Cola Zero-Sugar drink sold well.", []),  # no maker's word before the model
        ("Analysts expect Toyota Jean-Luc to resign.", []),  # a word after the hyphen
        ("The Quorvex Velora Mach-Q is new.", []),  # no listed maker
        ("The Ford Foundation Mach-Q grant is new.", []),  # a body's head word among the words
        ("The Ford Velora Mach-Q2X is new.", []),  # no mark of one or two capitals or digits
    ],
)
def test_hyphen_marked_spans(text: str, names: list[str]) -> None:
    found = rules.hyphen_marked_models(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("The Samsung Galaxy Tab Vela S8+ has a big screen and a stylus.", "Samsung Galaxy Tab Vela S8+"),
        ("Owners of the PlayStation 6+ liked the quieter fan.", "PlayStation 6+"),
        ("Amazon Echo Vela (4th Gen) is half price this week.", "Amazon Echo Vela"),
        ("Shoppers can get the Google Nest Orvo (2nd Generation) for $49.", "Google Nest Orvo"),
    ],
)
def test_a_glued_plus_or_a_generation_marks_a_model(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("They sold the Kelby Zentra X7+ and more.", ["Kelby Zentra X7+"]),
        ("Amazon Echo Vela (4th Gen) is cheap.", ["Amazon Echo Vela"]),
        ("Fans of Marlowflix+ cheered.", []),  # a service's plus: no code, maker or listed product
        ("The Harbor Group Tier 3+ members met.", []),  # a tier's number, no code
        ("He gave it an A+ grade.", []),  # a mark, one letter
        ("Jo Roe (2nd Gen) spoke.", []),  # a person's name before the bracket
        ("Paris Vela (3rd Gen) opened.", []),  # a place first
    ],
)
def test_marked_model_spans(text: str, names: list[str]) -> None:
    found = rules.marked_models(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names
