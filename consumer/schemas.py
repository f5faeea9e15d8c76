"""JSON Schemas of every event, generated from the pydantic models.

The committed ``schemas/`` folder is checked against this in the test suite, so
a model change without regenerated schemas fails CI.

Compatibility mode: FULL (Confluent's term; see ``schemas/README.md`` and
``consumer/compat.py``). The models forbid unknown fields when the worker builds an
event, but the published schemas keep an open content model
(``additionalProperties: true`` on every object), so a consumer that validates with
the previous schema accepts an event that carries a new optional field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from consumer.events import dump_schema_models

SCHEMA_BASE = "https://wire-consumer.invalid/schemas/"


def open_content(node: Any) -> Any:
    """The schema with every ``additionalProperties: false`` made ``true`` (the FULL mode's open model)."""
    if isinstance(node, dict):
        return {
            key: True if key == "additionalProperties" and value is False else open_content(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [open_content(item) for item in node]
    return node


def schema_documents() -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for name, model in dump_schema_models().items():
        schema = open_content(model.model_json_schema(mode="serialization"))
        docs[f"{name}.json"] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": SCHEMA_BASE + f"{name}.json",
            **schema,
        }
    return docs


def render(doc: dict[str, Any]) -> bytes:
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def write_schemas(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, doc in schema_documents().items():
        path = out / filename
        path.write_bytes(render(doc))
        written.append(path)
    return written
