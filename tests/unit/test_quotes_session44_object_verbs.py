"""Saying words that report no clause (issue 14, session 44, fresh web pages). Made-up texts.

An indirect quote was read off a saying word that is no verb of speech there: an adjective or noun
after an article or a possessive (`Ann Roe, a noted marine biologist, waited ...`, `the council's
estimates of how many ...`), a market's gain (`with Kelco adding 0.5 percent while ...`), and a thing
reported or claimed (`Kelco Rail reported no major delays`, `Roe claimed the last wicket when ...`).
A clause after the same verbs is read as before (`confirmed no decision had been made`).
"""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import quotes_with_names

_NAMES = (
    ("Ann Roe", "PERSON", ("Roe",)),
    ("Kelco Rail", "ORGANIZATION", ()),
    ("Tarn Council", "ORGANIZATION", ()),
)


def _indirect(body: str) -> list[tuple[str, str | None, str | None]]:
    quotes = quotes_with_names(body, _NAMES)
    return [(q.text, q.speaker_name, q.verb) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    "body",
    [
        "The guards cleared the pier, and Ann Roe, a noted marine biologist, waited on the quay for an hour.",
        "In some towns, the Tarn Council\u2019s estimates of how many homes would flood differ from those"
        " calculated by the river board.",
        "Rail stocks gained, Kelco Rail adding 0.5 percent while Tarn Council rose 4.3 percent.",
        "Kelco Rail reported no major delays on its northern lines.",
        "Two overs later Ann Roe claimed the last wicket when the opener mistimed one of his few false"
        " strokes with a pull that had looked safe.",
    ],
)
def test_a_saying_word_that_reports_no_clause(body: str) -> None:
    assert _indirect(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kelco Rail confirmed no decision had been made on the northern lines.",
            [("no decision had been made on the northern lines", "Kelco Rail", "confirmed")],
        ),
        (
            "Ann Roe claimed the ferry would run again in the spring.",
            [("the ferry would run again in the spring", "Ann Roe", "claimed")],
        ),
        (
            "Ann Roe added that the ferry would run again in the spring.",
            [("the ferry would run again in the spring", "Ann Roe", "added")],
        ),
    ],
)
def test_clauses_after_the_same_verbs_as_before(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _indirect(body) == expected
