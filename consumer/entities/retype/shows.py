"""A broadcaster's programme the model reads as a body, a place or a person: the name stands right
after an owner's possessive and right before a lower-case kind of programme ("told Kelby Radio's
Morning Hour programme", "on ZBC's Harbor Nights show", "the station's Night Desk podcast",
"Tarvo One's Quill Academy series"). A show's title is a work (MISC by the conventions); the
model read such titles as bodies on the BBC copy ("BBC Radio 4's Today programme").

"series" counts only after a broadcaster's shape (capitals, "TV", "Radio", "Channel", a channel's
number word): a maker's "Quorvex's Vela series" is a product line. The name is one to four
capitalised words with no head word of another kind, nothing the gazetteer lists, no capitals
alone (an event's or a body's letters, "ZBC's CES show") and no person's look ("Kelby One's Jo
Roe show" is the host's). Only the 40 characters before and the 28 after the name are read; the
kind may end a line or the text ("... on ZBC's Harbor Nights show" and a line break).

A work is also named right before its cast's noun and a person's name ("former Harbor Nights actor
Jo Roe", "Quill Point co-star Ada Quell"; never "star", which clubs and bands have, a listed name,
capitals alone or a head word's body): ``cast_title``.

Session 46 (E): celebrity copy calls a player already named by the work they are known for, "the"
and the title before the cast's noun, with no name after it ("the Harbor Nights actor, 35,",
"the Quill Point actress wrote", "the former Tarnished star couldn't", "the Velvet star was taking
lessons"): ``cast_epithet``, the work's title. "star" counts here, never near a word of play
(a club's star, "the Kelby United star was booked after the match") nor for a plural's look ("the Harbor Boys
star", a band's); a film industry's word ("the Bollywood actor") and a venue's head ("the Kelby
Theatre actor", the playhouse's company) name none. The model read such titles as bodies on three
sites' pages of the fresh draw.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.person_names import looks_like_person
from consumer.entities.retype.venues import venue_head
from consumer.gate import gated

# The kind right after the name, ending its noun phrase: punctuation, a line's or the text's end, a
# function word or a verb after it, never a noun it modifies ("the Harbor Nights show host" is the
# host's). Matched with no end position: a window's end would pass for the text's ("$", "\b"), so
# a kind at a line's end was never read and one cut by the window was; the runs of spaces are
# bounded instead, so at most 28 characters are read
_KIND_AFTER = re.compile(
    r"[ \t]{1,4}(?P<kind>programmes?|programs?|shows?|podcasts?|series)"
    r"(?=[ \t]{0,4}(?:[,.;:!?)\u201d\"'\u2019]|\r?\n|$)"
    r"|[ \t]{1,4}(?:on|in|at|to|for|that|which|who|and|or|but|"
    r"with|about|from|when|this|last|is|was|has|had|said|says|suggests|found|showed|beat|aired|airs)\b)"
)
_AFTER_REACH = 24
# An owner's possessive right before the name: "Kelby Radio's ", "ZBC's ", "the station's "
_OWNER_BEFORE = re.compile(r"(?P<owner>[\w&.+-]+)['\u2019]s[ \t]+$")
_BEFORE_REACH = 40
# A broadcaster's look, for "series": capitals ("ZBC", "KTV1"), or a channel's word
_BROADCASTER = re.compile(r"[A-Z][A-Z0-9]+|TV|Radio|Channel|One|Two|Three|Four|Five|Network|Service")
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019-]*|of|the|with|and|on|in|for|a")
_CAPITALS = re.compile(r"[A-Z0-9&.+-]+")
_PLURAL_LOOK = re.compile(r"[a-z][a-hj-rtv-z]s$")  # "... Boys", "... Rovers"; never "... Oasis", "... Nexus"


def broadcast_programme(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model name between an owner's possessive and a programme's kind: the programme's title."""
    if (
        cand.origin != "ner"
        or cand.entry is not None
        or cand.type not in ("ORGANIZATION", "LOCATION", "PERSON")
    ):
        return False
    words = surface.split()
    if (
        not 1 <= len(words) <= 4
        or not words[0][:1].isupper()
        or not all(_NAME_WORD.fullmatch(w) for w in words)
    ):
        return False
    kind = _KIND_AFTER.match(text, cand.end)  # bounded by the pattern itself (see its note)
    if kind is None:
        return False
    owner = _OWNER_BEFORE.search(text, max(0, cand.start - _BEFORE_REACH), cand.start)
    if owner is None:
        return False
    if kind.group("kind") == "series" and _BROADCASTER.fullmatch(owner.group("owner")) is None:
        return False
    if _CAPITALS.fullmatch(surface.replace(" ", "")) or head_type(surface) is not None:
        return False
    if gazetteer.lookup(surface) is not None:
        return False
    return cand.type != "PERSON" or not looks_like_person(surface, gazetteer)


