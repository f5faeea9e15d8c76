"""Entities of a made-up body, for the tests of entity classes."""

from __future__ import annotations

from collections.abc import Callable

from consumer.entities import EntityExtractor
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer, load_gazetteer
from consumer.events import Article, Body, Entity


def entities_of(extractor: EntityExtractor, body: str, headline: str = "") -> list[Entity]:
    article = Article(
        id="a",
        story_id="a",
        headline=headline,
        body=Body(text=body, paragraphs=body.split("\n\n"), word_count=len(body.split())),
    )
    return extractor.extract([article])[0]


def role_and_org(extractor: EntityExtractor, body: str, person: str) -> tuple[str | None, str | None]:
    """The role and organisation attributes of the person ``person`` found in ``body``."""
    for entity in entities_of(extractor, body):
        if entity.name == person and entity.type == "PERSON":
            assert entity.attributes is not None
            return entity.attributes.role, entity.attributes.organization
    raise AssertionError(f"{person} not found")


def types_of(entities: list[Entity]) -> dict[str, str]:
    return {e.name: e.type for e in entities}


def rule_asks(
    rule: Callable[[Candidate, str, str, Gazetteer], bool], text: str, name: str, kind: str
) -> bool:
    """A retype rule's answer for the model's reading of ``name`` (its first occurrence) as ``kind``."""
    start = text.index(name)
    cand = Candidate(field="body", start=start, end=start + len(name), type=kind, origin="ner")  # type: ignore[arg-type]
    return rule(cand, text, name, load_gazetteer())
