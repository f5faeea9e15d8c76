"""Session 48: agency copy gives each sentence a paragraph, and across that break a sentence going
on with the figure before's owner must open with a measure an owner has or restate the figure.
The move of the figure before told again over another span ("The year-on-year rise was 8.2
percent") restates it, and the accounts of a budget or a balance sheet ("Six-month expenditures
stood at ...", "Reserves fell to ...") are measures an owner has. A price's rise, a head that
names someone, or a sentence with a new name before the figure keep their readings."""

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
        (
            "Norland's broad money rose 2.1 percent in May to 310 billion crowns.\n\n"
            "The year-on-year rise was 9.4 percent.",
            "9.4 percent",
            "Norland",
        ),
        ("Vantor's orders rose 4 percent in March.\n\nThe annual increase was 11 percent.", "11 percent", "Vantor"),
        (
            "Norland's budget deficit widened in May to $40 billion.\n\n"
            "First-half expenditures stood at $410 billion.",
            "$410 billion",
            "Norland",
        ),
        ("Norland's trade gap narrowed to $2 billion in April.\n\nReserves fell to $31 billion.", "$31 billion", "Norland"),
    ],
)
def test_a_move_or_an_account_goes_on_across_the_break(text: str, figure: str, owner: str) -> None:
    assert _subjects(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a name before the figure may be a new owner
        ("Norland's exports rose 3 percent in May.\n\nThe rise in Tarvia was 5 percent.", "5 percent", None),
        # no measure and no restating head: the break ends the passage
        ("Norland's exports rose 3 percent in May.\n\nAnalysts expected about 5 percent.", "5 percent", None),
        # a price has a figure of its own
        ("Norland's exports rose 3 percent in May.\n\nThe oil price rise was 5 percent.", "5 percent", None),
    ],
)
def test_other_sentences_across_the_break_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _subjects(text)[figure] == owner
