"""Bodies speaking through unnamed spokespeople (issue 14, session 42, fresh BBC stories).
Made-up texts.

- A bare `a spokesman said` right after a writer's sentence one organisation heads (`But Orvale
  Media denied the show broke the rules. A spokesperson said: "..."`) speaks for that body; it had
  been null. Two bodies, a person or a possessor in that sentence, or a spokesperson for someone
  named in the tag, keep the old reading.
- `he said` after an unnamed official whose own sentence gave no quote (`A Tarn Ministry spokesman
  told reporters the plan was dead. "...," he said`) is the body the official's phrase names; it had
  been null. A phrase naming no body (`a Conservative spokeswoman`, `a spokesman`) stays null.
- A statement a resolved tag brings in (`the club said in its statement`, `In a statement, the
  party said`) is that speaker's for a later `the statement said`; it had been null. A statement
  brought in since, or a tag that names none, keeps the old reading.
"""

from __future__ import annotations

import pytest

from consumer.quotes.speaker_spokes_head import bare_spokesperson
from tests.unit.test_quotes import _direct, quotes_with_names

_NAMES = (
    ("Orvale Media", "ORGANIZATION", ("Orvale",)),
    ("Parlo TV", "ORGANIZATION", ()),
    ("Brennor Trust", "ORGANIZATION", ()),
    ("Tarn Ministry", "ORGANIZATION", ()),
    ("Kim Dale", "PERSON", ("Dale",)),
    ("Tom Vell", "PERSON", ("Vell",)),
)


def _speakers(body: str) -> list[str | None]:
    quotes = quotes_with_names(body, _NAMES)
    return [q.speaker_name for q in _direct(quotes)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'But Orvale Media denied the show broke the rules. A spokesperson said: "We met the group'
            ' and heard its concerns."',
            "Orvale Media",
        ),
        (
            'The Brennor Trust said it had held the farm since 1931. But a spokesman added: "Our title'
            ' to the land is sound."',
            "Brennor Trust",
        ),
        # the body's sentence closes the paragraph before
        (
            'Orvale Media has rejected the claims.\n\nA spokeswoman said: "Nothing in the episode breaks'
            ' the code."',
            "Orvale Media",
        ),
        # the tag after the quote
        (
            'Orvale Media has rejected the claims. "Nothing in the episode breaks the code," a'
            " spokeswoman said.",
            "Orvale Media",
        ),
    ],
)
def test_bare_spokesperson_after_a_body_heading_the_sentence(body: str, expected: str) -> None:
    assert _speakers(body)[-1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # two bodies in the sentence before: either may have a spokesman
        'Orvale Media won the rights back from Parlo TV in May. "Viewers will see the awards live," a'
        " spokesman said.",
        # a person named there
        'Orvale Media denied the claims made by Kim Dale. A spokesperson said: "We met the group and'
        ' heard its concerns."',
        # the body a possessor, not the subject
        "Orvale Media's chief denied the claims. A spokesperson said: \"We met the group and heard its"
        ' concerns."',
        # the spokesperson is someone else's
        'Orvale Media denied the claims. A spokesperson for the family said: "We met the group and'
        ' heard its concerns."',
        # the body is no head of that sentence
        'The claims were denied by Orvale Media. A spokesperson said: "We met the group and heard its'
        ' concerns."',
    ],
)
def test_near_misses_keep_a_null_spokesperson(body: str) -> None:
    assert _speakers(body)[-1] is None


@pytest.mark.parametrize(
    "body",
    [
        'A Tarn Ministry spokesman told reporters the plan was dead. "We will not go back to it," he said.',
        'A spokeswoman for the Tarn Ministry said prices would rise. "We will not go back to it," she said.',
        # a sentence of the writer's between
        "An official of the Tarn Ministry told the paper the plan was dead. That did not mean the fund"
        ' would close. "We will not go back to it," he said.',
        # the pronoun opening the next paragraph
        'A Tarn Ministry spokesman said prices would rise.\n\n"We will not go back to it," he said.',
    ],
)
def test_pronoun_after_an_official_of_a_named_body(body: str) -> None:
    assert _speakers(body)[-1] == "Tarn Ministry"


@pytest.mark.parametrize(
    "body",
    [
        # no body named with the official
        'A spokesman said the plan was dead. "We will not go back to it," he said.',
        # a people, not a body
        'A Conservative spokeswoman said the plan was dead. "We will not go back to it," she said.',
        # the pronoun's sex is not the official's
        'A Tarn Ministry spokeswoman said the plan was dead. "We will not go back to it," he said.',
        # someone named since the official
        'A Tarn Ministry spokesman said the plan was dead. Tom Vell, who drew it up, was upset. "We will'
        ' not go back to it," he said.',
    ],
)
def test_pronoun_near_misses_keep_their_reading(body: str) -> None:
    assert _speakers(body)[-1] != "Tarn Ministry"


def test_bare_spokesperson_reads_the_whole_tag() -> None:
    assert bare_spokesperson("a spokesman said", 0)
    assert bare_spokesperson("But A spokeswoman added:"[4:], 0)
    assert not bare_spokesperson("a spokesman for the family said", 0)
    assert not bare_spokesperson("a Tarn spokesman said", 0)


# ---- a statement a resolved tag brought in

_CLUB = (
    ("Kelso United", "ORGANIZATION", ()),
    ("Tarn Party", "ORGANIZATION", ()),
    ("Tom Vell", "PERSON", ("Vell",)),
)


def _club_speakers(body: str) -> list[str | None]:
    return [q.speaker_name for q in _direct(quotes_with_names(body, _CLUB))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Kelso United turned the bid down. "Any board must weigh a real offer," the club said in its'
            ' statement. But it also stressed its doubts. "The board still thinks the plan is too risky,"'
            " the statement said.",
            "Kelso United",
        ),
        (
            "Tom Vell left the Tarn Party race on Friday. In a statement, the party said his words were"
            ' misread. "He backs every one of our plans," said the statement.',
            "Tarn Party",
        ),
    ],
)
def test_statement_brought_in_by_a_resolved_tag(body: str, expected: str) -> None:
    assert _club_speakers(body)[-1] == expected


@pytest.mark.parametrize(
    "body",
    [
        # another statement brought in since
        'Kelso United turned the bid down. "Any board must weigh a real offer," the club said in its'
        ' statement. Fans issued a new statement. "The board still thinks the plan is too risky," the'
        " statement said.",
        # a joint statement of two bodies is no one's
        'Kelso United and Tarn Party signed the deal. "The deal is done," they said in a joint'
        ' statement. "The board still thinks the plan is too risky," the statement said.',
        # the tag names no statement
        'Kelso United turned the bid down. "Any board must weigh a real offer," the club said. "The board'
        ' still thinks the plan is too risky," the statement said.',
    ],
)
def test_statement_near_misses_stay_null(body: str) -> None:
    assert _club_speakers(body)[-1] is None
