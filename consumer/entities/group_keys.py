"""The keys that decide which candidates are one thing.

Candidates with the same key form one group; the key folds case, a leading "the" and
suffixes so that the forms a story uses for one body or person meet.
"""

from __future__ import annotations

import re

from consumer.entities import consolidate, rules
from consumer.entities.candidates import Candidate


def group_key(cand: Candidate, surface: str) -> tuple[str, ...]:
    """What one entity's mentions share: a person's full name, a list's entry, or the name
    without the words that vary between its mentions (a suffix, an edition, a plural)."""
    if cand.type == "PERSON":
        return ("PERSON", (cand.group or surface).lower())
    if cand.entry is not None and cand.entry.type == cand.type:
        e = cand.entry
        return ("E", cand.type, e.iso3166 or str(e.geonames_id or "") or e.name)
    if cand.type == "PRODUCT" and cand.group:  # "Corvo K7 ... the K7": one product
        return (cand.type, consolidate.key_of(cand.group))
    if cand.type == "ORGANIZATION":  # "Acme Corp" and "Acme" are one company
        return (cand.type, _body_key(consolidate.key_of(rules.CORPORATE_SUFFIX_END.sub("", surface))))
    if cand.type == "NORP":  # "Victorian" and "Victorians" are one group of people
        return (cand.type, _people_key(consolidate.key_of(surface)))
    if cand.type == "EVENT":  # "the 3rd Harbour Expo" and "the Harbour Expo" are one event
        bare = rules.STORM_KIND.sub("", rules.EDITION_PREFIX.sub("", surface))
        bare = rules.CITY_EDITION_PREFIX.sub("", bare)  # "Beijing 2022 Olympic Winter Games"
        bare = rules.EDITION_YEAR_SUFFIX.sub("", bare)  # "the Harbor Open 2020 ... the Open"
        return (cand.type, consolidate.key_of(bare))
    if cand.type == "MISC":  # "two Harp Awards ... the Harp Award": one prize
        bare = rules.PLAN_FIELD_END.sub("", surface)  # a plan with its field and without
        return (cand.type, _LEADING_THE.sub("", consolidate.key_of(rules.PRIZE_PLURAL.sub("", bare))))
    # "The Quiet Shore" and "Quiet Shore" are one work
    return (cand.type, _LEADING_THE.sub("", consolidate.key_of(surface)))


_LEADING_THE = re.compile(r"^the (?=\S)")
# "Policing" in a force's name is how British forces style the body ("Counter Terrorism
# Policing"); the story's "Counter Terrorism Police" is the same body
_POLICING_END = re.compile(r"\bpolicing$")


def _body_key(key: str) -> str:
    """An organisation's grouping key: without a leading "the" ("The Tribune" is "Tribune") and
    with a force's "Policing" read as "Police"."""
    return _POLICING_END.sub("police", _LEADING_THE.sub("", key))


def _people_key(key: str) -> str:
    """A group of people's grouping key: the singular of a plural last word ("Victorians",
    "African Americans", "Democrats"); "Swiss" keeps its double s."""
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 3 else key
