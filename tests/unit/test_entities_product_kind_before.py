"""A kind of made thing right before a name ("the rover Quillet", "the space telescope Halvard")
makes the name the thing's, a PRODUCT, where the model read a body; texts written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "The rover Quillet has found evidence for a lake that could have once supported life.",
            ["Quillet"],
        ),
        (
            "Last year the lander Osprin touched down near the pole, and the orbiter Calder "
            "relayed its data.",
            ["Osprin", "Calder"],
        ),
        ("The space telescope Halvard took its first pictures.", ["Halvard"]),
    ],
)
def test_a_kind_of_made_thing_before_a_name_makes_a_product(
    extractor: EntityExtractor, body: str, names: list[str]
) -> None:
    types = types_of(entities_of(extractor, body))
    for name in names:
        assert types.get(name) == "PRODUCT", types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        # a maker the gazetteer knows, or a person, after the kind opens a relative clause
        ("She said the console Sony released last year sold well.", "Sony", "ORGANIZATION"),
        ("He praised the app Jo Roe built for the school.", "Jo Roe", "PERSON"),
        # the kind word modifies another noun: no name follows it
        ("The rover team at Quillet Labs met on Monday.", "Quillet Labs", "ORGANIZATION"),
    ],
)
def test_no_product_after_a_relative_clause_or_a_compound(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == kind, types


@pytest.mark.parametrize(
    "body",
    [
        "The rover Quillet and Marrow Labs built is cheap to run.",
        "The console Orbix designed was a flop.",
    ],
)
def test_a_relative_clause_subject_after_the_kind_is_no_product(
    extractor: EntityExtractor, body: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert "PRODUCT" not in types.values(), types
