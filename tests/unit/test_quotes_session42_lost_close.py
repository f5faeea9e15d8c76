"""Quotes, session 42 (issue 14): a closing mark lost before a tag that ends its paragraph (Reuters
1987 copy): '"It is only the grain brokers who gain, he said.' closes at the tag's comma. Left open,
the stretch was dropped as a stray mark (its words read as a reported clause with the mark in it),
or it ran on across the tag into the next paragraph's quote. Near misses keep their old reading.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from consumer.quotes.marks import find_stretches, paragraphs
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, list[str], str | None]]:
    article = _article(body)
    dunn = _entity(article, "Max Dunn", forms=("Dunn",))
    return [
        (q.kind, [body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, [dunn])
        if q.kind != "indirect"
    ]


def _stretches(body: str) -> list[str]:
    return [body[s.start : s.end] for s in find_stretches(body, paragraphs(body))]


_FIRST = "Trade minister Max Dunn said the new levy was unfair.\n\n"


@pytest.mark.parametrize(
    "tag",
    ["he said.", "Dunn said.", "Max Dunn added in an interview.", "he said on Tuesday."],
)
def test_a_tag_ending_the_paragraph_closes_the_open_quote(tag: str) -> None:
    body = _FIRST + f'"Only the grain brokers will gain from the new levy, {tag}\n\nThe levy starts in June.'
    assert _quotes(body) == [("direct", ["Only the grain brokers will gain from the new levy,"], "Max Dunn")]


def test_the_next_paragraphs_quote_is_its_own() -> None:
    body = _FIRST + (
        '"Only the grain brokers will gain from the new levy, he said.\n\n'
        '"We will fight it in the courts," he added.'
    )
    assert _quotes(body) == [
        ("direct", ["Only the grain brokers will gain from the new levy,"], "Max Dunn"),
        ("direct", ["We will fight it in the courts,"], "Max Dunn"),
    ]


@pytest.mark.parametrize(
    ("body", "stretches"),
    [
        # no tag at the paragraph's end: a stray mark, dropped as before
        ('"Only the grain brokers will gain from the new levy.\n\nThe levy starts in June.', []),
        # a quote running on into the next paragraph, which reopens it
        (
            '"Only the grain brokers will gain from the new levy.\n\n"We will fight it," he said.',
            ["Only the grain brokers will gain from the new levy.", "We will fight it,"],
        ),
        # too few words before the tag to be a quote
        ('"Gain, he said.\n\nThe levy starts in June.', []),
        # a closed quote before the tag keeps its marks
        (
            '"Only the grain brokers will gain," he said.\n\nThe levy starts in June.',
            ["Only the grain brokers will gain,"],
        ),
    ],
)
def test_marks_read_as_before(body: str, stretches: list[str]) -> None:
    assert _stretches(body) == stretches
