"""A definite head for a happening in the possessive before the figure: the event named last.

"The tournament's prize fund of $2 million", "the fair's turnover reached 3 billion yuan", "the
Games' 4,500 athletes": the head stands for the event the story named last (as "the company"
stands for the firm named last), and what it owns is that event's, as "the Harlow Open's purse
of $2 million" is the named event's (``happening_owners.happening_beside``). A broad head ("the
event's", "the show's") stands only for a gathering (``event_kinds``). Reads 80 characters
before the figure and the mentions of about two sentences before the head.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import AGE_UNITS, PRONOUN_BACK
from consumer.indicators.subject.event_kinds import is_gathering
from consumer.indicators.subject.happening_owners import POSSESSIVE_BEFORE
from consumer.indicators.subject.mentions import MentionIndex

# the determiner (a year or one lower-case word may follow it) and a head for a happening, then
# its possessive; the head's last letter ends a plural's possessive on the apostrophe alone
_HEAD_POSSESSIVE = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Tt]his\s+year['\u2019]s)\s+(?:(?:19|20)\d\d\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<head>(?i:tournament|festival|championship|games|olympics|marathon|race|fair|expo|exhibition|"
    r"conference|summit|forum|event|show|competition|contest|gala|carnival|convention))"
    r"(?P<mark>['\u2019]s|(?<=[sS])['\u2019](?=\s))"
)
_BROAD = frozenset({"event", "show"})
_REACH = 80


def head_possessive_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int], unit: str | None
) -> tuple[Entity] | None:
    """The event named last before a definite head for a happening whose possessive stands
    before the figure ("the tournament's prize fund of $2 million"). Not an age, nor when a
    name stands between the head and the figure."""
    if unit in AGE_UNITS:
        return None
    start = max(sentence_start, figure[0] - _REACH)
    if text.find("'", start, figure[0]) < 0 and text.find("\u2019", start, figure[0]) < 0:
        return None  # a cheap look for the possessive before the pattern reads the span
    heads = list(_HEAD_POSSESSIVE.finditer(text, start, figure[0]))
    found = heads[-1] if heads else None
    if found is None or index.between(found.end(), figure[0]):
        return None
    # the pattern after a name's possessive reads from its "'s"; a plural's bare apostrophe
    # stands for it
    mark = found.start("mark")
    tail = "'s" + text[found.end() : figure[0]] if found.group("mark") in ("'", "\u2019") else None
    matched = (
        POSSESSIVE_BEFORE.fullmatch(tail)
        if tail is not None
        else POSSESSIVE_BEFORE.fullmatch(text, mark, figure[0])
    )
    if matched is None:
        return None
    back = index.between(max(index.skip_before, found.start() - PRONOUN_BACK), found.start())
    event = next((c.entity for c in reversed(back) if c.entity.type == "EVENT"), None)
    if event is None or (found.group("head").lower() in _BROAD and not is_gathering(event)):
        return None
    return (event,)
