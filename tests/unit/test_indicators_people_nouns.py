"""Nouns only people are, which the lexicon lacked (session 46): a count of them is `people`, as
the conventions publish persons. A count of one reads the singular as a modifier when a noun
follows it ("one executive order"). Every text is our own; negatives stand beside the positives.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One executive complained about the noise.", [(1.0, "people")]),
        ('"It is over," one Harbor executive told me.', [(1.0, "people")]),
        ("One witness, Jo Pell, hid under a table.", [(1.0, "people")]),
        ("The panel heard 30 witnesses.", [(30.0, "people")]),
        ("Two Marlow donors gave the most.", [(2.0, "people")]),
        ("In all, five electors broke ranks.", [(5.0, "people")]),
        ("Two guys in a van took the couch.", [(2.0, "people")]),
        ("The film follows two lovers in Rome.", [(2.0, "people")]),
        ("The gala lost 6 celebrities this week.", [(6.0, "people")]),
        ("The debate set two civil combatants against each other.", [(2.0, "people")]),
    ],
)
def test_nouns_of_people_count_people(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor signed one executive order on Monday.", [(1.0, "order")]),
        ("Two executive orders were signed.", [(2.0, "order")]),
        ("The court read one witness statement aloud.", [(1.0, "statement")]),
        ("The fund signed one donor agreement.", [(1.0, "agreement")]),
    ],
)
def test_a_noun_after_the_singular_is_the_head(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
