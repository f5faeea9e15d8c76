"""Bare figures whose unit the sentence around them implies (consumer.indicators.implied)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import body_units

_units = body_units


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # ellipsis: the figure before names what the bare one counts
        ("The crew logged 14 dives off the reef (and 15 if the night dive counts).", "15", "dive"),
        ("Some 70 farmers joined the scheme, but only 23 stayed for a second year.", "23", "people"),
        # a part of a whole shares the whole's unit
        ("Okafor made 9 of his 12 shots from the corner.", "9", "shot"),
        ("Six of those ferries were built abroad, and 4 of those ferries run at night.", "4", "ferry"),
        # "the number of X" names the count
        ("The council wants to cut the number of trains on the route to 40 by June.", "40", "train"),
        # a value on a scale is in points
        ("The pollen index in Tarnby stood at 96 on Monday.", "96", "point"),
        ("She earned a 78.5 overall grade from the reviewers.", "78.5", "point"),
    ],
)
def test_a_bare_figure_takes_the_unit_its_sentence_implies(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    "text",
    [
        # far from any counted figure: nothing carries over
        "The crew logged 14 dives off the reef over a long and windy season that tested every"
        " member of the small team, and the skipper kept 15 for herself.",
        # a new sentence: nothing carries over
        "The crew logged 14 dives. The skipper kept 15 for herself.",
        # "the number of" in an earlier sentence says nothing
        "They cut the number of dives. The skipper kept 15 for herself.",
    ],
)
def test_a_bare_figure_with_no_such_context_stays_without_a_unit(text: str) -> None:
    assert _units(text)["15"] is None


def test_an_age_is_never_carried_to_the_next_figure() -> None:
    units = _units("Ines Vale, 44, said 12 were hurt.")
    assert units["44"] == "year" and units["12"] is None


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a price or a count over a stretch of time or play is a rate
        ("Upgrade to the plus plan for $6.49/mo today.", "$6.49/mo", "USD/month"),
        ("The plant can make 800 units a month by spring.", "800 units a month", "unit/month"),
        ("She leads the league with 9.4 rebounds per game.", "9.4 rebounds per game", "rebound/game"),
        # ... but a count of people stays people, and "a year earlier" is a basis, not a rate
        ("About 300 people a day visit the fair.", "300 people", "people"),
        ("It sold 20 cars a year earlier.", "20 cars", "car"),
        # an age threshold is an age
        ("More than 900 pupils under the age of 12 were tested.", "12", "year"),
        # households and scholars: a household is no person, a scholar is
        ("Some 7.3 million poor households moved.", "7.3 million poor households", "household"),
        ("Over a thousand scholars drafted the plan.", "a thousand scholars", "people"),
    ],
)
def test_rates_ages_and_counted_nouns(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The benchmark index rose 2% to 4,512 on Friday.", "4,512"),  # a level after a percentage
        ("Tickets cost $25, and 400 were sold by noon.", "400"),  # a price does not carry over
    ],
)
def test_percentages_and_prices_never_carry_over(text: str, figure: str) -> None:
    assert _units(text)[figure] not in ("percent", "USD")
