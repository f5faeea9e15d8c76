"""A body named for a pair of fields after "of" or "for" ("the Kelby Institute of Allergy and
Infectious Diseases") is one name, though the model cuts it at the pair's "and"; a name the
gazetteer lists after the "and", a person, or a second body with its own run stays apart."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Dr Jo Marlow, the Kelby Institute of Allergy and Infectious Diseases director, said the trial "
            "would start soon.",
            "Kelby Institute of Allergy and Infectious Diseases",
        ),
        (
            "Tips should be sent to the Marlow Center for Missing and Exploited Children, police said "
            "on Friday.",
            "Marlow Center for Missing and Exploited Children",
        ),
        (
            "The deal must be approved by the board of the Harbor Federation of Television and Radio Artists "
            "and its members.",
            "Harbor Federation of Television and Radio Artists",
        ),
    ],
)
def test_a_pair_of_fields_is_one_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "The rules were drafted by the Kelby Ministry of Finance and Google, officials said.",
            ("Kelby Ministry of Finance", "Google"),
        ),
        (
            "The report was written by the Tarvia Bureau of Statistics and Jo Marlow, a consultant.",
            ("Tarvia Bureau of Statistics", "Jo Marlow"),
        ),
        (
            "Funding came from the Harlow Institute of Technology and Quillon Labs, the report said.",
            ("Harlow Institute of Technology", "Quillon Labs"),
        ),
    ],
)
def test_a_second_name_after_and_stays_apart(
    extractor: EntityExtractor, body: str, names: tuple[str, ...]
) -> None:
    types = types_of(entities_of(extractor, body))
    assert all(n in types for n in names), types
    assert not any(" and " in n for n in types), types
