"""Units of six shapes of figures (session twenty-five).

- nouns of people by their suffix ("-ician", "-illionaire") and a few more that news counts
  ("cops", "flight attendants") are ``people``; "-ist" nouns keep their reading;
- storage, bit-rate, displacement and millisecond symbols (``KB``, ``kbit/s``, ``cc``, ``ms``);
- "tons" restated in metric tons or tonnes are short tons (``ton``), bare "tons" stay ``t``;
- a bare level after "from N things to" counts the same things;
- a compound modifier written without its hyphen ("a 2,000 calorie diet") counts its first noun,
  and "people" is never a modifier of the plural after it ("1.1 million people ages 30");
- an abbreviation in capitals after a count is the counted noun ("3 TDs", "2 QH");
- a participle in -ing that is never a noun modifies the noun after "one" ("One remaining
  question"); nouns in -ing stay the count ("Only one painting sold");
- a word in -s before an article, possessive, pronoun, "to" or "that" after "one" and its noun
  is the verb ("One painting depicts a horse" counts paintings).
"""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clinic hired two technicians.", [(2.0, "people")]),
        ("Three electricians and four statisticians signed.", [(3.0, "people"), (4.0, "people")]),
        ("With one billionaire onstage, the debate changed.", [(1.0, "people")]),
        ("Two bandits drew their weapons and two cops were shot.", [(2.0, "people"), (2.0, "people")]),
        ("Four flight attendants were on board.", [(4.0, "people")]),
        ("Police arrested 12 militants.", [(12.0, "people")]),
    ],
)
def test_people_by_suffix(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He recorded five assists against the Hawks.", [(5.0, "assist")]),
        ("The list has 12 finalists this year.", [(12.0, "finalist")]),
        ("He added two playlists to the app.", [(2.0, "playlist")]),
        ("The plot has three twists.", [(3.0, "twist")]),
        ("The form asks one questionnaire item.", [(1.0, "questionnaire")]),
    ],
)
def test_things_near_person_suffixes_stay_things(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The limit is 150 KB per file.", [(150.0, "KB")]),
        ("The line carried data at 64 kbps.", [(64.0, "kbit/s")]),
        ("Riders should start with a 250cc bike.", [(250.0, "cc")]),
        ("The panel has a 4ms response time.", [(4.0, "ms")]),
        ("The signal takes 60 milliseconds.", [(60.0, "ms")]),
    ],
)
def test_more_symbols(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_ms_title_is_no_unit() -> None:
    assert _figures("The coach thanked 12 Ms Lee supporters.") != [(12.0, "ms")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They found about 2,300 tons (2,095 metric tons) of ice.", [(2300.0, "ton"), (2095.0, "t")]),
        ("A pool holds about 2,750 tons, or 2,500 metric tons, of water.", [(2750.0, "ton"), (2500.0, "t")]),
        ("The ship carried 1,000 tonnes (1,102 tons) of grain.", [(1000.0, "t"), (1102.0, "ton")]),
    ],
)
def test_tons_restated_in_tonnes_are_short_tons(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port handled 2,300 tons of coal.", [(2300.0, "t")]),
        ("Output was 2,300 tons, or 12 percent of the total.", [(2300.0, "t"), (12.0, "percent")]),
        ("The mill made 300 tons (up 5 percent) of steel.", [(300.0, "t"), (5.0, "percent")]),
    ],
)
def test_bare_tons_stay_tonnes(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain grew from 100 stores to 1,100 last year.", [(100.0, "store"), (1100.0, "store")]),
        ("The garrison shrank from 9,800 troops to 2,500.", [(9800.0, "people"), (2500.0, "people")]),
        ("The net grew from 30,000 sensors to about 55,000.", [(30000.0, "sensor"), (55000.0, "sensor")]),
    ],
)
def test_from_count_to_bare_level(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_move_to_level_stays_bare() -> None:
    # "up 40 points to 4,512": a move, then a level that is no more points
    assert _figures("The gauge rose 40 points to 4,512.")[1] == (4512.0, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors advise a 2,000 calorie diet.", [(2000.0, "calorie")]),
        ("The 2,812 piece set is large.", [(2812.0, "piece")]),
        ("They wrote a 500 page report.", [(500.0, "page")]),
        ("The club built an 18 hole course.", [(18.0, "hole")]),
        ("The 25 person crew left.", [(25.0, "people")]),
        ("About 1.1 million people ages 30 or younger qualified.", [(1100000.0, "people"), (30.0, "year")]),
    ],
)
def test_compound_without_hyphen(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 27 member states agreed.", [(27.0, "state")]),
        ("Data show that 67,000 research staff were hired.", [(67000.0, "people")]),
        ("She booked a 5 star hotel.", [(5.0, None)]),
    ],
)
def test_compound_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He threw for 300 yards with 3 TDs and 2 INTs.", [(300.0, "yd"), (3.0, "TD"), (2.0, "INT")]),
        ("He had 1 sack, 1 TFL, 2 QH.", [(1.0, "sack"), (1.0, "TFL"), (2.0, "QH")]),
        ("The bill passed with 12 MPs against it.", [(12.0, "people")]),
        ("The fund has 3 ETFs and 2 IPOs planned.", [(3.0, "ETF"), (2.0, "IPO")]),
    ],
)
def test_abbreviation_counted(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Visitors from 3 US states and 12 EU countries came.", [(3.0, "state"), (12.0, "country")]),
        ("Paris hosted 7 NBA games.", [(7.0, "game")]),
        ("The talks start at 10 AM.", []),
    ],
)
def test_abbreviation_modifier_or_time(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One remaining question was about the budget.", [(1.0, "question")]),
        ("The deal offers one mitigating factor.", [(1.0, "factor")]),
        ("One bright note came from exports.", [(1.0, "note")]),
        ("One interesting detail emerged.", [(1.0, "detail")]),
    ],
)
def test_participle_before_the_counted_noun(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one painting sold at the auction.", [(1.0, "painting")]),
        ("One building collapsed in the storm.", [(1.0, "building")]),
        ("Updated 0203 GMT (1003 HKT) on Monday, 12 cases were found.", [(12.0, "case")]),
    ],
)
def test_ing_nouns_and_zones_keep_reading(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One painting depicts a horse.", [(1.0, "painting")]),
        ("One study shows that sleep matters.", [(1.0, "study")]),
        ("One bus carries the children.", [(1.0, "bus")]),
        ("One region grows its own rice.", [(1.0, "region")]),
    ],
)
def test_verb_in_s_after_a_count_of_one(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_noun_compound_after_a_count_stays() -> None:
    assert _figures("Two sister ships sailed.") == [(2.0, "ship")]
