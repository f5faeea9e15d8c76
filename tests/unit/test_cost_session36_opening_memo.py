"""The clause head's opening phrase is read through a memo (session 36): the same answer as the
pattern itself, for short heads (memoised) and long ones (read afresh, never kept)."""

from __future__ import annotations

import pytest

from consumer.indicators.subject import adverbial
from consumer.indicators.subject.adverbial import OPENING_PHRASE, opening_end, without_opening


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        ("During the quarter, the Harlow mill cut", "the Harlow mill cut"),
        ("In Tarvia, after the vote, Lomax Corp said", "Lomax Corp said"),
        ("The firm cut 6,000 jobs and", "The firm cut 6,000 jobs and"),
        ("The mill cut wool, cotton and silk output", "The mill cut wool, cotton and silk output"),
    ],
)
def test_without_opening_drops_only_the_opening_phrase(head: str, rest: str) -> None:
    assert without_opening(head) == rest


def test_a_long_head_is_read_afresh_and_not_kept() -> None:
    head = "Over the years, " + "the mill and the yard " * 40 + "cut"
    assert len(head) > adverbial._CACHED_HEAD
    before = adverbial._opening_end.cache_info().currsize
    found = OPENING_PHRASE.match(head)
    assert opening_end(head) == (found.end() if found else 0) == len("Over the years, ")
    assert adverbial._opening_end.cache_info().currsize == before


def test_a_short_head_is_answered_from_the_memo_the_second_time() -> None:
    head = "Since the spring, Orvel Mining shipped"
    opening_end(head)
    hits = adverbial._opening_end.cache_info().hits
    assert opening_end(head) == len("Since the spring, ")
    assert adverbial._opening_end.cache_info().hits == hits + 1
