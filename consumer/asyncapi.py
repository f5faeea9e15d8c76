"""The AsyncAPI 3.0 document of the worker's topics, generated from the models and settings.

``wire-consumer asyncapi --out asyncapi.yaml`` writes it; the committed ``asyncapi.yaml`` is
checked against this in the test suite (stale) and against the AsyncAPI 3.0 JSON Schema.
Payload schemas are the pydantic models' serialization schemas with the open content
model of ``schemas/`` (FULL compatibility, see ``schemas/README.md``); topic names, the
group and client ids and the CloudEvents source are the settings' defaults, each named
with the variable that overrides it. Header names are the ones ``consumer/publish.py`` writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from consumer.compat import MODE
from consumer.config import Settings
from consumer.events import SCHEMA_VERSION, ArticleEvent, Envelope, IndicatorEvent, QuoteEvent
from consumer.publish import ARTICLE_TYPE, DLQ_PREFIX, INDICATOR_TYPE, QUOTE_TYPE
from consumer.schemas import open_content

ASYNCAPI_VERSION = "3.0.0"
KAFKA_BINDING = "0.5.0"
_REF = "#/components/schemas/{model}"
_TRACEPARENT = r"^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"


def _default(name: str) -> str:
    return str(Settings.model_fields[name].default)


def _ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def _string(description: str, **extra: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **extra}


def _trace_context(passed_through: bool) -> dict[str, Any]:
    where = (
        "the input's W3C trace context, passed through (the producer span's when tracing is on)"
        if passed_through
        else "W3C trace context of the producer, if any; passed on to every output"
    )
    return {
        "traceparent": _string(f"{where}", pattern=_TRACEPARENT),
        "tracestate": _string("W3C tracestate, with traceparent"),
    }


def cloudevents_headers(ce_type: str) -> dict[str, Any]:
    """CloudEvents 1.0 Kafka binary-mode headers of one output kind (``publish.cloudevent_headers``)."""
    return {
        "type": "object",
        "description": "Kafka headers, UTF-8 values: CloudEvents 1.0 binary content mode.",
        "required": ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "content-type"],
        "properties": {
            "ce_specversion": {"type": "string", "const": "1.0"},
            "ce_id": _string("the event's id (the payload's id): the same input gives the same id"),
            "ce_source": _string(f"WIRE_CE_SOURCE (default {_default('ce_source')})"),
            "ce_type": {"type": "string", "const": ce_type},
            "ce_time": _string(
                "the input record's timestamp (RFC 3339, UTC), not the wall clock; absent when it has none",
                format="date-time",
            ),
            "ce_subject": _string("the story id"),
            "content-type": {"type": "string", "const": "application/json"},
            **_trace_context(passed_through=True),
        },
        "additionalProperties": True,
    }


def _input_headers() -> dict[str, Any]:
    return {
        "type": "object",
        "description": "Optional; every input header is kept on a dead letter.",
        "properties": {
            "content-type": _string(
                "honoured when present (text/plain, text/html, application/json); else the shape is sniffed"
            ),
            **_trace_context(passed_through=False),
        },
        "additionalProperties": True,
    }


def dead_letter_headers() -> dict[str, Any]:
    """What ``publish.dead_letter`` adds to the input's headers (an input's own ``dlq_*`` are dropped)."""
    suffixes = (
        "error_class",
        "reason",
        "message",
        "stage",
        "source_topic",
        "source_partition",
        "source_offset",
    )
    names = [DLQ_PREFIX + suffix for suffix in suffixes]
    return {
        "type": "object",
        "description": (
            "The input record's headers, unchanged (except any dlq_* header, dropped, and with tracing "
            "on the trace context, which is the producer span's), plus these. Values are UTF-8; no "
            "header holds the item's text."
        ),
        "required": names,
        "properties": {
            "dlq_error_class": _string(
                "the exception class (ParseError, EnrichError, ItemTimeout, PublishError)"
            ),
            "dlq_reason": _string(
                "machine-readable reason code: empty, binary, too_large, bad_envelope, timeout, "
                "output_rejected, ..."
            ),
            "dlq_message": _string("human-readable, at most 500 characters", maxLength=500),
            "dlq_stage": {
                "type": "string",
                "enum": ["decode", "parse", "enrich", "publish"],
                "description": "where it failed; a timeout names the stage the item had reached",
            },
            "dlq_source_topic": _string("the input topic"),
            "dlq_source_partition": _string("the input partition (decimal)", pattern=r"^\d+$"),
            "dlq_source_offset": _string("the input offset (decimal)", pattern=r"^\d+$"),
            **_trace_context(passed_through=True),
        },
        "additionalProperties": True,
    }


def payload_schemas() -> dict[str, Any]:
    """Every model's serialization schema, definitions hoisted into ``components.schemas``."""
    models: list[type[BaseModel]] = [Envelope, ArticleEvent, IndicatorEvent, QuoteEvent]
    _, defs = models_json_schema([(m, "serialization") for m in models], ref_template=_REF)
    schemas: dict[str, Any] = open_content(defs.get("$defs", {}))
    return dict(sorted(schemas.items()))


