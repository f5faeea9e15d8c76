"""A blog's, a network-news or a tech site's date heading at the top of a scraped page: the
date block one part a line, the date with a time and a zone, the date with the writer's credit
in either order. It is the page's source line: never the headline, never the body's first
paragraph; the writer and the date are taken from it."""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.events import Article
from consumer.parse import parse_item
from consumer.parse.dates import parse_time

HEADLINE = "Harbor board plans second ferry pier"
LEAD = (
    "The Marlow Harbor board said on Tuesday that it would open a second ferry pier"
    " on the north quay next spring."
)
BODY = f"{LEAD}\n\nThe pier will cost about 4 million dollars, the board said in a statement."


def _parsed(text: str) -> Article:
    return parse_item(text.encode())


def _when(article: Article) -> dt.datetime:
    assert isinstance(article.published_at, dt.datetime)
    return article.published_at


@pytest.mark.parametrize(
    "top",
    [
        "14\nMar\n2031\n3:05pm, EDT",  # the date block, one part a line
        "Mar 14, 2031 - 3:05PM PT",
        "March 14, 2031 3:05 pm AEST",
        "12comments\n14\nMar\n2031\n3:05pm, EDT",  # the post's comment count above the block
    ],
)
def test_a_date_heading_above_the_headline_is_no_headline(top: str) -> None:
    article = _parsed(f"{top}\n{HEADLINE}\n\nBy Orla Penhallow\n\n{BODY}")
    assert article.headline == HEADLINE
    assert article.byline == "Orla Penhallow"
    assert article.body.paragraphs[0] == LEAD
    when = _when(article)
    assert (when.date(), when.hour, when.minute) == (dt.date(2031, 3, 14), 15, 5)


def test_a_date_heading_with_the_writer_above_the_headline() -> None:
    article = _parsed(f"March 14, 2031 3:05 pm AEST — By Orla Penhallow\n{HEADLINE}\n\n{BODY}")
    assert (article.headline, article.byline) == (HEADLINE, "Orla Penhallow")
    assert article.body.paragraphs[0] == LEAD


@pytest.mark.parametrize(
    ("credit", "hour"),
    [
        ("March 14th, 2031 by Orla Penhallow", None),
        ("by Orla Penhallow on March 14, 2031 · 4 comments", None),
        ("March 14, 2031 at 10:45 am by Orla Penhallow", 10),
        ("By: Orla Penhallow | Posted: March 14, 2031 at 12:54 AM", 0),
        ("Modified on March 14, 2031 by Orla Penhallow", None),
        ("by Orla Penhallow 14 Mar 2031, 3:00 PM", 15),
        ("March 14, 2031 By Orla Penhallow 1 Comment", None),
    ],
)
def test_a_writer_and_date_line_under_the_headline_leaves_the_body(credit: str, hour: int | None) -> None:
    article = _parsed(f"{HEADLINE}\n{credit}\n\n{BODY}")
    assert article.headline == HEADLINE
    assert article.byline == "Orla Penhallow"
    assert article.body.paragraphs[0] == LEAD
    assert article.published_at is not None and article.published_at.date() == dt.date(2031, 3, 14)
    if hour is not None:
        assert _when(article).hour == hour


STANDFIRST = "The second pier, the board says, will halve the queues of the summer season."


@pytest.mark.parametrize(
    "head",
    [
        f"{HEADLINE}\n{STANDFIRST}\nby Orla Penhallow\nMarch 14, 2031 7:26 AM PDT",
        f"Local news\n{HEADLINE}\n{STANDFIRST}\nMarch 14, 2031 by Orla Penhallow",
    ],
)
def test_a_standfirst_between_headline_and_date_heading_opens_the_body(head: str) -> None:
    article = _parsed(f"{head}\n\n{BODY}")
    assert (article.headline, article.byline) == (HEADLINE, "Orla Penhallow")
    assert article.body.paragraphs[:2] == [STANDFIRST, LEAD]


def test_a_lead_that_opens_on_a_date_stays_in_the_body() -> None:
    lead = "March 14, 2031 is the day the board chose for the opening by the mayor, its chairman said."
    article = _parsed(f"{HEADLINE}\n\n{lead}\n\n{BODY}")
    assert article.headline == HEADLINE
    assert article.body.paragraphs[0] == lead


