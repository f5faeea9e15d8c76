"""Stage 2: raw item bytes -> a clean :class:`~consumer.events.Article`.

Crude placeholder (first non-empty line is the headline); replaced by the
layout-aware parser.
"""

from __future__ import annotations

import hashlib

from consumer.errors import ParseError
from consumer.events import Article, Body

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def parse_item(raw: bytes, content_type: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    if not raw.strip():
        raise ParseError("empty", "the item has no content")
    if len(raw) > max_bytes:
        raise ParseError("too_large", f"item of {len(raw)} bytes is over the limit of {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError("undecodable", str(exc)) from exc
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    headline, rest = lines[0], lines[1:]
    digest = hashlib.sha256(raw).hexdigest()[:32]
    story = hashlib.sha256(headline.lower().encode()).hexdigest()[:32]
    return Article(
        id=digest,
        story_id=story,
        headline=headline,
        body=Body(text="\n\n".join(rest), paragraphs=rest, word_count=sum(len(p.split()) for p in rest)),
    )
