"""A sentence that restates the figure before as its subject ("The figure was up 12 percent", "The
total includes 30,000 trucks") goes on with that figure's owner (session twenty-eight): also for a
count, and across one paragraph break, as a sentence opening with a measure does. A head that
says a new quantity ("The figure for Tarvia", "The total number of staff") or a sentence naming
someone before the figure keeps its old reading."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType, Indicator
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities


def _subjects(text: str) -> dict[str, str | None]:
    names: dict[str, EntityType] = {"Vantor": "ORGANIZATION", "Norland": "LOCATION", "Tarvia": "LOCATION"}
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=text.split("\n\n"), word_count=9)
    )
    rows: list[Indicator] = extract_indicators(article, body_entities(text, names))
    return {r.text: r.subject_name for r in rows}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Vantor sold 300,000 cars.\n\nThe figure was up 12 percent.", "12 percent", "Vantor"),
        ("Vantor sold 300,000 cars.\n\nThe total includes 30,000 trucks.", "30,000 trucks", "Vantor"),
        ("Norland's exports hit $30 billion. The total included 2,000 tonnes.", "2,000 tonnes", "Norland"),
        ("Norland drew 3 million tourists.\n\nThat figure rose 8 percent.", "8 percent", "Norland"),
    ],
)
def test_a_restating_head_goes_on_with_the_owner_before(text: str, figure: str, owner: str) -> None:
    assert _subjects(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a new quantity, not the one before
        ("Vantor sold 300,000 cars. The total number of staff is 12,000.", "12,000", None),
        ("Norland's exports hit $30 billion. The figure for Tarvia was 2,000 tonnes.", "2,000 tonnes", None),
        # a count with no restating head does not go on
        ("Vantor sold 300,000 cars.\n\nAbout 30,000 trucks were sold too.", "30,000 trucks", None),
        # a name before the figure says whose total it is: not the owner before
        ("Norland's exports hit $30 billion. The total for Tarvia was $2 billion.", "$2 billion", None),
    ],
)
def test_other_sentences_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _subjects(text)[figure] == owner
