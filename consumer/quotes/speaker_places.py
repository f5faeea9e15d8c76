"""A place heading a lead-in as the subject of its own verb (session 43, fresh web pages).

The conventions keep a name used for a government a place, and a place that is a tag's whole
subject speaks (`"...," Ruritania said`). A lead-in whose subject is that place and whose verb is
not one of saying (`Ruritania rejected the claim on Monday, adding: "..."`, `Kinton disputed the
report, saying: "..."`) had named no person or body, so the quote had no speaker. Only a place
that opens the lead-in and is followed by a lower-case finite verb counts: a possessor
(`Ruritania's envoy`), a place inside a name (`Paris Vale`) or after a preposition keeps null.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.speaker_index import SpeakerIndex

# the place's name: one to four capitalised words from the lead-in's start
_NAME = re.compile(r"[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}")
# its own finite verb right after it: an -ed or -s form, after an adverb of time at most
_VERB = re.compile(r"\s+(?:also\s+|later\s+|then\s+|quickly\s+|swiftly\s+)?[a-z]{2,}(?:ed|es|s)\b")


def place_at(
    masked: str, fld: str, start: int, end: int, speakers: SpeakerIndex
) -> tuple[Entity, int] | None:
    """The place whose name opens ``masked[start:end]`` (the longest the entity stage holds) and
    where its name ends, else None."""
    name = _NAME.match(masked, start, end)
    if name is None:
        return None
    for size in reversed([m.end() for m in re.finditer(r"\S+", name.group())]):
        place = speakers.place_subject(masked, fld, start, start + size)
        if place is not None:
            return place, start + size
    return None


def place_heading(masked: str, fld: str, start: int, end: int, speakers: SpeakerIndex) -> Entity | None:
    """The place opening ``masked[start:end]`` as the subject of a finite verb, else None."""
    found = place_at(masked, fld, start, end, speakers)
    if found is None:
        return None
    return found[0] if _VERB.match(masked, found[1], end) is not None else None
