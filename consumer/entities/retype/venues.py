"""Venues the model reads as people or as bodies (issue 11, session 36): a named theatre, park,
garden, stadium or hall where something happens is a facility, a place by the conventions.

The model reads a venue whose name opens on a given name or a surname as a person (or reads a
place that the look of its first words then makes a person) ("the concert
at the Dorian Vell Theatre", "fans gathered in Marlo Park", "at Kelby's Ada Quell Playhouse"),
and one after a town's possessive as a body ("at Kelby's Quorn Playhouse"). The name's own head word
says it is a venue, and the words right before it say it stands as a place:

* a preposition of place and "the" ("at the ...", "inside the ..."), or "in", "inside", "near",
  "outside" alone ("in Marlo Park"); "at" alone only before a head no person's surname is
  ("at Dorian Vell Theatre", never "angry at Grace Park");
* a preposition of place and a town's possessive the gazetteer knows, an adjective perhaps
  between ("at Kelby's famous Quorn Theatre"). A "... Centre" is left out: a research centre is
  the body that runs it, and a university's town is its owner too ("at Quellton's Ward Center").

Never a name that speaks ("the Quorn Theatre said", the body that runs it), one before a
possessive ("in Grace Park's film") nor a listed name. Only 60 characters before the name are read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.speakers import attributed

# Heads of venues no person's name ends on, and those that are surnames too ("Grace Park")
_VENUE_HEADS = frozenset(
    word_list("theatre theater playhouse stadium arena ballroom auditorium racecourse velodrome coliseum")
)
_SURNAME_VENUE_HEADS = frozenset(word_list("park garden gardens"))
_VENUE_PAIRS = frozenset(("opera house", "music hall", "concert hall"))
_ALL_HEADS = _VENUE_HEADS | _SURNAME_VENUE_HEADS | _VENUE_PAIRS


def venue_head(surface: str) -> bool:
    """Whether a name ends on a venue's head word or pair ("... Theatre", "... Opera House"): a
    playhouse's company and its players are named by it ("the Kelby Theatre actor")."""
    words = surface.lower().split()
    return bool(words) and (words[-1] in _ALL_HEADS or " ".join(words[-2:]) in _VENUE_PAIRS)


_READINGS = frozenset(("PERSON", "LOCATION", "ORGANIZATION"))

_PLACE_WORD = r"(?:at|in|inside|outside|near|into)"
_THE_BEFORE = re.compile(rf"(?<![\w-]){_PLACE_WORD}[ \t]+the[ \t]+$")
_BARE_BEFORE = re.compile(r"(?<![\w-])(?:in|inside|near|outside)[ \t]+$")
_AT_BEFORE = re.compile(r"(?<![\w-])at[ \t]+$")
_BODY_THE_BEFORE = re.compile(r"(?<![\w-])(?:at|inside|outside)[ \t]+the[ \t]+$")
# "at Kelby's ", "in New Tarvo's famous ": the owner's words in a group, checked in the gazetteer
_OWNER_BEFORE = re.compile(
    rf"(?<![\w-]){_PLACE_WORD}[ \t]+(?:the[ \t]+)?(?P<owner>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})['’]s"
    r"[ \t]+(?:[a-z]+[ \t]+)?$"
)
_REACH = 60
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")


def _head(words: list[str]) -> str:
    """ "theatre", "park", "opera house": the venue's head as the rules above read it, or ""."""
    last = words[-1].lower()
    pair = " ".join(words[-2:]).lower()
    if pair in _VENUE_PAIRS:
        return pair
    return last


def _named(cand: Candidate, text: str, surface: str) -> list[str] | None:
    """The name's words: two to four capitalised words ending on a venue's head, not before a
    possessive nor speaking (the head is read first: most names have none, and ``attributed``
    reads the words around the name)."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or _head(words) not in _ALL_HEADS:
        return None
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if text[cand.end : cand.end + 1] in ("'", "’") or attributed(text, cand.start, cand.end):
        return None
    return words


def _owned_by_place(text: str, start: int, gazetteer: Gazetteer) -> bool:
    match = _OWNER_BEFORE.search(text, max(0, start - _REACH), start)
    if match is None:
        return False
    entry = gazetteer.lookup(match.group("owner"))
    return entry is not None and entry.type == "LOCATION"


def named_venue(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a model person, place or body is a venue by its head word and a place's words
    before it (see the module's doc): a place, whatever person its first words look like. A body
    only after "at", "inside" or "outside" and "the", or a town's possessive ("in the Kelby
    Theatre production" is the company's)."""
    if cand.type not in _READINGS or cand.origin != "ner":
        return False
    words = _named(cand, text, surface)
    if words is None or gazetteer.lookup(surface) is not None:
        return False
    head = _head(words)
    low = max(0, cand.start - _REACH)
    if cand.type == "ORGANIZATION":
        return _BODY_THE_BEFORE.search(text, low, cand.start) is not None or _owned_by_place(
            text, cand.start, gazetteer
        )
    if _THE_BEFORE.search(text, low, cand.start) or _BARE_BEFORE.search(text, low, cand.start):
        return True
    if head not in _SURNAME_VENUE_HEADS and _AT_BEFORE.search(text, low, cand.start):
        return True
    return _owned_by_place(text, cand.start, gazetteer)
