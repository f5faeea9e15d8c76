"""Entities of a made-up body, for the tests of entity classes."""

from __future__ import annotations

from consumer.entities import EntityExtractor
from consumer.events import Article, Body, Entity


def entities_of(extractor: EntityExtractor, body: str, headline: str = "") -> list[Entity]:
    article = Article(
        id="a",
        story_id="a",
        headline=headline,
        body=Body(text=body, paragraphs=body.split("\n\n"), word_count=len(body.split())),
    )
    return extractor.extract([article])[0]


def types_of(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}