def _key_binding(key: dict[str, Any]) -> dict[str, Any]:
    return {"kafka": {"key": key, "bindingVersion": KAFKA_BINDING}}


def _messages() -> dict[str, Any]:
    raw_key = _key_binding({"description": "any key, or none; kept on a dead letter"})
    raw = {"headers": _input_headers(), "bindings": raw_key}
    return {
        "RawText": {
            "name": "RawText",
            "title": "Scraped page text",
            "summary": "A wire page as plain text (UTF-8 or a legacy encoding, sniffed).",
            "contentType": "text/plain",
            "payload": {"type": "string"},
            **raw,
        },
        "RawHtml": {
            "name": "RawHtml",
            "title": "HTML page",
            "summary": "A news HTML page; page furniture is removed.",
            "contentType": "text/html",
            "payload": {"type": "string"},
            **raw,
        },
        "RawEnvelope": {
            "name": "RawEnvelope",
            "title": "JSON envelope",
            "summary": "A crawler's or feed's JSON envelope; its metadata wins (schemas/envelope.v1.json).",
            "contentType": "application/json",
            "payload": _ref("schemas", "Envelope"),
            **raw,
        },
        "ArticleEnriched": {
            "name": "ArticleEnriched",
            "title": "Enriched article",
            "summary": "The article with entities, indicators, quotes, subjects (schemas/article.v1.json).",
            "contentType": "application/json",
            "headers": cloudevents_headers(ARTICLE_TYPE),
            "payload": _ref("schemas", "ArticleEvent"),
            "bindings": _key_binding(
                _string("story_id: every version of a story on one partition; compaction keeps the latest")
            ),
        },
        "IndicatorExtracted": {
            "name": "IndicatorExtracted",
            "title": "Extracted indicator",
            "summary": "One figure, with the article and story ids (schemas/indicator.v1.json).",
            "contentType": "application/json",
            "headers": cloudevents_headers(INDICATOR_TYPE),
            "payload": _ref("schemas", "IndicatorEvent"),
            "bindings": _key_binding(
                _string(
                    "subject|metric: the subject's name (else its entity id, else -), '|', the metric; "
                    "one series stays on one partition"
                )
            ),
        },
        "QuoteExtracted": {
            "name": "QuoteExtracted",
            "title": "Extracted quote",
            "summary": "One quote with a speaker, with the article and story ids (schemas/quote.v1.json).",
            "contentType": "application/json",
            "headers": cloudevents_headers(QUOTE_TYPE),
            "payload": _ref("schemas", "QuoteEvent"),
            "bindings": _key_binding(_string("the speaker's entity name (else its id, else -)")),
        },
        "DeadLetter": {
            "name": "DeadLetter",
            "title": "Dead letter",
            "summary": "An input that could not be processed: its original bytes, key and headers, and why.",
            "description": "Replay with wire-consumer replay-dlq (see docs/operations.md).",
            "contentType": "application/octet-stream",
            "headers": dead_letter_headers(),
            "payload": {"description": "the original input value, byte for byte"},
            "bindings": _key_binding({"description": "the input record's key, unchanged"}),
        },
    }


def _channel(setting: str, description: str, messages: list[str], **topic: Any) -> dict[str, Any]:
    name = _default(setting)
    return {
        "address": name,
        "title": name,
        "description": f"{description} Topic name: WIRE_{setting.upper()} (default {name}).",
        "messages": {m: _ref("messages", m) for m in messages},
        "bindings": {"kafka": {"topic": name, **topic, "bindingVersion": KAFKA_BINDING}},
    }


