"""A market index named by its provider and its capitalised words, ending on "Index" or "Average",
is a PRODUCT ("the MSCI Zorland Growth Index"); texts written for the test. The model reads the
provider alone as the company, a region inside as a place, or the whole as a body."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, rules
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The MSCI Zorland Growth Index rose 0.4 percent.", ["MSCI Zorland Growth Index"]),
        ("The Bloomberg Kelp Futures Index fell.", ["Bloomberg Kelp Futures Index"]),
        ("the KBW Harbor Bank Index dropped", ["KBW Harbor Bank Index"]),
        ("The Dow Jones Marlow Average slipped.", ["Dow Jones Marlow Average"]),
        ("the FTSE Norland Growth index gained", ["FTSE Norland Growth index"]),
    ],
)
def test_a_providers_index_is_found(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in rules.market_indices(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "A Bloomberg index of banks fell.",  # the provider and a common noun
        "The Bloomberg Billionaires Index ranks him third.",  # a ranking of people
        "Bloomberg News reported the Consumer Price Index rose.",  # no provider before the index
        "MSCI said its index would add Kelpcorp.",
    ],
)
def test_no_market_index(text: str) -> None:
    assert list(rules.market_indices(text)) == []


@pytest.mark.parametrize(
    ("body", "index"),
    [
        ("The MSCI Zorland Index rose 0.4 percent on Monday.", "MSCI Zorland Index"),
        ("The Bloomberg Kelp Futures Index fell 1.2 percent.", "Bloomberg Kelp Futures Index"),
        ("Shares fell and the KBW Harbor Bank Index dropped 2 percent.", "KBW Harbor Bank Index"),
    ],
)
def test_the_extractor_types_the_index_a_product(extractor: EntityExtractor, body: str, index: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(index) == "PRODUCT", types
    assert "ORGANIZATION" not in types.values(), types


def test_a_listed_index_keeps_its_name(extractor: EntityExtractor) -> None:
    types = types_of(entities_of(extractor, "The Stoxx Europe 600 Index gained 1 percent on Friday."))
    assert types.get("Stoxx Europe 600") == "PRODUCT", types
