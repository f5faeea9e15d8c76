"""Numbers that name a point in time, a window or a name part rather than a quantity (session 24)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the window of a range or an average, like the window of a high
        ("The stock's 52-week range is $41.20 to $58.75.", [(41.2, "USD")]),
        ("Shares crossed their 200-day moving average on Friday.", []),
        ("The five-year average yield stood at 4 percent.", [(4.0, "percent")]),
        # negatives: durations and counts that are the quantity
        ("The program runs for 52 weeks.", [(52.0, "week")]),
        ("Members averaged 12 visits a year.", [(12.0, "visit/year")]),
    ],
)
def test_window_of_a_range_or_average_is_no_figure(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They first met one warm evening in July.", []),
        ("One morning, the baker found the door open.", []),
        ("Late one stormy winter, the pass closed.", []),
        ("Ellen did not care one bit about the prize.", []),
        ("One bright spring day, the stall reopened.", []),
        # negatives: a night spent, a count of a stay, data bits
        ("He spent one night in the cells.", [(1.0, "night")]),
        ("Guests stayed for one quiet night before moving on.", [(1.0, "night")]),
        ("One bit of each byte is a parity flag.", [(1.0, "bit")]),
        ("The repair took one full day.", [(1.0, "day")]),
        ("Visitors may stay one extra night.", [(1.0, "night")]),
    ],
)
def test_one_as_a_point_in_time_or_a_degree(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets for the 2024 NBC Summer Gala went on sale.", []),
        ("Booths at the 2019 KSU Career Expo were full.", []),
        # negatives: a sum in a currency code, with no name after it
        ("The fine was 2015 EUR in the end.", [(2015.0, "EUR")]),
        ("The fee was 300 GBP, paid in cash.", [(300.0, "GBP")]),
    ],
)
def test_year_before_an_acronym_in_a_name_is_no_sum(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the storm the two struggle to rebuild the barn.", []),
        ("Every June the three return to the lake.", []),
        ("For a decade all four compete for the title.", []),
        # negatives: a plural head, an invariant plural, a count without "the"
        ("The two ferries collided in fog.", [(2.0, "ferry")]),
        ("All three aircraft landed safely.", [(3.0, "aircraft")]),
        ("She owns two boat sheds and one dock.", [(2.0, "shed"), (1.0, "dock")]),
    ],
)
def test_the_two_before_a_verb_is_a_pronoun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan covers 2.5 million people ages 26 or younger.", [(2500000.0, "people"), (26.0, "year")]),
        ("The study followed 800 women ages 40 to 60.", [(800.0, "people"), (40.0, "year")]),
        ("Clinics saw 90 children ages 5 and up.", [(90.0, "people"), (5.0, "year")]),
        # negatives: a person noun that does modify the plural after it
        ("The union named 27 member states.", [(27.0, "state")]),
    ],
)
def test_people_ages_counts_people(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote brings the port one step closer to a new berth.", []),
        ("Nurses rushed from one ward to another.", []),
        ("Prices change from one week to the next.", []),
        # negatives: a real step, a move between counts
        ("The board took one step: it cut 40 jobs.", [(1.0, "step"), (40.0, "job")]),
        ("Staff moved from one office to two.", [(1.0, "office")]),
    ],
)
def test_idioms_of_one(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lisbon 2027 unveils its mascot", []),
        ("Milan 2026 names new venues for skating", []),
        ("5 reasons to visit the coast this winter\nThe coast is quiet.", []),
        ("Intro line.\n7 tips for a cheaper commute", []),
        ("8 Passive Aggressive Things People Said at Dinner", []),
        # negatives: a count inside a sentence, a count of other things at a line's start
        ("Inspectors listed 12 mistakes in the audit.", [(12.0, "mistake")]),
        ("One useful tip is to book early.", [(1.0, "tip")]),
        ("Intro line.\nThe leaflet gives 5 tips to drivers.", [(5.0, "tip")]),
    ],
)
def test_name_years_and_list_titles(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
