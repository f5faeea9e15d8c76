"""Quote speakers left null on web copy (issue 14, session 26): made-up texts, one class each."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _direct, _entity

# --------------------------------------------------------------------------- a pronoun heading a lead-in

_NAMED = "Mayor Tom Hart spoke to the council on Tuesday. "
_WORDS = '"We cannot pay for two new ferries."'


def _lead_in_case(lead_in: str, before: str = _NAMED) -> list[str | None]:
    """The speakers of the direct quotes after ``before`` and the lead-in."""
    article = _article(f"{before}{lead_in} {_WORDS}")
    entities = [
        _entity(article, "Tom Hart", forms=("Hart",)),
        _entity(article, "Ann Bell", forms=("Bell",)),
        _entity(article, "Port Authority", "ORGANIZATION"),
    ]
    return [q.speaker_name for q in _direct(extract_quotes(article, entities))]


@pytest.mark.parametrize(
    "lead_in",
    [
        # a pronoun heading a colon lead-in or the clause of a participle is read as in "he said";
        # unread, the lead-in named no one and the quote had no speaker
        "He was blunt:",
        "He put it this way:",
        "Later, he put the price at $4 billion, adding:",
        "He praised the crews, saying,",
        "He praised the crews and the Port Authority and said:",
        "He thanked Ann Bell, saying,",
    ],
)
def test_a_pronoun_heading_a_lead_in_is_the_person_it_means(lead_in: str) -> None:
    assert _lead_in_case(lead_in) == ["Tom Hart"]


def test_the_pronoun_agrees_with_the_person() -> None:
    before = "Tom Hart met Ann Bell on Tuesday. "
    assert _lead_in_case("She was blunt:", before) == ["Ann Bell"]
    assert _lead_in_case("He was blunt:", before) == ["Tom Hart"]


@pytest.mark.parametrize(
    "lead_in",
    [
        # words handed to the subject by someone else, heard, read or received: null, as before
        "He was asked:",
        "He was told by an aide:",
        "He heard an officer yell:",
        "He had this advice from his father:",
        "He got an answer from the Port Authority:",
        "He found a note under the door:",
        "He keeps a sign on his desk:",
    ],
)
def test_words_someone_else_hands_over_stay_null(lead_in: str) -> None:
    assert _lead_in_case(lead_in) == [None]


def test_an_unnamed_official_before_the_pronoun_stays_null() -> None:
    # "he" carries on from the unnamed spokesman, as "he said" would
    before = "A spokesman for the ferry line said the boats were late. "
    assert _lead_in_case("He was blunt:", before) == [None]
