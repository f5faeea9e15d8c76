"""Session 45 (A), texts written for the test: a web page repeats its title-case headline as the
body's first line; a model body or people of dictionary words found only there ("Statement on
Project Gull", "Rural Teachers") is the headline's words, no name, whatever the headline's small
words. A coined name, a person's or one the body names again keeps its reading."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of, types_of


def _page(headline: str, prose: str) -> tuple[str, str]:
    return headline, f"{headline}\n\n{prose}"


@pytest.mark.parametrize(
    ("headline", "prose", "guess"),
    [
        (
            "Kelby's Statement on Project Gull with a Twist",
            "Some traders found the bank's statement gloomier than expected.",
            "Twist",
        ),
        (
            "The Council's Rare Nod to Rural Teachers",
            "The council voted on Tuesday to raise pay for teachers in villages.",
            "Rural Teachers",
        ),
        (
            "The Hidden Keepers of the Lighthouse",
            "For decades the light was kept by families who left no records.",
            "Lighthouse",
        ),
    ],
)
def test_a_guess_only_in_the_headline_and_its_copy_is_dropped(
    extractor: EntityExtractor, headline: str, prose: str, guess: str
) -> None:
    head, body = _page(headline, prose)
    types = types_of(entities_of(extractor, body, head))
    assert guess not in types, types


@pytest.mark.parametrize(
    ("headline", "prose", "name"),
    [
        # a coined name the story names only in its headline
        (
            "Tarvo Robotics Raises Money for Its New Arm",
            "The startup said on Monday it had raised money from investors.",
            "Tarvo Robotics",
        ),
        (
            "Kelby's Statement on Project Gull with a Twist",
            "Some traders found the bank's statement gloomier than expected.",
            "Kelby",
        ),
    ],
)
def test_a_coined_name_only_in_the_headline_stays(
    extractor: EntityExtractor, headline: str, prose: str, name: str
) -> None:
    head, body = _page(headline, prose)
    types = types_of(entities_of(extractor, body, head))
    assert types.get(name) == "ORGANIZATION", types
