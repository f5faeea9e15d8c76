"""Session 47 (read on fresh web pages of 2012): three more dialling shapes are no figures (an
international number after its plus in short groups, a toll-free number spelled with letters, a
wire desk's number with hyphened country and area codes); the counters of a blog's numbered
comment list, a byline's count of comments or views between its separators and a commenter's
tally are no figures; a person's age told with a contracted or modal "to be", or before
"that", is in years. Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    "text",
    [
        "Ships should call the duty desk on +968 42 71 80465 at once.",
        "Vessels report by phone, +254-20-71-0044, day or night.",
        "Consumer line: 888-ASK-FIRM for help.",
        "Orders: 877-GO-TRAIN.",
        "-- Perth Newsroom 61-8 9321-4400",
    ],
)
def test_more_phone_shapes_are_no_figures(text: str) -> None:
    assert page_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: a table's signed changes, a short signed row, a score and a count
        ("Balance +4,172 +3,905 +11,238", [(4172.0, None), (3905.0, None), (11238.0, None)]),
        ("Changes were +12 15 18 in the table.", [(12.0, None), (15.0, None), (18.0, None)]),
        ("He won 61-2 in the final set before 9321 fans.", [(9321.0, "people")]),
        ("The line sold 888 units in May.", [(888.0, "unit")]),
    ],
)
def test_signed_rows_and_counts_stay(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


_COMMENTS = (
    "What a lovely recipe.\n\n"
    "2 Dana Roe March 3, 2014 at 9:12 pm\n"
    "Made it 12 times already.\n\n"
    "  3 Two Small Cooks March 4, 2014 at 7:05 am\n"
    "So good!\n"
)


def test_numbered_comment_headers_are_no_figures() -> None:
    assert page_figures(_COMMENTS) == [(12.0, "times")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by Ann Roe on May 6, 2014 \u00b7 7 comments\nVoting matters.", []),
        ("Cafe Opening Soon by Ann Roe | 35 views | May 9, 2014 at 6:20 pm | 0 Comments\nIt opens.", []),
        ("Published on May 5th, 2014 Read the 9 comments \u00bb\nThe film took 12 hours.", [(12.0, "hour")]),
        ("3\nHarbor Hound\nTotal Comments (2381)\nMay 12, 2014 08:14 PM ET\nNice.", []),
        # negatives: counts of comments and views the story tells
        ("This post had 212 likes and 57 comments such as praise.", [(212.0, "like"), (57.0, "comment")]),
        ("The video drew more than 640,000 views.", [(640000.0, "view")]),
        ("We got 40 comments: 12 people objected.", [(40.0, "comment"), (12.0, "people")]),
    ],
)
def test_comment_and_view_counts_of_the_page(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: one dated line alone is the story's own
        (
            "Rescuers found 14 bodies.\n12 homes burned March 3, 2014 at 9:12 pm\nMore later.",
            [(14.0, "body"), (12.0, "home")],
        ),
    ],
)
def test_one_dated_line_keeps_its_count(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Note that if you're 55 or older, you can save more.", [(55.0, "year")]),
        ("If you\u2019re 65, the rules differ.", [(65.0, "year")]),
        ("His uncle would have loved it. He'd be just 41, so young.", [(41.0, "year")]),
        ("He will be 18 when the law changes.", [(18.0, "year")]),
        ("She said she had known since she was 12 that she wanted to fly.", [(12.0, "year")]),
        # negatives: a unit after the number, and "we", who may be counted
        ("You'd be 10 minutes late.", [(10.0, "minute")]),
        ("We'll be 12 at dinner.", [(12.0, None)]),
    ],
)
def test_ages_told_with_contracted_or_modal_be(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected
