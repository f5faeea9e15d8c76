"""A listed maker and one model word after a determiner name the maker's product, a brand used as
a thing ("his white Toyota Corolla"), pinned on texts written for the test (issue 11). The model
reads the maker alone as the company (a wrong organisation) and the model word, if at all, as a
product of its own."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("He steered his white Toyota Corolla along the narrow road to the market.", "Toyota Corolla"),
        ("The two women were travelling in a Toyota Starlet when it hit a wall.", "Toyota Starlet"),
        ("He rented a Honda Civic for the weekend and drove to the coast.", "Honda Civic"),
        ("The thieves fled in a Ford Focus, the police said.", "Ford Focus"),
    ],
)
def test_a_maker_and_a_model_word_after_a_determiner_are_a_product(
    extractor: EntityExtractor, body: str, product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types
    assert "ORGANIZATION" not in types.values(), types


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the company's own name with a corporate word, and a division, stay the company
        ("Shares of the Toyota Motor group rose on Monday after the report.", "Toyota Motor"),
        ("The Samsung Electronics plant in the city employs many people.", "Samsung Electronics"),
        # no determiner before the maker: the company acting
        ("Toyota said on Monday that sales rose in the spring.", "Toyota"),
    ],
)
def test_a_company_stays_a_company(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


def test_a_title_after_the_maker_is_no_model(extractor: EntityExtractor) -> None:
    body = "He met the Google Chairman at the conference in the spring."
    types = types_of(entities_of(extractor, body))
    assert "PRODUCT" not in types.values(), types


@pytest.mark.parametrize(
    ("body", "maker"),
    [
        ("Apple Inc. said on Tuesday that sales rose in the quarter.", "Apple"),
        ("Boeing Co. said it would deliver more jets this year.", "Boeing"),
        ("Nokia Corp. cut hundreds of jobs, the company said.", "Nokia"),
    ],
)
def test_a_maker_and_its_corporate_suffix_are_the_company(
    extractor: EntityExtractor, body: str, maker: str
) -> None:
    """A corporate suffix with its abbreviation's full stop is a body's word, no model word."""
    types = types_of(entities_of(extractor, body))
    assert "PRODUCT" not in types.values(), types
    assert any(name.startswith(maker) and kind == "ORGANIZATION" for name, kind in types.items()), types


def test_a_maker_and_a_model_without_a_determiner_stay_a_product(extractor: EntityExtractor) -> None:
    body = "Users can now ask Amazon Alexa to read the news aloud."
    types = types_of(entities_of(extractor, body))
    assert types.get("Amazon Alexa") == "PRODUCT", types
