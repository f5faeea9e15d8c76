"""A review lists one product's specs in a row: an unowned spec goes on with the product before it."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, EntityType] = {"Orbel 7": "PRODUCT", "Norland": "LOCATION", "Vantor": "ORGANIZATION"}


def _owners(text: str) -> dict[str, str | None]:
    paragraphs = text.split("\n\n")
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=paragraphs, word_count=9)
    )
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, _NAMES))}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Orbel 7 makes 402 hp. Vantor says 60 mph could arrive in 5.0 seconds.", "5.0 seconds"),
        ("The Orbel 7 makes 402 hp. In such a setup, a sprint could arrive in 5.0 seconds.", "5.0 seconds"),
        ("The Orbel 7 has a 95 kWh battery. With the seats folded, the boot holds 58 cu.ft.", "58 cu.ft."),
    ],
)
def test_a_spec_goes_on_with_the_product_before_it(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Orbel 7"


@pytest.mark.parametrize(
    "text, figure",
    [
        # a new paragraph starts afresh
        ("The Orbel 7 makes 402 hp.\n\nThe drive takes 30 minutes.", "30 minutes"),
        # a price after a spec is no spec: what you pay for several services is no one thing's
        ("The Orbel 7 makes 402 hp. Bundled, you would be paying $17.99 per month.", "$17.99 per month"),
    ],
)
def test_a_new_paragraph_or_a_price_does_not_go_on(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
