"""A minister's title before the name keeps its portfolio and its "prime": "former prime
minister Jo Roe" holds "former prime minister", "Quellish Energy Minister Ann Lee" "Energy
Minister"; a nationality, a body or a date before the title stays out of it."""

from __future__ import annotations

import pytest

from consumer.entities.attributes import person_role


def _role(text: str, name: str) -> tuple[str, str | None] | None:
    start = text.index(name)
    found = person_role(text, start, start + len(name))
    return None if found is None else (found[0], found[1])


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The fraud was planned by former prime minister Dorin Valeski, the court heard.",
            "Dorin Valeski",
            "former prime minister",
        ),
        (
            "On Monday, former prime minister Ilse Marrow said she would run.",
            "Ilse Marrow",
            "former prime minister",
        ),
        (
            "The list was led by former planning minister Tarek Oudi in the south.",
            "Tarek Oudi",
            "former planning minister",
        ),
        (
            "Talks were held with Quellish Energy Minister Ann Lidorra on Friday.",
            "Ann Lidorra",
            "Energy Minister",
        ),
        (
            "The bill was signed by Interior Minister Piet Havell late on Tuesday.",
            "Piet Havell",
            "Interior Minister",
        ),
        (
            "It was Internal Security Minister Ori Tamsel who spoke first.",
            "Ori Tamsel",
            "Internal Security Minister",
        ),
        ("The plan came from Economics Minister Jana Korvel last week.", "Jana Korvel", "Economics Minister"),
    ],
)
def test_a_ministers_portfolio_stays_in_the_role(text: str, name: str, role: str) -> None:
    found = _role(text, name)
    assert found is not None and found[0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        ("A letter from Quellish President Ivo Darrel was read out.", "Ivo Darrel", "President", None),
        ("The talks were led by Vice Premier Lin Maro on Monday.", "Lin Maro", "Vice Premier", None),
        ("Officials met Kelby spokesman Tom Arrow on Monday.", "Tom Arrow", "spokesman", "Kelby"),
        (
            "He said national disaster agency spokesman Edo Parri was right.",
            "Edo Parri",
            "spokesman",
            "national disaster agency",
        ),
        ("Finance minister Jo Hanley agreed on Monday.", "Jo Hanley", "Finance minister", None),
        ("the talks ended when rebel leader Amos Kirru left the room.", "Amos Kirru", "leader", None),
    ],
)
def test_other_titles_keep_their_reading(text: str, name: str, role: str, org: str | None) -> None:
    assert _role(text, name) == (role, org)
