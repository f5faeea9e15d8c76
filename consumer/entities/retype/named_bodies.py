"""Bodies named by their place and a word of their own, which the model reads as the place
(issue 11, session 36).

The place's name opens them, and the small model types the whole as a place:

* a club: a known place and a plural nickname, the shape ``rules.club_shaped`` reads (never
  land forms or events, "Kelby Heights", "Kelby Games"), in a field about sport (three words
  of sport, ``team_cues.sport_story``, read once per field) or before "team", "club", "squad"
  ("the Kelby Comets team"; a show, a lecture series or a prize is named so too: "Kelby
  Nights", "the Kelby Lectures");
* in a story about sport (``bodies.about_sport``), a known city and "City" ("Kelby City v
  Tarvo Rovers"; a city so named, "Quezon City", is one entry of the gazetteer; a lower-case
  word of a town's after it, "Kelby City centre", "in" before it or a comma and a state after
  it, "in Kelby City, MD", keep the town);
* a legislature, a school of music or a company of players by its head word: "assembly",
  "parliament", "conservatory", "conservatoire", "orchestra", "philharmonic" ("the Tarvia
  Assembly", "the Kelby Conservatory"; never "Opera", the house as often as its company:
  "conducted at the Kelby State Opera").

The nickname or the head is the name's last word and the name opens on a place the gazetteer
knows; the whole is no entry of its own. Besides the name's own words only the few characters
around it and the sport windows named above are read.
"""

from __future__ import annotations

import functools
import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.bodies import about_sport
from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.sports import club_shaped

_BODY_HEADS = frozenset(word_list("assembly parliament conservatory conservatoire orchestra philharmonic"))
# "Kelby City centre", "Kelby City council": the town's own things after it keep the town
_TOWN_THING_AFTER = re.compile(
    r"[ \t]+(?:centre|center|council|hall|limits|area|region|district|airport|station|police|residents|"
    r"mayor|suburbs|outskirts|streets|boundaries)\b"
)
_CLUB_WORD_AFTER = re.compile(r"[ \t]+(?:team|club|franchise|squad|side)\b")
# "in Kelby City", "Kelby City, MD": the town itself (a club is signed from, beaten by or lost to)
_IN_TOWN_BEFORE = re.compile(r"(?<![\w-])(?:in|near|outside|around|across|throughout)[ \t]+$")
_STATE_AFTER = re.compile(r",[ \t]+[A-Z]")


@functools.lru_cache(maxsize=16)
def _sport_field(text: str) -> bool:
    """Three different words of sport in the field (``team_cues.sport_story``), read once per
    field however many names ask: a prize's or a show's story "won" and has "points" too."""
    from consumer.entities.team_cues import sport_story  # team_cues imports this package

    return sport_story((text,))


def _place_first(words: list[str], gazetteer: Gazetteer) -> bool:
    """The name opens on a place the gazetteer knows, one word or more before the last ("Kelby
    State Opera", "Tampa Bay ..."), and the last word is no entry of its own ("Ohio Democrats": a
    group of that place)."""
    if gazetteer.lookup(words[-1]) is not None:
        return False
    for size in range(len(words) - 1, 0, -1):
        entry = gazetteer.lookup(" ".join(words[:size]))
        if entry is not None and entry.type == "LOCATION":
            return True
    return False


def body_read_as_place(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a model place is a club or a body named by its place (see the module's doc)."""
    if cand.type != "LOCATION" or cand.origin != "ner" or cand.entry is not None:
        return False
    words = surface.split()
    if not 2 <= len(words) <= 4 or gazetteer.lookup(surface) is not None:
        return False
    if words[-1].lower() in _BODY_HEADS:
        return _place_first(words, gazetteer)
    if club_shaped(surface):
        # a club in a story about sport or before its own word ("the Kelby Comets team"): a show,
        # a series of lectures or a prize is named so too ("Kelby Nights", "the Kelby Lectures")
        return _place_first(words, gazetteer) and (
            _CLUB_WORD_AFTER.match(text, cand.end) is not None or _sport_field(text)
        )
    if words[-1] != "City" or _TOWN_THING_AFTER.match(text, cand.end) is not None:
        return False
    if _STATE_AFTER.match(text, cand.end) or _IN_TOWN_BEFORE.search(
        text, max(0, cand.start - 12), cand.start
    ):
        return False  # "in Kelby City, MD": a town too small for the gazetteer
    return _place_first(words, gazetteer) and about_sport(text, cand.start, cand.end)
