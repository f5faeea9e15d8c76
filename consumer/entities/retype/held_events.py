"""Competitions and conferences the model reads as bodies, by the words around them (``EVENT``).

* A league by its head word ("... League", "... Liga", a lone "Premiership" or "Championship")
  right before a word of play: a match, a title, a season, a side ("the Kelby League match", "two
  Harlow League titles", "a Premiership club", "Championship opposition"). Leagues are events by
  the conventions ("the Premier League"); a body that runs one speaks or has staff ("the Kelby
  League said", "a Kelby League spokesman"), which no word of play is.
* A conference by its head word, held somewhere or at some time: after "at", "to", "attend" or
  "during" and "the" ("spoke at the Harlow Solid Circuits Conference"), or before "in" and a
  capitalised place, "on" and a day or a month, or "last"/"next"/"this" ("the Offshore Kelp
  Conference in Houston"). A standing body named "... Conference" ("the Kelby Conference said",
  "the Harbor Conference Board") has none of these.

Each reads only a few words either side of the mention.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer

_LEAGUE_HEADS = frozenset({"League", "Liga"})
_LONE_LEAGUES = frozenset({"Premiership", "Championship"})
PLAY_AFTER = re.compile(
    r"[ \t]{1,3}(?:matche?s?|fixtures?|games?|titles?|season|clash|wins?|victory|defeat|campaign|ties?|"
    r"opener|finals?|semi-finals?|quarter-finals?|debut|appearances?|goals?|table|standings|leaders|"
    r"champions|trophy|crown|rugby|football|play-offs?|playoffs?|sides?|clubs?|teams?|outfits?|"
    r"opposition|strugglers|rivals|outing|leg|round)(?![\w-])"
)
_CONFERENCE_BEFORE = re.compile(
    r"\b(?:at|to|attend(?:s|ed|ing)?|during|addressed|address|opened|opening|closing)[ \t]+the[ \t]+"
    r"(?:(?:19|20)\d\d[ \t]+|\d{1,2}(?:st|nd|rd|th)[ \t]+|annual[ \t]+)?$",
    re.IGNORECASE,
)
CONFERENCE_AFTER = re.compile(
    r"[ \t]{1,3}(?:in[ \t]+[A-Z][a-z]|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|\d)|"
    r"(?:last|next|this)[ \t]+(?:week|month|year|spring|summer|autumn|fall|winter))"
)
_NAME_WORD = re.compile(r"[A-Z0-9][\w'\u2019&.-]*|of|the|and|on|for|in")
_EVENT_READINGS = frozenset({"ORGANIZATION", "LOCATION"})


def _model_name(cand: Candidate, surface: str, gazetteer: Gazetteer) -> list[str] | None:
    """The name's words where the model read a body or a place no list holds, else None."""
    if cand.origin != "ner" or cand.type not in _EVENT_READINGS or cand.entry is not None:
        return None
    words = surface.split()
    if not 1 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    entry = gazetteer.lookup(surface)
    return words if entry is None or entry.type == "EVENT" else None


_BOWL_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]* ){1,3}Bowl(?: [IVXL]{1,7})?")
_VENUE_BEFORE = re.compile(r"\b(?:at|outside|inside|near)[ \t]+the[ \t]+$", re.IGNORECASE)
_VENUE_AFTER = re.compile(r"[ \t]{1,3}(?:stadium|arena|venue|grounds|amphitheat(?:er|re)|parking|seats?)\b")


def bowl_game(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A game by its head word "Bowl" the model read as a place ("the Harbor Bowl", "Harbor
    Bowl XXX"), never after "at the" (a venue as often, "a concert at the Kelby Bowl") nor
    before a venue's word ("the Kelby Bowl stadium")."""
    if cand.type != "LOCATION" or "Bowl" not in surface or not _BOWL_NAME.fullmatch(surface):
        return False
    if _model_name(cand, surface, gazetteer) is None or _VENUE_AFTER.match(text, cand.end) is not None:
        return False
    return _VENUE_BEFORE.search(text, max(0, cand.start - 12), cand.start) is None


def league_in_play(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A league by its head word right before a word of play ("the Kelby League match")."""
    words = _model_name(cand, surface, gazetteer)
    if words is None:
        return False
    if not (
        (len(words) >= 2 and words[-1] in _LEAGUE_HEADS) or (len(words) == 1 and words[0] in _LONE_LEAGUES)
    ):
        return False
    return PLAY_AFTER.match(text, cand.end) is not None


def held_conference(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A conference by its head word, held at a place or a time ("at the Harlow Circuits
    Conference", "the Offshore Kelp Conference in Houston")."""
    words = _model_name(cand, surface, gazetteer)
    if words is None or len(words) < 2 or words[-1] != "Conference":
        return False
    if CONFERENCE_AFTER.match(text, cand.end) is not None:
        return True
    return _CONFERENCE_BEFORE.search(text, max(0, cand.start - 40), cand.start) is not None
