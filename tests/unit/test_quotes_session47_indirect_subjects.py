"""Session 47 (fresh web pages, Reuters copy): a named subject with a long apposition before an
indirect quote's verb (`Tom Vale, the chair of the Harbour Trust and a longtime critic of the port
contract, says that ...`) had given no quote, the subject phrase being too long to read, or, with a
clause inside the apposition, a quote of the subject phrase itself given to the body the apposition
names; a warning against a deed or to someone to do it (`warned investors to stay away`,
`cautioned against too much tinkering`) reports no clause."""

from __future__ import annotations

import pytest

from consumer.quotes import extract_quotes
from tests.unit.test_quotes import _article, _entity


def _indirect(body: str) -> list[tuple[list[str], str | None, str | None]]:
    article = _article(body)
    entities = [
        _entity(article, "Tom Vale", "PERSON", forms=("Vale",)),
        _entity(article, "Kelby Rovers", "ORGANIZATION", forms=("Rovers",)),
        _entity(article, "Harbour Trust", "ORGANIZATION"),
    ]
    return [
        ([body[s.start : s.end] for s in q.spans], q.speaker_name, q.verb)
        for q in extract_quotes(article, entities)
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause inside the apposition: the name heading the phrase speaks, not the club
        (
            "Former Kelby Rovers striker Tom Vale, a team-mate of the keeper while he was at Rovers, "
            "said it was a clever move.",
            [(["it was a clever move"], "Tom Vale", "said")],
        ),
        (
            "Tom Vale, the chair of the influential Harbour Trust and a longtime critic of the port "
            "contract, says that everything must be done to keep the port open.",
            [(["everything must be done to keep the port open"], "Tom Vale", "says")],
        ),
        # an apposition holding commas of its own
        (
            "Dr. Tom Vale, a surgeon in Kelby, Calif., who has performed 900 operations over the past "
            "ten years, noted that only five surgeons in the region do the work.",
            [(["only five surgeons in the region do the work"], "Tom Vale", "noted")],
        ),
        # where it was said, commas and all, before the clause's "that"
        (
            "Tom Vale, chief designer of the Harbour Trust's first ferry, the K-20, said in a paper "
            "published in the June issue of the Kelby Journal, a monthly on ships, that radar is a key "
            "field for crews.",
            [(["radar is a key field for crews"], "Tom Vale", "said")],
        ),
        (
            "Tom Vale said in a statement on Monday, after talks with the board, that the port would reopen.",
            [(["the port would reopen"], "Tom Vale", "said")],
        ),
        # a body heading a long interjection
        (
            "Harbour Trust, in a statement in the Sunday edition of the Kelby Times newspaper, said net "
            "profit in the period rose to 3 million.",
            [(["net profit in the period rose to 3 million"], "Harbour Trust", "said")],
        ),
    ],
)
def test_name_heading_a_long_apposition_reports_the_clause(
    body: str, expected: list[tuple[list[str], str | None, str | None]]
) -> None:
    assert _indirect(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no name closing the words before the apposition's comma: the subject stays unread
        "The long-serving and much-liked chief of the old port authority, a man with many years at "
        "the docks and a long record of service, said the work was hard.",
        # a body named inside the apposition does not speak for the phrase
        "The new chief at the docks, a man who worked for Kelby Rovers and the Harbour Trust for many "
        "years, said the work was hard.",
    ],
)
def test_no_name_heading_the_apposition_gives_no_quote(body: str) -> None:
    assert _indirect(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Tom Vale warned the board not to sell the ferry before the summer.", []),
        ("Tom Vale cautioned against too much tinkering with the old port rules.", []),
        ("Tom Vale warned investors to stay away from the shares for now.", []),
        # a clause the same subject reports after the warning is his
        (
            "Tom Vale warned against reading too much into one month of data, but said it could be "
            "an early sign of growth.",
            [(["it could be an early sign of growth"], "Tom Vale", "said")],
        ),
        # a clause with a finite verb stays
        (
            "Tom Vale warned the cost to savers would rise sharply next year.",
            [(["the cost to savers would rise sharply next year"], "Tom Vale", "warned")],
        ),
    ],
)
def test_warning_to_do_or_against_a_deed_reports_no_clause(
    body: str, expected: list[tuple[list[str], str | None, str | None]]
) -> None:
    assert _indirect(body) == expected


def test_stray_mark_after_the_stop_is_no_part_of_the_clause() -> None:
    body = 'Tom Vale said the port had ruled out paying any money for the old ferry. "\n\nThe next paragraph.'
    assert _indirect(body) == [
        (["the port had ruled out paying any money for the old ferry"], "Tom Vale", "said")
    ]
