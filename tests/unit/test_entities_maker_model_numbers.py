"""A listed maker, model words and a short number after an article name the maker's model ("the
Google Zentra 4"), and so does a name and a short number after an owner's possessive and a word of
novelty ("Quillon's new Vela Tab 7"); texts written for the test. The model reads such a name as a
body, an event or nothing, or keeps only the maker."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


def _is_maker(word: str) -> bool:
    return word in ("Google", "Microsoft", "Sony", "Nokia", "Samsung")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Google Zentra 4 costs less than its rival.", ["Google Zentra 4"]),
        ("A Microsoft Orvel Slate 3 buyer gets a free case.", ["Microsoft Orvel Slate 3"]),
        ("Reviews of the Sony Velmora 5 were mixed.", ["Sony Velmora 5"]),
        ("Quillon's new Vela Tab 7 arrives next month.", ["Vela Tab 7"]),
        ("Critics liked the maker's latest Orvo Pad 12 more.", []),  # a lower-case owner frames no model
        ("Kestrel’s latest Corvel Fold 2 sold out.", ["Corvel Fold 2"]),
    ],
)
def test_a_maker_and_model_words_and_a_short_number_are_a_model(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text, is_maker=_is_maker)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Google Zentra 75 million users signed up.",  # a count after the number
        "He told the Microsoft Velo Assembly 18 months ago that sales rose.",  # a span of time
        "She heard it on the Sony Radio 4 programme.",  # a reference's or a room's head word
        "The Nokia Foundation 3 grants went to schools.",  # a body's head word
        "Sales at Google Zentra 2021 rose.",  # a year
        "Norland's new Route 9 opened.",  # a place's, and a reference's head
        "Kestrel Zentra Fold 3 sold well.",  # no listed maker, no cue
        "Google Zentra 4 for $799",  # no article: a listing's line names the maker's deal as often
    ],
)
def test_no_model_number(text: str) -> None:
    spans = rules.products(text, is_place=lambda word: word == "Norland", is_maker=_is_maker)
    found = [text[s:e] for s, e in spans]
    assert found == [], found


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Google unveiled the Google Zentra 4 on Tuesday, and the phone costs $799.", "Google Zentra 4"),
        ("The Samsung Orvex Fold 3 gets the update first, Samsung said.", "Samsung Orvex Fold 3"),
        ("Microsoft's new Orvel Slate 3 ships in October, the company said.", "Orvel Slate 3"),
    ],
)
def test_the_extractor_types_the_model_a_product(extractor: EntityExtractor, body: str, product: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


def test_the_maker_alone_stays_a_company(extractor: EntityExtractor) -> None:
    body = "Google unveiled the Google Zentra 4 on Tuesday. Google said demand was strong."
    types = types_of(entities_of(extractor, body))
    assert types.get("Google") == "ORGANIZATION", types
    assert types.get("Google Zentra 4") == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kelpcorp unveiled the Vela Fold 3 on Wednesday.", ["Vela Fold 3"]),
        ("It launched the Orvo Tab 7 in the spring.", ["Orvo Tab 7"]),
        ("The firm later introduced its Corvel 2 to buyers.", ["Corvel 2"]),
        ("The studio released its Zentra Pad 4 on Friday.", ["Zentra Pad 4"]),
    ],
)
def test_what_a_maker_launches_with_a_short_number_is_a_model(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "The council launched the Phase 3 plan.",  # a reference's head word
        "The paper unveiled the Top 10 list.",
        "The city launched the Harbor 5 program last year.",  # a kind of launched thing no maker makes
        "Officials launched Operation Dawn 2 at night.",  # an operation
        "The agency released the Kelp 2 findings.",  # "released the ..." frees people or publishes
        "The firm unveiled the Marlow 2030 strategy.",  # a year
        "Kelpcorp unveiled the Vela 3 million times.",  # a count after the number
    ],
)
def test_no_launched_model(text: str) -> None:
    assert list(rules.products(text)) == []
