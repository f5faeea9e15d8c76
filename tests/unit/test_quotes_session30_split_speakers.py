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


# ------------------------------ a quote after a sentence headed by someone else, given by a description


@pytest.mark.parametrize(
    "body",
    [
        '"We will fight the ruling," Ann Bell said. Her deputy was less sure. "We may lose the appeal."',
        '"We will fight the ruling," Ann Bell said. A colleague disagreed. "We may lose the appeal."',
        '"We will fight the ruling," Ann Bell said.\n\nThe coach was not convinced.\n\n"We may lose."',
        "\u201cWe will fight,\u201d Ann Bell said. His lawyer shook his head. \u201cWe may lose.\u201d",
    ],
)
def test_quote_after_a_described_person_is_not_the_last_speakers(body: str) -> None:
    quotes = _quotes(body, "Ann Bell")
    assert [q[2] for q in quotes] == ["Ann Bell", None]


def test_quote_after_a_described_person_with_that_role_is_theirs() -> None:
    article = _article(
        'Tom Grady heard the case. "We will fight the ruling," Ann Bell said. The judge was unmoved.'
        ' "The law is clear."'
    )
    entities = [_entity(article, "Ann Bell", forms=("Bell",)), _entity(article, "Tom Grady", role="judge")]
    assert [q.speaker_name for q in extract_quotes(article, entities)] == ["Ann Bell", "Tom Grady"]


@pytest.mark.parametrize(
    "body",
    [
        # the speaker herself, a thing or a crowd, someone harmed, a long sentence of the writer's:
        # the last speaker goes on, as before
        '"We will fight the ruling," Ann Bell said. She was calm. "We may lose the appeal."',
        '"We will fight the ruling," Ann Bell said. The crowd cheered. "We may lose the appeal."',
        '"We lost everything," Ann Bell said. Her husband was killed in 2019. "I have been alone."',
        '"We will fight," Ann Bell said. Her deputy, who ran the office for a decade, left last spring'
        ' after the vote on the harbour. "We may lose the appeal."',
    ],
)
def test_near_misses_keep_the_last_speaker(body: str) -> None:
    quotes = _quotes(body, "Ann Bell")
    assert [q[2] for q in quotes] == ["Ann Bell", "Ann Bell"]


# ------------------------------------------- words put in the mouth of no one in particular: no quote


@pytest.mark.parametrize(
    "sentence",
    [
        'One might say "the plan failed," but the numbers tell another story.',
        'One could say, "The plan failed from the start."',
        'Some would say "the council wasted every penny on the new quay."',
        'Many would argue, "The quay was never needed in the first place."',
    ],
)
def test_hypothetical_speech_is_no_quote(sentence: str) -> None:
    assert _quotes(f"Ann Bell runs the union.\n\n{sentence}", "Ann Bell") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a named or described speaker, or a plain past tense: a quote, as before
        'Ann Bell might say "the plan failed from the start."',
        'One official would say only, "The plan failed from the start."',
        'Some said "the council wasted every penny on the quay."',
    ],
)
def test_near_misses_of_hypothetical_speech_stay_quotes(sentence: str) -> None:
    assert len(_quotes(f"Ann Bell runs the union.\n\n{sentence}", "Ann Bell")) == 1