# "Harbor Nights actor Jo Roe", "former Quill Point actress Ada Quell": a work named right before
# its cast's noun and a person's name. "star" is left out: clubs and bands have stars too ("Kelby
# United star Jo Roe").
_CAST_AFTER = re.compile(
    r"[ \t]+(?:actor|actress|actors|actresses|co-star|co-stars|showrunner|screenwriter)[ \t]+[A-Z][a-z]"
)


# "the Harbor Nights actor, 35,", "The former Tarnished star couldn't": "the" (and "former") right
# before the name, the cast's noun right after it and no name after the noun: a punctuation mark,
# a lower-case word or the text's end. At most 12 characters before and 20 after the name are read.
_THE_BEFORE = re.compile(r"\b(?:the|The)[ \t]+(?:former[ \t]+)?$")
_EPITHET_AFTER = re.compile(
    r"[ \t]+(?P<noun>actor|actress|co-star|star)(?=[ \t]*(?:[,.;:!?)\u2014]|$)|[ \t]+[a-z])"
)
_EPITHET_BEFORE_REACH = 12
_FILM_INDUSTRY = re.compile(r"[A-Z][a-z]*wood")  # "Bollywood", "Nollywood": an industry, no work
# Words of play near a "star": a club's ("the Kelby United star was booked"). Only the words of a
# game's field, never "won", "season", "game" or "team", which screen copy writes as often
# ("won an Emmy", "the season finale"); read within 200 characters either side of the name.
_PLAY_WORDS = gated(
    r"\b(?:match(?:es)?|scored|goals?|striker|midfielder|defender|goalkeeper|quarterback|coach|"
    r"league|club|squad|innings|touchdowns?|transfer|signing|playoffs?|tournament|stadium)\b",
    re.IGNORECASE,
)
_PLAY_REACH = 200


def cast_epithet(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to four name words between "the" and a cast's noun that no name follows:
    the title of the work a player is known for (see the module's docstring)."""
    if cand.origin != "ner" or cand.entry is not None or cand.type != "ORGANIZATION":
        return False
    words = surface.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    after = _EPITHET_AFTER.match(text, cand.end, cand.end + _AFTER_REACH)
    if (
        after is None
        or _THE_BEFORE.search(text, max(0, cand.start - _EPITHET_BEFORE_REACH), cand.start) is None
    ):
        return False
    if _CAPITALS.fullmatch(surface.replace(" ", "")) or head_type(surface) is not None:
        return False
    if _FILM_INDUSTRY.fullmatch(surface) or venue_head(surface) or gazetteer.lookup(surface) is not None:
        return False
    if after.group("noun") != "star":
        return True
    play = _PLAY_WORDS.search(text, max(0, cand.start - _PLAY_REACH), cand.end + _PLAY_REACH)
    return _PLURAL_LOOK.search(surface) is None and play is None


def cast_title(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to four name words, no capitals alone, no head word, nothing the
    gazetteer lists, right before an actor's noun and a person's name: the work's title."""
    if cand.origin != "ner" or cand.entry is not None or cand.type != "ORGANIZATION":
        return False
    words = surface.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _CAST_AFTER.match(text, cand.end, cand.end + _AFTER_REACH + 8) is None:
        return False
    if _CAPITALS.fullmatch(surface.replace(" ", "")) or head_type(surface) is not None:
        return False
    return gazetteer.lookup(surface) is None
