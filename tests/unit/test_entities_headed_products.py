"""A listicle's or a review's heading that is a maker's model is the product, whole ("3. Kelbrook
Swift 3" above the paragraph that prices it), and an edition word's number is the name's ("the
Zorvex Pro 14"). Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from consumer.entities.gazetteer import load_gazetteer
from tests.unit.entity_texts import entities_of, types_of

_BELOW = "It has a 14-inch screen and 16GB of memory, and costs $849."
_INTRO = "We tested dozens of machines this summer to find the ones worth your money.\n\n"


def _spans(text: str) -> list[str]:
    return [text[s:e] for s, e in rules.headed_products(text, load_gazetteer())]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("3. Kelbrook Swift 3", "Kelbrook Swift 3"),
        ("Best overall: Tarlow ZenSlate 14", "Tarlow ZenSlate 14"),
        ("Quorvo Blade 15 ($1,799)", "Quorvo Blade 15"),
        ("Quorvo Blade 15 \u2013 $1,799 at Harbor Mart", "Quorvo Blade 15"),
        ("#2 Microsoft Orvel Slate Go", "Microsoft Orvel Slate Go"),  # a listed maker, an edition word
    ],
)
def test_a_heading_over_a_priced_paragraph_is_the_product(heading: str, name: str) -> None:
    assert _spans(f"{_INTRO}{heading}\n\n{_BELOW}") == [name]


@pytest.mark.parametrize(
    "heading",
    [
        "3. Kelbrook Swift 3",  # no listed maker: a model's mark alone needs the price below
        "Power and Performance",
        "Kelbrook Swift Review",
        "Jo Marlow",
    ],
)
def test_headings_over_prose_or_no_model_are_none(heading: str) -> None:
    text = f"{_INTRO}{heading}\n\nThe team spent a week with it and liked almost everything we tried."
    assert _spans(text) == []


def test_a_heading_of_words_names_no_model_over_a_price() -> None:
    assert _spans(f"{_INTRO}Power and Performance\n\n{_BELOW}") == []


def test_a_wrapped_line_is_no_heading() -> None:
    assert _spans(f"{_INTRO}3. Kelbrook Swift 3\nis our pick. {_BELOW}") == []


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("Kelbrook Swift 3 review: a great budget laptop", "Kelbrook Swift 3"),
        ("Review: Quorvo Blade 15", "Quorvo Blade 15"),
    ],
)
def test_a_reviews_headline_names_the_product(headline: str, name: str) -> None:
    assert _spans(headline) == [name]


def test_a_headline_with_no_review_cue_is_left_alone() -> None:
    assert _spans("Kelbrook Swift 3 sales slump in Tarvia") == []


def test_the_extractor_types_the_heading_product(extractor: EntityExtractor) -> None:
    body = f"{_INTRO}1. Kelbrook Swift 3\n\n{_BELOW}"
    types = types_of(entities_of(extractor, body))
    assert types.get("Kelbrook Swift 3") == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We liked the Zorvex Pro 14, which is fast.", ["Zorvex Pro 14"]),
        ("The Kelvo Max 3 ships in May.", ["Kelvo Max 3"]),
        ("The Orvo Tab Pro 2 years ago cost more.", ["Orvo Tab Pro"]),  # a span of time
        ("The Orvo Tab Pro 12% cheaper now.", ["Orvo Tab Pro"]),  # a share
        ("The Orvo Tab Mini 2.5 update is out.", ["Orvo Tab Mini"]),  # a version's point release
    ],
)
def test_an_edition_words_number_is_the_names(text: str, names: list[str]) -> None:
    found = rules.edition_products(text, load_gazetteer())
    assert [text[s:e] for s, e in found] == names


def test_a_headings_model_words_later_are_the_same_product(extractor: EntityExtractor) -> None:
    body = f"{_INTRO}1. Kelbrook Swift 3\n\nThe Swift 3 weighs 2.65 pounds and costs $649."
    entities = entities_of(extractor, body)
    product = next(e for e in entities if e.name == "Kelbrook Swift 3")
    assert {m.text for m in product.mentions} == {"Kelbrook Swift 3", "Swift 3"}


def test_model_words_before_the_heading_are_left_alone() -> None:
    text = f"The Swift 3 was last year's pick.\n\n1. Kelbrook Swift 3\n\n{_BELOW}"
    assert _spans(text) == ["Kelbrook Swift 3"]


def test_a_quarter_is_no_models_mark() -> None:
    assert _spans(f"{_INTRO}Microsoft Q3 2020\n\nThe quarter was strong for the group overall.") == []
