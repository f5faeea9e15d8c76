"""Wire conventions: slugline chains, signals, genres, datelines and story identity."""

from __future__ import annotations

import datetime as dt

import pytest

from consumer.parse import parse_item
from consumer.parse.conventions import parse_slug
from consumer.parse.dateline import find_dateline
from consumer.parse.dates import infer_year

BODY = "The ministry said on Tuesday that exports rose 5 percent from a year earlier, beating forecasts."


def _item(headline: str, dateline: str = "BEIJING, April 20 (Xinhua) --", source_line: str = "") -> bytes:
    lines = [headline, source_line, f"{dateline} {BODY}", "Analysts expect further gains this year."]
    return "\n".join(line for line in lines if line).encode()


@pytest.mark.parametrize(
    ("headline", "clean", "version", "signal", "genre"),
    [
        ("3rd Ld-Writethru-China Focus: Exports rise", "Exports rise", 3, "update", "China Focus"),
        ("1st Ld: Exports rise", "Exports rise", 1, "update", None),
        ("Writethru: Exports rise", "Exports rise", None, "update", None),
        ("Urgent: Exports rise", "Exports rise", None, "urgent", None),
        ("Correction: Exports rise", "Exports rise", None, "correction", None),
        ("Kill: Exports rise", "Exports rise", None, "kill", None),
        ("UPDATE 2-Exports rise", "Exports rise", 2, "update", None),
        ("CORRECTED-UPDATE 1-Exports rise", "Exports rise", 1, "correction", None),
        ("REFILE-Exports rise", "Exports rise", None, "refile", None),
        ("REFILE-UPDATE 3-Exports rise", "Exports rise", 3, "refile", None),
        ("STORY WITHDRAWN-Exports rise", "Exports rise", None, "kill", None),
        ("News Analysis: Exports rise", "Exports rise", None, "new", "News Analysis"),
        ("Feature: Exports rise", "Exports rise", None, "new", "Feature"),
        ("Roundup: Exports rise", "Exports rise", None, "new", "Roundup"),
        ("Interview: Exports rise", "Exports rise", None, "new", "Interview"),
        ("WRAPUP 2-Exports rise", "Exports rise", 2, "update", "Wrapup"),
    ],
)
def test_slug_chain(headline: str, clean: str, version: int | None, signal: str, genre: str | None) -> None:
    article = parse_item(_item(headline))
    assert article.headline == clean
    assert article.version == version
    assert article.signal == signal
    assert article.genre == genre
    assert article.slugline is not None and clean not in article.slugline


@pytest.mark.parametrize(
    "headline",
    [
        "Feature-length film wins top prize",
        "AFC Champions League: Shanghai vs. Perth",
        "Lead poisoning cases fall",
        "Flash floods kill 10 in south",
        "US-China talks resume",
        "In pics: autumn scenery",
    ],
)
def test_ordinary_headlines_are_left_alone(headline: str) -> None:
    slug = parse_slug(headline)
    assert slug.headline == headline
    assert slug.signal == "new" and slug.version is None and slug.genre is None and slug.slugline is None


def test_standalone_kill_notice_in_body() -> None:
    raw = b"Exports rise\nKILL KILL KILL\nBEIJING, April 20 (Xinhua) -- This story has been withdrawn."
    assert parse_item(raw).signal == "kill"


def test_ap_bc_slug_line() -> None:
    raw = (
        b"BC-US--Trade-Deficit,2nd Ld-Writethru\nUS trade deficit narrows\n"
        b"WASHINGTON (AP) \xe2\x80\x94 The U.S. trade deficit narrowed in March as exports hit a record.\n"
        b"Imports fell 1 percent."
    )
    article = parse_item(raw)
    assert article.headline == "US trade deficit narrows"
    assert article.slugline == "BC-US--Trade-Deficit,2nd Ld-Writethru"
    assert article.version == 2 and article.signal == "update"
    assert article.source.agency == "AP"


def test_versions_of_one_story_share_story_id() -> None:
    first = parse_item(_item("China Focus: Exports rise"))
    third = parse_item(_item("3rd Ld-Writethru-China Focus: Exports  RISE"))
    other = parse_item(_item("China Focus: Imports fall"))
    assert first.story_id == third.story_id
    assert first.id != third.id
    assert other.story_id != first.story_id


def test_same_headline_on_another_day_is_another_story() -> None:
    monday = parse_item(_item("Exports rise", source_line="Xinhua, April 20, 2017"))
    later = parse_item(_item("Exports rise", "BEIJING, May 3 (Xinhua) --", "Xinhua, May 3, 2017"))
    assert monday.story_id != later.story_id


@pytest.mark.parametrize(
    ("dateline", "place", "agency", "published", "expected"),
    [
        (
            "BEIJING, April 20 (Xinhua) --",
            "Beijing",
            "Xinhua",
            "Xinhua, April 20, 2017",
            dt.date(2017, 4, 20),
        ),
        (
            "BEIJING, Dec. 31 (Xinhua) --",
            "Beijing",
            "Xinhua",
            "Xinhua, January 1, 2021",
            dt.date(2020, 12, 31),
        ),
        ("SYDNEY, Jan. 1 (Xinhua) --", "Sydney", "Xinhua", "Xinhua, December 31, 2020", dt.date(2021, 1, 1)),
        ("NEW YORK (Reuters) -", "New York", "Reuters", "Reuters, March 3, 2020", None),
        ("LONDON, March 3 (Reuters) -", "London", "Reuters", "Reuters, March 4, 2020", dt.date(2020, 3, 3)),
        ("WASHINGTON (AP) —", "Washington", "AP", "AP, March 3, 2020", None),
        (
            "SUZHOU, China, Nov. 13 (Xinhua) --",
            "Suzhou, China",
            "Xinhua",
            "Xinhua, November 14, 2020",
            dt.date(2020, 11, 13),
        ),
    ],
)
def test_datelines(dateline: str, place: str, agency: str, published: str, expected: dt.date | None) -> None:
    article = parse_item(_item("Exports rise", dateline, published))
    assert article.dateline is not None
    assert article.dateline.raw == dateline
    assert article.dateline.place == place
    assert article.dateline.date == expected
    assert article.source.agency == agency
    assert article.body.paragraphs[0].startswith(dateline)  # the dateline stays in the text


