"""Session 49 (read on wire and broadcast copy of 1989-2006): the count inside an index's name
("the 40-share index", "the 250-stock composite index") names the index, no figure; a count of
shares or stocks outside a name stays one. A year spoken in words, as broadcast transcripts write
it ("nineteen ninety-four", "the year two thousand"), is a date, no figure. A movement then its
level ("down two to 31 percent", "rose from 2 yuan to 2.6 yuan per kilo", "fell 4.2, or 1.1% to
380.12") are two figures, not one range; a range of moves ("rose 5 to 10 percent") stays one.
Market reports' stronger verbs move a figure too ("leaped $2", "dived $8", "rocketed 9 1/2"). A
toll or a count of the dead without its noun counts people ("the death toll ... has risen to 40",
"The victims numbered 213"). A level then ", off" and a move is a fall ("closed at $23.25, off 12.5
cents", "transportation 1190.43, off 14.76").
Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_rows


def _rows(text: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [(r.value, r.value_max, r.unit, r.change) for r in page_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The benchmark 40-share index fell 12.5 points to 2,310.4.",
            [(12.5, None, "point", "down"), (2310.4, None, "point", None)],
        ),
        (
            "Shares in the 250-stock composite index rose 1.2 percent on Friday.",
            [(1.2, None, "percent", "up")],
        ),
        ("Dealers said trading was confined to the 50-share index stocks.", []),
    ],
)
def test_the_count_in_an_index_name_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 500-share block of the stock changed hands on Monday.", [(500.0, None, "share", None)]),
        ("The 12-member index committee met on Monday.", [(12.0, None, "people", None)]),
        ("Fund managers hold 40 stocks in the index.", [(40.0, None, "stock", None)]),
    ],
)
def test_counts_of_shares_outside_a_name_stay(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The station was rebuilt in nineteen eighty-four and closed in nineteen ninety-nine.", []),
        ("Voters go back to the polls in two thousand four.", []),
        ("Many groups are preparing for the year two thousand.", []),
        ("The fire of nineteen oh-six destroyed the town.", []),
        ("It recalled a nineteen ninety-seven attack on the lounge.", []),
    ],
)
def test_a_spoken_year_is_no_figure(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge cost nineteen million dollars.", [(19000000.0, None, "USD", None)]),
        ("Ninety-six percent of members voted yes.", [(96.0, None, "percent", None)]),
        ("Some two thousand people marched in the capital.", [(2000.0, None, "people", None)]),
        ("The mill cut its payroll by two thousand.", [(2000.0, None, None, "down")]),
        (
            "Nineteen miners were rescued after twenty hours.",
            [(19.0, None, "people", None), (20.0, None, "hour", None)],
        ),
    ],
)
def test_spelled_counts_stay_figures(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Support for the Greens was down two to 31 percent, while Labour was up three to 40 percent.",
            [
                (2.0, None, "percentage_point", "down"),
                (31.0, None, "percent", None),
                (3.0, None, "percentage_point", "up"),
                (40.0, None, "percent", None),
            ],
        ),
        (
            "The price of rice rose from 2 yuan to 2.6 yuan per kilo last week.",
            [(2.0, None, "CNY/kg", None), (2.6, None, "CNY/kg", None)],
        ),
        (
            "Rents climbed from 800 dollars to 950 dollars a month.",
            [(800.0, None, "USD/month", None), (950.0, None, "USD/month", None)],
        ),
        (
            "The index fell 4.2, or 1.1% to 380.12 on Friday.",
            [(4.2, None, "point", "down"), (1.1, None, "percent", "down"), (380.12, None, "point", None)],
        ),
    ],
)
def test_a_move_then_its_level_is_no_range(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estimates ranged from $1 million to $1.5 million.", [(1000000.0, 1500000.0, "USD", None)]),
        ("Temperatures dropped by 1 to 1.5 degrees overnight.", [(1.0, 1.5, "degree", "down")]),
        ("Sales rose 5 to 10 percent in most regions.", [(5.0, 10.0, "percent", "up")]),
        ("Output fell between 2 and 3 percent.", [(2.0, 3.0, "percent", None)]),
    ],
)
def test_ranges_of_moves_and_levels_stay(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Roe Corp. leaped $2 to $18.50.", [(2.0, None, "USD", "up"), (18.5, None, "USD", None)]),
        (
            "Shares of Roe Corp. dived $2.25 to $18.50.",
            [(2.25, None, "USD", "down"), (18.5, None, "USD", None)],
        ),
        (
            "Pell Inc. rocketed $9.25 to $41 in heavy trading.",
            [(9.25, None, "USD", "up"), (41.0, None, "USD", None)],
        ),
        ("Profits skyrocketed 40 percent last year.", [(40.0, None, "percent", "up")]),
    ],
)
def test_more_verbs_of_movement(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


def test_a_restated_range_stays_a_range() -> None:
    text = "The charge will cost it $3 million to $4 million, or 15 cents to 20 cents a share."
    assert _rows(text)[-1] == (15.0, 20.0, "cent/share", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from last week's ferry sinking off the coast has climbed to 63.",
            [(63.0, None, "people", None)],
        ),
        ("Ferry toll rises to 63", [(63.0, None, "people", None)]),
        (
            "The death toll in the ferry sinking, initially 41, has risen to 63, officials said.",
            [(41.0, None, "people", None), (63.0, None, "people", None)],
        ),
        ("That brought the toll for both storms to 118.", [(118.0, None, "people", None)]),
        (
            "The victims in the capital numbered 87, including four children.",
            [(87.0, None, "people", None), (4.0, None, "people", None)],
        ),
        ("Those who died are well over 300, the minister said.", [(300.0, None, "people", None)]),
        ("The dead numbered 19.", [(19.0, None, "people", None)]),
    ],
)
def test_a_toll_or_count_of_the_dead_without_its_noun_counts_people(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge toll rose to 4 dollars on Monday.", [(4.0, None, "USD", None)]),
        ("The toll on the new motorway was set at 12 euros.", [(12.0, None, "EUR", None)]),
        ("The victims' families received 40 each.", [(40.0, None, None, None)]),
        ("Highway tolls rose to 16 this year.", [(16.0, None, None, None)]),
    ],
)
def test_tolls_in_money_and_other_counts_stay(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pell shares closed at $41.25, off 50 cents, in heavy trading.",
            [(41.25, None, "USD", None), (50.0, None, "cent", "down")],
        ),
        (
            "The dollar ended at 131.20 yen, off 0.35.",
            [(131.2, None, "JPY", None), (0.35, None, None, "down")],
        ),
        (
            "Rail stocks closed at $12.50 a share, off $1.25 a share.",
            [(12.5, None, "USD/share", None), (1.25, None, "USD/share", "down")],
        ),
    ],
)
def test_a_level_then_off_and_its_move_is_down(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant laid off 120 workers last year.", [(120.0, None, "people", None)]),
        ("Crews set off 40 fireworks over the harbour.", [(40.0, None, "firework", None)]),
        (
            "After two days off, 30 workers returned.",
            [(2.0, None, "day", None), (30.0, None, "people", None)],
        ),
    ],
)
def test_other_offs_stay_as_they_were(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected
