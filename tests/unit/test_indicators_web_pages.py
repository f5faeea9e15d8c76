"""Classes of figure error seen on fresh web pages (issue 11, session twenty-one): clock times,
street addresses, local phone numbers and idioms of "one" that the conventions exclude, and a
percent sign glued to the next word. Every text is our own; each class keeps negatives next to
its positives, so a rule that drops the ordinary figure fails here.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures
from tests.unit.indicator_texts import page_rows as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first hour of a clock range, and a time before a time-zone code
        ("The bakery is open from 7 to 11 a.m. on weekdays.", []),
        ("Ballots can be cast between 12 and 6 p.m. at the library.", []),
        ("The fair runs 5-9 pm each evening.", []),
        ("The page was updated at 0815 GMT (1615 HKT).", []),
        ("The launch is set for 1430 EST on Tuesday.", []),
        # negatives: ranges of amounts, and a count near a clock time
        # (session 49: a start and an end level of a movement, two figures)
        ("Fares rose from 3 to 9 percent.", [(3.0, "percent"), (9.0, "percent")]),
        ("Between 12 and 15 volunteers came at 8 p.m.", [(12.0, "people")]),
        ("The shift adds 6 to 9 hours a week.", [(6.0, "hour/week")]),
    ],
)
def test_clock_hours_are_not_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies were sent to the 12300 block of Larkin Street.", []),
        ("The cafe opened at 3318 N. Delmar Ave. last month.", []),
        ("Its office at 120 W. 44th St. closed.", []),
        ("The studio sits at 77 Quarry Hill Pkwy in the valley.", []),
        # negatives: a count after a compass-like abbreviation, and a block count
        ("The firm bought 40 S. Korean ships.", [(40.0, "ship")]),
        ("The march covered 12 blocks of the old town.", [(12.0, "block")]),
    ],
)
def test_street_addresses_are_not_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For tickets call 428-7391 or 428-7395.", []),
        ("Contact: 316-2284; 316-2290.", []),
        ("Tips can be left at 781-5534 around the clock.", []),
        # negatives: ranges of amounts written the same way
        ("Prices of 350-1250 units were set.", [(350.0, "unit")]),
        ("The tally stood at 250-1250 or so.", [(250.0, None), (1250.0, None)]),
        ("The trip took 250-1250 days.", [(250.0, "day")]),
    ],
)
def test_local_phone_numbers_are_not_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The twins kept teasing one another.", []),
        ("The drug could one day be given to children.", []),
        ("One day, the mayor simply resigned.", []),
        ("At one time the mill employed half the town.", []),
        ("Pick the one above if you are in a hurry.", []),
        ("A minute or two later the lights went out.", []),
        # negatives: durations and counts of one
        ("The strike lasted one day.", [(1.0, "day")]),
        ("The Lakers scored one point in overtime.", [(1.0, "point")]),
        ("At one point the crowd fell silent.", [(1.0, "point")]),
        ("Only one ferry sailed.", [(1.0, "ferry")]),
    ],
)
def test_one_in_idioms_counts_nothing(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


def test_a_possessive_counted_noun_is_singular() -> None:
    assert _figures("It is a tale of one cat's pride.") == [(1.0, "cat")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 41%of the members voted.", [(41.0, "percent")]),
        ("- 18%of renters moved", [(18.0, "percent")]),
        # negative: the ordinary percent sign
        ("Rents rose 4% in May.", [(4.0, "percent")]),
    ],
)
def test_a_percent_sign_glued_to_a_word_is_percent(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bar ships with 5.1 surround sound.", []),
        ("Buyers get a 7.1-channel receiver.", []),
        ("A 360-degree camera sits on the roof.", []),
        ("The 4K-ready screen costs $300.", [(300.0, "USD")]),
        # negatives: speeds, a range that starts at nought, turns and rises that measure
        ("Gusts reached 60 mph.", [(60.0, "mph")]),
        (
            "Support rose from 0 to 60 percent.",
            [(0.0, "percent"), (60.0, "percent")],
        ),  # two levels (session 49)
        ("The jet turned 360 degrees.", [(360.0, "degree")]),
        ("Sales rose 5.1 percent.", [(5.1, "percent")]),
    ],
)
def test_designators_are_not_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met three days ago.", []),
        ("The scheme began two decades ago.", []),
        ("The dam was raised four centuries ago.", []),
        ("She called 10 minutes ago.", []),
        # negatives: durations, and a count in a sentence that says "ago"
        ("The talks lasted three days.", [(3.0, "day")]),
        ("Two weeks ago, 30 workers fell ill.", [(30.0, "people")]),
    ],
)
def test_a_count_of_time_ago_is_a_point_in_time(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound that writes its own unit and a bare number after "to" are two figures
        # ("over the last three weeks" is a window since session 44: the level stays bare)
        ("Claims over the last three weeks rose to 16.8 million.", [(16800000.0, None)]),
        ("It took the jobless total over two months to 4.2 million.", [(2.0, "month"), (4200000.0, None)]),
        ("It pushed claims over six weeks to 22 million.", [(6.0, "week"), (22000000.0, None)]),
        ("It cut staff over two years to 1,200.", [(2.0, "year"), (1200.0, None)]),
        # negatives: ranges that write the unit last, on both bounds, or after a currency sign
        ("Prices rose 5 to 10 percent.", [(5.0, "percent")]),
        ("The wait was 10 minutes to 15 minutes.", [(10.0, "minute")]),
        ("Tickets cost $5 to 10.", [(5.0, "USD")]),
    ],
)
def test_a_bound_with_its_own_unit_and_a_bare_number_are_no_range(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voting is at 2344 Elm St., Apt. 1C on Monday.", []),
        ("Voting is in Suite 2F on Monday.", []),
        ("Send it to apartment 9F please.", []),
        ("The clinic moved to Suite 300 of the tower.", []),
        # negative: the word without a number after it
        # (session 40: "a night" is a rate period, as "per night" was since session 28)
        ("The suite costs $300 a night.", [(300.0, "USD/night")]),
    ],
)
def test_apartment_suite_and_exit_numbers_are_not_figures(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Between" opening a sentence is a preposition, not a name before a number ("Stoxx 600")
        ("Between 40 and 50 boats sank.", [(40.0, "boat")]),
        ("Between 3 and 4 percent of voters switched.", [(3.0, "percent")]),
        ("Between 200 and 300 firms closed.", [(200.0, "company")]),
        # negative: a capitalised name before a number stays a name
        ("The Stoxx 600 index fell 2 percent.", [(2.0, "percent")]),
    ],
)
def test_a_sentence_opening_between_is_no_name(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lincoln spoke from rooms 209 and 211 of the inn.", []),
        ("Flights leave from gates 5, 6 and 9.", []),
        ("See chapters 3 and 4 for more.", []),
        ("Rooms 12 and 14 were flooded.", []),
        # negatives: counts of rooms, and a plural noun before a figure with a unit
        ("The hotel has 20 rooms and 4 suites.", [(20.0, "room"), (4.0, "suite")]),
        ("The airline cut routes 12 percent.", [(12.0, "percent")]),
    ],
)
def test_plural_numbering_before_a_list_is_no_figure(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only by pausing can one catch the words.", []),
        ("How should one respond to that?", []),
        ("Where might one find a better deal?", []),
        # negatives: a count after a verb "do", and a count after a modal with a plural
        ("They did one test.", [(1.0, "test")]),
        ("The league could add two teams.", [(2.0, "team")]),
    ],
)
def test_one_after_a_modal_is_the_pronoun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three-digit game scores named by a result before or after them
        (
            "Ward scored 31 points in the Hawks' third straight victory, 118-109 over the Jazz.",
            [(31.0, "point")],
        ),
        ("A late dunk put the Hawks up 104-97 with 2:10 to play.", []),
        ("Boston won 112-107 over the Lakers.", []),
        ("The Nets held a 101-98 lead at the break.", []),
        # negatives: vote tallies stay figures, and so do ranges with a unit
        ("The Senate voted 212-188 against the plan.", [(212.0, None), (188.0, None)]),
        ("The House passed it 228-199 over the objections of Republicans.", [(228.0, None), (199.0, None)]),
        ("Output was 310-320 tonnes.", [(310.0, "t")]),
    ],
)
def test_three_digit_game_scores_are_not_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He hit a 3-pointer at the buzzer.", []),
        ("She sank a three-pointer from the corner.", []),
        ("A 2-pointer tied the game.", []),
        # negative: points scored are a count
        ("He scored 25 points.", [(25.0, "point")]),
    ],
)
def test_a_shot_named_by_its_worth_is_no_figure(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-digit score right after the side it is for, as headlines write it
        ("Hawks hold off BOS 118-109", []),
        ("Spurs rally past Utah 121-117", []),
        ("Late run lifts Denver 104-101", []),
        # negatives: a tally after a verb, a range with a unit after a name
        ("The Senate voted 212-188 against the plan.", [(212.0, None), (188.0, None)]),
        ("Sales at Acme rose to 120-150 units.", [(120.0, "unit")]),
    ],
)
def test_a_score_after_the_side_it_is_for_is_no_figure(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buyers get a 4K-ready streaming stick and a remote.", []),
        ("The 34-inch 1800R curved panel costs $649.", [(34.0, "in"), (649.0, "USD")]),
        ('The Vexa 15" 1080p GTX laptop costs $799.', [(15.0, "in"), (799.0, "USD")]),
        # negatives: pence in a share story, thousands written with K
        ("Shares fell to 1080p from 1200p.", [(1080.0, "pence"), (1200.0, "pence")]),
        ("Sales hit 5K units.", [(5000.0, "unit")]),
    ],
)
def test_screen_formats_on_products_are_no_figures(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the low bound of a range takes the high bound's scale word
        ("Damage reached $40-50 billion.", [(40e9, 50e9, "USD")]),
        ("Some 3-4 million people fled.", [(3e6, 4e6, "people")]),
        ("It will cost $2 to $3 billion.", [(2e9, 3e9, "USD")]),
        ("The fund is worth 1.5-2 trillion yuan.", [(1.5e12, 2e12, "CNY")]),
        # negatives: a low bound with its own scale, no scale at all, and a low bound above the high
        ("It cost $1.5 million to $2 million.", [(1.5e6, 2e6, "USD")]),
        ("Fares rose 5-6 percent.", [(5.0, 6.0, "percent")]),
        ("Sales of 500 to 2 million units.", [(500.0, 2e6, "unit")]),
    ],
)
def test_a_range_shares_its_scale_word(text: str, expected: list[tuple[float, float, str]]) -> None:
    assert [(r.value, r.value_max, r.unit) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vance hit a jumper with 55 seconds left.", []),
        ("They led by six with two minutes to play.", []),
        ("It ended with just 3 minutes remaining in the half.", []),
        # negatives: time left that is a duration, and a duration of play
        ("They had 30 minutes left to evacuate.", [(30.0, "minute")]),
        ("He played 34 minutes.", [(34.0, "minute")]),
        ("She left early, with 40 minutes to go.", [(40.0, "minute")]),
    ],
)
def test_a_game_clock_is_no_figure(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
