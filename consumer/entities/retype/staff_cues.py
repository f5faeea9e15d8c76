"""A name the model read as a person or a small place, right after a market professional's "at",
is the firm that employs them (``ORGANIZATION``), on every mention; a model body there stays the
firm, whatever the person rules make of its look.

Brokerages, banks and research houses are named after their founders or towns ("Merrill Lynch",
"Dean Witter", "Jupiter Research"), and the model reads the founder or the town. Wire and business
copy names them as an analyst's employer: "said Jo Roe, an analyst at Kelby Marsh", "economist at
Tarvel Brothers", "said Ada Quell at Kelby Marsh". An analyst, an economist, a strategist, a broker
or a banker works at a firm, and a person named right before "at" is at a firm or a place, never
at a person: so a person's reading of the name there is the firm's (issue 11, session 40: 1987
wire and 2004-05 BBC copy). Workers, staff and managers are left out: they work at plants and
sites as often ("a manager at Tarvel", the site).

A place's reading turns only where ``firm_cues`` would let a firm's words turn it: never a
country, a continent, a region, a division or a city of 100,000 people or more ("an economist at
Tokyo" is rare, and then the place's). Only the ``_REACH`` characters before the name are read,
after a cheap test of the two characters before it.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.firm_cues import may_be_firm

# a market professional and "at" right before the name ("an analyst at ", "chief economist at ")
_ROLE_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|brokers?|bankers?|dealers?|"
    r"(?:fund|portfolio|research)[ \t]+managers?)[ \t]+at[ \t]+$"
)
# a speaker's name and "at" right before it ("said Jo Roe at "): a person is at no person
_SPEAKER_AT = re.compile(r"\b(?:said|says)[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}at[ \t]+$")
_REACH = 48  # characters read before the name
_NAME_WORD = re.compile(r"[A-Z][\w&.'\u2019-]*")


def firm_by_staff(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model person, body or place of one to three capitalised words right after a market
    professional's (or, not a place's reading, a speaker's) "at": the firm, whatever its look
    ("Dean Harlow" stays the firm where the person rules would read a person)."""
    if cand.type not in ("LOCATION", "PERSON", "ORGANIZATION") or cand.origin not in ("ner", "gazetteer"):
        return False
    start = cand.start
    if not text.startswith("at ", max(0, start - 3)):  # the cheap test: "at " right before
        return False
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    lo = max(0, start - _REACH)
    if _ROLE_AT.search(text, lo, start) is None and (
        cand.type == "LOCATION" or _SPEAKER_AT.search(text, lo, start) is None
    ):
        return False
    return may_be_firm(cand, surface, gazetteer)


# Session 45 (A): a research centre named by its head word, "... Center" or "Center for/on/of ...",
# right after one of its scholars' roles and "at"/"of"/"with" ("a senior fellow at the Kelby Center
# for Harbor Policy", "co-director of Kelby's Tarvin Center"). The model reads such a name as a
# facility, a place; the conventions make a centre with staff the body that runs it (bodies.py's
# venues keep a centre of events a place). Never a venue's, a hospital's or a shop's centre.
_CENTRE_NAME = re.compile(r"\bCent(?:er|re)(?:$|[ \t]+(?:for|on|of)[ \t])")
_VENUE_CENTRE = re.compile(
    r"\b(?:Convention|Exhibition|Conference|Civic|Events?|Arts|Medical|Shopping|Trade|Community|Aquatics?|"
    r"Sports?|Leisure|Visitors?|Garden|Detention|Distribution|Data|Call|Town|City|Recreation|Fitness)"
    r"[ \t]+Cent(?:er|re)\b"
)
_SCHOLAR_OF = re.compile(
    r"\b(?:fellows?|researchers?|scholars?|scientists?|professors?|economists?|analysts?|"
    r"(?:co-?)?directors?|(?:co-?)?founders?)[ \t]+(?:at|of|with)[ \t]+"
    r"(?:the[ \t]+|[A-Z][\w.&-]*['\u2019]s[ \t]+)?$"
)
_CENTRE_WORDS = 10


def centre_by_staff(cand: Candidate, text: str, surface: str) -> bool:
    """A model place or person that names a research centre right after a scholar's role (see
    ``_SCHOLAR_OF``): the body. Reads ``_REACH`` characters before the name."""
    if cand.type not in ("LOCATION", "PERSON") or cand.origin != "ner":
        return False
    if _CENTRE_NAME.search(surface) is None or _VENUE_CENTRE.search(surface) is not None:
        return False
    if len(surface.split()) > _CENTRE_WORDS:
        return False
    return _SCHOLAR_OF.search(text, max(0, cand.start - _REACH), cand.start) is not None
