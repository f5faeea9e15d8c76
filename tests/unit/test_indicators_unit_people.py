"""Units of counts of people named by a tie to someone (issue 11): kin, friends, neighbours and
colleagues are people, as the conventions count every head of people ("two sisters" is 2
``people``, never 2 ``sister``).

Near misses keep their reading: things a family owns, and a kin word that modifies the plural
after it ("two sister ships").
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She flew home to see her two sisters.", [(2.0, "people")]),
        ("The farmer left the land to his three sons.", [(3.0, "people")]),
        ("He raised four daughters alone.", [(4.0, "people")]),
        ("Five family friends waited at the gate.", [(5.0, "people")]),
        ("The gift came from 12 neighbours on the lane.", [(12.0, "people")]),
        ("She has nine grandchildren and two cousins.", [(9.0, "people"), (2.0, "people")]),
        ("About 40 colleagues signed the card.", [(40.0, "people")]),
        ("The couple have two wives between them.", [(2.0, "people")]),
    ],
)
def test_kin_and_friends_are_people(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things a family has stay the things counted
        ("The family owns three cars.", [(3.0, "car")]),
        ("They bought four family homes.", [(4.0, "home")]),
        ("The firm runs 20 sister plants.", [(20.0, "plant")]),
        ("Two sister ships sailed together.", [(2.0, "ship")]),
    ],
)
def test_things_near_kin_words_stay_things(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns only people are (session 45)
        ("The raid killed eight guards and 14 foreigners.", [(8.0, "people"), (14.0, "people")]),
        ("The start-up lost its two co-founders in a year.", [(2.0, "people")]),
        ("The court gave the patent to one inventor.", [(1.0, "people")]),
        ("She took Ann and one other lady to the gala.", [(1.0, "people")]),
        ("Seven Union generals retired to the valley town.", [(7.0, "people")]),
        ("Three ladies and two gentlemen ran the stall.", [(3.0, "people"), (2.0, "people")]),
        # the singulars of plurals of people the lexicon counts
        ("Only one reader complained about the column.", [(1.0, "people")]),
        ("The script can follow one user from site to site.", [(1.0, "people")]),
    ],
)
def test_more_nouns_of_people(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of the same spelling, and a people noun modifying a plural, stay as they were
        ("They agreed on one general rule.", [(1.0, "rule")]),
        ("The desk logged four customer complaints.", [(4.0, "complaint")]),
        ("The chain has 12 reader panels.", [(12.0, "panel")]),
    ],
)
def test_people_words_before_a_noun_still_modify(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
