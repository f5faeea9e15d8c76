"""Quotation marks the writer typed the wrong way (session 28, fresh web pages): a term quoted with
straight marks inside a straight-marked quote, an opening curly mark typed where the closing one
stands, and a closing curly mark typed where the opening one stands."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from consumer.quotes.marks import find_stretches, paragraphs
from tests.unit.test_quotes import _article, _entity


def _quotes(body: str) -> list[tuple[str, list[str], str | None]]:
    article = _article(body)
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    return [
        (q.kind, [body[s.start : s.end] for s in q.spans], q.speaker_name)
        for q in extract_quotes(article, [roe])
        if q.kind != "indirect"
    ]


def _stretches(body: str) -> list[str]:
    return [body[s.start : s.end] for s in find_stretches(body, paragraphs(body))]


@pytest.mark.parametrize(
    ("body", "spans"),
    [
        # a term in straight marks inside a straight-marked quote that runs across paragraphs
        (
            'Ann Roe said: "The tenants were moved out.\n\n"Then the board gave the flats to people'
            ' "temporarily", with no answer to how long that would be.\n\n"We want an answer now."',
            [
                "The tenants were moved out.",
                'Then the board gave the flats to people "temporarily", with no answer to how long that'
                " would be.",
                "We want an answer now.",
            ],
        ),
        # the same in one paragraph, closed after the term
        (
            '"They called the plan "fair and simple" and then doubled the fee," Ann Roe said.',
            ['They called the plan "fair and simple" and then doubled the fee,'],
        ),
        (
            'Ann Roe said: "Nobody asked the "experts" before the levy went up in May."',
            ['Nobody asked the "experts" before the levy went up in May.'],
        ),
        # an opening curly mark typed where the closing one stands, before the attribution
        (
            "\u201cI thought I was doing it for the club,\u201c Roe says now. \u201cI later learned it"
            " was for me.\u201d",
            ["I thought I was doing it for the club,", "I later learned it was for me."],
        ),
        (
            "\u201cWe rebuilt the pier in a year,\u201c said Ann Roe. \u201cNobody thought we could.\u201d",
            ["We rebuilt the pier in a year,", "Nobody thought we could."],
        ),
        # a closing curly mark typed where the opening one stands
        (
            "Asked what came next, Ann Roe said, \u201dThere does not have to be more. We are happy"
            " with one port.\u201d",
            ["There does not have to be more. We are happy with one port."],
        ),
    ],
)
def test_misused_marks_give_the_whole_quote(body: str, spans: list[str]) -> None:
    found = [q for q in _quotes(body) if q[0] == "direct"]
    assert [q[1] for q in found] == [spans]
    assert found[0][2] == "Ann Roe"


def test_curly_opening_mark_closing_a_paragraph() -> None:
    body = (
        "Ann Roe wrote the song herself. \u201cIt went through many drafts. And I mean many.\u201c\n\n"
        "Then came the tour."
    )
    assert _stretches(body) == ["It went through many drafts. And I mean many."]


@pytest.mark.parametrize(
    ("body", "stretches"),
    [
        # the outer quote lost its closing mark before its tag: since session 31 the stretch ends at
        # the comma before the tag and the mark after the tag opens the next (it had read the tag as
        # quoted words and lost the next sentence)
        (
            '"We will win, she said. "Next year we go." The team left.',
            ["We will win,", "Next year we go."],
        ),
        # straight marks in turn, each quote closed before the next opens
        (
            '"We will win," Roe said, "next year or the year after."',
            ["We will win,", "next year or the year after."],
        ),
        # a quoted question inside a straight-marked stretch is a sentence, not a term
        ('"Does he want to starve? "Who are you?" asked the guard.', ["Does he want to starve? "]),
        # a curly mark opening a new stretch after a stray opening one (not in a closing slot)
        (
            "\u201cWe have tried to educate people. \u201cBecause you need to secure your networks.\u201d",
            ["Because you need to secure your networks."],
        ),
        # a closing curly mark after a word is no opening one
        ("The screen measures 55\u201d across and \u201cit is bright,\u201d Roe said.", ["it is bright,"]),
    ],
)
def test_marks_read_as_before(body: str, stretches: list[str]) -> None:
    assert _stretches(body) == stretches
