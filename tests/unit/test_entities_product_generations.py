"""A product named again by its generation's word and number alone ("the Zorvo Watch Series 3 ...
the Series 3", "the Kelvo R5 Mark II ... the Mark II") is that product; the rule read the bare
form as a product of its own. Texts written for the test."""

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
            "Score the Zorvo Watch Series 3 for the lowest price ever. The Series 3 features an "
            "aluminum case.",
            "Zorvo Watch Series 3",
            "Series 3",
        ),
        (
            "The Kelvo R5 Mark II is rumored for next year. The Mark II would cost $2,000, a dealer said.",
            "Kelvo R5 Mark II",
            "Mark II",
        ),
        (
            "Buyers liked the Harbo Trimmer Series 9 more than its rivals, and the Series 9 sold out.",
            "Harbo Trimmer Series 9",
            "Series 9",
        ),
    ],
)
def test_a_generation_alone_is_the_product(
    extractor: EntityExtractor, body: str, product: str, bare: str
) -> None:
    found = _by_name(extractor, body)
    assert found.get(product, ("", []))[0] == "PRODUCT", found
    assert bare in found[product][1], found
    assert bare not in found, found


def test_a_generation_two_products_share_joins_neither(extractor: EntityExtractor) -> None:
    body = "The Harbo Series 7 shaver and the Velo Series 7 trimmer sold well; the Series 7 line grew."
    found = _by_name(extractor, body)
    assert "Series 7" not in found.get("Harbo Series 7", ("", []))[1], found
    assert "Series 7" not in found.get("Velo Series 7", ("", []))[1], found


def test_another_generation_stays_apart(extractor: EntityExtractor) -> None:
    body = "The Zorvo Watch Series 3 is cheap. It looks almost identical to the Series 4."
    found = _by_name(extractor, body)
    assert "Series 4" not in found.get("Zorvo Watch Series 3", ("", []))[1], found
