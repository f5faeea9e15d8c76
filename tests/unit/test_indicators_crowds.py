"""Counts of people told by what they do, yields per area of land, and two head-noun slips
(consumer.indicators.crowds, units._PER, units.counted_noun)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import body_units

_units = body_units


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # what the crowd does, right after the bare count
        ("Nearly 4,500 took part in the Velmor lantern parade on Friday.", "4,500", "people"),
        ("About 650 have participated in the scheme since March.", "650", "people"),
        ("More than 30,000 gathered outside the stadium in Ostrava.", "30,000", "people"),
        ("Of the 1,800 polled, most backed the new ferry line.", "1,800", "people"),
        ("Crews reached 37 stranded on the ridge after the storm.", "37", "people"),
        ("Around 2,100 were left homeless when the river burst its banks.", "2,100", "people"),
        ("The programme has helped 9,400 out of extreme poverty since 2016.", "9,400", "people"),
        # what draws or moves the crowd, or the toll's verb, right before it
        ("The harvest fair in Kolbeck attracted 55,000 over three days.", "55,000", "people"),
        ("The district has relocated 3,700 from the flood plain.", "3,700", "people"),
        ("By Sunday the toll had climbed to 19, officials in Dravo said.", "19", "people"),
        # a game played before a crowd (session 43)
        ("The Hawks won 3-2 in front of 14,250 at the Dalby rink.", "14,250", "people"),
        # the total of a plural raised to a bare level counts the plural (session 43)
        ("The award raised the total of licensed carriers to 17.", "17", "carrier"),
        # yields and prices per area of land are rates
        ("Maize there yields 720 kg per mu in a good year.", "720 kg per mu", "kg/mu"),
        ("Barley came in at 7 tonnes per hectare across the plain.", "7 tonnes per hectare", "t/ha"),
        # the head noun, not an adjective in -s before it
        ("The number of overseas buyers rose to 8,200 last year.", "8,200", "buyer"),
        ("Some 140 close contacts were traced within a day.", "140 close contacts", "people"),
    ],
)
def test_the_count_takes_the_unit_its_context_tells(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a noun named elsewhere in the sentence wins over what the crowd does
        ("The study found 19 clinics out of 60 questioned had closed.", "60", "clinic"),
        # a noun right after the count is the count's own
        ("Nearly 4,500 runners took part in the parade.", "4,500 runners", "runner"),
        # a toll of a road is no casualty figure unless it moves
        ("The toll on the Velmor bridge is 12 for a car.", "12", None),
        # a number in words is the pronoun and its verb: no figure of people
        ("Only 7 contacts from the fair were found.", "7 contacts", "contact"),
        # a price per kilogram keeps its rate, as before
        ("Pork sold for 28 yuan per kg in Dravo.", "28 yuan per kg", "CNY/kg"),
    ],
)
def test_near_misses_keep_their_unit(text: str, figure: str, unit: str | None) -> None:
    assert _units(text)[figure] == unit


def test_a_count_in_words_is_not_read_as_a_crowd() -> None:
    # "the two took part" names the pair already met: the conventions count no figure of people
    assert _units("The two took part in the parade.").get("two") != "people"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a sum written once with its currency, the next ones in the sentence as bare magnitudes
        ("Tarvia put spending at 84.2 billion euros, against a planned 80.5 billion.", "80.5 billion", "EUR"),
        ("Orbel earned 6.4 mln dlrs in the year, after 5.1 mln in 1985.", "5.1 mln", "USD"),
        ("Sales reached 2.3 billion yuan, while net profit hit 310 million.", "310 million", "CNY"),
    ],
)
def test_a_bare_magnitude_after_a_sum_is_in_its_currency(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another sentence: the currency is not carried
        ("Orbel earned 6.4 mln dlrs in the year. It shipped 5.1 mln.", "5.1 mln"),
        # a bracket says another quantity
        ("Orbel paid 6.4 mln dlrs (for 2.5 mln) in the deal.", "2.5 mln"),
        # a bare number with no magnitude word is no sum
        ("Orbel earned 6.4 mln dlrs in the year and hired 350.", "350"),
    ],
)
def test_no_currency_for_other_bare_numbers(text: str, figure: str) -> None:
    assert _units(text)[figure] != "USD"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a body of people whose size follows "of": staff, workforce, membership
        ("The mill in Harrow Vale has a workforce of 2,750, most of them local.", "2,750", "people"),
        ("Brenmoor Freight keeps a staff of 410 at its two depots.", "410", "people"),
        ("The guild, with a membership of 8,300, voted for the strike.", "8,300", "people"),
        ("Its labour force of 61,000 shrank by a tenth.", "61,000", "people"),
        # nouns of people the count names itself
        ("The plant employs 900 locals on three shifts.", "900 locals", "people"),
        ("Some 5,200 evacuees were bussed back on Sunday.", "5,200 evacuees", "people"),
        ("The final drew 4.1 million viewers.", "4.1 million viewers", "people"),
        ("The fire left 260 homeless in the old quarter.", "260 homeless", "people"),
        ("The estate houses 7,400 tenants.", "7,400 tenants", "people"),
    ],
)
def test_bodies_and_nouns_of_people_count_people(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # "the staff of 12 hospitals": the count names its own noun, which wins
        ("The staff of 12 hospitals walked out.", "12 hospitals", "hospital"),
        # a fleet of things is no body of people
        ("The fleet of 40 buses was replaced.", "40 buses", "bus"),
    ],
)
def test_a_count_after_of_with_its_own_noun_keeps_it(text: str, figure: str, unit: str) -> None:
    assert _units(text)[figure] == unit
