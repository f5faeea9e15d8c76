"""A name that is only a title's first word in a tag: '," said Kelco spokeswoman Jemma Vell.'

A body's name the entity stage typed a person ("Kelco", a one-word firm or a club, "William
Hill" the bookmaker) stands before a role noun and the person who holds the role; the tag's
first person was taken for the speaker, so the body spoke (session 34, fresh BBC pages: five
tags of this shape gave the firm or the club). The same shape with a real person first, 'said
Roe aide Jo Vell', is the aide's too: the person after the role speaks, never the one before.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.cues import SMALL
from consumer.quotes.speaker_words import person_noun

# between the two names: one to three lower-case words, the last a noun of people ('spokeswoman',
# 'chief executive', 'survey chairman'), nothing else (no comma, "and", "of", possessive, nor a
# verb's past, 'Kelco hired director Jo Vell')
_ROLE_GAP = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+")


def role_holder(text: str, people: list[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
    """The people of a subject phrase from its speaker on: past a first name that a role noun
    ties to the next person ('Kelco spokeswoman Jemma Vell'), that next person."""
    if len(people) < 2:
        return people
    (_, a_end, a_ent), (b_start, _, b_ent) = people[0], people[1]
    if a_ent is b_ent or b_start - a_end > 40:
        return people
    gap = _ROLE_GAP.fullmatch(text, a_end, b_start)
    if gap is None:
        return people
    words = gap.group(1).split()
    if any(w in SMALL or w.endswith("ed") for w in words) or not person_noun(words[-1]):
        return people
    return people[1:]
