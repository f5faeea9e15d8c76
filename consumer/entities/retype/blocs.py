"""A bloc of countries named by its letters is a body, not a place (issue 11, session 36).

The small model reads a group of states written in capitals as a place ("the 12th QUORV summit",
"QUORV countries", "G9 finance ministers"), since its members are places; the conventions type
international bodies as organisations. A model place that is one word of capitals the gazetteer
does not know is the bloc where the words right after it say so: "countries", "nations",
"member states", "members", "economies", "bloc", "grouping", "summit" ("the KAVU countries", "the
QUORV summit"), or a "member(s) of (the)" before it. A group named by "G" and a number ("G9",
"G-9") is one with no cue. "Leaders" and "ministers" are no cue: a country's letters take them
too ("PRC leaders"), and a name the gazetteer knows (a country's letters, "UAE" of a list) keeps
its type. A numbered group the model read otherwise (a person, a product: the model-name rule
takes "G-9" for a code) is the group only by the words of its doings right after it ("the G-9
meeting", "G9 finance ministers"; never "a G9 processor"). Only a window of 40 characters on
either side of the name is read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer

# One word of three to six capitals ("QUORV", "KAVU"), or "G" and a number ("G9", "G-20")
_BLOC_LETTERS = re.compile(r"[A-Z]{3,6}")
_NUMBERED_GROUP = re.compile(r"G-?\d{1,2}")
_BLOC_AFTER = re.compile(
    r"[ \t]+(?:countries|nations|member[ \t]+(?:states|countries|nations)|members|economies|bloc|"
    r"grouping|summit|summits)(?![\w-])"
)
# A numbered group's own doings ("the G-9 meeting", "G9 finance ministers", "the G-9 countries"):
# what tells it from a chip's or a phone's model code ("a G9 processor"), which the model-name
# rule would make a product
_GROUP_AFTER = re.compile(
    r"[ \t]+(?:(?:finance|foreign|trade)[ \t]+)?(?:countries|nations|"
    r"member[ \t]+(?:states|countries|nations)|members|economies|bloc|summit|summits|meeting|meetings|"
    r"ministers|leaders|communiqu\S*|partners|talks|"
    r"accord|agreement|statement|central[ \t]+bank(?:s|ers))(?![\w-])"
)
_MEMBER_BEFORE = re.compile(r"(?<![\w-])members?[ \t]+of[ \t]+(?:the[ \t]+)?$")
_REACH = 40


def bloc_of_countries(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a model place is a bloc of countries by its letters (see the module's doc): the
    caller types it an organisation on all its mentions."""
    if cand.type != "LOCATION" or cand.origin != "ner" or cand.entry is not None:
        return False
    if _NUMBERED_GROUP.fullmatch(surface) is not None:
        return True
    if _BLOC_LETTERS.fullmatch(surface) is None or gazetteer.lookup(surface) is not None:
        return False
    return (
        _BLOC_AFTER.match(text, cand.end, cand.end + _REACH) is not None
        or _MEMBER_BEFORE.search(text, max(0, cand.start - _REACH), cand.start) is not None
    )


def numbered_group(cand: Candidate, text: str, surface: str) -> bool:
    """Whether a model name "G" and a number ("G9", "G-9") is a group of countries by the words of
    its doings after it or a "member(s) of" before it: the model-name rule must not make it a
    product. A place so named is one with no cue (``bloc_of_countries``)."""
    if cand.origin != "ner" or cand.entry is not None or _NUMBERED_GROUP.fullmatch(surface) is None:
        return False
    return (
        _GROUP_AFTER.match(text, cand.end, cand.end + _REACH) is not None
        or _MEMBER_BEFORE.search(text, max(0, cand.start - _REACH), cand.start) is not None
    )
