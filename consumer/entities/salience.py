"""Salience from how often and how early an entity is mentioned.

Headline and lead mentions count more because wire copy is written in inverted
pyramid; the score is relative to the article's most salient entity so that it is
comparable across long and short stories.

The dateline counts once: wire bodies usually repeat it ("BEIJING, May 3 (Xinhua) -- ..." is
both ``dateline.raw`` and the start of ``body.text``), so a mention in the dateline and its copy
in the body are one mention of dateline weight, never an extra (lead) body mention. Agencies
named only in the byline or source line get a small weight.
"""

from __future__ import annotations

from collections.abc import Sequence

from consumer.events import Mention, TextField

LEAD_CHARS = 400
_FIELD_WEIGHT: dict[TextField, float] = {
    "headline": 2.5,
    "dateline": 1.0,
    "body": 1.0,
    "byline": 0.5,
    "source": 0.5,
}


def raw_weight(mentions: Sequence[Mention], dateline_in_body: tuple[int, int] | None = None) -> float:
    """``dateline_in_body``: the span of ``body.text`` that repeats the dateline, if any."""
    total = 0.0
    dateline_counted = False
    for m in mentions:
        in_dateline = m.field == "dateline" or (
            m.field == "body"
            and dateline_in_body is not None
            and dateline_in_body[0] <= m.start
            and m.end <= dateline_in_body[1]
        )
        if in_dateline:
            if not dateline_counted:
                total += _FIELD_WEIGHT["dateline"]
                dateline_counted = True
            continue
        weight = _FIELD_WEIGHT[m.field]
        if m.field == "body" and m.start < LEAD_CHARS:
            weight *= 1.5
        total += weight
    return total


def normalise(raw: Sequence[float]) -> list[float]:
    top = max(raw, default=0.0)
    return [round(r / top, 4) if top > 0 else 0.0 for r in raw]