def test_a_dated_line_under_the_story_start_is_no_heading() -> None:
    long_lead = " ".join([LEAD] * 3)
    text = f"{HEADLINE}\n\n{long_lead}\n\nMarch 20, 2031 by Orla Penhallow\n\n{BODY}"
    article = _parsed(text)
    assert article.headline == HEADLINE
    assert article.body.paragraphs[0] == long_lead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:29pm", dt.time(19, 29)),
        ("2:15 PM", dt.time(14, 15)),
        ("12:05 a.m.", dt.time(0, 5)),
        ("12:30 PM", dt.time(12, 30)),
        ("14:00", dt.time(14, 0)),
    ],
)
def test_a_twelve_hour_clock_keeps_its_half_of_the_day(text: str, expected: dt.time) -> None:
    assert parse_time(text) == expected


# The writer's own line at the top of the body: a name alone under the date heading, "by Jo Roe",
# or the name over its credit. Left in, the writer reads as a person of the story.


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\nMarch 14, 2031 3:26 PM\nOrla Penhallow\n{BODY}",
        f"Harbor Weekly | 14 March 2031\n{HEADLINE}\nOrla Penhallow\n{BODY}",
        f"{HEADLINE}\nby Orla Penhallow\n{BODY}",
        f"{HEADLINE}\nOrla Penhallow\nby Orla Penhallow\n{BODY}",
    ],
)
def test_the_writer_line_leaves_the_body(text: str) -> None:
    article = _parsed(text)
    assert (article.headline, article.byline) == (HEADLINE, "Orla Penhallow")
    assert article.body.paragraphs[0] == LEAD


def test_a_standfirst_over_the_writer_and_date_stays() -> None:
    text = f"{HEADLINE}\n{STANDFIRST}\nOrla Penhallow\nby Orla Penhallow\nMarch 14, 2031 8:10 AM PDT\n{BODY}"
    article = _parsed(text)
    assert (article.headline, article.byline) == (HEADLINE, "Orla Penhallow")
    assert article.body.paragraphs[:2] == [STANDFIRST, LEAD]
    assert _when(article).hour == 8


@pytest.mark.parametrize("kicker", ["Breaking News", "Local Politics", "Harbor Review"])
def test_a_kicker_under_the_date_is_no_writer(kicker: str) -> None:
    article = _parsed(f"{HEADLINE}\nMarch 14, 2031 3:26 PM\n{kicker}\n{BODY}")
    assert article.byline is None


def test_a_source_line_time_keeps_its_half_of_the_day() -> None:
    article = _parsed(f"{HEADLINE}\nPosted Mar 14th 2031 2:15PM\n\n{BODY}")
    assert _when(article).hour == 14


def test_an_html_pages_date_heading_leaves_its_body_and_drops_nothing_above() -> None:
    third = "Work on the pier starts in the autumn, once the summer timetable ends and the old stage is gone."
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        "<p>Harbor news in brief for the week.</p><p>March 14, 2031 by Orla Penhallow</p>"
        f"<p>{LEAD}</p><p>{third}</p></article></body></html>"
    )
    article = parse_item(page.encode(), "text/html")
    assert article.body.paragraphs == ["Harbor news in brief for the week.", LEAD, third]
    assert article.byline == "Orla Penhallow"


@pytest.mark.parametrize("clock", ["3:05 PM EDT", "3:05pm", "15:05"])
def test_a_writer_between_headline_and_date_heading_is_the_byline(clock: str) -> None:
    article = _parsed(f"{HEADLINE}\n\nOrla Penhallow\nMarch 14, 2031\n{clock}\n\n{BODY}")
    assert (article.headline, article.byline) == (HEADLINE, "Orla Penhallow")
    assert article.body.paragraphs[0] == LEAD
    when = _when(article)
    assert (when.date(), when.hour, when.minute) == (dt.date(2031, 3, 14), 15, 5)


def test_a_kicker_between_headline_and_date_heading_is_no_writer() -> None:
    article = _parsed(f"{HEADLINE}\n\nLocal Politics\nMarch 14, 2031\n\n{BODY}")
    assert article.byline is None
    assert article.body.paragraphs[0] == LEAD
