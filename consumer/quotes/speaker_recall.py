"""A description the story already resolved to a person, remembered for its later tags (session 38).

BBC stories name a person once and then tag his quotes by a description: "..., Ann Roe has said.
The chancellor, speaking in Leeds, said ...", and further down, after a correspondent or a rival
has spoken, '"...," the chancellor said.' Read alone, that last tag finds no one (someone else
spoke last), so the quote was left without a speaker although the story had said who the
chancellor is. A definite description of a person ("the chancellor", "the world indoor champion",
"the 20-year-old") whose tag resolved to a person is remembered; a later tag of the same
description that resolves to no one, or to someone whose own role is another (the last speaker,
"Coach Jo Roe", taken for "the champion"), takes that person. A description two people were resolved to
is no one's (null beats a guess), and a description never resolved stays as the layers left it.
Officials ("the spokesman") are left out: the conventions give an unnamed official's words to the
body, never to the last person so described; so are kin and plain people ("the mother", "the
victim", "the passenger"), as often someone new as the one described before.

Cost: one anchored match on the subject phrase's head (up to its first comma) per resolution.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.speaker_words import (
    DESCRIBED_PEOPLE,
    KIN_NOUNS,
    OFFICIAL_NOUNS,
    PERSON_NOUNS,
    PLAIN_PEOPLE,
    SPOKES,
    person_noun,
)

# 'the chancellor', 'The Foreign Secretary', 'the world indoor champion', 'And the 20-year-old':
# "the", at most three modifiers and a head noun (a person's, checked after); nothing else
# before the first comma
_DESCRIPTION = re.compile(
    r"(?:(?:[Aa]nd|[Bb]ut)\s+)?(?:the|The)\s+(?P<words>(?:[A-Za-z][\w-]*\s+){0,3}(?P<head>[A-Za-z\d][\w-]*))\s*"
)
_AGE = re.compile(r"\d{1,3}-year-old")
# a description resolved to two different people
AMBIGUOUS = "ambiguous"


def description_key(text: str, start: int, end: int) -> str | None:
    """The lower-cased words of a subject phrase that is a definite description of a person, up
    to its first comma; None for names, pronouns, officials, bodies and documents."""
    comma = text.find(",", start, end)
    stop = comma if comma >= 0 else end
    m = _DESCRIPTION.fullmatch(text, start, stop)
    if m is None:
        return None
    head = m.group("head").lower()
    if head in SPOKES or head in OFFICIAL_NOUNS or head in KIN_NOUNS or head in PLAIN_PEOPLE:
        return None  # officials are the body's; 'the victim', 'the mother' may be someone new
    if not (person_noun(head) or _AGE.fullmatch(head)):
        return None
    return " ".join(m.group("words").lower().split())


def remember_description(memory: dict[str, Entity | str], key: str, entity: Entity) -> None:
    """The person a description's tag resolved to; a second person makes it no one's."""
    known = memory.setdefault(key, entity)
    if isinstance(known, Entity) and known.id != entity.id:
        memory[key] = AMBIGUOUS


def recalled(memory: dict[str, Entity | str], key: str) -> Entity | None:
    """The one person the description was resolved to before, if any."""
    known = memory.get(key)
    return known if isinstance(known, Entity) else None


def other_role(found: Entity, known: Entity, key: str) -> bool:
    """Whether a person the layers found for the description is someone else with a role of his
    own the description's head noun is not in ('Coach Jo Roe' for 'the world champion' remembered
    as Ann Bell): the last speaker taken for want of a better, not the one described. Only a role
    noun differs so: an age or a people is no one's role ('the 22-year-old' stays as found)."""
    head = key.rsplit(" ", 1)[-1]
    if head not in PERSON_NOUNS and head not in DESCRIBED_PEOPLE:
        return False  # an age or a people ('the 22-year-old', 'the German') is no role to differ from
    if found is known or found.id == known.id or found.type != "PERSON" or found.attributes is None:
        return False
    role = (found.attributes.role or "").lower()
    return bool(role) and head not in role.split()
