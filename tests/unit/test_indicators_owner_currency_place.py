"""A place named only in a currency's name ("5 billion U.S. dollars") is not the story's country."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_PLACES = {
    "Harlow": ("LOCATION", "city"),
    "Norland": ("LOCATION", "country"),
    "U.S.": ("LOCATION", "country"),
    "Hong Kong": ("LOCATION", "first_level_division"),
}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Harlow has drawn more foreign firms this year. "
            "Foreign direct investment reached 5 billion U.S. dollars in the first three quarters.",
            "5 billion U.S. dollars",
        ),
        (
            "Harlow opened a new port last spring. Exports totalled 800 million Hong Kong dollars.",
            "800 million Hong Kong dollars",
        ),
        (
            "Harlow hosted the trade fair for the tenth time. "
            "Deals worth 2.4 billion U.S. dollars were signed, and revenue rose 12 percent.",
            "12 percent",
        ),
    ],
)
def test_a_currency_names_no_story_country(text: str, figure: str) -> None:
    assert focus_rows("Harlow draws investors", text, _PLACES)[figure] is None


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the place is named as a place too: it stays the story's country
        (
            "Norland saw trade grow this year. Exports reached 5 billion U.S. dollars in March.",
            "5 billion U.S. dollars",
            "Norland",
        ),
        # a possessive owns the measure whatever the currency
        (
            "Harlow opened a port. Norland's exports reached 3 billion U.S. dollars in March.",
            "3 billion U.S. dollars",
            "Norland",
        ),
    ],
)
def test_a_place_named_as_a_place_keeps_its_figures(text: str, figure: str, owner: str) -> None:
    assert focus_rows("Trade grows", text, _PLACES)[figure] == owner
