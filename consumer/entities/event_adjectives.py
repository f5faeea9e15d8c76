"""The adjective of a famous event that a small town's name shares (issue 11, session 38).

"Olympic gold", "the Olympic champion", "Paralympic 100m finalist": sports copy writes the games'
adjective before a lower-case word or a distance, and the gazetteer holds a town of that name (a
district of Hong Kong is "Olympic"), so the word was published as a place on every sports story
that used it. Such a word before a lower-case word or a number names no place; a mention before a
capitalised word belongs to a longer name ("Olympic Stadium", "Olympic Games") that other rules
read, and one after a preposition of place ("in Olympic") keeps the town.

Cost: tried only for a place group of one of these words; it reads a few characters after and
before each mention.
"""

from __future__ import annotations

import re

from consumer.entities import retype
from consumer.entities.records import CandidateGroup
from consumer.events import TextField

_EVENT_ADJECTIVES = frozenset(("olympic", "paralympic"))
# a lower-case word or a number right after the adjective: "Olympic gold", "Olympic 5,000m"
_ADJECTIVE_USE = re.compile(r"[ \t]+(?:[a-z]|\d)")


def event_adjective(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """A place group named by an event's adjective, every mention of which stands before a
    lower-case word or a number and after no preposition of place."""
    if group.type != "LOCATION" or group.name.lower() not in _EVENT_ADJECTIVES:
        return False
    return all(
        _ADJECTIVE_USE.match(recased[c.field], c.end) is not None
        and not retype.placed_by_context(recased[c.field], c.start, c.end)
        for c in group.cands
    )
