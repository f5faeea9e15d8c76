"""A place's public services named in a tag by their kind: "police said", "the sheriff's office
said", "the fire department said", "a spokesperson for the district said", "police officials
said" (issue 14, session 35).

US local news names the body once ("the Kelby County Sheriff's Office") and then speaks of it by
its kind, often many paragraphs on. The kind's words must be the body's own: "the fire
department" is never a police department named before, "police" never a police union, "Spanish
police" never the Kelby Police Department (the general reading of "the department" took any
name holding the noun). The body is the one of that kind the story named before the tag; of
several, the one that spoke last if it is of that kind, else nobody (null beats a guess). A kind
no body of the story fits names nobody. The look-back reads at most 64 mentions
(`SpeakerIndex._back`), so the cost stays bounded however long the story is.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer.lists import group_words
from consumer.events import Entity
from consumer.quotes.speaker_index import NOBODY, Speaker, SpeakerIndex

_END = r"(?:\s+\([A-Z]{2,6}\))?$"  # a name may carry its acronym: "Kelby Police Department (KPD)"
# Each kind a tag may name, and how a body's name of that kind ends (lower case, straight marks)
_KIND_NAMES: dict[str, re.Pattern[str]] = {
    "police": re.compile(
        r"(?:(?<!\bof\s)\bpolice(?:\s+(?:department|dept\.?|service|force|bureau))?"
        r"|\b(?:division|department|bureau)"
        r"\s+of\s+police|\bconstabulary)" + _END
    ),
    "state police": re.compile(r"\bstate\s+(?:police|patrol)" + _END),
    "highway patrol": re.compile(r"\bhighway\s+patrol" + _END),
    "sheriff": re.compile(r"\bsheriff'?s?'?\s+(?:office|department|dept\.?)" + _END),
    "fire": re.compile(
        r"\bfire\s+(?:(?:and|&)\s+rescue\s+)?(?:department|dept\.?|rescue|service|authority|district"
        r"|protection\s+district)" + _END
    ),
    "school": re.compile(
        r"\b(?:school\s+(?:district|system)|public\s+schools|(?:city|county)\s+schools)" + _END
    ),
    "schools": re.compile(
        r"\b(?:school\s+(?:district|system|board)|public\s+schools|(?:city|county)\s+schools"
        r"|board\s+of\s+(?:education|trustees))" + _END
    ),
    "district": re.compile(r"\b(?:district|public\s+schools|(?:city|county)\s+schools)" + _END),
    "school board": re.compile(r"\b(?:school\s+board|board\s+of\s+(?:education|trustees))" + _END),
    "health": re.compile(
        r"\b(?:(?:public\s+)?health\s+(?:department|district)|department\s+of\s+(?:public\s+)?health"
        r"|board\s+of\s+health)" + _END
    ),
    "coroner": re.compile(r"\bcoroner's\s+office" + _END),
    "medical examiner": re.compile(r"\bmedical\s+examiner's\s+office" + _END),
    "attorney": re.compile(r"\battorney's\s+office" + _END),
    "prosecutor": re.compile(r"\bprosecutor's\s+office" + _END),
    "transit": re.compile(r"\b(?:transit|transportation)\s+(?:authority|agency|district)" + _END),
    "housing": re.compile(r"\bhousing\s+authority" + _END),
    "authority": re.compile(r"\bauthority" + _END),
}
# The words of a tag naming a kind (after "the"), lower case with straight marks
_KIND_WORDS: dict[tuple[str, ...], str] = {
    ("police",): "police",
    ("police", "department"): "police",
    ("police", "force"): "police",
    ("state", "police"): "state police",
    ("state", "patrol"): "state police",
    ("highway", "patrol"): "highway patrol",
    ("sheriff's", "office"): "sheriff",
    ("sheriff's", "department"): "sheriff",
    ("fire", "department"): "fire",
    ("fire", "service"): "fire",
    ("fire", "district"): "fire",
    ("district",): "district",
    ("school", "district"): "school",
    ("school", "system"): "school",
    ("school", "board"): "school board",
    ("health", "department"): "health",
    ("health", "district"): "health",
    ("coroner's", "office"): "coroner",
    ("medical", "examiner's", "office"): "medical examiner",
    ("district", "attorney's", "office"): "attorney",
    ("attorney's", "office"): "attorney",
    ("prosecutor's", "office"): "prosecutor",
    ("transit", "authority"): "transit",
    ("transit", "agency"): "transit",
    ("housing", "authority"): "housing",
    ("authority",): "authority",
}
# ... and the kind an official's noun may stand after alone ("fire officials", "school officials")
_OFFICIALS_OF: dict[tuple[str, ...], str] = {
    ("sheriff's",): "sheriff",
    ("fire",): "fire",
    ("school",): "schools",  # a school district's, board's or schools' own: never any "District"
    ("health",): "health",
    ("transit",): "transit",
}
# An unnamed official of the body ("police officials said", "a sheriff's office spokesman said"):
# the conventions give the words to the body
_OFFICIALS = frozenset(("official", "officials", "spokesman", "spokeswoman", "spokesperson"))
# "a spokesperson for the district", "a spokesman with the sheriff's office"
_FOR = frozenset(("for", "with", "from", "at"))
_DETERMINERS = frozenset(("the", "a", "an", "one"))
# A union or association of a service's people is never the service ("Fraternal Order of Police",
# "Kelby Police Officers Association"; "Union County" is a place, so only "union of")
_UNION = re.compile(
    r"\b(?:fraternal|federation|associations?|brotherhood|benevolent|guild)\b|\b(?:order|union)\s+of\b"
)
# Words before "police" that name no place: the story's own force ("Local police said")
_LOCAL = frozenset(("local", "area", "city", "county", "town", "municipal"))
# Words after a body's place and before its kind: its level ("Kelby County Police Department")
_LEVELS = frozenset(("county", "city", "township", "parish", "borough", "village", "town", "metropolitan"))


def _kind_of(low: list[str]) -> tuple[str, str | None, str | None] | None:
    """The kind a tag's words name, the official's noun if an official of it speaks, and a
    capitalised place or people before "police" ("Kelby police", "Spanish police"); None when
    the words name no kind of local service."""
    words = [w.replace("\u2019", "'") for w in low]
    official: str | None = None
    if len(words) >= 4 and words[1] in _OFFICIALS and words[2] in _FOR and words[0] in _DETERMINERS:
        official, words = words[1], words[3:]  # 'a spokesperson for the district'
        if words[:1] == ["the"]:
            words = words[1:]
    elif words[-1:] and words[-1] in _OFFICIALS and len(words) >= 2:
        official, words = words[-1], words[:-1]  # 'police officials', 'a sheriff's office spokesman'
        if words[:1] and words[0] in _DETERMINERS:
            words = words[1:]
    elif words[:1] == ["the"]:
        words = words[1:]
    if words[1:] == ["police"] and words[0] in _LOCAL:
        words = words[1:]  # 'local police said': the bare kind
    kind = _KIND_WORDS.get(tuple(words))
    if kind is None and official is not None:
        kind = _OFFICIALS_OF.get(tuple(words))  # 'fire officials said', "sheriff's officials said"
    if kind == "district" and official is None:
        return None  # 'the district said': the body the noun heads, read by the general rule
    if kind == "authority" and (official is not None or low[:1] != ["the"]):
        return None  # only "the authority said": a bare "authority" or "authorities" is vague
    if kind is not None:
        return kind, official, None
    return None


def _qualified_police(words: list[str], low: list[str]) -> str | None:
    """ "Kelby police", "Spanish police": the capitalised word before a bare "police", a place or
    a people; never a determiner or a stop word ("The police": the bare kind)."""
    if len(words) == 2 and low[1] == "police" and words[0][:1].isupper() and words[0].isalpha():
        return None if low[0] in STOP_WORDS else words[0]
    return None


def _fits(ent: Entity, kind: str, place: str | None) -> bool:
    if ent.type != "ORGANIZATION":
        return False
    name = ent.name.lower().replace("\u2019", "'")
    found = _KIND_NAMES[kind].search(name)
    if found is None or _UNION.search(name) is not None:
        return False
    return place is None or _place_fits(name[: found.start()].split(), place)


def _place_fits(before: list[str], place: str) -> bool:
    """Whether the words of a body's name before its kind are the place, whole words ("Kelby" for
    the Kelby County Police Department, never "York" for New York's or "Columbia" for Columbus'),
    or the one word a listed people's word is made on ("Israeli police": the Israel Police)."""
    people = place in group_words()
    place = place.lower()
    while before and before[-1] in _LEVELS:
        before = before[:-1]
    if before[:1] == ["the"]:
        before = before[1:]
    if before == [place]:
        return True
    return people and len(before) == 1 and len(before[0]) >= 5 and place.startswith(before[0][:-1])


def service_speaker(
    index: SpeakerIndex, words: list[str], low: list[str], fld: str, start: int
) -> Speaker | None:
    """The body a tag names by its kind of local service, nobody when no body of the story fits
    it, or None when the tag names no such kind (the other rules then read it)."""
    if fld != "body" or not 1 <= len(words) <= 6:
        return None
    found = _kind_of(low)
    if found is None:
        place = _qualified_police(words, low)
        found = None if place is None else ("police", None, place)
    if found is None:
        return None
    kind, official, place = found
    fitting: dict[str, Entity] = {}
    others = False  # a body of that kind named, which the place before "police" does not fit
    for _, _, ent in index._back(fld, start, 0):
        if _fits(ent, kind, place):
            fitting.setdefault(ent.id, ent)
        elif place is not None and _fits(ent, kind, None):
            others = True
    if len(fitting) == 1:
        return Speaker(next(iter(fitting.values())), described=official)
    last = index.last_org
    if fitting and last is not None and last.id in fitting:
        return Speaker(last, described=official)  # of several, the one that spoke last
    if place is not None and not fitting and not others:
        return None  # 'Kelby police said' with no police named: the other rules read it
    return NOBODY if official is None else Speaker(None, described=official)
