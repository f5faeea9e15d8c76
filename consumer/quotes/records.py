"""The ``Quote`` records: stable ids from the story and the quoted words, spans, speaker fields
and the holding sentence cut to a bounded context.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from consumer.quotes.model import Quote, QuoteSpan
from consumer.quotes.text import normalise
from consumer.quotes.unit import Unit


def quote_records(story_id: str, units: Sequence[tuple[str, Unit]]) -> list[Quote]:
    out: list[Quote] = []
    seen: dict[str, int] = {}
    for text, unit in units:
        words = " ".join(text[a:b] for a, b in unit.spans)
        key = normalise(words)
        n = seen.get(key, 0)
        seen[key] = n + 1
        digest = hashlib.sha256(f"{story_id}\x1f{key}\x1f{n}".encode()).hexdigest()[:16]
        ent = unit.speaker.entity
        attrs = ent.attributes if ent is not None else None
        out.append(
            Quote(
                id=f"qt_{digest}",
                spans=[QuoteSpan(field=unit.fld, start=a, end=b) for a, b in unit.spans],
                text=words,
                kind=unit.kind,
                speaker=ent.id if ent else None,
                speaker_name=ent.name if ent else None,
                speaker_role=attrs.role if attrs else None,
                speaker_organization=attrs.organization if attrs else None,
                verb=unit.verb,
                sentence=_sentence(text, unit),
            )
        )
    return out


CONTEXT_CHARS = 400
"""At most this much of the holding sentence is kept on either side of the quoted words."""


def _sentence(text: str, unit: Unit) -> str:
    start = max(unit.sent_start, unit.spans[0][0] - CONTEXT_CHARS)
    end = min(unit.sent_end, unit.spans[-1][1] + CONTEXT_CHARS)
    if start > unit.sent_start:
        start = text.find(" ", start, unit.spans[0][0]) + 1 or start  # cut at a word boundary
    if end < unit.sent_end:
        cut = text.rfind(" ", unit.spans[-1][1], end)
        end = cut if cut > 0 else end
    return " ".join(text[start:end].split())
