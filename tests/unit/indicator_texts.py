"""Shared helpers for the owner tests: the entities a story names, and a story with a headline
(the story-focus rules read it)."""

from __future__ import annotations

import datetime as dt
import re

from consumer.events import Article, Body, Entity, EntityLinks, EntityType, Indicator, Mention
from consumer.indicators import extract_indicators


def focus_rows(
    headline: str, text: str, names: dict[str, tuple[EntityType, str | None]]
) -> dict[str, str | None]:
    """Each body figure's owner, given the named entities (type and place kind) of a story."""
    entities = []
    for name, (kind, place_kind) in names.items():
        mentions = [
            Mention(text=name, field=field, start=m.start(), end=m.end())
            for field, source in (("headline", headline), ("body", text))
            for m in re.finditer(re.escape(name), source)
        ]
        links = EntityLinks(kind=place_kind) if place_kind else None  # type: ignore[arg-type]
        entities.append(Entity(id=name, type=kind, name=name, salience=0.9, mentions=mentions, links=links))
    article = Article(
        id="a", story_id="s", headline=headline, body=Body(text=text, paragraphs=[text], word_count=9)
    )
    return {r.text: r.subject_name for r in extract_indicators(article, entities) if r.field == "body"}


def body_entities(text: str, names: dict[str, EntityType]) -> list[Entity]:
    """One entity per given name, with a body mention wherever the name occurs."""
    out = []
    for name, kind in names.items():
        mentions = [
            Mention(text=name, field="body", start=m.start(), end=m.end())
            for m in re.finditer(re.escape(name), text)
        ]
        out.append(Entity(id=name, type=kind, name=name, salience=0.5, mentions=mentions))
    return out


def page_rows(text: str) -> list[Indicator]:
    """The valued figures of a one-paragraph web page body published on a fixed day."""
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=len(text.split())),
        published_at=dt.datetime(2020, 11, 16, tzinfo=dt.UTC),
    )
    return [r for r in extract_indicators(article) if r.value is not None]


def page_figures(text: str) -> list[tuple[float | None, str | None]]:
    return [(r.value, r.unit) for r in page_rows(text)]


def body_units(text: str) -> dict[str, str | None]:
    """Each body figure's unit by its text, for a one-paragraph story that names no entity."""
    body = Body(text=text, paragraphs=[text], word_count=9)
    rows = extract_indicators(Article(id="a", story_id="s", headline="H", body=body), [])
    return {r.text: r.unit for r in rows if r.field == "body" and r.value is not None}
