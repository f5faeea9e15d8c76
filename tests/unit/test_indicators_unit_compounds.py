"""Units of six shapes of figures found on news pages (session twenty-seven).

- "N-plus" says "or more", as a glued "+" does: the noun after it is counted ("20-plus
  employees", "a 30-plus-year career");
- "second" after a space and before a hyphen is an ordinal opening a compound adjective, no time
  unit ("four second-place finishes"); glued by its own hyphen it stays seconds;
- "won" is no currency before "'t" or as the verb before its object ("one won't", "the two won
  the title"), and "one" before a negated or irregular past verb is the pronoun;
- a glued "m" before a compass point or a dimension word is metres ("200m south of");
- a noun compound a dictionary lists as one thing is the unit whole ("four home runs");
- a closing quotation mark after a modifier does not end the walk to the counted noun.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery has 20-plus employees.", [(20.0, "people")]),
        ("She spent 40-plus years at the mill.", [(40.0, "year")]),
        ("The fund lost 100-plus dollars a share.", [(100.0, "USD/share")]),
        ("A 30-plus-year career ended.", [(30.0, "year")]),
    ],
)
def test_plus_word_says_or_more(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_plus_word_near_misses() -> None:
    assert _figures("The bakery has 20+ employees.") == [(20.0, "people")]
    assert _figures("Scores were 3-plus for the round.") == [(3.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mare had four second-place finishes.", [(4.0, "finish")]),
        ("Marlow scored two second-half goals.", [(2.0, "goal")]),
        ("They made three second-round picks.", [(3.0, "pick")]),
    ],
)
def test_second_before_a_hyphen_is_an_ordinal(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_seconds_stay_seconds() -> None:
    assert _figures("The ad ran for 30 seconds.") == [(30.0, "second")]
    assert _figures("They aired a 30-second-long ad.") == [(30.0, "second")]
    assert _figures("He won in 12 seconds flat.") == [(12.0, "second")]


@pytest.mark.parametrize(
    "text",
    [
        "Perhaps one won't reach the finish line.",
        "Perhaps one won\u2019t reach the finish line.",
        "The two won the title in May.",
        "It is similar to one struck last year.",
        "A folder is made if one did not exist.",
    ],
)
def test_pronoun_one_and_the_verb_won(text: str) -> None:
    assert _figures(text) == []


def test_won_stays_a_currency() -> None:
    assert _figures("A ticket costs 5,000 won.") == [(5000.0, "KRW")]
    assert _figures("It raised 5 billion won last year.") == [(5e9, "KRW")]
    assert _figures("Lee won 3,000 won at cards.") == [(3000.0, "KRW")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new find lies 200m south of the old pit.", [(200.0, "m")]),
        ("The shaft is 300m deep and narrow.", [(300.0, "m")]),
        ("A 40m high tower stands on the hill.", [(40.0, "m")]),
        ("The reef is 500m offshore, near shares of the port.", [(500.0, "m")]),
    ],
)
def test_glued_m_before_a_distance_word_is_metres(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


def test_glued_m_money_stays_millions() -> None:
    assert _figures("The firm raised 200m from investors.") == [(2e8, None)]
    assert _figures("It signed a 500m long-term loan.") == [(5e8, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarrow hit four home runs in May.", [(4.0, "home run")]),
        ("Lee threw two touchdown passes.", [(2.0, "touchdown pass")]),
        ("Nearly 300 school districts closed.", [(300.0, "school district")]),
        ("One home run decided it.", [(1.0, "home run")]),
        ("Only one parking space was left.", [(1.0, "parking space")]),
    ],
)
def test_listed_noun_compounds_are_the_unit(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_other_noun_modifiers_stay_modifiers() -> None:
    assert _figures("It has 27 member states.") == [(27.0, "state")]
    assert _figures("They held six competition days.") == [(6.0, "day")]
    assert _figures("He bought one home last year.") == [(1.0, "home")]


def test_closing_quote_after_a_modifier() -> None:
    assert _figures("They paid six foreign \u201csupplier\u201d companies.") == [(6.0, "company")]
    assert _figures('They paid six "shell" firms.') == [(6.0, "company")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency reported 1,517 new infections Sunday, bringing the state total to 65,170.",
            [(1517.0, "people"), (65170.0, "people")],
        ),
        (
            "Some 749 people tested positive in 24 hours, raising the tally to 13,274.",
            [(749.0, "people"), (24.0, "hour"), (13274.0, "people")],
        ),
        ("Harlow Motors sold 40 cars in May to bring its total to 900.", [(40.0, "car"), (900.0, "car")]),
    ],
)
def test_running_total_counts_what_the_count_before_it_counts(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


def test_running_total_near_misses() -> None:
    # a share is no count; a total in another sentence sums nothing named here
    assert _figures("Shares rose 5 percent, bringing the total to 300.") == [(5.0, "percent"), (300.0, None)]
    assert _figures("Harlow sold 40 cars. The total was 900.") == [(40.0, "car"), (900.0, None)]
    # a level after "to" with no total stays bare
    assert _figures("Lee sold 40 cars in May and the price rose to 900.") == [(40.0, "car"), (900.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain had 4,000 stores in May, down from 4,500.", [(4000.0, "store"), (4500.0, "store")]),
        ("Joblessness fell to 5.1 percent, down from 5.3 in May.", [(5.1, "percent"), (5.3, "percent")]),
        ("Harlow sold 12 cars in May, up from about 9.", [(12.0, "car"), (9.0, "car")]),
    ],
)
def test_basis_after_up_or_down_from_takes_the_level_unit(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


def test_basis_near_misses() -> None:
    # a duration before "up from" is a window, not the level compared
    assert _figures("There were 12 cases in 24 hours, up from 9.")[-1] == (9.0, None)
    # a bare level compares nothing written
    assert _figures("It closed at 4,512, up from 4,400.") == [(4512.0, None), (4400.0, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The agency says 2018 figures show a rise.",
        "The state sold bonds out of its 2018 securities.",
        "Despite superficial 2001 influences, the film works.",
        "The forecast for 2020 includes a wet spring.",
    ],
)
def test_recent_year_before_a_noun_is_a_year(text: str) -> None:
    assert _figures(text) == []


def test_hedged_or_round_counts_stay_counts() -> None:
    assert _figures("Belvoir has around 1800 houses.") == [(1800.0, "house")]
    assert _figures("The rules run to about 2015 pages.") == [(2015.0, "page")]
    assert _figures("A total of 2019 people came.") == [(2019.0, "people")]
    assert _figures("The code runs to 2000 pages.") == [(2000.0, "page")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow hit 118F on Monday. Temperatures of 110 degrees are due Friday.",
            [(118.0, "F"), (110.0, "F")],
        ),
        ("The heatwave pushed the mercury to 40C. Highs of 38 degrees follow.", [(40.0, "C"), (38.0, "C")]),
        ("It was minus 5 Celsius at dawn; the low tonight is 2 degrees.", [(-5.0, "C"), (2.0, "C")]),
    ],
)
def test_bare_degrees_of_heat_take_the_named_scale(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


def test_degrees_without_one_named_scale_stay_degrees() -> None:
    assert _figures("Temperatures reached 40 degrees.") == [(40.0, "degree")]
    assert _figures("It was 40C in Rome. The skater turned 180 degrees.") == [(40.0, "C"), (180.0, "degree")]
    both = "It was 40C in Rome and 104 Fahrenheit in Tarvia. Highs of 38 degrees will follow."
    assert _figures(both)[-1] == (38.0, "degree")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one double-digit seed has reached the final.", [(1.0, "seed")]),
        ("He had one long meeting with Lee.", [(1.0, "meeting")]),
        ("It took one short walk to the pier.", [(1.0, "walk")]),
        ("She gave one full account in May.", [(1.0, "account")]),
    ],
)
def test_plain_adjective_after_one_is_no_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


def test_nouns_after_one_stay_nouns() -> None:
    assert _figures("Only one seed has reached it.") == [(1.0, "seed")]
    assert _figures("Two long delays hit the line.") == [(2.0, "delay")]
    assert _figures("The city freed 12 slaves.") == [(12.0, "slave")]
    assert _figures("A 4,000-strong crowd waited.") == [(4000.0, "people")]
