"""asyncapi.yaml: valid AsyncAPI 3.0, current with the models and settings, and true to what the
worker writes (headers from consumer.publish, payloads from the models)."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import yaml

from consumer.asyncapi import render
from consumer.cli import main
from consumer.config import Settings
from consumer.errors import ItemTimeout
from consumer.events import ArticleEvent, Body, Indicator, IndicatorEvent, Quote, QuoteEvent, QuoteSpan
from consumer.publish import (
    ARTICLE_TYPE,
    INDICATOR_TYPE,
    QUOTE_TYPE,
    InputRecord,
    cloudevent_headers,
    dead_letter,
    to_json,
)

ROOT = Path(__file__).resolve().parents[2]
# The AsyncAPI 3.0.0 JSON Schema, vendored from the npm package @asyncapi/specs (see its README.md).
SPEC = ROOT / "tests" / "unit" / "data" / "vendor" / "asyncapi-specs" / "asyncapi-3.0.0.json"
TRACEPARENT = b"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"


def _document() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((ROOT / "asyncapi.yaml").read_text())
    return doc


def _spec_validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(orjson.loads(SPEC.read_bytes()))


def test_committed_asyncapi_is_current() -> None:
    assert (ROOT / "asyncapi.yaml").read_bytes() == render(), (
        "asyncapi.yaml is stale: run wire-consumer asyncapi --out asyncapi.yaml"
    )


def test_asyncapi_is_valid_against_the_asyncapi_3_schema() -> None:
    errors = sorted(_spec_validator().iter_errors(_document()), key=lambda e: list(e.path))
    assert errors == [], "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.mark.parametrize(
    ("where", "bad"),
    [
        (("operations", "consumeRawItems", "action"), "subscribe"),  # the 2.x verb
        (("channels", "input", "bindings", "kafka", "partitions"), 0),
        (("components", "messages", "ArticleEnriched", "bindings", "kafka", "groupId"), "x"),
    ],
)
def test_the_schema_check_bites(where: tuple[str, ...], bad: object) -> None:
    doc = copy.deepcopy(_document())
    node = doc
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = bad
    assert not _spec_validator().is_valid(doc)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_every_reference_resolves() -> None:
    doc = _document()
    refs = set(_refs(doc))
    assert refs
    for ref in refs:
        assert ref.startswith("#/"), ref
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part]
        assert isinstance(target, dict), ref


def test_topics_group_and_client_come_from_the_settings() -> None:
    doc = _document()
    fields = Settings.model_fields
    addresses = {name: channel["address"] for name, channel in doc["channels"].items()}
    assert addresses == {
        "input": fields["input_topic"].default,
        "articles": fields["articles_topic"].default,
        "indicators": fields["indicators_topic"].default,
        "quotes": fields["quotes_topic"].default,
        "deadLetters": fields["dlq_topic"].default,
    }
    kafka = doc["operations"]["consumeRawItems"]["bindings"]["kafka"]
    assert kafka["groupId"]["enum"] == [fields["group_id"].default]
    assert kafka["clientId"]["enum"] == [fields["client_id"].default]
    assert doc["operations"]["consumeRawItems"]["action"] == "receive"
    assert {op["action"] for name, op in doc["operations"].items() if name != "consumeRawItems"} == {"send"}
    for message in doc["components"]["messages"].values():
        assert "key" in message["bindings"]["kafka"]


def _validate(doc: dict[str, Any], schema: dict[str, Any], instance: Any) -> None:
    """Validate against a schema of the document, its #/components references resolved in place."""
    jsonschema.Draft7Validator({**schema, "components": doc["components"]}).validate(instance)


def _record(headers: list[tuple[str, bytes]] | None = None) -> InputRecord:
    return InputRecord(
        topic="wire.raw",
        partition=2,
        offset=41,
        timestamp_ms=1_764_000_000_000,
        headers=headers if headers is not None else [("traceparent", TRACEPARENT)],
        value=b"\x00\x01 raw bytes",
        key=b"k",
    )


def _as_dict(headers: list[tuple[str, bytes]]) -> dict[str, str]:
    return {name: value.decode() for name, value in headers}


def test_the_headers_the_worker_writes_match_the_document() -> None:
    doc = _document()
    messages = doc["components"]["messages"]
    for message, ce_type in (
        ("ArticleEnriched", ARTICLE_TYPE),
        ("IndicatorExtracted", INDICATOR_TYPE),
        ("QuoteExtracted", QUOTE_TYPE),
    ):
        headers = _as_dict(cloudevent_headers(ce_type, "id-1", "story-1", "urn:x", _record()))
        _validate(doc, messages[message]["headers"], headers)
        wrong = {**headers, "ce_type": "wire.something.else"}
        with pytest.raises(jsonschema.ValidationError):
            _validate(doc, messages[message]["headers"], wrong)
    error = ItemTimeout("timeout", "took too long", stage="enrich")
    letter = dead_letter(
        _record([("content-type", b"text/plain"), ("dlq_reason", b"old")]), error, "wire.dlq.v1"
    )
    headers = _as_dict(letter.headers)
    _validate(doc, messages["DeadLetter"]["headers"], headers)
    assert set(messages["DeadLetter"]["headers"]["required"]) == {k for k in headers if k.startswith("dlq_")}


def test_the_payloads_the_worker_writes_match_the_document() -> None:
    doc = _document()
    messages = doc["components"]["messages"]
    article = ArticleEvent(
        id="a", story_id="s", headline="h", body=Body(text="x", paragraphs=["x"], word_count=1)
    )
    indicator = IndicatorEvent(
        id="i",
        article_id="a",
        story_id="s",
        headline="h",
        published_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        indicator=Indicator(id="i", value=3.0, text="3", field="body", start=0, end=1, sentence="3"),
    )
    quote = QuoteEvent(
        id="q",
        article_id="a",
        story_id="s",
        headline="h",
        quote=Quote(
            id="q", spans=[QuoteSpan(field="body", start=0, end=1)], text="x", kind="direct", sentence="x"
        ),
    )
    for message, event in (
        ("ArticleEnriched", article),
        ("IndicatorExtracted", indicator),
        ("QuoteExtracted", quote),
    ):
        payload = orjson.loads(to_json(event))
        _validate(doc, messages[message]["payload"], payload)
        # The open content model: a field a later compatible release adds is accepted.
        _validate(doc, messages[message]["payload"], {**payload, "added_later": 1})


def test_the_cli_writes_the_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "asyncapi.yaml"
    assert main(["asyncapi", "--out", str(out)]) == 0
    assert out.read_bytes() == render()
    assert str(out) in capsys.readouterr().out
