"""A role noun between two names in a tag, and a role before a name heading a sentence (issue 14,
session 34, fresh BBC pages). Made-up texts.

'," said Kelco spokeswoman Jemma Vell.': the entity stage may type the body's one-word name a
person; the tag's first person was taken, so the firm spoke. The person after the role speaks.

'Despite the defeat, captain Jon Vale was upbeat. "...," he said': a lower-case role right before
the name no longer stops the name heading its sentence, after an opening phrase's comma or a
conjunction; the pronoun had gone to the person who spoke before.
"""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

_SAID = '"Prices will keep rising all through this year'


def _tag_speakers(body: str, body_type: str = "PERSON") -> list[str | None]:
    article = _article("Tom Reed runs the port.\n\n" + body)
    entities = [
        _entity(article, "Tom Reed", forms=("Reed",)),
        _entity(article, "Jemma Vell", forms=("Vell",)),
        _entity(article, "Kelco", type_=body_type),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "body",
    [
        _SAID + '," said Kelco spokeswoman Jemma Vell.',
        _SAID + '," Kelco chief executive Jemma Vell said.',
        "Kelco founder Jemma Vell said: " + _SAID + '."',
        _SAID + '," said Kelco survey chairman Jemma Vell on Monday.',
        _SAID + '," said Reed adviser Jemma Vell.',
    ],
)
def test_the_role_holder_speaks_not_the_name_before_the_role(body: str) -> None:
    assert _tag_speakers(body) == ["Jemma Vell"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_SAID + '," said Kelco.', ["Kelco"]),
        (_SAID + '," Kelco told reporter Jemma Vell.', ["Kelco"]),
        (_SAID + '," Kelco told Jemma Vell.', ["Kelco"]),
        (_SAID + '," said Kelco and Jemma Vell.', [None]),
        (_SAID + '," said Kelco with Jemma Vell.', ["Kelco"]),
    ],
)
def test_no_role_between_keeps_the_first_name(body: str, expected: list[str | None]) -> None:
    assert _tag_speakers(body) == expected


def test_a_body_typed_as_a_body_was_already_passed() -> None:
    assert _tag_speakers(_SAID + '," said Kelco spokeswoman Jemma Vell.', "ORGANIZATION") == ["Jemma Vell"]


_BEFORE = '"We are fine with a draw," Tom Reed said. '
_AFTER = ' "It was a poor night for all of us," he said.'


def _pronoun_speakers(body: str) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, "Jon Vale", forms=("Vale",)), _entity(article, "Tom Reed", forms=("Reed",))]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "middle",
    [
        "Despite the defeat, captain Jon Vale remained upbeat.",
        "On Monday, coach Jon Vale named his side.",
        "Meanwhile, midfielder Jon Vale was not happy.",
        "And despite the results, skipper Jon Vale was upbeat.",
    ],
)
def test_a_role_after_an_opening_heads_the_sentence(middle: str) -> None:
    assert _pronoun_speakers(_BEFORE + middle + _AFTER) == ["Tom Reed", "Jon Vale"]


def test_a_description_tag_after_a_role_head() -> None:
    body = (
        "Tom Reed runs the club.\n\nAfter the defeat, skipper Jon Vale was upbeat. "
        '"It was a poor night for all of us," said the Kinton winger.'
    )
    assert _pronoun_speakers(body) == ["Jon Vale"]


@pytest.mark.parametrize(
    "middle",
    [
        "He thanked the fans, coach Jon Vale and the staff.",
        "He spoke to coach Jon Vale after the game.",
        "With striker Jon Vale injured, the side struggled.",
        "As Kinton striker Jon Vale walked off, the crowd cheered.",
        "Meanwhile, Kinton fans booed coach Jon Vale.",
    ],
)
def test_a_role_after_a_verb_or_a_subordinator_heads_nothing(middle: str) -> None:
    assert _pronoun_speakers(_BEFORE + middle + _AFTER) == ["Tom Reed", "Tom Reed"]
