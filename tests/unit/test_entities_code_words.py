"""Currency codes, crypto tickers, time zones and the formats and languages of tech pages name
no entity: the model files "USD", "BTC", "HKT", "YAML" or "JavaScript" as bodies. Sentences
written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The fee was paid in USD and BTC, said Harbour Bank chief Jo Roe.", "USD"),
        ("The fee was paid in USD and BTC, said Harbour Bank chief Jo Roe.", "BTC"),
        ("The fire started at 10 a.m. HKT on Monday, officials said.", "HKT"),
        ("Developers at Tarvo Labs write JavaScript and keep settings in YAML files.", "JavaScript"),
        ("Developers at Tarvo Labs write JavaScript and keep settings in YAML files.", "YAML"),
    ],
)
def test_a_code_word_is_no_entity(extractor: EntityExtractor, body: str, word: str) -> None:
    assert word not in types_of(entities_of(extractor, body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # bodies whose acronyms are codes of nothing listed stay; so do names around a code
        ("The fee was paid in USD and BTC, said Harbour Bank chief Jo Roe.", "Harbour Bank"),
        ("The CMS said Medicare costs rose 4 percent last year.", "CMS"),
    ],
)
def test_names_near_code_words_stay(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name in types_of(entities_of(extractor, body))
