"""An 'According to X,' lead-in followed by a clause of the writer's, session 25 (issue 14)."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, str | None, str]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    acme = _entity(article, "Acme Water", "ORGANIZATION")
    return [(q.kind, q.speaker_name, q.text) for q in extract_quotes(article, [roe, acme])]


@pytest.mark.parametrize(
    ("body", "speaker", "text"),
    [
        # the quoted words finish the writer's clause that the lead-in attributes: partial, not
        # a quote the lead-in opens (read as a role in apposition, the clause had made it direct)
        (
            "According to Acme Water, this year there were 7,000 floods in the region, "
            '"corresponding to a rise of 40 percent."',
            "Acme Water",
            "corresponding to a rise of 40 percent.",
        ),
        (
            'According to Ann Roe, the floods will get worse, "much worse than anyone expects."',
            "Ann Roe",
            "much worse than anyone expects.",
        ),
        (
            'Later, according to Ann Roe, there was no money left, "not a single penny for the dikes."',
            "Ann Roe",
            "not a single penny for the dikes.",
        ),
    ],
)
def test_quoted_words_finishing_the_writers_clause_are_partial(body: str, speaker: str, text: str) -> None:
    assert _quotes(body) == [("partial", speaker, text)]


@pytest.mark.parametrize(
    "body",
    [
        # a role or a relative clause in apposition still ends the lead-in, which opens the quote
        'According to Ann Roe, the head of the trust, "the rivers are in a terrible state."',
        'According to Ann Roe, who has led the trust since 2010, "the rivers are dying."',
        'According to Ann Roe, director of research at the trust: "The rivers are dying."',
        # a whole sentence of its own after the writer's clause stays direct
        'According to Ann Roe, the floods will get worse, "We have never seen anything like it."',
    ],
)
def test_a_lead_in_that_opens_the_quote_keeps_it_direct(body: str) -> None:
    quotes = _quotes(body)
    assert [(kind, speaker) for kind, speaker, _ in quotes] == [("direct", "Ann Roe")]
