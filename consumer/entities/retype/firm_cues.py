"""A name the model read as a place or a person that a firm's own words sit beside is the firm
(``ORGANIZATION``), on every mention.

Firms are named after towns, regions and founders ("Piedmont", "Ashland", "William Hill"), and
small or foreign ones are names the model has never seen; it reads them as the place or the
person their look suggests. A few words belong to a company and to nothing else: its shares,
shareholders, board of directors and chief executive after its name ("Kelvo shares", "Kelvo's
shareholders", "the Kelvo board of directors", "Kelvo chief executive Jo Roe"), and a stake, a
takeover or a merger before it ("a 20% stake in Kelvo", "the takeover of Kelvo", "its merger with
Kelvo"). A place has none of these, so where one stands right beside the name, the name is the
firm throughout the story (issue 11, session 39: fresh 1987 wire and 2004-05 BBC copy).

Never a country, a continent, a region, a first-level division or a city of 100,000 people or
more the gazetteer knows: "London shares", "China shares" and "Hong Kong shares" are markets,
"Iraq's share" a quota and "a stake in Tarvia's biggest bank" the bank's; a sports club named by
its city is ``team_cues``' (a story about sport). A person's reading takes no cue a person takes
too ("Jo Roe's shares", a holder's; "a Roe spokesman"). Only the words right beside the mention are read:
the cheap test after the name first, then at most ``_REACH`` characters before it.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer

# a firm's own words right after its name, its possessive perhaps between ("Kelvo's shareholders",
# "Kelvo shares rose", "Kelvo chief executive Jo Roe"); "shares" before "of" or "in" is a part of
# something else ("Kelvo shares of the market"), "board" only as the board of directors
_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:shares(?![ \t]+(?:of|in)\b)|shareholders|stockholders|"
    r"chief[ \t]+executive|board[ \t]+of[ \t]+directors)(?![\w-])"
)
# a firm's own words right before its name ("a 20 pct stake in Kelvo", "its takeover of Kelvo",
# "the planned merger with Kelvo", "shares in Kelvo rose")
_BEFORE = re.compile(
    r"(?:\b(?P<stake>stake|stakes|shares|stock|holding|shareholding)[ \t]+in|"
    r"\b(?:takeover|takeovers|buyout|acquisition)[ \t]+(?:bid[ \t]+for|of)|"
    r"\b(?:merger|merge|merged|merging)[ \t]+with)[ \t]+(?:the[ \t]+)?$"
)
_REACH = 40  # characters read before the name
# the last word of each of _BEFORE's readings (white space follows it)
_BEFORE_LAST = ("in", "of", "for", "with", "the")
# a capitalised word right before the "shares" of "shares in": the firm whose shares trade in a
# place ("Kelvo shares in Tarvel rose"), never the name after it
_NAME_BEFORE_STAKE = re.compile(r"[A-Z][\w&.'\u2019-]*[ \t]+$")
# the name ends its noun phrase: a possessive ("a stake in Tarvia's biggest bank") or a lower-case
# noun after it ("a stake in Tarvel harbour") makes it a modifier of another thing, and a comma
# and a capitalised word a town of a state ("a stake in the Kelby, La. refinery"); "holdings in"
# is a firm's property as often ("real estate holdings in Kelby")
_ENDS_PHRASE = re.compile(
    r"(?:[ \t]*(?:,(?![ \t\n]*[A-Z])|[.;:)!?\"\u201d]|\n|$)|"
    r"[ \t]+(?:in|on|at|for|to|from|and|or|with|by|as|which|that|"
    r"last|this|earlier|since|after|before|was|is|are|were|has|had|will|would|said|but|when|if|"
    r"rose|fell|jumped|dropped|slipped|gained|closed|"
    r"[a-z]+ed|\d)(?![\w-]))"
)
_NAME_WORD = re.compile(r"[A-Z][\w&.'\u2019-]*")
# places that never stand for a firm by these words (see the module's note)
_NEVER_KINDS = frozenset(("country", "continent", "region", "first_level_division"))
_BIG_CITY_RANK = 1  # a city of 100,000 people or more (see gazetteer._cities)


def firm_by_cue(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model place or person (or a small town the gazetteer read) of one to three capitalised
    words with a firm's own words right beside it: the firm."""
    if cand.type not in ("LOCATION", "PERSON") or cand.origin not in ("ner", "gazetteer"):
        return False
    after = _AFTER.match(text, cand.end)  # the cheap test first: the words right after the name
    if after is None and not _stake_before(text, cand.start, cand.end):
        return False
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if cand.type == "PERSON" and after is not None and after.group().startswith(("'", "\u2019")):
        return False  # "Jo Roe's shares": a holder's own shares
    return may_be_firm(cand, surface, gazetteer)


def may_be_firm(cand: Candidate, surface: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer lets a name a firm's cue points at be a firm: unlisted names, listed
    bodies and small places may; countries, regions and big cities never are one."""
    entry = cand.entry or gazetteer.lookup(surface)
    if entry is None:
        return True
    if entry.type != "LOCATION":
        return entry.type == "ORGANIZATION"
    return entry.kind not in _NEVER_KINDS and not (entry.kind == "city" and entry.rank >= _BIG_CITY_RANK)


def _stake_before(text: str, start: int, end: int) -> bool:
    """ "a 20 pct stake in Kelvo,", "the takeover of Kelvo": a firm's words before the name, which
    ends its noun phrase; "shares in" after no capitalised word."""
    tail = text[max(0, start - 12) : start]
    if tail[-1:] not in (" ", "\t") or not tail.rstrip(" \t").endswith(_BEFORE_LAST):
        return False  # no reading ends on the window's last word: its scan is spared
    before = _BEFORE.search(text, max(0, start - _REACH), start)
    if before is None or _ENDS_PHRASE.match(text, end) is None:
        return False
    if before.group("stake") is None:
        return True
    opened = before.start("stake")
    return _NAME_BEFORE_STAKE.search(text, max(0, opened - 24), opened) is None
