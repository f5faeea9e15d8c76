"""Fixtures shared by the unit tests of the entity stage."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor, load_nlp


@pytest.fixture(scope="module")
def extractor() -> EntityExtractor:
    """One extractor per test module: loading the model is the slow part, and a module's tests
    only read from it."""
    return EntityExtractor(load_nlp(), batch_size=8)
