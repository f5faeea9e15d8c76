"""A sum of money owned by a product whose name ends on a number ("the Zentra Tab 40 for $649") is
its price, no index level: only a listed index keeps money as a market figure. Texts written for
the test."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities


def _metrics(text: str, names: dict[str, EntityType]) -> dict[str, str | None]:
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    return {row.text: row.metric for row in extract_indicators(article, body_entities(text, names))}


@pytest.mark.parametrize(
    ("text", "name", "figure"),
    [
        ("Shoppers can buy the Zentra Tab 40 for $649 this week.", "Zentra Tab 40", "$649"),
        ("Stores sell the Orvo Phone 12 for $799.", "Orvo Phone 12", "$799"),
        ("The Vela Book 360 sells for 1,299 euros in stores.", "Vela Book 360", "1,299 euros"),
    ],
)
def test_a_numbered_product_s_price_is_no_index_level(text: str, name: str, figure: str) -> None:
    assert _metrics(text, {name: "PRODUCT"}).get(figure) != "market_index"


@pytest.mark.parametrize(
    ("text", "name", "figure"),
    [
        ("The Norland 40 rose 2% on Monday.", "Norland 40", "2%"),
        ("The Norland 40 closed at 5,120 points.", "Norland 40", "5,120 points"),
    ],
)
def test_a_numbered_index_keeps_its_moves(text: str, name: str, figure: str) -> None:
    assert _metrics(text, {name: "PRODUCT"}).get(figure) == "market_index"
