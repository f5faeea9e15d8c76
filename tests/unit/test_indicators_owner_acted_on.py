"""People a body arrests, tries, expels or questions are not its people (session 49): "Norland expelled
five traders", "the tribunal has been trying three officers", "police interviewed and released one of
two men". The acting body, the clause's subject, was taken as their owner; like a toll, such a count
is nobody's unless the text frames it as a place's or a body's ("its 12 detained staff"). People
executed are a toll told after the count, like "killed". A body's own people (employs, hired) keep
their owner."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Kessel Tribunal": ("ORGANIZATION", None),
    "Harlow Police": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Tom Varga": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Norland expelled five traders and a pilot who were questioned about the fire.", "five traders"),
        (
            "The Kessel Tribunal has been trying three army officers -- all from the north -- for the raid.",
            "three army officers",
        ),
        (
            "The Harlow Police have interviewed and released one of two men sought for questioning.",
            "two men",
        ),
        ("Tom Varga was convicted over the raid, in which 148 people were executed.", "148 people"),
    ],
)
def test_people_a_body_acts_on_are_nobody_s(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Vantor Group employs 3,000 workers in Norland.", "3,000 workers", "Vantor Group"),
        ("Vantor Group hired 40 engineers last year.", "40 engineers", "Vantor Group"),
    ],
)
def test_a_body_s_own_people_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner
