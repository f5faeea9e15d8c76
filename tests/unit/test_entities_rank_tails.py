"""A police or armed-service rank the model runs into a body's name before the holder's name is
the holder's ("Kelby Police Detective Ann Moss" -> Kelby Police and Ann Moss): no body is named
"... Detective" or "... Sgt"."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "body_name", "person"),
    [
        ("Kelby Police Detective Ann Moss arrived at the scene on Monday.", "Kelby Police", "Ann Moss"),
        (
            "Kelby Police Department Sgt. Rita Vane said no one was hurt.",
            "Kelby Police Department",
            "Rita Vane",
        ),
        (
            "U.S. Navy Petty Officer 3rd Class Rob Tenner, 26, was sitting near the exit.",
            "U.S. Navy",
            "Rob Tenner",
        ),
    ],
)
def test_a_rank_before_a_name_is_no_part_of_the_body(
    extractor: EntityExtractor, body: str, body_name: str, person: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types
    assert types.get(person) == "PERSON", types
    assert not any(
        kind == "ORGANIZATION" and name.startswith(body_name + " ") for name, kind in types.items()
    ), types


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        # no name after the rank word, or the rank word inside the name: the body's own words
        ("The Office of Inspector General said the audit found no fraud.", "Office of Inspector General"),
        ("The case went to the Marlow Police Detective Bureau on Monday.", "Marlow Police Detective Bureau"),
    ],
)
def test_rank_words_with_no_holder_after_them_stay(
    extractor: EntityExtractor, body: str, body_name: str
) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(body_name) == "ORGANIZATION", types


@pytest.mark.parametrize(
    ("body", "person", "not_names"),
    [
        ("Then Cpl. Lee Varn was hurt on Monday.", "Lee Varn", ["Cpl"]),
        ("The Harlow Police Department said Cpl. Lee Varn was hurt.", "Lee Varn", ["Cpl"]),
        ("Army Pvt. Joe Kern, 19, of Harlow, was wounded.", "Joe Kern", ["Army Pvt"]),
        # a rank written out keeps the holder, as before
        ("Vice Adm. Dale Orwin said the fleet would sail.", "Dale Orwin", []),
    ],
)
def test_a_service_ranks_short_form_names_no_one(
    extractor: EntityExtractor, body: str, person: str, not_names: list[str]
) -> None:
    """ "Cpl.", "Pvt.", "Pfc.": a rank's short form alone is no person or body, and no word of
    the service before it ("Army Pvt. Joe Kern" -> Army)."""
    types = types_of(entities_of(extractor, body))
    assert types.get(person) == "PERSON", types
    assert not any(name in types for name in not_names), types
