"""An age told with an age word ("aged 61", "at the age of 32") in a clause whose subject opens the
sentence is the subject's (session twenty-nine): a person named first, a long apposition between
("Jane Roe, the first woman to fly the route, has died aged 61"), or the person a sentence-opening
"He"/"She" stands for, also in an obituary's "She was 84.". Never when another person may be the
one: a possessive, a relative or reported clause, a family noun between."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Jane Roe": ("PERSON", None),
    "John Doe": ("PERSON", None),
    "Ohio": ("LOCATION", "first_level_division"),
    "Senate": ("ORGANIZATION", None),
    "Harlow County": ("LOCATION", None),
}


def _ages(text: str) -> list[tuple[float | None, str | None]]:
    rows = focus_rows("", text, _NAMES)
    return [(float(figure), owner) for figure, owner in rows.items() if figure.isdigit()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Roe, the first woman to fly the polar route, has died aged 84, her family said.",
            [(84.0, "Jane Roe")],
        ),
        ("Jane Roe, the first US woman in the Senate, died aged 84.", [(84.0, "Jane Roe")]),
        ("Jane Roe, a nurse from Ohio, retired from the hospital at the age of 65.", [(65.0, "Jane Roe")]),
        (
            "Jane Roe joined the firm in 1978. She was, at the age of 32, its youngest partner.",
            [(32.0, "Jane Roe")],
        ),
        ("John Doe lived in Ohio for years. He died at age 84.", [(84.0, "John Doe")]),
        ("Jane Roe, a former nurse, died on Monday in Ohio. She was 84.", [(84.0, "Jane Roe")]),
        ("John Doe was arrested on Monday. He is 45 and lives in Ohio.", [(45.0, "John Doe")]),
        ("John Doe was arrested on Monday. He's 45.", [(45.0, "John Doe")]),
    ],
)
def test_an_age_is_its_clause_subjects(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert _ages(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe said her longtime friend, a nurse from Ohio, died aged 84.", [(84.0, None)]),
        ("Jane Roe's younger brother, a nurse from Ohio, died at the age of 84.", [(84.0, None)]),
        ("She said her father, a miner from Harlow County, died at the age of 84.", [(84.0, None)]),
        ("Jane Roe lived in Ohio for many years. He died at age 84.", [(84.0, None)]),
        ("Jane Roe lived in Ohio for many years. He was 30.", [(30.0, None)]),
        ("The shot is for people aged 65 and older.", [(65.0, None)]),
    ],
)
def test_an_age_another_person_may_own(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert _ages(text) == expected
