"""A clause joined by ", and" or ", but" before a tag has its own subject (issue 14, session 31,
found on unseen BBC pages): 'Biscan replaced Jo Vale, and Ed Roe said: "..."' is Ed Roe's, not
Jo Vale's, whose name before the comma had read as an apposition's head. An apposition whose
words hold the conjunction keeps its head. Made-up texts."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity


def _speakers(body: str, people: tuple[str, ...]) -> list[str | None]:
    article = _article(body)
    entities = [_entity(article, name) for name in people]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Biscan stood in for Jo Vale, and Ed Roe said: "He played very well."', "Ed Roe"),
        ('Biscan stood in for Jo Vale, and Ed Roe said, "He played very well."', "Ed Roe"),
        ('The side beat Jo Vale, but Ed Roe told reporters: "We were lucky."', "Ed Roe"),
    ],
)
def test_clause_after_the_comma_speaks(body: str, speaker: str) -> None:
    assert _speakers(body, ("Jo Vale", "Ed Roe")) == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        'Jo Vale, a member of the club and captain of the side, told reporters: "We were lucky."',
        'Jo Vale, a member of the club and captain of the side, said, "We were lucky."',
    ],
)
def test_apposition_holding_the_conjunction_keeps_its_head(body: str) -> None:
    assert _speakers(body, ("Jo Vale", "Ed Roe")) == ["Jo Vale"]
