"""A clause head without a comma has no opening phrase (session 39, issue 11's cost bound): every
phrase the pattern reads ends on a comma, so ``opening_end`` answers 0 without reading the head
with it (nor keeping it in the memo); heads with a comma keep the pattern's answer."""

from __future__ import annotations

import re

import pytest

from consumer.indicators.subject import adverbial
from consumer.indicators.subject.adverbial import OPENING_PHRASE, opening_end, without_opening

_NO_COMMA = [
    "The Vantor board approved 212 projects worth ",
    " the Kelvish currency traded at ",
    "During the quarter the Harlow mill cut",
    '"In Tarvia the output rose ',
    "Over the years the mill and the yard " * 20 + "cut",
]


@pytest.mark.parametrize("head", _NO_COMMA)
def test_a_head_without_a_comma_has_no_opening_phrase(head: str) -> None:
    assert OPENING_PHRASE.match(head) is None  # what the pattern says, had it been read
    assert opening_end(head) == 0
    assert without_opening(head) == head


@pytest.mark.parametrize("head", _NO_COMMA)
def test_a_head_without_a_comma_is_not_read_by_the_pattern(
    head: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Unread:
        def match(self, text: str) -> re.Match[str] | None:
            raise AssertionError("the pattern read a head without a comma")

    monkeypatch.setattr(adverbial, "OPENING_PHRASE", Unread())
    adverbial._opening_end.cache_clear()
    assert opening_end(head) == 0
    assert adverbial._opening_end.cache_info().currsize == 0


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        ("During the quarter, the Harlow mill cut", "the Harlow mill cut"),
        ("Last spring, Orvel Mining shipped", "Orvel Mining shipped"),
        ("The firm cut 6,000 jobs and", "The firm cut 6,000 jobs and"),  # a number's comma
        ("The mill cut wool, cotton and silk output", "The mill cut wool, cotton and silk output"),
    ],
)
def test_a_head_with_a_comma_keeps_the_patterns_answer(head: str, rest: str) -> None:
    found = OPENING_PHRASE.match(head)
    assert opening_end(head) == (found.end() if found else 0)
    assert without_opening(head) == rest
