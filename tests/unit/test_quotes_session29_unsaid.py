"""Direct quotes that are no one's words on fresh news and blog pages (issue 14, session 29).
Made-up texts, one class each."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import _kinds_of

# ------------------------------------------- words cut, printed or sewn on a thing: no one's speech


@pytest.mark.parametrize(
    "sentence",
    [
        'Bell gave him a silver watch bearing the inscription: "Never let the rain stop you."',
        'The urn on the shelf is etched: "Forever yours, my love and my life."',
        'The old bench outside the hall is inscribed: "Here stood the mill of the valley."',
        "The team wore badges emblazoned across the front, \u201cWe play for the town tonight.\u201d",
        'Bell unveiled a stone carved into its face: "They built this bridge with their hands."',
    ],
)
def test_inscribed_words_are_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a person who carved out a career or carried a message still speaks
        ('Bell, who carved out a career at sea, said: "We are done with the ferry company."', ["direct"]),
        ('Bell carried the news to the quay and said: "The ferry company has let us down."', ["direct"]),
        ('Bell greeted them with a toast: "Welcome home, all of you, and thank you."', ["direct"]),
    ],
)
def test_near_misses_of_inscribed_words_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds


# ----------------------------------- sayings and sample words brought in by their kind: no one's speech


@pytest.mark.parametrize(
    "sentence",
    [
        'As the old saying goes, "A rising tide lifts all the boats in the bay."',
        "As the adage puts it, \u201cYou can never have too many friends at sea.\u201d",
        'I am guilty of spouting such claims as "I hate the ferry and the island too."',
        'Fans will enjoy lyrics such as: "Sound of the drums, beating in my heart all night."',
        'The error on a gap (as in: "Bell leads the race by five points") is twice as large.',
    ],
)
def test_sayings_and_sample_words_are_no_quote(sentence: str) -> None:
    assert _kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a named speaker keeps the words; a person's saying stays theirs
        ('As Bell put it, "A rising tide lifts all the boats in the bay."', ["direct"]),
        ('Bell made such claims as "The ferry company has let the island down."', ["direct"]),
        ('Bell kept saying, "A rising tide lifts all the boats in the bay."', ["direct"]),
        ('Bell sat in the cab and said: "The ferry company has let the island down."', ["direct"]),
    ],
)
def test_near_misses_of_sayings_keep_their_kind(sentence: str, kinds: list[str]) -> None:
    assert _kinds_of(sentence) == kinds
