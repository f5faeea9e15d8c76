"""A model "people" (NORP) that is no group word and does not end as one: a body, a moon or a
diet the model guessed was a nationality is no entity; the list's group words and words with a
nationality's ending stay peoples. Sentences written for the test."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _peoples(extractor: EntityExtractor, body: str) -> set[str]:
    return {e.name for e in entities_of(extractor, body) if e.type == "NORP"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Probes found plumes of water on Talvadus and other icy moons.", "Talvadus"),
        ("The Talvadus mission found ice.", "Talvadus"),
        ("The Narvo diet was popular with runners this year.", "Narvo"),
    ],
)
def test_a_word_no_people_bears_is_no_people(extractor: EntityExtractor, body: str, name: str) -> None:
    assert name not in _peoples(extractor, body)


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("Swedish and Irish fans cheered as the Texans lost to the Brazilians.", "Texans"),
        ("Swedish and Irish fans cheered as the Texans lost to the Brazilians.", "Swedish"),
        ("Catholics, Sikhs and Druze gathered in the square.", "Druze"),
        ("The Marines guarded the compound near the river for two years.", "Marines"),
        ("African-American voters turned out in large numbers.", "African-American"),
        ("Many Brits travel to Spain each summer.", "Brits"),
        ("The Jesuit priests ran the school.", "Jesuit"),
        ("The Soviet-era plant was sold to Hungarian and Nazi-era collectors.", "Soviet"),
        ("The Soviet-era plant was sold to Hungarian and Nazi-era collectors.", "Nazi"),
    ],
)
def test_group_words_and_nationality_endings_stay_peoples(
    extractor: EntityExtractor, body: str, people: str
) -> None:
    assert people in _peoples(extractor, body)
