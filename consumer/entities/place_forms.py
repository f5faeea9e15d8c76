"""One place, two forms: "Meitan County ... Meitan exported", "Zunyi City ... Zunyi".

Wire copy names a county, district or township once in full and then by its bare name; the
model tags both, and without this step the article carries two places where it has one. The
gazetteer cannot join them: it knows provinces and large cities, not counties and villages.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry
from consumer.entities.retype.person_names import PINYIN_SYLLABLE
from consumer.events import EntityType

# The kind words that follow a place's own name in copy. "Town" is left out: "Luton Town" and
# "Ipswich Town" are football clubs named after their town.
_KIND = re.compile(
    r"^(?P<base>(?:[A-Z][\w'’-]*\s){0,2}?[A-Z][\w'’-]*)\s+"
    r"(?P<kind>County|District|City|Township|Village|Prefecture|Province|New\s+Area|Municipality)$"
)

# Place names in pinyin ("Fenghe", "Xiangyang", "Baiyangdian"): one to three syllables a word.
_PINYIN_WORD = re.compile(rf"(?:{PINYIN_SYLLABLE}){{1,3}}")
# Kinds whose bare name copy goes on to use alone; provinces are in the gazetteer already.
_BARE_KINDS = frozenset({"County", "District", "City", "Township", "Village", "New Area", "Prefecture"})


def bare_name(surface: str) -> str | None:
    """The name a Chinese county-level place goes by alone ("Fenghe" of "Fenghe County"), for
    finding its later untagged mentions. Only a pinyin name: "Cook County" and "King County"
    are no licence to read every "Cook" or "King" in a story as a place."""
    m = _KIND.match(" ".join(surface.split()))
    if m is None or " ".join(m.group("kind").split()) not in _BARE_KINDS:
        return None
    base = m.group("base")
    if all(_PINYIN_WORD.fullmatch(word.lower().replace("'", "").replace("’", "")) for word in base.split()):
        return base
    return None


class PlaceGroup(Protocol):
    type: EntityType
    cands: list[Candidate]
    entry: GazEntry | None
    name: str


G = TypeVar("G", bound=PlaceGroup)


def join_place_forms(groups: list[G]) -> list[G]:
    """Merge a bare place name into the one place of the story named by it and a kind word.

    The bare form must be a place or an organisation the gazetteer does not know (the model
    reads "Meitan exported" as either); a bare form the gazetteer knows as a Chinese city joins
    only "X City", which then takes the city's record. Two full forms with one base ("Poyang County",
    "Poyang Lake") leave the bare name alone: which one it means is not known.
    """
    longs: dict[str, list[G]] = {}
    for g in groups:
        m = _KIND.match(g.name) if g.type == "LOCATION" else None
        if m:
            longs.setdefault(m.group("base").casefold(), []).append(g)
    if not longs:
        return groups
    # how many names of the story each run of first words opens: one pass, not one per group
    openings: dict[str, int] = {}
    for g in groups:
        words = g.name.casefold().split()
        for n in range(1, len(words)):
            key = " ".join(words[:n])
            openings[key] = openings.get(key, 0) + 1
    merged: set[int] = set()
    for short in groups:
        base = short.name.casefold()
        targets = longs.get(base)
        if not targets or len(targets) != 1 or short.type not in ("LOCATION", "ORGANIZATION"):
            continue
        target = targets[0]
        if openings.get(" ".join(base.split()), 0) > 1:
            continue  # "Poyang County" and "Poyang Lake": the bare name could be either
        if short.entry is not None:
            # only China's: "Manchester City" is a club the model may read as a place
            city = short.entry.kind == "city" and short.entry.country == "CN" and target.name.endswith("City")
            if not city or short.type != "LOCATION" or target.entry is not None:
                continue
            target.entry = short.entry
            target.name = short.entry.name
        target.cands.extend(short.cands)
        merged.add(id(short))
    return [g for g in groups if id(g) not in merged]
