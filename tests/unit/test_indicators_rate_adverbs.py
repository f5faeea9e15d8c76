"""A price's period told after it by an adverb or "every"/"each" (units._RATE_ADVERB), and fuel
economy in miles per gallon."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import body_units

_units = body_units


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The Lumo plan costs $14.99 monthly after a free week.", "$14.99", "USD/month"),
        ("Members pay £3 weekly, or less with a student card.", "£3", "GBP/week"),
        ("Parking at the Orbel depot runs $6 each day.", "$6", "USD/day"),
        ("Expect to pay €40 every year for the licence.", "€40", "EUR/year"),
        ("The Vexa hatchback returns 41 mpg on the motorway.", "41 mpg", "mi/gal"),
    ],
)
def test_the_period_after_a_price_makes_it_a_rate(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the adverb belongs to a verb later in the clause, which goes on
        ("She spent $300 monthly dues of the club on snacks.", "$300", "USD"),
        # "each month" opening a new phrase that names what happens each month
        ("The fund paid $50 each month's winner in March.", "$50", "USD"),
        # a noun phrase after the price: "a year earlier" is no rate
        ("Profit was $6.8 billion a year earlier.", "$6.8 billion", "USD"),
    ],
)
def test_near_misses_keep_a_plain_sum(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a sum in a currency word takes the adverb's period as a sum in a sign does
        ("A flat in Dravo rents for 1,800 yuan monthly.", "1,800 yuan", "CNY/month"),
        ("Members pay 25 euros each week until the loan is repaid.", "25 euros", "EUR/week"),
        ("The grant is worth 900 dollars annually, paid in spring.", "900 dollars", "USD/year"),
    ],
)
def test_a_currency_word_takes_the_period_after_it(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the adverb reaches past the clause's next phrase: a plain sum
        ("The county spends 4 million pounds annually on its bridges.", "4 million pounds", "GBP"),
        ("He earned 3,000 yuan monthly in 2009 and saved half.", "3,000 yuan", "CNY"),
    ],
)
def test_a_currency_word_keeps_a_plain_sum_when_the_period_goes_on(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a night's stay or sleep is a period a rate is taken over
        ("Rooms at the Orbel inn cost $140 a night in August.", "$140 a night", "USD/night"),
        ("Most toddlers need 11 hours a night, the survey found.", "11 hours a night", "hour/night"),
        ("The lodge charges 90 euros per night.", "90 euros per night", "EUR/night"),
    ],
)
def test_a_night_is_a_rate_period(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


def test_a_count_of_people_a_night_stays_people() -> None:
    assert _units("The revue drew 3,000 spectators a night.")["3,000 spectators"] == "people"
