"""A body or a person the words right around say is a stretch of land: a lower-case compass
adjective before it ("the northern Tarvel Nevada", "in southern Kessel Range") or a lower-case
word of land after it ("the Tarvel Nevada foothills", "the Kelso region", "the Corvane coast",
"the Quarra island", "the Velmo resort").

The model reads a range, a region or a coast with no head word it knows as a body (or a person);
the words it stands between say the place. A body's name keeps its type where its own head word
says what it is ("the northern Kelby Bank", "the Kelby Power Company region") or its premises or
people follow ("the central Tarvo Energy plant"), and so does a name the gazetteer knows as
something else than a place. Only the window right around the name is
read: a compass word of at most 16 characters before it, one word after it.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type

_COMPASS_BEFORE = re.compile(
    r"(?<![\w-])(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)[ \t]+$"
)
_COMPASS_REACH = 16  # "south-western " and a little more
_LAND_AFTER = re.compile(
    r"[ \t]+(?:foothills|mountains|range|valley|coast|coastline|countryside|hinterland|outskirts|"
    r"peninsula|highlands|lowlands|plains|wilderness|backcountry|region|island|islands|resort|oasis)(?![\w'’-])"
)
# A body's premises or people after the name: "the central Tarvo Energy plant" is the company's
_BODY_THING_AFTER = re.compile(
    r"[ \t]+(?:plant|plants|branch|branches|factory|factories|office|offices|store|stores|site|sites|"
    r"unit|units|headquarters|staff|workers|employees|shares|mine|refinery|depot)(?![\w'’-])"
)
_NAME = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}")


def land_by_context(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body or person between a compass adjective or before a word of land: retyped a
    place in place (with the gazetteer's record where it has one); True when it was."""
    if cand.origin != "ner" or cand.type not in ("ORGANIZATION", "PERSON"):
        return False
    if _COMPASS_BEFORE.search(text, max(0, cand.start - _COMPASS_REACH), cand.start) is None and (
        _LAND_AFTER.match(text, cand.end) is None
    ):
        return False
    if _NAME.fullmatch(surface) is None or head_type(surface) is not None:
        return False
    if _BODY_THING_AFTER.match(text, cand.end) is not None:
        return False
    entry = cand.entry or gazetteer.lookup(surface)
    if entry is not None and entry.type != "LOCATION":
        return False
    cand.type, cand.entry = "LOCATION", entry
    return True
