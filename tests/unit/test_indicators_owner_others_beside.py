"""A count of others named beside someone is nobody's (session 49): "Lee and 10 other people", "the
minister and 55 other politicians", "his mother and 10 others". The name before "and", or one named
right after the count ("-- including Roe"), was taken as the owner; the others are no one's people.
A possessor before the count ("its 10 other stores"), other things ("owns the Post and 90 other
papers": the owner's) and a count with no "other" keep their owner."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Ann Lee": ("PERSON", None),
    "Tom Varga": ("PERSON", None),
    "Kim Roe": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "Kim Roe blamed Tom Varga, who organized the trip on which Ann Lee and 10 other people --"
            " including Varga himself -- drowned.",
            "10 other people",
        ),
        ("Tom Varga's sister and 10 others drowned when the ferry capsized.", "10 others"),
        (
            "Ann Lee refused to resign after the inquiry named her and 55 other politicians in the scandal.",
            "55 other politicians",
        ),
    ],
)
def test_others_beside_a_name_are_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a possessor frames the others as its own
        ("Vantor Group said its 10 other plants would stay open.", "10 other plants", "Vantor Group"),
        # things beside a name: the owner's other things
        (
            "Vantor Group, which owns the Harlow Post and more than 90 other papers, cut jobs.",
            "90 other papers",
            "Vantor Group",
        ),
        # no "other": the clause's count
        ("Vantor Group employs 3,000 workers.", "3,000 workers", "Vantor Group"),
    ],
)
def test_counts_without_others_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
