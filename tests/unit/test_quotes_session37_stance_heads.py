"""A described speaker after a sentence telling how its subject felt or what he said (issue 14,
session 37, fresh BBC stories). Made-up texts.

`Sand, who lost here last year, was frustrated with his serve. "...," said the 25-year-old`: the
description in the tag goes on with the subject of the writer's sentence right before the quote in
its paragraph, when that sentence gives the subject's feeling or words, though someone else spoke
last in reach or others are named after the subject. It had been null.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from consumer.quotes.speaker_stance import ends_on_tag, reacts
from tests.unit.test_quotes import _article, _direct, _entity

_PLAYERS = (("Tom Vale", "Vale"), ("Rick Sand", "Sand"), ("Joe Pell", "Pell"))


def _speakers(body: str) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, forms=(surname,)) for name, surname in _PLAYERS]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        # someone else spoke last in reach; an apposition between the name and the feeling
        '"I played well," said Tom Vale after beating Rick Sand. Sand, who lost here last year, was'
        ' frustrated with his serve. "I could not find a rhythm," said the 25-year-old.',
        # others named after the subject, a nationality in the tag
        'Tom Vale lost to Rick Sand on Monday. "I played well," said Vale.\n\nSand was delighted with'
        ' his win over Vale and Joe Pell. "It was my best match," said the American.',
        # a verb of saying with its reported clause, a role noun in the tag
        '"It was hard," said Tom Vale. Rick Sand, who will captain the side, agreed the pitch was'
        ' poor. "We slipped all day," said the Kinton fly-half.',
        # an adverb and 'left' before the feeling
        '"It was hard," said Tom Vale of his win over Joe Pell. Rick Sand was also left upset by the'
        ' referee. "He gave us nothing," the 30-year-old told reporters.',
    ],
)
def test_description_after_a_reacting_subject(body: str) -> None:
    assert _speakers(body)[-1] == "Rick Sand"


@pytest.mark.parametrize(
    "body",
    [
        # the subject's sentence is in the paragraph before: the last speaker may still be meant
        '"I played well," said Tom Vale.\n\nRick Sand, who lost here last year, was frustrated.\n\n'
        '"I could not find a rhythm," said the 25-year-old.',
        # the subject's predicate is an action, not a feeling or words
        '"I played well," said Tom Vale after beating Joe Pell. Rick Sand opened the new stand with'
        ' Pell. "It was my best day," said the American.',
        # the subject is a preposition's object
        '"I played well," said Tom Vale. The crowd cheered for Rick Sand, who was delighted. "It was'
        ' my best match," said the American.',
    ],
)
def test_near_misses_keep_their_reading(body: str) -> None:
    assert _speakers(body)[-1] is None


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" was delighted with the win", True),
        (", who lost here last year, was happy", True),
        (" insisted the side was strong", True),
        (" was also left frustrated", True),
        (" opened the stand", False),
        (" was beaten in the final", False),
        (", the coach, opened the stand", False),
    ],
)
def test_reacts_reads_the_predicate(after: str, expected: bool) -> None:
    masked = f"Sand{after}."
    assert reacts(masked, len("Sand")) is expected


# ------------------------------------------- a name heading the sentence after a closed quoted one

_PAIR = (("Tom Vale", "Vale"), ("Rick Sand", "Sand"), ("Ann Birk", "Birk"), ("Jo Marsh", "Marsh"))


def _all_speakers(body: str) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name, forms=(surname,)) for name, surname in _PAIR]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the earlier speaker's second stretch closes its sentence; the next subject reacts
        (
            '"I played my best," said Ann Birk. "This gives me confidence." Jo Marsh, 24, was'
            ' disappointed with her display. "She played some nice points," she said.',
            "Jo Marsh",
        ),
        (
            '"I played my best," said Tom Vale. "This gives me confidence." Rick Sand, meanwhile,'
            ' was angry at the referee. "It is a disgrace," he said.',
            "Rick Sand",
        ),
        # a role before the name, an echo of the earlier speaker
        (
            '"We want the boss to stay," said Tom Vale. "Hopefully he stays!" Keeper Rick Sand'
            ' echoed the call. "All the boys are behind him," he added.',
            "Rick Sand",
        ),
    ],
)
def test_pronoun_after_a_subject_opening_past_a_closed_quote(body: str, expected: str) -> None:
    assert _all_speakers(body)[-1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # the sentence after the closed quote opens on a pronoun; the name is its object
        '"I played my best," said Tom Vale. "This gives me confidence." He thanked Rick Sand for the'
        ' help. "It is a great place," he said.',
        # the name after an opening phrase with no comma, in a sentence of no feeling or words
        '"I played my best," said Tom Vale. "This gives me confidence." In the second set Rick Sand'
        ' had chances. "He served well," he said.',
    ],
)
def test_closed_quote_near_misses_keep_the_speaker(body: str) -> None:
    assert _all_speakers(body)[-1] == "Tom Vale"


@pytest.mark.parametrize(
    "subject", ["An arbitrageur noted", "A third arbitrageur noted", "One entrepreneur noted"]
)
def test_an_unnamed_person_in_eur_stops_the_last_speaker(subject: str) -> None:
    body = (
        "Tom Vale said the bid was fair.\n\n"
        f'{subject} Vale had been involved in several takeovers. "They are not beginners," he said.'
    )
    assert _all_speakers(body) == [None]


# --------------------------------------------- the head of a reported clause before its own tag


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Their only answer is to tax," said Tom Vale. Rick Sand liked to rattle off balances in'
            ' a bid to convince people, the Tory leader said. "This budget is a dodgy one," he said.',
            "Tom Vale",
        ),
        (
            '"It was a fair deal," said Tom Vale. Rick Sand never understood the market, the minister'
            ' insisted. "He should have sold early," he said.',
            "Tom Vale",
        ),
        (
            '"We cannot go on," said Ann Birk. Jo Marsh had spent the fund on advisers, the chairwoman'
            ' claimed. "It was a scandal," she said.',
            "Ann Birk",
        ),
    ],
)
def test_pronoun_skips_the_subject_of_a_tagged_clause(body: str, expected: str) -> None:
    assert _all_speakers(body)[-1] == expected


def test_a_subject_reporting_with_no_tag_still_heads() -> None:
    body = (
        '"It was a fair deal," said Tom Vale. Rick Sand, however, said the price was low. "He should'
        ' have paid more," he said.'
    )
    assert _all_speakers(body)[-1] == "Rick Sand"


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ('Sand wasted it, the leader said. "\x00\x00\x00," he said', True),
        ('Sand wasted it, Vale added. "\x00\x00\x00," he said', True),
        ('Sand said it was wasted. "\x00\x00\x00," he said', False),
    ],
)
def test_ends_on_tag(before: str, expected: bool) -> None:
    assert ends_on_tag(before, before.rindex("he said")) is expected
