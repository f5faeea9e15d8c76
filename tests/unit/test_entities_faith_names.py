"""A doctrine named by one word in "-ism" ("Communism") and a faith's name ("Islam",
"Christianity") are MISC, never a body: the model reads them as organisations. Trades and things
in "-ism" ("Tourism") and a longer name that holds the faith's word keep their head. Sentences
written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from consumer.entities.retype.heads import head_type
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("He was one of Communism's fiercest critics for decades.", "Communism"),
        ("Debates over Islam's role in public life have become divisive, he said.", "Islam"),
        ("The cleric said Islam was a religion of peace and the debate over Islam's place grew.", "Islam"),
    ],
)
def test_a_faith_or_doctrine_is_no_body(extractor: EntityExtractor, body: str, name: str) -> None:
    types = types_of(entities_of(extractor, body))
    assert types.get(name) == "MISC", types


@pytest.mark.parametrize(
    ("surface", "kind"),
    [
        ("Communism", "MISC"),
        ("Buddhism", "MISC"),
        ("Christianity", "MISC"),
        ("Islam", "MISC"),
        ("Tourism", None),  # a trade, no doctrine
        ("Chism", None),  # a surname
        ("Kelby Islam Foundation", "ORGANIZATION"),
    ],
)
def test_head_type_of_faiths(surface: str, kind: str | None) -> None:
    assert head_type(surface) == kind
