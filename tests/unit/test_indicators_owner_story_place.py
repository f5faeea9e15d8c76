"""An unowned statistic falls back on the story's place only when the headline or the lead names it.

A place named twice in passing, far into a feature about something else (a lawsuit filed in
Norland, a trip to Norland), is no place the story is about: "the price tag per unit", "a total
budget of $55 billion" or "revenues last quarter" there were given to it (session 47).
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_PLACES = {"Norland": ("LOCATION", "country"), "Tarvel": ("LOCATION", "first_level_division")}

# A lead long enough that a place first named after it is no lead place (about 300 characters)
_LEAD = (
    "The two phone makers have spent most of the summer in court over a handful of design patents, "
    "and the lawyers on both sides say the fight is far from over. Each side has hired outside "
    "experts to put a number on what the other owes, and the filings have grown longer every week "
    "since the spring hearings began. "
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            _LEAD + "The case was filed in Norland last year. The judge in Norland set a date. "
            "Drilling down the price tag per unit, $2.02 covers the bounce feature.",
            "$2.02",
        ),
        (
            _LEAD + "Both firms sell heavily in Tarvel, and a ruling is due in Tarvel soon.\n\n"
            "Revenues last quarter were about $100 million, the filing shows.",
            "$100 million",
        ),
    ],
)
def test_a_place_named_in_passing_takes_no_statistic(text: str, figure: str) -> None:
    assert focus_rows("Phone makers trade blows in court", text, _PLACES)[figure] is None


@pytest.mark.parametrize(
    ("headline", "text", "figure", "owner"),
    [
        # the headline names the place: the story's
        (
            "Norland budget swells",
            _LEAD + "Officials in Norland met on Monday. Norland expects more. "
            "Total spending rose to $55 billion, the ministry said.",
            "$55 billion",
            "Norland",
        ),
        # the lead names it
        (
            "Budget swells",
            "Norland lawmakers approved a larger budget on Monday. "
            + _LEAD
            + "Total spending rose to $55 billion.",
            "$55 billion",
            "Norland",
        ),
    ],
)
def test_the_story_place_keeps_its_statistics(headline: str, text: str, figure: str, owner: str) -> None:
    assert focus_rows(headline, text, _PLACES)[figure] == owner