def test_dateline_year_from_envelope_received_at() -> None:
    raw = (
        b'{"received_at": "2021-01-01T00:10:00Z", "text": "Exports rise\\n'
        b'BEIJING, Dec. 31 (Xinhua) -- Exports rose 5 percent, the ministry said on Thursday."}'
    )
    article = parse_item(raw)
    assert article.dateline is not None and article.dateline.date == dt.date(2020, 12, 31)


def test_infer_year_picks_nearest() -> None:
    assert infer_year(12, 31, dt.date(2021, 1, 2)) == dt.date(2020, 12, 31)
    assert infer_year(1, 1, dt.date(2020, 12, 31)) == dt.date(2021, 1, 1)
    assert infer_year(6, 1, dt.date(2020, 6, 3)) == dt.date(2020, 6, 1)
    assert infer_year(2, 29, dt.date(2021, 3, 1)) == dt.date(2020, 2, 29)


def test_no_dateline_in_ordinary_sentence() -> None:
    assert find_dateline("The economy of China - a rustbelt - grew.") is None
    assert find_dateline("US President Donald Trump said on Monday.") is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("TALLINN — Ministers met on Friday to sign the deal.", "Tallinn"),
        ("PORT LOUIS -- The island's parliament voted on Monday.", "Port Louis"),
        ("BOISE, Idaho — Snow closed the pass.", "Boise, Idaho"),
        ("TALLINN – Ministers met on Friday.", "Tallinn"),  # an en dash
        # a plain hyphen after a large city and before a sentence (AP-style feeds)
        ("LISBON - Dockers walked out on Monday.", "Lisbon"),
        ('PORTLAND - "We are ready," the mayor said.', "Portland"),
        # a large city's name as datelines spell it: unaccented, its leading words, an old exonym
        ("MEDELLIN - Florists opened a new market on Friday.", "Medellin"),
        ("HO CHI MINH - Exporters shipped more rice in May.", "Ho Chi Minh"),
        ("SAIGON - Exporters shipped more rice in May.", "Saigon"),
    ],
)
def test_a_place_in_capitals_before_a_long_dash_is_a_dateline(paragraph: str, place: str) -> None:
    found = find_dateline(paragraph)
    assert found is not None and found.place == place


@pytest.mark.parametrize(
    "paragraph",
    [
        "BREAKING — The vote was delayed.",  # a label in capitals
        "EDITOR'S NOTE — This story has been updated.",
        "FILE — In this March 3 photo, workers load a ship.",
        "RELATED — More stories from the region.",
        "TALLINN - the agency said",  # a hyphen after capitals without a date or agency
        "FACTBOX - Five things to know about the vote.",  # a label before a hyphen
        "GLENWOOD - Volunteers cleared the trail.",  # a hyphen after no large city
        "Tallinn — a city of ministers.",  # not in capitals
    ],
)
def test_labels_and_prose_before_a_dash_are_no_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_reuters_credits_become_byline_and_editors() -> None:
    raw = (
        b"UPDATE 1-Oil rises\nNEW YORK (Reuters) - Oil prices rose on Tuesday as traders bet on cuts.\n"
        b"Brent gained 2 percent. (Reporting by Jane Doe; Additional reporting by Li Wei; "
        b"Editing by Mark Potter and Sonya Hepinstall)"
    )
    article = parse_item(raw)
    assert article.byline == "Jane Doe"
    assert article.editors == ["Mark Potter", "Sonya Hepinstall"]
    assert article.body.paragraphs[-1] == "Brent gained 2 percent."


@pytest.mark.parametrize(
    "signoff",
    [
        "-- Tallinn Newsroom, (++372) 631 8569",
        "-- Jane Doe, Lagos newsroom +234-1-2630317",
        "\u2014 Harbour Desk, +44 20 7542 1234",
    ],
)
def test_a_desk_contact_signoff_is_furniture(signoff: str) -> None:
    raw = (
        "Grain exports rise\n\nTALLINN (Reuters) - Estonia's grain exports rose 8 percent in July.\n\n"
        f'"Demand was strong," a ministry official said.\n\n{signoff}'
    ).encode()
    article = parse_item(raw)
    assert article.body.paragraphs[-1] == '"Demand was strong," a ministry official said.'
    assert "+" not in article.body.text and "Newsroom" not in article.body.text


@pytest.mark.parametrize(
    "last",
    [
        "-- Exports rose to 1,204,000 tonnes from 998,000 tonnes.",
        "The hotline, 800-555-0199, is open all week.",
        "-- The next round of talks is due to open on 2025-03-14",
        "-- Families seeking news can call the Foreign Office on +44 20 7008 1500",
        "-- Social Democrats 1 204 556 (31.2)",
    ],
)
def test_a_closing_paragraph_with_figures_is_story_text(last: str) -> None:
    lead = "TALLINN (Reuters) - Estonia's grain exports rose 8 percent in July."
    raw = f"Grain exports rise\n\n{lead}\n\n{last}".encode()
    assert parse_item(raw).body.paragraphs[-1] == last
