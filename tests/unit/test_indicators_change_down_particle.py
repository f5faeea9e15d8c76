"""A "down" that is a verb's particle or a preposition of place moves nothing (session 45): the
count or duration after it is the verb's object or a place, not the size of a fall ("turn it down
one notch", "could not pin down two weeks ahead", "the whole way down two panels").

Near misses keep their movement: "down" after a copula or a market's verb, and a share, money or
a measure after a pronoun's "down", which may be the move itself.
"""

from __future__ import annotations

import pytest

from consumer.events import Article, Body
from consumer.indicators import extract_indicators


def _changes(text: str) -> list[tuple[str, str | None]]:
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    return [(row.text, row.change) for row in extract_indicators(article)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band was asked to turn it down one notch after midnight.", [("one notch", None)]),
        (
            "Planners could not pin down two weeks ahead which roads would shut.",
            [("two weeks", None)],
        ),
        ("The crack ran the whole way down two panels of the door.", [("two panels", None)]),
        ("Detectives tracked down 12 suspects after the heist.", [("12 suspects", None)]),
        ("The crew took down four old towers by the river.", [("four old towers", None)]),
    ],
)
def test_down_as_a_particle_is_no_movement(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Factory payrolls were down 5,000 jobs from a year earlier.", [("5,000 jobs", "down")]),
        ("The Greens are down 12 seats on the last poll.", [("12 seats", "down")]),
        ("Copper closed down 1.9 percent.", [("1.9 percent", "down")]),
        ("The board knocked it down 2 percent.", [("2 percent", "down")]),
        ("The driver slowed it down 10 mph.", [("10 mph", "down")]),
    ],
)
def test_down_after_a_copula_or_before_a_share_still_moves(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _changes(text) == expected
