"""A person described by a body's title ('said the Arsenal boss') is the one the text named with
that body's title (issue 14, session 31, BBC pages): 'Arsenal manager Ann Roe', 'Ann Roe, the
Arsenal boss', 'Ann Roe of Arsenal'; never someone another body's title names ('Chelsea boss Jo
Vale'), whom the bare role had found. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

_PEOPLE = ("Ann Roe", "Jo Vale")
_CLUBS = ("Arsenal", "Chelsea")


def _speakers(body: str) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name) for name in _PEOPLE]
    entities += [_entity(article, name, "ORGANIZATION") for name in _CLUBS]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Arsenal manager Ann Roe was unhappy. Chelsea boss Jo Vale praised his side after the "
            'win over Arsenal. "We were poor today," said the Arsenal boss.',
            "Ann Roe",
        ),
        (
            "Ann Roe, the Arsenal manager, was unhappy. Chelsea boss Jo Vale praised his side after "
            'the win over Arsenal. "We were poor today," the Arsenal boss said.',
            "Ann Roe",
        ),
        (
            "Ann Roe of Arsenal was unhappy. Chelsea boss Jo Vale praised his side after the win "
            'over Arsenal. "We were poor today," added the Arsenal boss.',
            "Ann Roe",
        ),
        (
            'Chelsea boss Jo Vale praised his side after the win over Arsenal. "We were poor '
            'today," said the Arsenal boss.',
            None,
        ),
    ],
)
def test_body_title_names_its_holder(body: str, speaker: str | None) -> None:
    assert _speakers(body) == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Chelsea boss Jo Vale praised his side after the win over Arsenal. Arsenal manager Ann "
            'Roe was less happy. "We played very well," said the Chelsea boss.',
            "Jo Vale",
        ),
        (
            'Jo Vale praised his side after the win over Arsenal. "We were great," said the Chelsea boss.',
            "Jo Vale",
        ),
        # a body named only in the description is likely another name of one named before
        ('Arsenal boss Ann Roe praised her side. "We were great," said the Chelsea boss.', "Ann Roe"),
    ],
)
def test_near_misses_keep_their_reading(body: str, speaker: str | None) -> None:
    assert _speakers(body) == [speaker]
