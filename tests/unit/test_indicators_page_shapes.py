"""Shapes of web-page text that gave wrong figures (issue 11): currency signs written after the
amount, kitchen measures, hyphens other than U+002D, dotted software versions, "3-D", numbers
in parentheses that cite sources or mark list items, and counts of people told by their verb.

Each class has made-up positives and near-miss negatives that must keep their old reading.
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost 15€ at the door.", [(15.0, "EUR")]),
        ("A used copy sells for 12$ online.", [(12.0, "USD")]),
        ("Wine costs 24 € and beer 5 €.", [(24.0, "EUR"), (5.0, "EUR")]),
        ("Entry is 8£ for adults.", [(8.0, "GBP")]),
        # the sign opens the next amount, it is no suffix of this one
        ("He swapped 5 $20 notes for coins.", [(5.0, None), (20.0, "USD")]),
        ("It costs €15 now.", [(15.0, "EUR")]),
    ],
)
def test_a_currency_sign_after_the_amount(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stir in 2 tsp salt and 3 tbsp butter.", [(2.0, "tsp"), (3.0, "tbsp")]),
        ("Pour 1/2 cup milk into the bowl.", [(0.5, "cup")]),
        ("Add 1/4 teaspoon pepper.", [(0.25, "tsp")]),
        ("You will need about 5 tablespoons of flour.", [(5.0, "tbsp")]),
        ("Whisk 2 cups of stock with the rice.", [(2.0, "cup")]),
        # a count of trophies keeps its noun; a fraction of a plural noun stays a plain value
        ("The club has won 3 cups since 1990.", [(3.0, "cup")]),
        ("About 3/4 of voters agreed.", [(0.75, None)]),
    ],
)
def test_kitchen_measures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 6\u2010month survey of 40 patients ended.", [(6.0, "month"), (40.0, "people")]),
        ("The 12\u2011week course starts soon.", [(12.0, "week")]),
        ("She ran a 10\u2010km loop.", [(10.0, "km")]),
        ("A 6-month survey of 40 patients ended.", [(6.0, "month"), (40.0, "people")]),
    ],
)
def test_other_hyphens_join_a_compound(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pin numpy==1.24.2 in the file and rebuild 4 images.", [(4.0, "image")]),
        ("Start from the python:3.11 image, not ubuntu:22.04.", []),
        ("Version 5.2.1 fixed 12 bugs.", [(12.0, "bug")]),
        ("The meeting on 12.05.2021 drew 300 people.", [(300.0, "people")]),
        # an ordinary decimal at a sentence end is a figure, and so is a ratio
        ("Growth was 2.5. Then 3 firms left.", [(2.5, None), (3.0, "company")]),
        ("Shares rose 1.5% to 12.75 yuan.", [(1.5, "percent"), (12.75, "CNY")]),
    ],
)
def test_dotted_versions_are_no_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scanner builds a 3-D model of the body.", []),
        ("Old 2-D maps hung beside 4 new maps.", [(4.0, "map")]),
        ("A 3D printer made 40 parts.", [(40.0, "part")]),
        # a compound of three with a real noun is still a figure
        ("A 3-day strike closed 12 schools.", [(3.0, "day"), (12.0, "school")]),
    ],
)
def test_dimensions_are_no_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fasting may lower blood pressure (4, 9). It can also help sleep (12). "
            "A trial of 80 adults found a 5% drop (7\u20139).",
            [(80.0, "people"), (5.0, "percent")],
        ),
        (
            "The law would (1) cut fees and (2) raise the cap to 40 seats, as studies show (3, 5).",
            [(40.0, "seat")],
        ),
        # one parenthesised number alone in a story is read as before
        ("The winner, Dana Roe (29), took home 500 dollars.", [(29.0, "year"), (500.0, "USD")]),
        (
            "Sales reached 1,200 (up from 950) last year, and costs (1,100) fell.",
            [(1200.0, None), (950.0, None), (1100.0, None)],
        ),
    ],
)
def test_numbers_citing_sources_in_parentheses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers said 812 have died.", [(812.0, "people")]),
        ("Officials fear 20,000 could die without aid.", [(20000.0, "people")]),
        ("Three die as bus overturns", [(3.0, "people")]),
        # a year before the verb is no count, nor is a number that counts a named thing
        ("By 2030 could die out entirely, the report says.", []),
        ("The 12 trees that died were replaced.", [(12.0, "tree")]),
    ],
)
def test_people_told_by_their_verb(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is a mother of two now living in Ohio.", []),
        ("It costs $4.50, the price you would pay for three elsewhere.", [(4.5, "USD")]),
        ("We sold two today and three yesterday.", []),
        ("The two now face 12 charges.", [(12.0, "charge")]),
        # an adverb before what befell people still counts them
        ("With two now dead, the critics spoke.", [(2.0, "people")]),
        ("With 3 still missing, the search went on.", [(3.0, "people")]),
        # a number in words needs a noun, so the adverb's number is no figure; a noun is still counted
        ("Two elsewhere-based firms left.", [(2.0, "company")]),
        ("They won two titles together.", [(2.0, "title")]),
    ],
)
def test_an_adverb_is_no_counted_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe J, Lee K. Skin and sun. Derm Rev. 2016;11(7). Then 40 patients joined.", [(40.0, "people")]),
        ("Lee K. Sleep. Neuro Lett. 2011;15. A trial of 30 adults followed.", [(30.0, "people")]),
        ("In: Atlas of Skin. Berlin: Verlag; 1984. p. 263\u2013267.", []),
        ("See pp. 12-19 of the report, which counts 300 farms.", [(300.0, "farm")]),
        # a year and a count after a spaced semicolon, and a clock time, stay as they were
        ("Profit peaked in 2011; 15 stores closed later.", [(15.0, "store")]),
        ("The rally began at 5 p.m. 30 people came.", [(30.0, "people")]),
    ],
)
def test_volume_and_page_references_are_no_figures(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is turning 50 next week.", [(50.0, "year")]),
        ("He turned 30 in May and moved.", [(30.0, "year")]),
        ("The road turned 90 degrees.", [(90.0, "degree")]),
        ("Sales turned 2 million dollars.", [(2000000.0, "USD")]),
    ],
)
def test_turning_a_number_is_an_age(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buy the dress in size 6 for 40 dollars.", [(40.0, "USD")]),
        ("Delegates meet at COP28 in Dubai to cut 40% of emissions.", [(40.0, "percent")]),
        ("The fund paid COP 500 million.", [(500000000.0, "COP")]),
        ("Puzzles:\n100.\nWhat has four legs?\n101.\nWhy not?", [(4.0, "leg")]),
        ("Cases by week\n2184\n", []),
        # a figure that ends its paragraph stays one
        ("The index rose to 100.\nThen 3 teams left.", [(100.0, "point"), (3.0, "team")]),
        ("Turnout was 1,250.\nIt rained.", [(1250.0, None)]),
    ],
)
def test_sizes_summits_and_lone_numbers(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Live updates\n16.06 The plane made a steep climb.\n09.52\nIn Jakarta, 3 ships searched.",
            [(3.0, "ship")],
        ),
        ("Latest\n23.45 \u201cWe are hopeful,\u201d said the chief.", []),
        # a decimal opening a line before its unit, or mid-sentence, is a figure
        ("The index fell\n12.45 points on Friday.", [(12.45, "point")]),
        ("Shares closed at 16.06 on Monday.", [(16.06, None)]),
    ],
)
def test_live_blog_times_are_no_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He rode his '92 Ninja to work.", []),
        ("The Class of \u201985 met again.", []),
        ("He said '92 percent' twice.", [(92.0, "percent")]),
        ("Rock'n'roll 45s sold 300 copies.", [(300.0, "copy")]),
    ],
)
def test_a_year_cut_to_two_digits_is_no_figure(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flight vanished with 239 on board.", [(239.0, "people")]),
        ("The ship carried 40 aboard.", [(40.0, "people")]),
        ("Today the firm employs 30 in the state.", [(30.0, "people")]),
        ("Acme hired 200 last year and laid off 45 in May.", [(200.0, "people"), (45.0, "people")]),
        # a unit or a counted noun of its own wins
        ("It employs 30 percent women.", [(30.0, "percent")]),
        ("The mill hires 12 trucks a day.", [(12.0, "truck/day")]),
        ("The board met 12 times.", [(12.0, "times")]),
    ],
)
def test_people_aboard_and_on_the_payroll(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is a 2013 series called Afterlife.", []),
        ("She wrote an 1848 novel about the sea.", []),
        ("The firm made 2000 hires.", [(2000.0, "people")]),
        ("Pour 4\u00bd cups or 1125 ml of water.", [(4.5, "cup"), (1125.0, "ml")]),
        ("He seized 215.5 kilos of cocaine.", [(215.5, "kg")]),
        ("If the two ever married, 3 guests came.", [(3.0, "people")]),
    ],
)
def test_years_after_an_article_millilitres_and_kilos(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For text relay, call 18001 0800 0282 878 (Textphone).", [(18001.0, None)]),
        ("Call (212) 555-1234 or 212-555-9876 today about 40 seats.", [(40.0, "seat")]),
        ("Notes\n- \u2191 1.0 1.1 1.2 Book of Spells, Chapter 3\nSales rose 12%.", [(12.0, "percent")]),
        ("Table\n20.10\n7.5\nSales rose 12%.", [(12.0, "percent")]),
        ("Roe J (2009). Gene maps. Bioinformatics. 25 (5): 615\u2013620. doi:10.1/x", []),
        ("Lee K. Vision. J Vis. 9: 2579\u20132605.", []),
        # a count range after a colon keeps its noun and its figures
        ("Results for 2021: 40-45 percent agreed.", [(40.0, "percent")]),
        ("The index rose to 12.5\nThen fell.", [(12.5, "point")]),
    ],
)
def test_reference_and_table_furniture(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pip-tools is one easy way to do this.", [(1.0, "way")]),
        ("Get it all in one handy email.", [(1.0, "email")]),
        ("The utility said two natural gas power plants shut.", [(2.0, "plant")]),
        ("x = 1\ndef f(): pass", [(1.0, None)]),
        ("It can infer 1 because the value is known.", [(1.0, None)]),
        ("Emissions fall 45% from 2010 levels by 2030.", [(45.0, "percent")]),
        # the noun on the number's own line and a plural count of levels stay
        ("Add 2 jars\nof honey.", [(2.0, "jar")]),
        ("Water reached 12 levels.", [(12.0, "level")]),
    ],
)
def test_counted_nouns_stay_on_their_line_and_in_their_clause(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add 6 tomatoes and 4 potatoes.", [(6.0, "tomato"), (4.0, "potato")]),
        ("There are 5 volcanoes and 12 heroes.", [(5.0, "volcano"), (12.0, "hero")]),
        ("He sold 40 shoes, 3 canoes and 10 oboes.", [(40.0, "shoe"), (3.0, "canoe"), (10.0, "oboe")]),
        ("He has 10 toes.", [(10.0, "toe")]),
    ],
)
def test_plurals_in_oes(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Winners: Dana Roe (29) and Sam Lee (34) took home 500 dollars.",
            [(29.0, "year"), (34.0, "year"), (500.0, "USD")],
        ),
        ("\u2014Macy (10) & Katie (34)", [(10.0, "year"), (34.0, "year")]),
    ],
)
def test_ages_in_parentheses_after_names_stay(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She's 42 and just got married.", [(42.0, "year")]),
        ("I was 15 in 1999, when it came out.", [(15.0, "year")]),
        ("Mateen, who is about 70, is from the east.", [(70.0, "year")]),
        ("He was 3 when they moved.", [(3.0, "year")]),
        # a count, a unit of its own or another subject is no age
        ("It was 12 in all.", [(12.0, None)]),
        ("They were 12 in all.", [(12.0, None)]),
        ("He was 70 percent sure.", [(70.0, "percent")]),
        ("I am 2 votes short.", [(2.0, "vote")]),
    ],
)
def test_an_age_told_with_to_be(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Per serving: energy (kcal) 421, fat (g) 22, sodium (mg) 708, folate (\u00b5g) 60.",
            [(421.0, "kcal"), (22.0, "g"), (708.0, "mg"), (60.0, "\u00b5g")],
        ),
        ("Sales (USD) 400 rose.", [(400.0, "USD")]),
        # a parenthesis that is no unit leaves the next figure alone
        ("The team (3) won 2 games.", [(2.0, "game")]),
        ("Take 400 mcg of folate and 250 kcal a day.", [(400.0, "\u00b5g"), (250.0, "kcal/day")]),
    ],
)
def test_a_table_row_gives_its_unit_before_the_value(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the city's population stood at about 200,000, the dam was built.", [(200000.0, "people")]),
        ("By then, the population soared to more than 3 million.", [(3000000.0, "people")]),
        ("This, in a country with a population of 40 million.", [(40000000.0, "people")]),
        ("The population grew 5 percent.", [(5.0, "percent")]),
        (
            "The fee was 1,000 bitcoin, and he put a 37 bitcoin bounty on it.",
            [(1000.0, "BTC"), (37.0, "BTC")],
        ),
        ("Please call (212) 560 \u2013 6928 today about 40 seats.", [(40.0, "seat")]),
        ("Scores were 12 - 3400 apart.", [(12.0, None), (3400.0, None)]),
    ],
)
def test_populations_bitcoin_and_spaced_phone_dashes(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's already 6 o\u2019clock now, and 3 ships left.", [(3.0, "ship")]),
        ("They met at 9 o'clock.", []),
        ("They searched a 100-square-kilometre area.", [(100.0, "sq km")]),
        ("It covers 40 square miles and a 12-square-mile park.", [(40.0, "sq mi"), (12.0, "sq mi")]),
    ],
)
def test_clock_hours_and_hyphenated_areas(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word opening a line after one with no full stop (a heading, a list
        # item) opens a sentence too: "Then 3 teams" is no name like "Stoxx 600"
        ("Figures\nSales rose 12 percent\nThen 3 teams left.", [(12.0, "percent"), (3.0, "team")]),
        ("Key points\nRoughly 40 ships searched the bay.", [(40.0, "ship")]),
        ("Update\nStill 12 boats are missing.", [(12.0, "boat")]),
        ("Storm latest\nOvernight 14 homes flooded.", [(14.0, "home")]),
        ("Update\nOver 300 people were moved.", [(300.0, "people")]),
        # a name and its number stay a name at a line's start
        ("The market\nStoxx 600 index rose 1%.", [(1.0, "percent")]),
    ],
)
def test_a_line_start_opens_a_sentence(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
