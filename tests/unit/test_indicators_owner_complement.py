"""A name heading a complement clause (session twenty-seven): after "that" or a verb of saying or
showing ("said that Tom Bale scored 12 points", "the report shows Ann Lee has $1.5 million in
debts"), a name with its verb right after it is the subject of the figure's clause, as a name
opening the sentence is; the reporter before it stays a source."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Ann Lee": ("PERSON", None),
    "Tom Bale": ("PERSON", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Ann Lee said that Tom Bale scored 12 points.", "12 points", "Tom Bale"),
        (
            "Her financial disclosure report shows Ann Lee has at least $1.5 million in debts.",
            "$1.5 million",
            "Ann Lee",
        ),
        ("It is clear that Tom Bale won 12 races.", "12 races", "Tom Bale"),
        (
            "Simple math will indicate that Ann Lee has attended about one briefing per week.",
            "one briefing per week",
            "Ann Lee",
        ),
        ("The report found that Norland has 4,000 schools.", "4,000 schools", "Norland"),
    ],
)
def test_a_name_heading_a_complement_clause_owns_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a possessive after the name: the name's thing heads the clause
        ("Ann Lee said that Tom Bale's team scored 12 points.", "12 points", None),
        # the name is an object after "that", no verb of its own
        ("It is clear that Tom Bale and Ann Lee won 12 races.", "12 races", None),
        # the name reports in turn
        ("Ann Lee said that Tom Bale told her 12 people left.", "12 people", None),
        # the figure sits in a further clause the name's verb opens
        (
            "Two people briefed on the talks said Tom Bale has decided that hiring 300 workers is wrong.",
            "300 workers",
            None,
        ),
        # an earlier owner heading the sentence keeps the figure
        ("Vantor Group cut 300 jobs, Ann Lee said.", "300 jobs", "Vantor Group"),
    ],
)
def test_other_complements_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
