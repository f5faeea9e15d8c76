"""A scraped text's top line "<name>, <date>" names its source only when the name is no day, no
writer's credit and no prose: blogs and web pages open on "Wednesday, August 15, 2012" or
"by Jo Roe on Wednesday, October 19, 2011", whose words are no agency (an organisation entity
of the item otherwise)."""

from __future__ import annotations

import pytest

from consumer.events import Article
from consumer.parse import parse_item

BODY = (
    "The Marlow Harbor board said on Tuesday that it would open a second ferry pier next spring.\n\n"
    "The pier will cost about 4 million dollars, the board said in a statement."
)


def _parsed(top_line: str) -> Article:
    return parse_item(f"Harbor board plans second ferry pier\n{top_line}\n\n{BODY}".encode())


@pytest.mark.parametrize(
    "top_line",
    [
        "Wednesday, August 15, 2012",
        "Thursday, 1 November 2012",
        "posted on Tuesday, March 6, 2012",
        "DateMonday, November 05, 2012",
    ],
)
def test_a_day_or_prose_before_the_date_is_no_agency(top_line: str) -> None:
    assert _parsed(top_line).source.agency is None


@pytest.mark.parametrize(
    ("top_line", "writer"),
    [
        ("by Marta Velloso on Wednesday, October 19, 2011 at 1:31pm", "Marta Velloso"),
        ("By Orrin Tessaly, 18 August 2010", "Orrin Tessaly"),
        ("Posted by Dalia Quern - Friday, March 9, 2012", "Dalia Quern"),
        ("written by Kel Ambry, May 2, 2012", "Kel Ambry"),
    ],
)
def test_a_writers_credit_before_the_date_is_the_byline(top_line: str, writer: str) -> None:
    article = _parsed(top_line)
    assert article.source.agency is None
    assert article.byline == writer


@pytest.mark.parametrize(
    ("top_line", "agency"),
    [
        ("Xinhua, April 20, 2017", "Xinhua"),
        ("Harbor Ledger, April 20, 2017", "Harbor Ledger"),
        ("Marlow Sun, April 20, 2017", "Marlow Sun"),
        ("Ministry of Harbor Affairs, April 20, 2017", "Ministry of Harbor Affairs"),
        ("harborledger.com.kl, April 20, 2017", "harborledger.com.kl"),
    ],
)
def test_a_source_name_before_the_date_stays_the_agency(top_line: str, agency: str) -> None:
    assert _parsed(top_line).source.agency == agency
