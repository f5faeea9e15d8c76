"""Salience from how often and how early an entity is mentioned.

Headline and lead mentions count more because wire copy is written in inverted
pyramid; the score is relative to the article's most salient entity so that it is
comparable across long and short stories.
"""

from __future__ import annotations

from collections.abc import Sequence

from consumer.events import Mention

LEAD_CHARS = 400
_FIELD_WEIGHT = {"headline": 2.5, "dateline": 1.0, "body": 1.0}


def raw_weight(mentions: Sequence[Mention]) -> float:
    total = 0.0
    for m in mentions:
        weight = _FIELD_WEIGHT[m.field]
        if m.field == "body" and m.start < LEAD_CHARS:
            weight *= 1.5
        total += weight
    return total


def normalise(raw: Sequence[float]) -> list[float]:
    top = max(raw, default=0.0)
    return [round(r / top, 4) if top > 0 else 0.0 for r in raw]
