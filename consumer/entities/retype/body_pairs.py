"""Two bodies joined by "and" that the model read as one work of art ("accuses Quellio and
Facebook of ...", "Kelby and TCU fans", session 45): the pair is two organisations.

The model tags such a pair ``WORK_OF_ART`` (MISC), as it would "War and Peace"; ``splits``
parts an "and" pair only when the story or the gazetteer knows both sides, and a firm the
copy names once beside a listed one is known nowhere. So a MISC pair one side of which is a
body by itself (a body the gazetteer lists, or an acronym in capitals that is no common
abbreviation, disease or listed name of another kind) is that body and one more: the other
side is a body as well when it is one too or a name no list holds. A title whose words are no
bodies ("War and Peace", "Pride and Prejudice") or whose other side is a place, a person's
given name or a common word the gazetteer knows stays one work; "&" joins a firm's own name
("Simon & Schuster", "Parks & Recreation") and is left alone.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.lexicons import is_disease
from consumer.lexicon import COMMON_ACRONYMS

# each side one or two capitalised words, as in ``splits``' "and" pairs
_SIDE = r"[A-Z][\w.'’+-]*(?: [A-Z][\w.'’+-]*)?"
_BODY_PAIR = re.compile(rf"({_SIDE}) and ({_SIDE})")
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _body_side(side: str, gazetteer: Gazetteer) -> tuple[bool, GazEntry | None] | None:
    """(whether the side is a body by itself, its gazetteer entry), or None when the side is a
    name of another kind (a place, a person's given name, a disease, a common abbreviation)."""
    entry = gazetteer.lookup(side)
    if entry is not None:
        return (True, entry) if entry.type == "ORGANIZATION" else None
    if _ACRONYM.fullmatch(side):
        if side in COMMON_ACRONYMS or is_disease(side):
            return None
        return True, None
    if is_given_name(side.split()[0]) or is_disease(side):
        return None
    return False, None


def split_body_pair(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A model MISC "A and B" with a body on one side and a body or an unknown name on the other
    is the two bodies; anything else is left as it is."""
    if cand.type != "MISC" or cand.origin != "ner" or cand.entry is not None:
        return [cand]
    match = _BODY_PAIR.fullmatch(text, cand.start, cand.end)
    if match is None or match.group(1) == match.group(2) or gazetteer.lookup(match.group(0)) is not None:
        return [cand]
    first, second = (_body_side(match.group(n), gazetteer) for n in (1, 2))
    if first is None or second is None or not (first[0] or second[0]):
        return [cand]
    return [
        Candidate(cand.field, match.start(n), match.end(n), "ORGANIZATION", cand.origin, side[1])
        for n, side in ((1, first), (2, second))
    ]
