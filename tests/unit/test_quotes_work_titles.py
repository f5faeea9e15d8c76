"""Titles after more work nouns, session 25 (issue 14)."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [(q.kind, q.speaker_name) for q in extract_quotes(article, [roe])]


@pytest.mark.parametrize(
    "body",
    [
        # a title right after its work noun, the verb after it reporting a clause of its own
        'In her essay "We never learned to listen to the water," Ann Roe argues that planners failed.',
        'In his column "Why the port must close," Ann Roe writes that the city has no choice.',
        'In an article "why we must act now on the river," Ann Roe explains that the dikes are failing.',
        'In her poem "the river is a long slow thief," Ann Roe remembers the flood.',
        'In her memoir "I Was There When It Broke," Ann Roe recalls her childhood on the river.',
    ],
)
def test_a_title_after_its_work_noun_gives_no_quote(body: str) -> None:
    assert _quotes(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a colon or a verb before the mark still opens the quote
        'Ann Roe wrote in an essay: "We never learned to listen to the water."',
        '"We never learned to listen," Ann Roe argues in her essay.',
        'Ann Roe, in an essay for the paper, wrote: "We never learned to listen."',
    ],
)
def test_an_essays_words_with_their_writer_stay_a_quote(body: str) -> None:
    assert _quotes(body) == [("direct", "Ann Roe")]
