"""A person whose surname is a body's head word ("actress Ada Press, who ...", "Tom Courier, 31,").

Press, Courier, Post, Court and Trust are surnames as well as the last words of papers,
publishers and firms, so the head-word rule reads "<given name> Press" as a body. A paper or a
firm named by a given name and its head is rare, and the words right beside the name tell the two
apart: a person's lower-case role right before it, or "who", an age or speech going on with
"he"/"she" right after. Session 41, BBC 2004-05 copy (an actress named so, with "who" after).

Only a name of two words whose first is a given name borne by one sex, no place the gazetteer
knows and no opener of bodies' names ("Royal Court"), never after "the"; a club's head ("...
United") is left out, as clubs take "who" in British copy. The cheap tests (two words, a body's
head) come first; the cues read at most ``_REACH`` characters on either side.
"""

from __future__ import annotations

import re

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import name_gender
from consumer.entities.retype.heads import HEAD_TYPES, head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.person_names import NAME_OPENERS, PERSON_ROLES, is_place

_REACH = 40
# heads of clubs and squads: "Carlisle United, who won", a team of people, no person
_TEAM_HEADS = frozenset(word_list("united rovers wanderers albion hotspur sox team club fc"))
_ROLE_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+$")
# "the Charlotte Observer": a paper or a body takes the article; the gazetteer leaves towns that
# are given names ("Charlotte", "Austin") unlisted, so the article is the test
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
_PERSON_AFTER = re.compile(
    r",?[ \t]+who(?:se)?[ \t]|,[ \t]+\d{1,2}[ \t]*,"
    r"|[ \t]+(?:said|says|added|told[ \t]+[a-z]+)[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]"
)


def person_by_surname_head(text: str, start: int, end: int, surface: str, gazetteer: Gazetteer) -> bool:
    """A given name and a surname that is a body's head word, with a person's cue right beside."""
    words = surface.split()
    if len(words) != 2:
        return False
    head = head_word(surface)
    if HEAD_TYPES.get(head) != "ORGANIZATION" or head in _TEAM_HEADS or not words[1].istitle():
        return False
    given = words[0]
    if given.lower() in NAME_OPENERS or name_gender(surface) is None or is_place(given, gazetteer):
        return False
    before = max(0, start - _REACH)
    if _ARTICLE_BEFORE.search(text, before, start) is not None:
        return False
    if _PERSON_AFTER.match(text, end, end + _REACH) is not None:
        return True
    role = _ROLE_BEFORE.search(text, before, start)
    return role is not None and role.group(1) in PERSON_ROLES
