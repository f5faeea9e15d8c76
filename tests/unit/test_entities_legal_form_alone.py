"""A company's legal form read alone as a body ("Kelvane Plc and NV group reported") is no name
(span_filters.legal_form_alone). Names made up for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "form"),
    [
        ("LONDON - Kelvane Plc and NV group reported higher profits on Monday.", "NV"),
        ("Brenmoor Group and its Plc reported results for the year.", "Plc"),
        ("Dravo Holdings Ltd said Holdings would pay a dividend.", "Holdings"),
    ],
)
def test_a_legal_form_alone_is_no_entity(extractor: EntityExtractor, body: str, form: str) -> None:
    assert form not in types_of(entities_of(extractor, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the form inside a name stays the name's
        ("Kelvane NV reported higher profits on Monday.", "Kelvane NV"),
        # letters that are also a body's are left to the other rules
        ("The ASA upheld the complaint against Quorvex Holdings on Monday.", "ASA"),
    ],
)
def test_names_with_a_form_keep_it(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in types_of(entities_of(extractor, body))
