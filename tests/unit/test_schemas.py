"""The committed schemas/ match the models, and events validate against them."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import orjson

from consumer.events import ArticleEvent, Body, Entity, Indicator, Mention
from consumer.publish import to_json
from consumer.schemas import render, schema_documents

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schemas_are_current() -> None:
    docs = schema_documents()
    committed = {p.name for p in (ROOT / "schemas").glob("*.json")}
    assert committed == set(docs), "run: wire-consumer schemas --out schemas/"
    for name, doc in docs.items():
        assert (ROOT / "schemas" / name).read_bytes() == render(doc), f"{name} is stale: regenerate schemas/"


def test_an_article_event_validates_against_its_schema() -> None:
    event = ArticleEvent(
        id="a",
        story_id="s",
        headline="h",
        body=Body(text="x", paragraphs=["x"], word_count=1),
        entities=[
            Entity(
                id="e1",
                type="LOCATION",
                name="Liaoning",
                salience=1.0,
                mentions=[Mention(text="Liaoning", field="body", start=0, end=8)],
            )
        ],
        indicators=[Indicator(id="i", value=None, text="t", field="body", start=0, end=1, sentence="t")],
    )
    schema = orjson.loads((ROOT / "schemas" / "article.v1.json").read_bytes())
    jsonschema.validate(orjson.loads(to_json(event)), schema)


def test_schema_rejects_an_unknown_entity_type() -> None:
    schema = orjson.loads((ROOT / "schemas" / "article.v1.json").read_bytes())
    bad = {
        "id": "a",
        "story_id": "s",
        "headline": "h",
        "body": {"text": "", "paragraphs": [], "word_count": 0},
        "entities": [{"id": "e", "type": "ALIEN", "name": "x", "mentions": [], "salience": 0.5}],
    }
    validator = jsonschema.Draft202012Validator(schema)
    assert not validator.is_valid(bad)
