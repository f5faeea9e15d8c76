"""A person the quote itself names is not who says it (session 39, fresh BBC stories).

Speakers speak of themselves in the first person: when the quoted words a tag attributes name a
person in the third person (`She said: "I'd like to finish him (Mr Vale) off"`, `"No date was set
for Tom Vale's exit," she said`, `"They wanted more for Tom Vale," he said`), that person is the
one spoken about, not the speaker a pronoun or description of the tag went back to. Read only in
bounded windows: the quoted stretch right before or right after the tag phrase, and the mentions
the index holds inside it.
"""

from __future__ import annotations

import re

from consumer.entities.retype.given_names import is_given_name
from consumer.events import Entity

MASK = "\x00"
_BEFORE = 8  # '"...," she said': closing mark, comma and space between the stretch and the phrase
_AFTER = 90  # 'she told BBC Radio Five Live on Sunday: "...': the tag's verb and object before the mark
_WINDOW = 600  # how much of the stretch is read
# between a quote closing before the phrase and the phrase: marks, commas, dashes, spaces only
_GLUE_BEFORE = re.compile(r"[\s,\"'\u2018\u2019\u201c\u201d\u2014\u2013-]*")
# between the phrase and a quote opening after it: no sentence end (the next sentence's quote is
# another's), at most the tag's own words
_STOP = re.compile(r"[.!?](?:\s|$)")
# a capitalised word right before a surname: another given name ('Matt Williams' is not Nigel
# Williams); a title ('Mr Vale') or any other word leaves the surname the person's
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def adjacent_quote(text: str, masked: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted stretch the tag phrase ``[start, end)`` attributes: the one closing right before
    it ('"...," she said'), else the one opening after the tag's verb in the same sentence ('She
    said: "...'), at most ``_WINDOW`` characters of it; None when no stretch is that close."""
    head = masked.rfind(MASK, max(0, start - _BEFORE), start)
    if head >= 0 and _GLUE_BEFORE.fullmatch(text, head + 1, start):
        lo, floor = head, max(0, head - _WINDOW)
        while lo > floor and masked[lo - 1] == MASK:
            lo -= 1
        return lo, head + 1
    tail = masked.find(MASK, end, end + _AFTER)
    if tail < 0 or _STOP.search(text, end, tail):
        return None
    hi, ceiling = tail, min(len(masked), tail + _WINDOW)
    while hi < ceiling and masked[hi] == MASK:
        hi += 1
    return tail, hi


def named_in(text: str, mentions: list[tuple[int, int, Entity]], person: Entity) -> bool:
    """Whether one of the quoted ``mentions`` names ``person`` as itself: its full name, or a
    surname alone or after a title; a surname after another capitalised given name ('Matt
    Williams' for Nigel Williams) is someone else's."""
    for at, stop, ent in mentions:
        if ent is not person:
            continue
        said = text[at:stop]
        if " " in said.strip() or said == person.name:
            return True
        before = _WORD_BEFORE.search(text, max(0, at - 24), at)
        if before is None or not is_given_name(before.group(1)):
            return True
    return False
