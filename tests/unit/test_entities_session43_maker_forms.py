"""Session 43 (M): one thing named in full once and later without its maker's or holder's name
was published as two entities. A product's model words without the line's word ("Samsung Vela
Note 7 Plus ... the Note 7 Plus"), a model of a maker no list knows that ends on an edition's
word ("Kelvoro Zapla Mini ... The Zapla Mini"), and an event a listed body holds named later
without it ("the UEFA Harbor Cup ... the Harbor Cup") are that one thing. Texts and names
are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _names(extractor: EntityExtractor, body: str) -> dict[str, str]:
    return {e.name: str(e.type) for e in entities_of(extractor, body)}


@pytest.mark.parametrize(
    ("body", "short"),
    [
        (
            "Samsung Vela Note 7 Plus for $840\n\nArguably the best phone of the year, the Note 7 Plus "
            "is well designed and has a long battery life.",
            "Note 7 Plus",
        ),
        (
            "Kelvoro Zapla Mini for $399\n\nThe Zapla Mini is a capable drone in a small body, and "
            "the Zapla Mini folds to fit in a pocket.",
            "Zapla Mini",
        ),
    ],
)
def test_a_product_named_again_by_its_model_words_is_one_product(
    extractor: EntityExtractor, body: str, short: str
) -> None:
    names = _names(extractor, body)
    assert short not in names, names


def test_an_event_named_again_without_its_holder_is_one_event(extractor: EntityExtractor) -> None:
    body = (
        "The coach led the club to its first Harbor Cup final in May. He is one of three "
        "managers to have won the UEFA Harbor Cup twice, the club said on Tuesday."
    )
    names = _names(extractor, body)
    assert [n for n in names if n.endswith("Harbor Cup")] == ["UEFA Harbor Cup"], names


def test_two_products_of_the_model_words_join_neither(extractor: EntityExtractor) -> None:
    body = "The Acme Zapla Mini and the Zorbo Zapla Mini were both on sale. The Zapla Mini sold out."
    names = _names(extractor, body)
    assert "Acme Zapla Mini" in names and "Zorbo Zapla Mini" in names, names
