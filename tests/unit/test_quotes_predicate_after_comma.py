"""Quoted words that are the predicate of the writer's subject before a comma, session 25 (issue 14)."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _kinds(body: str) -> list[tuple[str, str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [(q.kind, q.speaker_name) for q in extract_quotes(article, [roe])]


@pytest.mark.parametrize(
    "body",
    [
        # a lower-case auxiliary opening the quoted words after the writer's comma: the subject is
        # the writer's, the quoted words its predicate (the comma had opened a direct quote)
        'Ann Roe says that critics of the plan who call it a waste, "do not understand how the river works."',
        'Ann Roe said the critics, "have never even been to the valley."',
        'Ann Roe said that people who doubt the dikes, "should come and see them for themselves."',
        "Ann Roe said the critics, \u201cdon\u2019t know what they are talking about.\u201d",
    ],
)
def test_a_predicate_after_the_writers_comma_is_partial(body: str) -> None:
    assert _kinds(body) == [("partial", "Ann Roe")]


@pytest.mark.parametrize(
    "body",
    [
        # a question, words with their own subject, a capitalised sentence: still direct
        'Ann Roe asked the crowd, "should we build the dike or not?"',
        'Ann Roe said, "there is no other way."',
        'Ann Roe said, "We will build it."',
        '"The engineers," Ann Roe said, "have never been to the valley."',
    ],
)
def test_a_quote_with_its_own_subject_stays_direct(body: str) -> None:
    assert _kinds(body) == [("direct", "Ann Roe")]
