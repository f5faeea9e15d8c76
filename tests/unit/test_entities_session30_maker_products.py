"""Session 30: a model span of a listed company and capitalised model words after it names one
product ("users of Nintendo Corvi"), where the model typed it a person; a role, a division, a
common acronym or a heading's capitals after the company leave it the company. Texts and product
names are made up."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Many users left Facebook Quillchat after the update, the survey found.", "Facebook Quillchat"),
        ("Most owners of Nintendo Corvi consoles play at night, the survey found.", "Nintendo Corvi"),
        ("Critics said Sony Velmira was too heavy for children.", "Sony Velmira"),
    ],
)
def test_company_and_model_words_are_one_product(extractor: EntityExtractor, body: str, product: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(product) == "PRODUCT", types
    assert product.split()[0] not in types, types


@pytest.mark.parametrize(
    ("body", "company", "not_product"),
    [
        ("Google CEO Dana Morlow said the deal would close soon.", "Google", "Google CEO"),
        ("The Facebook IPO was delayed again, traders said on the floor.", "Facebook", "Facebook IPO"),
        ("Sony Music signed the band, the label said in a statement.", "Sony Music", "Sony Music"),
        ("Why Google Might Sell Tessamaps Now\n\nThe company did not comment.", "Google", "Google Might"),
    ],
)
def test_company_keeps_its_name_before_other_words(
    extractor: EntityExtractor, body: str, company: str, not_product: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(not_product) != "PRODUCT", types
    assert types.get(company) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "office"),
    [
        ("The fare set by Uber DC is $15, the council said.", "Uber DC"),
        ("The fare set by Uber MD is $15, the council said.", "Uber MD"),
        ("Tickets sold by Netflix DC cost $15, the board said.", "Netflix DC"),
    ],
)
def test_a_place_code_after_the_company_names_no_product(
    extractor: EntityExtractor, body: str, office: str
) -> None:
    """The company's office or arm in a state or country (found on unseen fresh pages)."""
    assert types_of(entities_of(extractor, body)).get(office) != "PRODUCT"
