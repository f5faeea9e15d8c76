"""'One day' and 'one evening' that place a story in time count nothing (session 46): the gold
guidelines exclude "one day", while a duration stays a figure. Every text is our own; each
shape keeps negatives beside it, so a rule that drops the ordinary duration fails here.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    "text",
    [
        # before the clause's own subject
        "And then one day it stopped working altogether.",
        "One day in March 1998, Dana Pell quit the band.",
        "The mill had run for decades. One day Harlan closed it.",
        "As the memoir recalls it in \u201cFar Fields,\u201d one evening, Tovar lost his temper.",
        # between a subject and its verb
        "Think of the farmer who one day found a coin in the furrow.",
        # at the clause's end after the verb and its object, for a day
        "He has the arm to win the scoring title one day.",
        "The ranch he may inherit one day, his sister says, is mortgaged.",
    ],
)
def test_a_point_in_time_counts_nothing(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike lasted one day.", [(1.0, "day")]),
        ("The museum is closed for one day, then reopens.", [(1.0, "day")]),
        ("Shipping took one day.", [(1.0, "day")]),
        ("The hearing was delayed one day.", [(1.0, "day")]),
        ("We have one day.", [(1.0, "day")]),
        ("The launch was pushed back one day.", [(1.0, "day")]),
        ("He worked two weeks and one day.", [(2.0, "week"), (1.0, "day")]),
        ("She stayed two weeks and one day, then flew home.", [(2.0, "week"), (1.0, "day")]),
        ("They slept one night in the car.", [(1.0, "night")]),
        ("The clinic opens one day a week.", [(1.0, "day/week")]),
        ("Only one morning remained before the vote.", [(1.0, "morning")]),
    ],
)
def test_a_length_of_time_stays_a_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
