"""A sentence whose subject is a name the entity stage missed ("The Orion spacecraft will get
$1.2 billion") has an owner of its own: it does not go on with the sentence before's."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, EntityType] = {
    "Norland": "LOCATION",
    "Harlow Fund": "ORGANIZATION",
    "Vantor Group": "ORGANIZATION",
}


def _owners(text: str) -> dict[str, str | None]:
    body = Body(text=text, paragraphs=text.split("\n\n"), word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, _NAMES))}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Harlow Fund will receive $1.7 billion. The Orion probe will get $1.2 billion.", "$1.2 billion"),
        ("Vantor Group earned $5 million. The rival Kestrel lost $2 million.", "$2 million"),
        ("Norland's exports rose 8 percent. The Pelham region saw sales fall 3 percent.", "3 percent"),
    ],
)
def test_a_name_the_entities_lack_stops_the_owner_going_on(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a month, a weekday or a sentence's first word is no name of a new owner
        ("Norland's exports rose 8 percent in May. In June imports fell 3 percent.", "3 percent", "Norland"),
        ("Vantor Group earned $5 million. On Monday profit was $2 million.", "$2 million", "Vantor Group"),
        ("Norland's exports rose 8 percent. Imports fell 3 percent.", "3 percent", "Norland"),
    ],
)
def test_a_month_a_weekday_or_an_opening_word_lets_it_go_on(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
