"""A number before the singular noun of a person in a name's capitals is part of the name, no
count of people (session 45): a count above one never counts a singular, so "District 7 District
Attorney", "the 40 Harbor writer" and an app named "5.0 Teacher" count nobody.

Near misses keep their count: a plural after the capitals, a compound in lower case, a count of
one, and people nouns that are plural or invariant.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    "text",
    [
        "District 7 District Attorney Ann Voss filed the motion.",
        "A former 40 Harbor writer joined the staff in May.",
        "- 5.0 Teacher: a grading app for schools, now on phones.",
    ],
)
def test_a_number_in_a_persons_title_counts_nobody(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meet the 3 Student Leaders of the year.", [(3.0, "people")]),
        ("The 25 person crew left at dawn.", [(25.0, "people")]),
        ("One Republican told me so.", [(1.0, "people")]),
        ("Two Republican senators voted no.", [(2.0, "people")]),
        ("The firm hired 12 new staff.", [(12.0, "people")]),
    ],
)
def test_counts_of_people_outside_names_stay(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
