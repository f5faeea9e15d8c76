"""A number or an ordinal alone that the model reads as an organisation is no name (issue 11):
a size before a unit the model does not know ("58.4 cu.ft."), a rank before "ranked". A name
whose words go on capitalised after the number ("the 7th Fleet") stays a body."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("Drop the rear seats and that increases to 44.2 cu.ft. A power tailgate is standard.", "44.2"),
        ("Drop the rear seats and that increases to 61.7 cu.ft. A power tailgate is standard.", "61.7"),
        ("Ola Berg's 5th ranked Hawks have had a great start to the season.", "5th"),
        ("Jo Roe's 5th ranked Hawks have had a great start to the season.", "5th"),
    ],
)
def test_a_bare_number_is_no_organisation(extractor: EntityExtractor, body: str, number: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert number not in types, types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        ("The 7th Fleet said two ships had left port on Monday.", "7th Fleet"),
        ("Ola Berg's 2nd ranked Hawks have had a great start to the season.", "Hawks"),
    ],
)
def test_names_with_a_letter_stay(extractor: EntityExtractor, body: str, body_name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types
