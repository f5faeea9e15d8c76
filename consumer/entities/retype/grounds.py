"""A sports ground the model reads as a body, told by a game between two sides before it: "a
victory over Tarvia at Kelbyfield", "defeat by Quorn at Marlow Park", "they face Varnel at
Harrowgate", "will play Kelby Rovers at Dunmarsh". A ground is a named facility, a place by the
conventions; the model reads it as the club or the union that owns it.

``areas.event_venue`` reads a game's word right before "at" ("the match at Tarvfield"); a club is
named so too ("a 2-1 win at Kelby"), and stays a body there. Here a side's name (one to three
capitalised words) must stand between the game's word and "at": one side visits the other's
ground, or two meet on a third's, so the name after "at" is no side. Only in a story about sport
(``bodies.about_sport``), for a name of one to three name words that no list knows and no head
word types; only the 56 characters before the name are read.
"""

from __future__ import annotations

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.bodies import about_sport
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.person_names import name_word
from consumer.gate import gated

_GAME_SIDE_AT = gated(
    r"(?<![\w-])(?:victory|victories|win|wins|defeat|defeats|draw|loss|clash|game|match|tie|beat|beats|"
    r"beating|face|faces|facing|play|plays|playing|played|host|hosts|hosting|hosted|meet|meets|met|against)"
    r"[ \t]+(?:(?:over|by|against|with|to)[ \t]+)?(?:the[ \t]+)?(?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}"
    r"at[ \t]+(?:the[ \t]+)?$"
)
_REACH = 56


def ground_of_a_game(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body after "at" where a game and a side's name come before: the ground, a place."""
    if cand.origin != "ner" or cand.type != "ORGANIZATION" or cand.entry is not None:
        return False
    before = text[max(0, cand.start - 7) : cand.start]
    if not before.endswith(("at ", "at the ")):
        return False  # the cheap test first: most names stand after no "at"
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(name_word(w) for w in words):
        return False
    if head_type(surface) is not None or gazetteer.lookup(surface) is not None:
        return False
    if _GAME_SIDE_AT.search(text, max(0, cand.start - _REACH), cand.start) is None:
        return False
    return about_sport(text, cand.start, cand.end)
