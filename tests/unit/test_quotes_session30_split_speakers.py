"""Quotes split by a dashed tag, and the speaker of a quote after a sentence about someone else
(issue 14, session 30). Made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str, *names: str) -> list[tuple[str, int, str | None]]:
    """(kind, number of spans, speaker) of each quote other than indirect ones."""
    article = _article(body)
    entities = [_entity(article, name, forms=(name.split()[-1],)) for name in names]
    quotes = extract_quotes(article, entities)
    return [(q.kind, len(q.spans), q.speaker_name) for q in quotes if q.kind != "indirect"]


# ------------------------------------------------ a quote split by its attribution set off by dashes


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will not stop" -- Ann Bell said -- "and we will win the vote."',
        "\u201cWe will not stop\u201d \u2014 Ann Bell said \u2014 \u201cand we will win the vote.\u201d",
        '"We will not stop" - Ann Bell said - "and we will win the vote."',
        '"We will not stop,"\u2014said Ann Bell, the union chief\u2014"and we will win the vote."',
    ],
)
def test_quote_split_by_dashed_tag_is_one_quote(sentence: str) -> None:
    assert _quotes(f"Ann Bell runs the union.\n\n{sentence}", "Ann Bell") == [("direct", 2, "Ann Bell")]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the dashes hold more than the tag, or the writer's aside: two quotes, as before
        ('"We will not stop" -- Ann Bell said it twice -- "is the motto."', 2),
        ('"We will not stop" -- a line printed on the shirts -- "was everywhere," Ann Bell said.', 2),
    ],
)
def test_dashes_holding_more_than_the_tag_do_not_join(sentence: str, count: int) -> None:
    assert len(_quotes(f"Ann Bell runs the union.\n\n{sentence}", "Ann Bell")) == count
