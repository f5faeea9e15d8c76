"""A listed console family and its generations are separate products (session 45): the list once
held "Xbox One" and "PS4 Pro" as aliases of the family's name, so a review comparing a console
with its family or with another edition folded them into one entity and gave every figure of the
model to the family. Sentences written for the test; the real names are the list's entries."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _names(extractor: EntityExtractor, body: str) -> dict[str, str]:
    """Each mention's text and its entity's canonical name."""
    return {m.text: e.name for e in entities_of(extractor, body) for m in e.mentions}


@pytest.mark.parametrize(
    ("body", "model", "name", "family"),
    [
        (
            "Jo Roe in Marlow swapped his old Xbox for an Xbox One X last week.",
            "Xbox One X",
            "Xbox One X",
            "Xbox",
        ),
        (
            "Jo Roe in Marlow kept his Xbox when he bought the Xbox One last week.",
            "Xbox One",
            "Xbox One",
            "Xbox",
        ),
        (
            "Jo Roe in Marlow sold her MacBook and bought a MacBook Air last week.",
            "MacBook Air",
            "MacBook Air",
            "MacBook",
        ),
        (
            "Jo Roe said the PS4 Pro runs cooler than his old PlayStation in Marlow.",
            "PS4 Pro",
            "PlayStation 4 Pro",
            "PlayStation",
        ),
    ],
)
def test_a_generation_is_not_its_familys_alias(
    extractor: EntityExtractor, body: str, model: str, name: str, family: str
) -> None:
    names = _names(extractor, body)
    assert names.get(model) == name, names
    assert names.get(family) == family, names


def test_a_generations_short_form_joins_its_full_name(extractor: EntityExtractor) -> None:
    body = "Jo Roe in Marlow sold her PlayStation 4 last week; the PS4 still works, she said."
    names = _names(extractor, body)
    assert names.get("PS4") == names.get("PlayStation 4") == "PlayStation 4", names


@pytest.mark.parametrize(
    ("body", "model"),
    [
        # an edition's lone capital letter after a listed product is the model's
        ("The Xbox One S weighs two pounds less, Jo Roe in Marlow said.", "Xbox One S"),
        # a listed product that opens in lower case keeps its model words ("iPad" + "Air")
        ("Jo Roe in Marlow bought an iPad Air last week.", "iPad Air"),
        ("Jo Roe in Marlow bought an iPhone X last week.", "iPhone X"),
    ],
)
def test_a_listed_products_model_letter_or_word_is_its_own_product(
    extractor: EntityExtractor, body: str, model: str
) -> None:
    names = _names(extractor, body)
    assert names.get(model) == model, names


def test_the_pronoun_after_a_listed_product_is_no_model_letter(extractor: EntityExtractor) -> None:
    names = _names(extractor, "On my iPad I read the news in Marlow, Jo Roe said.")
    assert names.get("iPad") == "iPad", names
