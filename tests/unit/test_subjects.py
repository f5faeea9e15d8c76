"""IPTC Media Topic classification on small texts."""

from __future__ import annotations

from consumer.events import Article, Body
from consumer.indicators import extract_indicators
from consumer.subjects import classify_subjects


def _article(headline: str, text: str) -> Article:
    return Article(
        id="a", story_id="s", headline=headline, body=Body(text=text, paragraphs=[text], word_count=9)
    )


def test_sport_story() -> None:
    article = _article(
        "Arsenal beat Chelsea", "The football league match ended after the coach changed the team."
    )
    topics = classify_subjects(article)
    assert topics[0].code == "medtop:15000000"
    assert topics[0].label == "sport"


def test_indicators_push_economy_and_second_level_topic() -> None:
    article = _article(
        "Guangdong output", "Guangdong's industrial output rose 7 percent in the first quarter."
    )
    topics = classify_subjects(article, (), extract_indicators(article))
    codes = [t.code for t in topics]
    assert codes[0] == "medtop:04000000"
    assert "medtop:20000346" in codes


def test_empty_and_odd_text() -> None:
    assert classify_subjects(_article("", "")) == []
    assert isinstance(classify_subjects(_article("\x00" * 100_000, "\u200f" * 1000)), list)


def test_sorted_and_bounded() -> None:
    article = _article(
        "Election", "Parliament voted on the budget as the economy and the government policy were debated."
    )
    topics = classify_subjects(article)
    assert [t.confidence for t in topics] == sorted((t.confidence for t in topics), reverse=True)
    assert all(0.0 < t.confidence < 1.0 for t in topics)
