"""The Xinhua Liaoning item: the rows an analyst of China's north-east must get."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from consumer.events import Article, Body, Entity, Indicator, Mention
from consumer.indicators import extract_indicators
from consumer.subjects import classify_subjects

FIXTURE = Path(__file__).parents[1] / "fixtures" / "xinhua-liaoning-recovery.txt"


def _article() -> Article:
    raw = FIXTURE.read_text(encoding="utf-8")
    start = raw.index("The economy of China's rustbelt")
    end = raw.index("falsified from 2011 to 2014.") + len("falsified from 2011 to 2014.")
    paragraphs = [p.strip() for p in raw[start:end].split("\n\n") if p.strip()]
    assert len(paragraphs) == 9
    text = "\n\n".join(paragraphs)
    return Article(
        id="a",
        story_id="s",
        headline="Signs of recovery appear in China's rustbelt",
        body=Body(text=text, paragraphs=paragraphs, word_count=len(text.split())),
        published_at=dt.datetime(2017, 4, 20, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )


def _entity(article: Article, id_: str, type_: str, name: str) -> Entity:
    mentions = [
        Mention(text=name, field="body", start=m.start(), end=m.end())
        for m in re.finditer(re.escape(name), article.body.text)
    ]
    return Entity(id=id_, type=type_, name=name, mentions=mentions, salience=0.5)


@pytest.fixture(scope="module")
def rows() -> list[Indicator]:
    article = _article()
    entities = [
        _entity(article, "loc-liaoning", "LOCATION", "Liaoning"),
        _entity(article, "loc-china", "LOCATION", "China"),
        _entity(article, "loc-shenyang", "LOCATION", "Shenyang"),
        _entity(article, "org-siasun", "ORGANIZATION", "Siasun"),
        _entity(article, "org-npc", "ORGANIZATION", "National People's Congress"),
        _entity(article, "per-su", "PERSON", "Su Jianjun"),
    ]
    return extract_indicators(article, entities)


def _one(rows: list[Indicator], text: str) -> Indicator:
    found = [r for r in rows if r.text == text]
    assert len(found) == 1, [r.text for r in rows]
    return found[0]


def test_liaoning_gdp_growth_q1(rows: list[Indicator]) -> None:
    row = _one(rows, "2.4 percent")
    assert (row.value, row.unit, row.change, row.comparison) == (2.4, "percent", "up", "year_on_year")
    assert row.period is not None
    assert (row.period.label, row.period.start, row.period.end) == (
        "2017-Q1",
        dt.date(2017, 1, 1),
        dt.date(2017, 3, 31),
    )
    assert (row.subject, row.subject_name, row.measure) == ("loc-liaoning", "Liaoning", "economy")
    assert (row.metric, row.medtop) == ("gdp_growth", "medtop:20000359")
    assert row.field == "body"
    assert row.sentence.startswith("The economy of China's rustbelt")


def test_negative_growth_2016_is_a_qualitative_down(rows: list[Indicator]) -> None:
    for text in ("negative growth", "contract"):
        row = _one(rows, text)
        assert row.value is None
        assert row.change == "down"
        assert row.period is not None and row.period.label == "2016"
        assert row.period.start == dt.date(2016, 1, 1)
        assert row.subject == "loc-liaoning"
        assert row.metric == "gdp_growth"


def test_siasun_output_value(rows: list[Indicator]) -> None:
    row = _one(rows, "41 percent")
    assert (row.value, row.unit, row.change) == (41.0, "percent", "up")
    assert row.period is not None and row.period.label == "2017-Q1"
    assert (row.subject, row.measure, row.metric) == ("org-siasun", "output value", "output_value")


def test_disqualified_deputies(rows: list[Indicator]) -> None:
    row = _one(rows, "45 National People's Congress deputies")
    assert (row.value, row.unit, row.metric) == (45.0, "people", "count_of_people")
    assert row.measure == "deputies disqualified"
    assert row.period is not None and row.period.label == "2016"
    assert row.subject == "loc-liaoning"


def test_falsified_statistics_period(rows: list[Indicator]) -> None:
    found = [r for r in rows if r.period is not None and r.period.label == "2011-2014"]
    assert len(found) == 1
    row = found[0]
    assert row.value is None
    assert row.measure == "economic statistics falsified"
    assert (row.period.start, row.period.end) == (dt.date(2011, 1, 1), dt.date(2014, 12, 31))  # type: ignore[union-attr]


def test_years_and_offsets(rows: list[Indicator]) -> None:
    article = _article()
    assert not [r for r in rows if r.value in (2013.0, 2016.0, 2011.0, 2014.0)]
    for row in rows:
        assert article.body.text[row.start : row.end] == row.text
    assert len({r.id for r in rows}) == len(rows)
    assert len(rows) == 6


def test_deterministic(rows: list[Indicator]) -> None:
    article = _article()
    again = extract_indicators(article, [])
    assert [r.id for r in again] == [r.id for r in rows]


def test_subjects_economy_first_politics_present(rows: list[Indicator]) -> None:
    topics = classify_subjects(_article(), (), rows)
    assert topics[0].code == "medtop:04000000"
    assert topics[0].label == "economy, business and finance"
    assert "medtop:11000000" in {t.code for t in topics}
    assert [t.confidence for t in topics] == sorted((t.confidence for t in topics), reverse=True)
    assert all(0.0 <= t.confidence <= 1.0 for t in topics)
