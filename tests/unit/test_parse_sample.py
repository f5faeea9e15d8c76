"""The user's sample item (scraped china.org.cn page text), field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from consumer.events import Article
from consumer.parse import parse_item

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "xinhua-liaoning-recovery.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_item(SAMPLE.read_bytes())


def test_headline(article: Article) -> None:
    assert article.headline == "Signs of recovery appear in China's rustbelt"
    assert article.slugline is None
    assert article.genre is None
    assert article.signal == "new"
    assert article.version is None


def test_source_and_date(article: Article) -> None:
    assert article.source.agency == "Xinhua"
    # A day with no time or zone: local midnight in Xinhua's home zone, with a warning.
    assert article.published_at == dt.datetime(2017, 4, 20, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert article.dateline is None  # the body has no "PLACE, Month D (Xinhua) --" dateline


def test_body_is_nine_clean_paragraphs(article: Article) -> None:
    paragraphs = article.body.paragraphs
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith(
        "The economy of China's rustbelt province of Liaoning is showing signs of recovery"
    )
    assert paragraphs[-1].endswith("economic statistics had been falsified from 2011 to 2014.")
    for furniture in ("Adjust font size", "You are here", "Off the wire", "•"):
        assert furniture not in article.body.text
    assert not any(p.rstrip().endswith(("End", "Endi")) for p in paragraphs)
    assert article.body.text == "\n\n".join(paragraphs)
    assert article.body.word_count == len(article.body.text.split())


def test_related_headlines_from_ticker(article: Article) -> None:
    related = article.related_headlines
    assert len(related) == 10
    first = related[0]
    assert first.headline == "First cargo spacecraft boosts China's space dream"
    assert first.version == 3
    assert first.signal == "update"
    assert first.genre == "China Focus"
    assert first.slugline == "3rd Ld-Writethru-China Focus"
    assert related[2].genre == "China Focus" and related[2].version is None
    assert related[5].genre == "News Analysis"
    assert related[9].headline == "International congress on gastric cancer opens in Beijing"


def test_record_metadata(article: Article) -> None:
    assert article.input_format == "text"
    assert article.quality == "full"
    assert article.warnings == ["published_at_zone_assumed"]
    assert article.language == "en"
    assert len(article.id) == 32 and int(article.id, 16) >= 0
    assert article.headline not in article.body.text


def test_deterministic_ids() -> None:
    raw = SAMPLE.read_bytes()
    first, second = parse_item(raw), parse_item(raw)
    assert first == second
    changed = parse_item(raw + b"\n")
    assert changed.id != first.id
    assert changed.story_id == first.story_id
