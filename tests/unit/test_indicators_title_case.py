"""A title-case line (a headline or a heading) capitalises its counted noun too: "Job Woes Linger
in 29 States" counts states. In running text a capitalised plural after a figure stays a name's
word. Every text is our own."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body
from consumer.indicators import extract_indicators


def _headline_units(headline: str, body: str = "Markets were calm.") -> list[tuple[float | None, str | None]]:
    article = Article(
        id="a", story_id="s", headline=headline, body=Body(text=body, paragraphs=[body], word_count=3)
    )
    return [(r.value, r.unit) for r in extract_indicators(article) if r.field == "headline"]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("The 4 Stocks That Dragged the Index Lower", [(4.0, "stock")]),
        ("Job Woes Linger in 29 States as Recovery Slows", [(29.0, "state")]),
        ("Floods Cut Power to 8 Towns Along the Coast", [(8.0, "town")]),
    ],
)
def test_a_title_case_headline_counts_its_capitalised_plural(
    headline: str, expected: list[tuple[float, str]]
) -> None:
    assert _headline_units(headline) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a people's word stays the group it names; a sentence-case headline is read as before
        ("3 Chinese Firms Win Harbour Contracts", [(3.0, "company")]),
        ("Police arrest 4 Hells Angels members", [(4.0, "people")]),
        ("Norland Exports 5 Million Tonnes of Grain", [(5_000_000.0, "t")]),
    ],
)
def test_other_headlines_keep_their_units(headline: str, expected: list[tuple[float, str]]) -> None:
    assert _headline_units(headline) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Acme Hires 300 Workers in Harlow", [(300.0, "people")]),
        ("Storm Kills 12 Villagers in Norland", [(12.0, "people")]),
        ("Harlow Adds 4,000 Jobs as Factories Reopen", [(4000.0, "job")]),
    ],
)
def test_a_title_case_verb_before_a_count_is_no_name(
    headline: str, expected: list[tuple[float, str]]
) -> None:
    assert _headline_units(headline) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a name's number stays no figure: no plural noun counted after it, or no verb's -s before it
        ("Markets Cheer as Stoxx 600 Climbs 2%", [(2.0, "percent")]),
        ("Fans Queue for Euro 2028 Tickets in Harlow", []),
        ("Acme Unveils Orbel 7 Phones in Harlow", []),
        ("Harbour Show 2025 Spoilers: Who Goes Home?", []),
    ],
)
def test_a_name_s_number_in_a_title_case_headline_stays_no_figure(
    headline: str, expected: list[tuple[float, str]]
) -> None:
    assert _headline_units(headline) == expected
