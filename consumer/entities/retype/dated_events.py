"""A name owned by a time ("last week's Tarvo Open", "next month's European Indoors", "Sunday's
Harbor Globes", "this year's Worlds") is an event: a time owns what happens in it, and a body is
not held on a day. The model reads such tournaments, meetings, ceremonies and concerts as bodies,
facilities or people (session 41: BBC sport and arts copy, "Brazil Open", "Rugby Aid", "Golden
Globes"); a place the gazetteer lists is never one.

What a time owns may also be an issue of a paper or a show ("today's Kelby Herald", "on Monday's
Quell Tonight"), or the name may only qualify a noun after it ("Thursday's Commons vote", "this
week's Kelby Fund meeting"): so a name with a paper's word, a head word of a body, a place, a prize
or a show, one the gazetteer lists as anything but an event, one a person's given name opens, one
after "on", and one a word other than a function word or an occasion's noun ("ceremony", "concert")
follows are all left alone. A one-word name must be a plural ("Worlds", "Oscars"): a single word
after a day is a paper as often ("today's Kelbyblatt").

Only the few characters before the name are read, after a cheap test of the possessive right
before it.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.lexicons import word_list

# a time's possessive right before the name ("last week's ", "Sunday's ", "January's "); "May" is
# left out (a surname as often)
_DATED_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:(?:last|next|this|that)[ \t]+(?:week|weekend|month|year|season|summer|winter|spring|"
    r"autumn|night|evening))|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|tomorrow|yesterday|"
    r"January|February|March|April|June|July|August|September|October|November|December)['\u2019]s[ \t]+$"
)
# "on Monday's ", "on last week's ": "on" right before the time
_ON_BEFORE_TIME = re.compile(r"\b[Oo]n[ \t]+(?:[A-Za-z]+[ \t]+)?[A-Za-z]+['\u2019]s[ \t]+$")
_REACH = 26  # characters read before the name: the time and its possessive
_NAME_WORD = re.compile(r"[A-Z0-9][\w'\u2019&.-]*|of|the|and|on|for|in|de")
# the word after the name, past an acronym in brackets ("today's Kelby Community (KC) tender")
_WORD_AFTER = re.compile(r"(?:[ \t]*\([A-Z][\w.&-]*\))?[ \t]+([A-Za-z][\w'\u2019-]*)")
# kind nouns of a held occasion after its name ("Sunday's Harbor Globes ceremony"): still the
# occasion's name; never "match" or "game" (a club's: "Saturday's Kelby match")
_OCCASION_NOUNS = frozenset(word_list("ceremony ceremonies concert concerts gala event"))
# the words of papers and magazines: a time owns their issue ("Sunday's Daily Kelby")
_PAPER_WORDS = frozenset(
    word_list(
        "daily times mail express guardian telegraph independent observer standard mirror sun star post "
        "herald news journal world gazette tribune chronicle record review weekly magazine economist "
        "monde welt zeitung shimbun"
    )
)
_PAPER_ENDS = ("blatt", "blick", "zeitung")
_READINGS = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})
_POSSESSIVES = ("'s ", "\u2019s ")


def dated_event(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body, place or person right after a time's possessive, no paper, show or body by its words,
    nothing it qualifies after it: an event (True; the caller retypes it)."""
    start = cand.start
    if text[start - 3 : start] not in _POSSESSIVES or cand.origin != "ner" or cand.type not in _READINGS:
        return False  # the cheap test: a possessive right before
    if cand.entry is not None or _DATED_BEFORE.search(text, max(0, start - _REACH), start) is None:
        return False
    if _ON_BEFORE_TIME.search(text, max(0, start - _REACH - 4), start) is not None:
        return False  # "on Monday's Quell Tonight": a show's issue
    words = surface.split()
    if not 1 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if len(words) == 1 and not (surface.endswith("s") and len(surface) > 3):
        return False  # "today's Kelbyblatt": one word is a paper as often; "Oscars", "Worlds" are plurals
    low = [w.lower() for w in words]
    if any(w in _PAPER_WORDS or w.endswith(_PAPER_ENDS) for w in low):
        return False
    if cand.type == "PERSON" and is_given_name(words[0]):
        return False
    if head_type(surface) not in (None, "EVENT"):
        return False  # "last week's Kelby Coffee Organisation": a body's head word
    entry = gazetteer.lookup(surface)
    if entry is not None and entry.type != "EVENT":
        return False
    after = _WORD_AFTER.match(text, cand.end)
    # "... Open, where", "... Indoors in Madrid", "... Globes ceremony"
    return after is None or after.group(1) in STOP_WORDS or after.group(1) in _OCCASION_NOUNS
