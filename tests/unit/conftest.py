"""Fixtures shared by the unit tests of the entity stage."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from consumer.entities import EntityExtractor, load_nlp
from consumer.entities.gazetteer import load_gazetteer
from consumer.entities.matcher import GazetteerMatcher


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    """One extractor per test module: loading the model is the slow part, and a module's tests
    only read from it."""
    return EntityExtractor(load_nlp(), batch_size=8)


@pytest.fixture(scope="module")
def blank() -> Language:
    """A tokenizer-only pipeline, for the gazetteer matcher's tests."""
    return spacy.blank("en")


@pytest.fixture(scope="module")
def matcher() -> GazetteerMatcher:
    return GazetteerMatcher(load_gazetteer())
