"""A span of days before an event's name is the event's length: "the four-day Harlow Expo".

``happening_owners.happening_beside`` reads a sum or a capacity before a name as its ("the $1.5
million Harlow Open", "the 40,000-seat Harlow Stadium") but no span of time, which before most
names says when or how long something else lasted ("a 10-day Kessel tour"). Before an event's
name, or a head for a happening that stands for the event named last ("the three-day forum"), the
span is how long the event runs, a figure the story tells of it. Reads the figure, the characters
right after it, and the mentions of about two sentences before (else the story's own gathering,
``MentionIndex.story_event``).
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PRONOUN_BACK
from consumer.indicators.subject.event_kinds import is_gathering
from consumer.indicators.subject.mentions import MentionIndex

_SPAN_UNITS = frozenset({"day", "week", "month"})
_HYPHENED = re.compile(r"[\w.]+-(?:day|week|month)")
# an article, a possessive pronoun or "this year's" right before the span
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|this\s+year['\u2019]s)|['\u2019]s)\s+$", re.IGNORECASE)
# the words that may stand between the span and the name: an edition, "annual"
_BETWEEN = re.compile(r"[ \t]+(?:(?:annual|international|\d{1,3}(?:st|nd|rd|th))[ \t]+)?")
_HEAD_AFTER = re.compile(
    r"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:expo|fair|festival|games|forum|summit|conference|exhibition|"
    r"event|show|tournament|championships?|carnival|gala|convention|congress)\b"
)


def event_span_owner(
    index: MentionIndex, text: str, figure: tuple[int, int], unit: str | None
) -> tuple[Entity] | None:
    """The event whose name (or a head standing for it) a hyphened span of days, weeks or
    months modifies, after a determiner: "the four-day Harlow Expo", "the three-day forum"."""
    if unit not in _SPAN_UNITS or _HYPHENED.fullmatch(text, figure[0], figure[1]) is None:
        return None
    if _DETERMINER_BEFORE.search(text, max(0, figure[0] - 16), figure[0]) is None:
        return None
    between = _BETWEEN.match(text, figure[1])
    if between is None:
        return None
    name = next(
        (c for c in index.between(between.end(), between.end() + 120) if c.start == between.end()), None
    )
    if name is not None:
        return (name.entity,) if name.entity.type == "EVENT" else None
    if _HEAD_AFTER.match(text, figure[1]) is None:
        return None
    back = index.between(max(index.skip_before, figure[0] - PRONOUN_BACK), figure[0])
    # named further back, the head stands for the gathering the story is about
    event = next((c.entity for c in reversed(back) if c.entity.type == "EVENT"), index.story_event)
    return (event,) if event is not None and is_gathering(event) else None
