"""Lead photo captions: read with the body, published apart.

The conventions count captions as article text, so the entity stage reads them after
the story; their mentions are then split off as caption mentions.
"""

from __future__ import annotations

import bisect

from consumer.entities.records import CandidateGroup, PreparedArticle
from consumer.events import CaptionMention, Mention, TextField

_MAX_CAPTION_CHARS = 2_000  # a few lead photos' captions; more is no caption


def with_captions(fields: dict[TextField, str], captions: list[str]) -> list[int]:
    """Append the story's own lead photo captions to the body the entity stage reads.

    The conventions count them as article text, so the people, places and agencies they name
    are the story's entities; read after the story (a paragraph each), they share its context
    for the model and the rules without moving any offset of the body. Returns where each
    caption starts in that text (empty when there are none or no body)."""
    if not captions or "body" not in fields:
        return []
    text, starts, budget = fields["body"], [], _MAX_CAPTION_CHARS
    for caption in captions:
        if len(caption) > budget:
            break
        text += "\n\n"
        starts.append(len(text))
        text += caption
        budget -= len(caption)
    fields["body"] = text
    return starts


def caption_place(group: CandidateGroup, prepared: PreparedArticle) -> bool:
    """A place only the captions name: the photo's spot, a finer or looser form of the story's
    place ("a port in ..., south China's ... Region") more often than a place of the story (on
    the dev set as many misses as hits). The people, agencies and photographers stay."""
    starts = prepared.caption_starts
    return (
        bool(starts)
        and group.type == "LOCATION"
        and all(c.field == "body" and c.start >= starts[0] for c in group.cands)
    )


def in_captions(mention: Mention, prepared: PreparedArticle) -> bool:
    starts = prepared.caption_starts
    return bool(starts) and mention.field == "body" and mention.start >= starts[0]


def caption_mentions_of(mentions: list[Mention], prepared: PreparedArticle) -> list[CaptionMention]:
    """The mentions read in the captions, with offsets into their own caption."""
    out: list[CaptionMention] = []
    for m in mentions:
        if in_captions(m, prepared):
            index = bisect.bisect_right(prepared.caption_starts, m.start) - 1
            at = prepared.caption_starts[index]
            out.append(CaptionMention(text=m.text, caption=index, start=m.start - at, end=m.end - at))
    return out
