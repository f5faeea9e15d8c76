"""A count inside the title of a work, list or feature cited by name in running text names the
work and counts nothing of the story (session 44); plain counts next to capitalised words keep
theirs. Every text is our own."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('The fund backed Kelvo Labs (see "40 Boldest Startups": Harlow Capital) last spring.', []),
        ("Ann Roe, a chemist (see 25 Makers To Watch, 2019), joined the board.", []),
        ("Sleep matters, Roe said. [Night Notes: The Science of 9 Dreams] Rest is key.", []),
        ("Lee suggested in 5 Easy Steps to Better Sleep that readers try it.", []),
        ('The weekly column that ran on page nine, "12 Quiet Harbours for Winter Walks", drew letters.', []),
    ],
)
def test_a_count_inside_a_cited_title_is_no_figure(text: str, kept: list[float]) -> None:
    assert [value for value, _unit in page_figures(text)] == kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The coach fielded 12 Democrats and 4 Greens in the charity match.", 12.0),
        ("She won 2 Golden Globes.", 2.0),
        ("They toured all 5 Great Lakes states last year.", 5.0),
        ("Harbor Lane sold 300 Kelvo Phones in a week.", 300.0),
    ],
)
def test_counts_next_to_capitalised_words_keep_their_figure(text: str, value: float) -> None:
    assert value in [found for found, _unit in page_figures(text)]


def test_a_headline_opening_with_its_count_keeps_it() -> None:
    body = "We chose them for the season."
    article = Article(
        id="a",
        story_id="s",
        headline="7 Top Picks for Spring",
        body=Body(text=body, paragraphs=[body], word_count=6),
    )
    assert 7.0 in [row.value for row in extract_indicators(article) if row.field == "headline"]
