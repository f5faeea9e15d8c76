"""A company's name less its legal suffix, read as another type, joined to the company.

Wire copy names a firm once in full and then without its suffix ("Tarvelle Inc said ... Tarvelle
will pay"). The short-form passes join such a name when the model read it as a body, a one-word
person, a small town or a person nothing else names; the model reads it as a people
("Tarvelle", an "-an" or "-ese" word), a work, an event, a place or a person the story then
names by a surname too ("Marlow Dunne Corp ... Marlow Dunne said ... Dunne's sales"), and each
such reading was published as a second entity beside the company (issue 11, session 40: about
two dozen on 4,300 fresh wire and BBC stories). The name must be exactly one story company's
name less its corporate suffixes or, failing that, open exactly one company's name ("Harlow
Ridge" of "Harlow Ridge Mining Corp"; two, "Dome Mines Ltd" and "Dome Petroleum Ltd", say
nothing of "Dome"). A place keeps the mentions its words mark as a place ("in
Tarvelle", "Tarvelle, Ohio") and the dateline's; a country, a first-level division, a listed
region or a city of half a million or more keeps them all ("Chicago Corp" beside Chicago), and
so do a listed people's word and a person whose first word is a common given name.
"""

from __future__ import annotations

import re

from consumer.entities import retype, rules
from consumer.entities.candidates import Candidate
from consumer.entities.records import CandidateGroup
from consumer.entities.span_filters import TRAVEL_BEFORE
from consumer.events import TextField

# a people's word the gazetteer may lack ("Tarvinese", "Quellian") opens a firm's name as often
# as it stands for the people; only the firm's name less its suffix takes it
_PEOPLE_ENDINGS = ("an", "ine", "ese", "ish", "ic", "i")
_SMALL_TOWN_RANK = 5  # gazetteer rank: population in hundreds of thousands (as `short_forms`)


def join_suffixed_forms(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "Quorvane Inc ... Quorvane said" (the model's people): the short name's mentions go to
    the one company it names (its name less the suffixes, else the one company whose name it
    opens), mention by mention for a place."""
    firms = [g for g in groups if g.type == "ORGANIZATION" and rules.CORPORATE_SUFFIX_END.search(g.name)]
    if not firms:
        return groups
    bases: dict[str, list[CandidateGroup]] = {}
    for g in firms:
        tail = rules.CORPORATE_SUFFIX_TAIL.search(g.name)
        if tail is not None and tail.end() == len(g.name) and tail.start() > 0:
            bases.setdefault(g.name[: tail.start()], []).append(g)
    opened = _opened_by(firms)
    emptied: set[int] = set()
    for short in groups:
        if short.type == "ORGANIZATION" or not short.cands or len(short.name.split()) > 3:
            continue
        targets = bases.get(short.name) or opened.get(short.name, [])
        if short.type == "NORP" and short.name not in bases and short.name.endswith(_PEOPLE_ENDINGS):
            continue  # "the British and Tarvinese governments": a people's word opening a firm's name
        if len(targets) != 1 or not _may_join(short):
            continue
        moved = [c for c in short.cands if short.type != "LOCATION" or not _marked_place(c, recased)]
        if not moved:
            continue
        targets[0].cands.extend(moved)
        gone = {id(c) for c in moved}
        short.cands = [c for c in short.cands if id(c) not in gone]
        if not short.cands:
            emptied.add(id(short))
    return [g for g in groups if id(g) not in emptied] if emptied else groups


def _opened_by(firms: list[CandidateGroup]) -> dict[str, list[CandidateGroup]]:
    """The firms by each run of words their legal name opens on and runs on after ("Harlow Ridge"
    of "Harlow Ridge Mining Corp", "Tarvo Media" of "Tarvo Media Investment Group"): one index
    built once, so each short name is one look-up, not a walk over every firm."""
    opened: dict[str, list[CandidateGroup]] = {}
    for g in firms:
        words = g.name.split(" ")
        for k in range(1, len(words)):
            opened.setdefault(" ".join(words[:k]), []).append(g)
    return opened


def _may_join(short: CandidateGroup) -> bool:
    """A reading the short name may lose: never a known country, division, region or big city,
    a listed people or product, nor a person opening on a common given name."""
    entry = short.entry
    if short.type == "LOCATION":
        return entry is None or (entry.kind == "city" and entry.rank < _SMALL_TOWN_RANK)
    if short.type == "PERSON":
        return entry is None and not retype.is_given_name(short.name.split()[0])
    return entry is None


def _marked_place(cand: Candidate, recased: dict[TextField, str]) -> bool:
    """A mention its words mark as a place: the dateline's, "in X", "X, Ohio", "trip to X"."""
    if cand.field == "dateline":
        return True
    text = recased[cand.field]
    if retype.place_context(text, cand.start) or _STATE_AFTER.match(text, cand.end):
        return True
    return TRAVEL_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None


# "Tarvelle-based", "Tarvelle, Ohio": a place's own marks after it (as `short_forms` reads them)
_STATE_AFTER = re.compile(r"-based\b|,\s+[A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?)?(?=[,.;)\s])")


def join_sky_namesakes(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "NASA's probe will orbit Kelvos ... the Kelvos moon Vira": a planet or a moon the story
    names in a passage about space (`rules.sky_bodies`, its own record) is the story's other
    mentions of that name too, which the gazetteer linked to a namesake town out of the space
    words' reach (Jupiter, Florida: two places published for one planet on dev, session 40);
    a mention its words mark as a place ("in Kelvos", "Kelvos, Fla.") stays the town's."""
    skies = {g.name: g for g in groups if g.type == "LOCATION" and _sky_record(g)}
    if not skies:
        return groups
    emptied: set[int] = set()
    for town in groups:
        sky = skies.get(town.name)
        if sky is None or town is sky or town.type != "LOCATION" or town.entry is None:
            continue
        if town.entry.kind != "city":
            continue
        moved = [c for c in town.cands if not _marked_place(c, recased)]
        sky.cands.extend(moved)
        gone = {id(c) for c in moved}
        town.cands = [c for c in town.cands if id(c) not in gone]
        if not town.cands:
            emptied.add(id(town))
    return [g for g in groups if id(g) not in emptied] if emptied else groups


def _sky_record(group: CandidateGroup) -> bool:
    """The record `name_finders` gives a planet or a moon: kind "other", no code, no coordinates,
    found by the rule."""
    entry = group.entry
    return (
        entry is not None
        and entry.kind == "other"
        and entry.geonames_id is None
        and entry.country is None
        and any(c.origin == "rule" for c in group.cands)
    )
