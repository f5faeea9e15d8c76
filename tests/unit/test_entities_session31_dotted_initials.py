"""Session 31: copy that capitalises the word after a country's dotted initials ("retaliate
against U.S. Goods", "the U.S. Firm's chips": a sentence splitter read the initials' full stop
as a sentence's end, as in the 1987 Reuters wire) names no body by that word. The initials alone
are the country where the article writes the word (or its singular or plural) in lower case in
mid-sentence elsewhere; a body's head word ("U.S. Senate") or a word the article never writes in
lower case keeps the model's reading. Texts are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        (
            "The bill would make Harlow retaliate against nations that shut out U.S. Goods. "
            "Tarvia buys few goods from abroad, officials said.",
            "U.S. Goods",
        ),
        (
            "Kelvo has agreed to sell the U.S. Firm's chips in Tarvia. The firm makes memory chips.",
            "U.S. Firm",
        ),
        (
            "He said talks on U.K. Tariffs would resume. Ministers want lower tariffs on cars.",
            "U.K. Tariffs",
        ),
        (
            "Analysts said U.S. Firms were cautious. One firm in Marlow cut its forecast.",
            "U.S. Firms",
        ),
    ],
)
def test_initials_then_common_word_is_the_country(extractor: EntityExtractor, body: str, cut: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert cut not in types, types
    assert "LOCATION" in types.values(), types


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("The U.S. Senate voted 60 to 40 on the bill. A senate aide in Marlow said so.", "U.S. Senate"),
        ("The U.S. Treasury sold bonds on Monday, dealers said.", "U.S. Treasury"),
    ],
)
def test_body_head_or_capitalised_word_keeps_its_reading(
    extractor: EntityExtractor, body: str, kept: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(kept) == "ORGANIZATION", types


def test_event_after_initials_keeps_its_word(extractor: EntityExtractor) -> None:
    types = types_of(
        entities_of(extractor, "Jo Roe won the U.S. Open in Marlow, a tennis event open to all players.")
    )
    assert types.get("U.S. Open") == "EVENT", types
