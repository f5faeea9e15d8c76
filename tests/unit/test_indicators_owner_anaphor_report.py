"""A firm named by an anaphor ("the company", "the lender", "the steel maker") reporting a result
of its own owns it, as a firm named right before the reporting verb does."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities

_NAMES: dict[str, EntityType] = {
    "Harlow Bank": "ORGANIZATION",
    "Vantor Group": "ORGANIZATION",
    "Brightline Bank": "ORGANIZATION",
    "Kessel Retail Association": "ORGANIZATION",
}


def _subjects(text: str) -> dict[str, str | None]:
    article = Article(
        id="a", story_id="s", headline="", body=Body(text=text, paragraphs=[text], word_count=9)
    )
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, _NAMES))}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Harlow Bank shares fell 3 percent on Tuesday after the lender said "
            "net profit dropped 12 percent.",
            "Harlow Bank",
        ),
        (
            "Vantor Group shares fell 3 percent on Tuesday after the company said "
            "quarterly revenue dropped 12 percent.",
            "Vantor Group",
        ),
        (
            "Harlow Bank cut 300 jobs on Monday, a day after the bank said operating income fell 12 percent.",
            "Harlow Bank",
        ),
        (
            "Vantor Group shares slid 4 percent after the steel maker said "
            "full-year earnings would fall 12 percent.",
            "Vantor Group",
        ),
    ],
)
def test_an_anaphor_reporting_its_own_result_owns_it(text: str, owner: str) -> None:
    assert _subjects(text)["12 percent"] == owner


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a market's measure, not the firm's own result
        (
            "Vantor Group shares fell 3 percent after the company said smartphone sales dropped 12 percent.",
            None,
        ),
        # a public lender's report of the economy
        (
            "Harlow Bank shares fell 3 percent after the central bank said retail sales dropped 12 percent.",
            None,
        ),
        # a name in the reported clause is its subject
        (
            "Vantor Group shares fell 3 percent after the company said "
            "Brightline Bank's revenue dropped 12 percent.",
            "Brightline Bank",
        ),
        # nobody's anaphor: unnamed analysts report
        ("Vantor Group shares fell 3 percent after analysts said net profit dropped 12 percent.", None),
    ],
)
def test_other_reports_keep_their_reading(text: str, owner: str | None) -> None:
    assert _subjects(text)["12 percent"] == owner
