"""Session 48: "its" right before a figure in a sentence that names nobody before it stands for
the firm named last within about two sentences, as "the company" does; not a size, a span or an
age, not when a product is named after the firm, nor after an anaphor heading the clause."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Kelby": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Orbel X": ("PRODUCT", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Vantor Group, Norland's largest miner, has vast reserves.\n\nHowever, its 12.5 billion shares"
            " rarely trade.",
            "12.5 billion shares",
            "Vantor Group",
        ),
        (
            "Vantor Group is struggling. Protesters kept visitors away. Attendance across its 14 resorts fell"
            " 6% last year.",
            "14 resorts",
            "Vantor Group",
        ),
        (
            "Vantor Group will move its offices to Norland. The move could help its $2 billion offer for"
            " a rival.",
            "$2 billion",
            "Vantor Group",
        ),
        # the clause cut at a list's real comma names nobody before "its": the company named last
        (
            "Vantor Group makes software. Kelby, a steel maker, also reported results. The company sold"
            " 2,500 trucks, 1,800 buses and 900 vans and its revenue fell 4 pct.",
            "4 pct",
            "Kelby",
        ),
    ],
)
def test_its_stands_for_the_firm_named_before(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        # a product named after the firm may be what "its" stands for
        ("Vantor Group showed the Orbel X on Monday. Reviewers praised its 16 speakers.", "16 speakers"),
        # a size belongs to a thing
        ("Vantor Group showed a new tablet. Reviewers praised its 11-inch screen.", "11-inch"),
        # an anaphor heads the clause: its own rules read it
        ("Vantor Group closed a mine in Norland. The country lost its 300 mining jobs.", "300 mining jobs"),
    ],
)
def test_other_readings_of_its(text: str, figure: str) -> None:
    assert _owners(text)[figure] != "Vantor Group"


@pytest.mark.parametrize(
    "text, figure",
    [
        # a thing named by a common noun before "its" may be what it stands for: a count is nobody's
        (
            "Vantor Group builds launchers near Kelby. Engineers expect the new launcher to lift off and"
            " land its four boosters at sea.",
            "four boosters",
        ),
        ("Vantor Group runs ferries. On Monday the harbour reopened its 12 berths.", "12 berths"),
    ],
)
def test_a_thing_named_before_its_leaves_a_count_unowned(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
