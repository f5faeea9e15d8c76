"""The quote stage on web copy, session 22 (issue 14): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- a dated opening phrase

_SPOKE = "Hart said he meets voters every week in his district office."
_WORDS = '"The harbour will not survive another winter," he said.'


def _dated_case(middle: str) -> str | None:
    """The speaker of '"...," he said' after ``middle``, once Tom Hart has spoken."""
    article = _article(f"{_SPOKE} {middle} {_WORDS}")
    entities = [_entity(article, "Joe Bell", forms=("Bell",)), _entity(article, "Tom Hart", forms=("Hart",))]
    return _direct(extract_quotes(article, entities))[-1].speaker_name


@pytest.mark.parametrize(
    "middle",
    [
        # a full date ("May 23, 2015,") holds a comma of its own: the opening phrase ran to that
        # comma only, so the name after it did not head its sentence and "he" went back to Hart
        "In a video dated May 23, 2015, Bell declared himself a candidate for mayor.",
        "On Dec. 5, 2014, Bell filed his papers to run for the seat.",
        "In a letter dated March 2, 2019, Bell asked the council for help.",
        "By June 30, 2021, Bell had signed up four hundred volunteers.",
    ],
)
def test_a_name_after_a_dated_opening_phrase_heads_its_sentence(middle: str) -> None:
    assert _dated_case(middle) == "Joe Bell"


@pytest.mark.parametrize(
    "middle",
    [
        # the name is an object, the date sits later in the sentence: Hart goes on
        "He met Bell, a rival, on May 23, 2015, in the town hall.",
        # a number and its comma that is no date before a year ("In 12, 30 ..."): no opening
        "In all, 12, 30 or more people came, and Bell was not among them.",
        # a list of places with commas is no opening phrase
        "In Ayr, Troon, Irvine and Largs, Bell was booed by the crowds.",
    ],
)
def test_near_misses_of_a_dated_opening_keep_the_last_speaker(middle: str) -> None:
    assert _dated_case(middle) == "Tom Hart"
