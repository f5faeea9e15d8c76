"""Quotes, session 41 (issue 14): speakers a role or a stand brings in (BBC stories).

A name after an opening's comma and a description with lower-case modifiers (`Meanwhile, senior
Kelco MP Sir Tom Vell warned ...`) heads its sentence, so the next `He said:` is that person's; a
named person taking a stand in the sentence right before an unattributed quote (`Kelco executive
director Tom Vell criticised the old system of payments by councils.`) says it, however long the
sentence. Near misses keep their old reading.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _direct(body: str) -> list[tuple[str | None, str]]:
    article = _article(body)
    vell = _entity(article, "Tom Vell", forms=("Vell",))
    roe = _entity(article, "Ann Roe", forms=("Roe",))
    dunn = _entity(article, "Max Dunn", forms=("Dunn",))
    kelco = _entity(article, "Kelco", "ORGANIZATION")
    quotes = extract_quotes(article, [vell, roe, dunn, kelco])
    return [(q.speaker_name, q.text) for q in quotes if q.kind == "direct"]


def _speaker_of(body: str, opening: str) -> str | None:
    return next(speaker for speaker, text in _direct(body) if text.startswith(opening))


# ---------------------------------------------------------------- a description opening the subject

_EARLIER = 'Max Dunn backed the plan. "It is far from the worst idea we have had," he added. '


@pytest.mark.parametrize(
    "subject",
    [
        "Meanwhile, senior Kelco MP Sir Tom Vell",
        "Meanwhile, former minister Tom Vell",
        "Meanwhile, Kelco MP Sir Tom Vell",
        "But former minister Tom Vell",
    ],
)
def test_a_described_name_after_an_opening_heads_the_sentence_before_he_said(subject: str) -> None:
    body = (
        _EARLIER
        + f'{subject} warned that the move could split the party. He said: "We should forgive sinners."'
    )
    assert _speaker_of(body, "We should forgive") == "Tom Vell"


@pytest.mark.parametrize(
    "sentence",
    [
        "Meanwhile, the party thanked former minister Tom Vell for his work.",
        "The move was backed by former minister Tom Vell and others.",
    ],
)
def test_a_described_name_that_is_an_object_does_not_take_he_said(sentence: str) -> None:
    body = _EARLIER + f'{sentence} He said: "We should forgive sinners."'
    assert _speaker_of(body, "We should forgive") == "Max Dunn"


# ---------------------------------------------------------------- a stand taken right before the quote

_SAID = 'Ann Roe said the plans were fair. "We want more people to come forward." '


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelco executive director Tom Vell criticised the existing system of payments by councils.",
        "Tom Vell, who heads the carers' trust, dismissed the claim that councils had no money left.",
        "Kelco chief Tom Vell also questioned how councils would be able to pay for the new scheme.",
    ],
)
def test_a_named_person_taking_a_stand_right_before_says_the_unattributed_quote(sentence: str) -> None:
    body = _SAID + sentence + ' "There is just no logic to a system like this one."'
    assert _speaker_of(body, "There is just no logic") == "Tom Vell"


@pytest.mark.parametrize(
    "sentence",
    [
        # a deed, not a stand: the old reading (the paragraph's speaker) stands
        "Kelco executive director Tom Vell visited three of the councils in the north last week.",
        "Kelco executive director Tom Vell remained in charge of the trust for another three years.",
        # the name is an object, not the sentence's head
        "The existing system of payments was criticised by Kelco director Tom Vell at length.",
        # a possessor heads the sentence
        "Tom Vell's trust criticised the existing system of payments by councils in a report.",
    ],
)
def test_a_sentence_that_is_no_stand_of_the_person_keeps_the_old_speaker(sentence: str) -> None:
    body = _SAID + sentence + ' "There is just no logic to a system like this one."'
    assert _speaker_of(body, "There is just no logic") != "Tom Vell"
