"""A name that opens with one or two lower-case letters and goes on in capitals, then a short
version number, is a product ("iZen 13", "eVela 10.15"): the model missed it and the product rule
took a bare number after a name for no model. Texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Kelvar released iZen 13 last week. The iZen 13 beta is out.", "iZen 13"),
        ("The update needs eVela 10.15 or later, the company said.", "eVela 10.15"),
        ("iZen 12’s third developer beta includes a new feature.", "iZen 12"),
    ],
)
def test_a_lower_led_mixed_case_name_and_a_version_are_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kelvar released iZen 13 last week.", ["iZen 13"]),
        ("eZorb 10 million users were hit.", []),  # a count after the name
        ("iZorb 20 percent of the market.", []),  # a share
        ("Harbor 13 was late.", []),  # a capitalised name keeps needing a cue
        ("iZorb 2020 was a good year.", []),  # a year is no version
    ],
)
def test_versioned_name_spans(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.products(text)] == names
