"""A country's listed body named by its bare head word ("Congress", "Senate") is that country's
only where the story names the country; elsewhere it is the body the text names (a party, another
country's chamber), under the name the text writes."""

from __future__ import annotations

import pytest

from consumer.entities import EntityExtractor
from tests.unit.entity_texts import entities_of


def _bodies(extractor: EntityExtractor, body: str) -> set[str]:
    return {e.name for e in entities_of(extractor, body) if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    ("body", "bare"),
    [
        (
            "KELVARO, May 3 (AFP) -- The Congress party said on Monday it would quit the ruling "
            "alliance of Prime Minister Ravi Tandor. Congress leaders met late into the night.",
            "Congress",
        ),
        (
            "The Senate of Quelmoria voted 41 to 12 to approve the budget of the Marlow government "
            "on Tuesday. The Senate will meet again in June.",
            "Senate",
        ),
    ],
)
def test_a_bare_national_body_in_a_story_of_no_us_place_is_not_the_us_one(
    extractor: EntityExtractor, body: str, bare: str
) -> None:
    names = _bodies(extractor, body)
    assert f"U.S. {bare}" not in names
    assert bare in names


@pytest.mark.parametrize(
    "body",
    [
        "WASHINGTON, May 3 (AP) -- The White House asked Congress on Monday for 2 billion dollars "
        "in aid. Congress is expected to vote in June.",
        "American officials said the president would send the report to Congress next week.",
        "The governor of Texas said Congress must act on the border bill before the summer.",
    ],
)
def test_a_bare_national_body_in_a_story_of_its_country_stays_the_listed_one(
    extractor: EntityExtractor, body: str
) -> None:
    assert "U.S. Congress" in _bodies(extractor, body)
