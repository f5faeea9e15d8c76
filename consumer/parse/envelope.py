"""JSON envelopes from crawlers and feeds: validated, depth-bounded, typed.

The envelope's metadata (headline, url, dates, language, source) is
authoritative and later overrides whatever the text analysis guesses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import orjson
from pydantic import ValidationError

from consumer.errors import ParseError
from consumer.events import Envelope

Payload = Literal["text", "html", "sniff"]


@dataclass(frozen=True, slots=True)
class EnvelopeContent:
    envelope: Envelope
    content: str
    payload: Payload


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Iterative, so that measuring a deep document cannot itself overflow the stack."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def parse_envelope(text: str, max_depth: int) -> EnvelopeContent:
    """Decode and validate an envelope; pick the content field to parse."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        message = str(exc).lower()
        reason = "json_too_deep" if "depth" in message or "recursion" in message else "invalid_json"
        raise ParseError(reason, f"the item is not valid JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise ParseError("bad_envelope", f"a JSON envelope must be an object, not {type(value).__name__}")
    if _depth_exceeds(value, max_depth):
        raise ParseError("json_too_deep", f"the envelope is nested deeper than {max_depth} levels")
    try:
        envelope = Envelope.model_validate(value)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()[:5]
        )
        raise ParseError("bad_envelope", f"invalid envelope fields: {problems}") from exc
    for field_name, payload in (("html", "html"), ("text", "text"), ("body", "sniff")):
        content = getattr(envelope, field_name)
        if content and content.strip():
            return EnvelopeContent(envelope, content, payload)  # type: ignore[arg-type]
    raise ParseError("empty", "the envelope has no body, text or html")
