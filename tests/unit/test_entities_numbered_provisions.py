"""A law's or a document's part named by its kind word and its number ("Section 230", "Article
50"): the model keeps the kind word alone ("Section") as a MISC or reads "Bill 2" as a product;
the name runs over the number and is a MISC. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Lawmakers want to change Section 212 of the Open Wires Act.", "Section 212"),
        ("The country triggered Article 61 in March.", "Article 61"),
        ("The House passed House Bill 7 on Tuesday.", "Bill 7"),
        ("The firm cited Article 9 of the treaty in its appeal.", "Article 9"),
    ],
)
def test_a_provision_keeps_its_number(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC"
    assert name.split()[0] not in types  # never the kind word alone


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Bill Hanley said the vote would be close.", "Bill Hanley", "PERSON"),
        ("The Bill of Rights protects free speech, the judge said.", "Bill of Rights", "MISC"),
        ("The school was sued under Title IX by three students.", "Title IX", "MISC"),
    ],
)
def test_other_names_with_a_kind_word_stay(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind
