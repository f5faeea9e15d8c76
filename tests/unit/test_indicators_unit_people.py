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
