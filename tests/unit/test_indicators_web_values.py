"""Classes of figure value and unit error seen on fresh web pages (issue 11, session twenty-two).
Every text is our own; each class keeps negatives next to its positives, so a rule that drops or
changes the ordinary figure fails here.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures
from tests.unit.indicator_texts import page_rows as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duration compound measures what it modifies, as the conventions' "a 15-year plan"
        ("The museum ended its 25-year partnership with the trust.", [(25.0, "year")]),
        ("Agents held a three-hour interview with the suspect.", [(3.0, "hour")]),
        ("Crews sleep through most of the 180-day cruise.", [(180.0, "day")]),
        ("It is the second 90-day extension of the permit.", [(90.0, "day")]),
        ("Nothing will undo a 40-year stagnation in wages.", [(40.0, "year")]),
        ("Guards keep up 24-hour monitoring of the site.", [(24.0, "hour")]),
        # negatives: the term of an instrument or an agreement, and a duration inside a name
        ("The 10-year bond yield rose.", []),
        ("She signed a two-month contract with the league.", []),
        ("Applicants get a three-year work permit.", []),
        ("The firm holds a 20-year licence to mine.", []),
        ("The grant comes with a five-year $700,000 award.", [(700000.0, "USD")]),
        ("He fought in the Six-Day War as a young man.", []),
        ("Delegates drafted the 14th Five-Year Plan in Beijing.", []),
    ],
)
def test_duration_compounds_are_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash between two small whole numbers before a plural noun is a range of things
        ("A script runs 25-40 pages for each episode.", [(25.0, 40.0, "page")]),
        ("Each act has 3-5 scenes.", [(3.0, 5.0, "scene")]),
        ("Volunteers planted 10-12 trees on each block.", [(10.0, 12.0, "tree")]),
        # negatives: scores stay no figures, also before a result noun, and a falling pair
        ("City beat Rovers 3-1 on Saturday.", []),
        ("The side won 4-2 victories in a row.", []),
        ("They beat the Suns 5-3 and moved up.", []),
        ("Adults need 7-9 hours of sleep.", [(7.0, 9.0, "hour")]),
    ],
)
def test_dash_ranges_of_counted_things(text: str, expected: list[tuple[float, float, str]]) -> None:
    assert [(r.value, r.value_max, r.unit) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N more / less <plural>" counts the plural, and "yes" modifies the votes after it
        ("The measure drew 3,100 more votes than the rival plan.", [(3100.0, "vote", "up")]),
        ("The airport can now land 12 more planes each hour.", [(12.0, "plane", "up")]),
        ("We cannot wait 20 more years for a raise.", [(20.0, "year", "up")]),
        ("The plan won 18,500 yes votes.", [(18500.0, "vote", None)]),
        # negatives: "more than" and a bare "more" count nothing we can name
        ("The team scored 5 more than last year.", [(5.0, None, "up")]),
        ("He needs 2 more.", [(2.0, None, "up")]),
        ("Sales were 10 percent more than forecast.", [(10.0, "percent", "up")]),
    ],
)
def test_counted_noun_after_more(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(r.value, r.unit, r.change) for r in _rows(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N and / or M <unit>": the first figure takes the unit (and scale) written after the second
        ("Fees can amount to 2 or 3 percent of each sale.", [(2.0, "percent"), (3.0, "percent")]),
        ("The crater is about 1,800 and 2,400 miles wide.", [(1800.0, "mi"), (2400.0, "mi")]),
        ("About 1.5 or 2 million people may move.", [(1500000.0, "people"), (2000000.0, "people")]),
        ("Delegates from 12 and 15 countries met.", [(12.0, "country"), (15.0, "country")]),
        # negatives: no unit after the second, a unit of its own, more words between, "between"
        ("Scores were 4 or 5 on most days.", [(4.0, None), (5.0, None)]),
        ("The vote was 52 and the turnout 60 percent.", [(52.0, None), (60.0, "percent")]),
        ("The fund paid $2 and 5 percent of the rest.", [(2.0, "USD"), (5.0, "percent")]),
        ("Prices rose between 3 and 4 percent.", [(3.0, "percent")]),
    ],
)
def test_coordinated_figures_share_the_unit(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of saying is never the counted noun: the speaker before it is a person
        ("One relative said the house was empty.", [(1.0, "people")]),
        ("One academic told the panel that pay was low.", [(1.0, "people")]),
        ("One Republican said the bill would fail.", [(1.0, "people")]),
        # ... and "one" right before it is the pronoun
        ('"It was awful," one said.', []),
        ("But one cannot ignore the cost.", []),
        # negatives: a participle before a noun, a company, and a verb after a figure's noun
        ("One added benefit is speed.", [(1.0, "benefit")]),
        ("One company said it would cut 300 jobs.", [(1.0, "company"), (300.0, "job")]),
        ("Shares added 5 percent.", [(5.0, "percent")]),
        ("Coasts would change, a 2014 study warned.", []),
    ],
)
def test_verbs_of_saying_are_no_counted_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fraction character glued to digits, and agency style "5-1/2", write one mixed number
        ("The tape has an 18\u00bd-minute gap.", [(18.5, "minute")]),
        ("The team is 5\u00bd games back.", [(5.5, "game")]),
        ("The board is 2\u00bc inches thick.", [(2.25, "in")]),
        ("Shares rose 1-1/2 points.", [(1.5, "point")]),
        ("The bond pays 3-1/4 percent.", [(3.25, "percent")]),
        # negatives: a score, a date-like pair and the spaced mixed number stay as they were
        ("He is 6 1/2 feet tall.", [(6.5, "ft")]),
        ("The score was 24-7.", []),
        ("Prices rose 5 percent and 1/2 of stores closed.", [(5.0, "percent"), (0.5, None)]),
    ],
)
def test_mixed_numbers_with_fraction_characters(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a 10-year high" is the window an extreme is measured over, like "the highest in 10 years"
        ("Oil hit a 10-year high on Monday.", []),
        ("The yuan fell to a three-month low.", []),
        ("The index closed at a 52-week low of 3,100.", [(3100.0, None)]),
        ("Brent fell to a 5-1/2 year low below $57 a barrel.", [(57.0, "USD/barrel")]),
        # negatives: a high school, and durations that are the quantity
        ("She ran a 10-year high school program.", [(10.0, "year")]),
        ("The drought lasted 10 years.", [(10.0, "year")]),
        ("Agents held a three-hour interview with the suspect.", [(3.0, "hour")]),
    ],
)
def test_window_of_an_extreme_is_no_figure(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the variant after a model code's hyphen names the model, like the code itself
        ("The jet, an Airbus A320-200, lost contact.", []),
        ("The Tu154M-100 landed at dawn.", []),
        ("Crews flew the MH60-300 home.", []),
        ("The carrier leased a B737-800 last year.", []),
        # negatives: a range, and a count after a hyphenated word
        ("Sales rose 5-10 percent.", [(5.0, "percent")]),
        ("Covid-related deaths rose to 40 people.", [(40.0, "people")]),
    ],
)
def test_model_variants_are_no_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
