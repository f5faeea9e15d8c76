"""A conjunction and a time before a name, no comma ('But on Wednesday Mr Roe said'), still
leave the name heading its sentence (issue 14, session 31, BBC pages): a later "he told" is that
person's, not the one who spoke earlier in the paragraph. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(body: str) -> list[str | None]:
    article = _article(body)
    entities = [
        _entity(article, "Jon Roe", forms=("Roe",)),
        _entity(article, "Karl Vale", forms=("Vale",)),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


_OPEN = "Jon Roe met Karl Vale in Kinton on Monday.\n\nMr Vale has said the talks must go on. "
_QUOTE = ' said the deal was close. "We are very hopeful of a result," he told reporters.'


@pytest.mark.parametrize(
    "opening",
    [
        "But on Wednesday Mr Roe",
        "But later Mr Roe",
        "And on Monday night Mr Roe",
        "But yesterday Roe",
        "Kinton has been cautious, but on Wednesday Mr Roe",
    ],
)
def test_timed_opening_keeps_the_head(opening: str) -> None:
    assert _speakers(_OPEN + opening + _QUOTE) == ["Jon Roe"]


@pytest.mark.parametrize(
    "opening",
    [
        "Mr Vale met on Wednesday Mr Roe and",
        "Mr Vale, who met Mr Roe on Wednesday,",
        "Mr Vale met Mr Roe, and on Wednesday he",
    ],
)
def test_name_inside_the_clause_heads_nothing(opening: str) -> None:
    assert _speakers(_OPEN + opening + _QUOTE) == ["Karl Vale"]
