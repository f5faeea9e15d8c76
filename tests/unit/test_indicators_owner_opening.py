"""A name inside the prepositional phrase that opens a sentence ("In a 2019 article in the journal
Harlow Review, researchers studied 300 patients") says where or in what; it owns no figure."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, EntityType] = {
    "Harlow Review": "ORGANIZATION",
    "Norland": "LOCATION",
    "Vantor Group": "ORGANIZATION",
}


def _owners(text: str) -> dict[str, str | None]:
    body = Body(text=text, paragraphs=[text], word_count=9)
    article = Article(id="a", story_id="s", headline="", body=body)
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, _NAMES))}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("In a 2019 article in the journal Harlow Review, researchers studied 300 patients.", "300 patients"),
        ("In an essay for the magazine Harlow Review, critics counted 40 novels.", "40 novels"),
        ("At an event of the carmaker Vantor Group, buyers ordered 300 cars.", "300 cars"),
        ("In a column in the weekly Harlow Review, the author spent $300 on books.", "$300"),
    ],
)
def test_a_name_inside_an_opening_phrase_owns_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure",
    [
        # the subject after the opening phrase, or before an inserted one, still owns its figure
        ("After talks, Vantor Group agreed to pay $5 million.", "$5 million"),
        ("In Norland, Vantor Group spent $5 million.", "$5 million"),
        ("Vantor Group, in a statement, said it would cut 300 jobs.", "300 jobs"),
    ],
)
def test_the_subject_after_or_around_the_phrase_keeps_its_figure(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Vantor Group"