def _channels() -> dict[str, Any]:
    return {
        "input": _channel(
            "input_topic",
            "Raw wire items in: scraped page text, HTML pages or JSON envelopes. Its partition count is the "
            "most workers that can share the load (docs/operations.md).",
            ["RawText", "RawHtml", "RawEnvelope"],
        ),
        "articles": _channel(
            "articles_topic",
            "One enriched article per input item.",
            ["ArticleEnriched"],
            topicConfiguration={"cleanup.policy": ["compact"]},
        ),
        "indicators": _channel(
            "indicators_topic", "One event per figure of an article.", ["IndicatorExtracted"]
        ),
        "quotes": _channel("quotes_topic", "One event per quote with a speaker.", ["QuoteExtracted"]),
        "deadLetters": _channel("dlq_topic", "Inputs that could not be processed.", ["DeadLetter"]),
    }


def _operation(action: str, channel: str, description: str, group: bool = False) -> dict[str, Any]:
    client = {"type": "string", "enum": [_default("client_id")], "description": "WIRE_CLIENT_ID"}
    kafka: dict[str, Any] = {"clientId": client, "bindingVersion": KAFKA_BINDING}
    if group:
        kafka = {
            "groupId": {"type": "string", "enum": [_default("group_id")], "description": "WIRE_GROUP_ID"},
            **kafka,
        }
    messages = _channels()[channel]["messages"]
    return {
        "action": action,
        "channel": {"$ref": f"#/channels/{channel}"},
        "description": description,
        "messages": [{"$ref": f"#/channels/{channel}/messages/{m}"} for m in messages],
        "bindings": {"kafka": kafka},
    }


def _operations() -> dict[str, Any]:
    prefix = _default("transactional_id_prefix")
    return {
        "consumeRawItems": _operation(
            "receive",
            "input",
            "Read as a member of the consumer group, auto-commit off: an offset is committed only once "
            "every output of its record is acknowledged (at-least-once), or in the same transaction as the "
            f"outputs (exactly-once, transactional id {prefix}-<input topic>-<partition>).",
            group=True,
        ),
        "publishArticles": _operation(
            "send", "articles", "acks=all, idempotent; JSON with sorted keys, identical on re-processing."
        ),
        "publishIndicators": _operation("send", "indicators", "One per figure, after its article."),
        "publishQuotes": _operation("send", "quotes", "One per quote with a speaker, after its article."),
        "publishDeadLetters": _operation(
            "send", "deadLetters", "The input's offset is committed once its dead letter is acknowledged."
        ),
    }


def document() -> dict[str, Any]:
    """The whole AsyncAPI 3.0 document, from the settings' defaults (not the environment)."""
    return {
        "asyncapi": ASYNCAPI_VERSION,
        "info": {
            "title": "wire-consumer",
            "version": f"{SCHEMA_VERSION}",
            "description": (
                "Streaming enrichment of news wire copy: raw items in, schema-validated events out, with a "
                f"dead-letter topic. Events are contract v{SCHEMA_VERSION}; compatibility mode {MODE} "
                "(schemas/README.md): a compatible change adds an optional field only, and CHANGELOG.md "
                "lists every release. Readers of an exactly-once worker use isolation.level=read_committed."
            ),
            "license": {"name": "MIT"},
        },
        "defaultContentType": "application/json",
        "servers": {
            "kafka": {
                "host": _default("bootstrap_servers"),
                "protocol": "kafka",
                "description": (
                    "KAFKA_BOOTSTRAP_SERVERS; TLS and SASL per WIRE_SECURITY_PROTOCOL, WIRE_SASL_MECHANISM."
                ),
                "security": [
                    _ref("securitySchemes", n) for n in ("saslPlain", "saslScram256", "saslScram512")
                ],
            }
        },
        "channels": _channels(),
        "operations": _operations(),
        "components": {
            "schemas": payload_schemas(),
            "messages": _messages(),
            "securitySchemes": {
                "saslPlain": {"type": "plain", "description": "WIRE_SASL_MECHANISM=PLAIN"},
                "saslScram256": {"type": "scramSha256", "description": "WIRE_SASL_MECHANISM=SCRAM-SHA-256"},
                "saslScram512": {"type": "scramSha512", "description": "WIRE_SASL_MECHANISM=SCRAM-SHA-512"},
            },
        },
    }


def render() -> bytes:
    import yaml

    header = "# Generated by `wire-consumer asyncapi --out asyncapi.yaml` from consumer/events.py and\n"
    header += "# consumer/config.py; do not edit (a test fails when it is stale).\n"
    body = yaml.safe_dump(document(), sort_keys=False, allow_unicode=True, width=100)
    return (header + body).encode()


def write(out: Path) -> Path:
    out.write_bytes(render())
    return out
