"""A reference mark an encyclopaedia's copy keeps after a name ("the World Bank.[201] In 1990")
is no part of the name, and a word opening the next sentence after it is no name either."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name", "not_names"),
    [
        ("Loans came from the World Bank.[201] In 1990 the fund agreed.", "World Bank", ["In"]),
        ("The town is home to Quillon University.[8] Its campus is large.", "Quillon University", []),
        ("The plan was backed by the United Nations.[4] Aid arrived in May.", "United Nations", ["Aid"]),
    ],
)
def test_a_reference_mark_ends_the_name_before_it(
    extractor: EntityExtractor, body: str, name: str, not_names: list[str]
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "ORGANIZATION", types
    assert not any("[" in other for other in types), types
    assert not any(other in types for other in not_names), types


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("Jo Roe moved to Harlow in 1990. She opened a shop there.", "Jo Roe", "PERSON"),
        (
            "The fire was on page [3] of the report, Quillon Labs said on Monday.",
            "Quillon Labs",
            "ORGANIZATION",
        ),
    ],
)
def test_names_with_no_reference_mark_keep_their_reading(
    extractor: EntityExtractor, body: str, name: str, kind: str
) -> None:
    assert types_of(entities_of(extractor, body)).get(name) == kind
