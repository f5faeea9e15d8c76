"""A country's listed body named by its bare head word is that country's only in a story of it.

The organisation list files "U.S. Congress" under "Congress" and "U.S. Senate" under "Senate",
so every bare "Congress" was the U.S. Congress: India's Congress party ("the Congress (I)
party", "Congress president Sitaram Kesri") in wire stories from New Delhi and Bombay, and any
other country's congress or senate. Most countries have such a body ("Congress", "Senate",
"Parliament"), so the bare word names the listed country's own only where the story names
that country: a place in it (the country itself, a state, a town such as a US dateline's or
Washington) or its people ("American officials"). Elsewhere the group keeps the text's own
form as its name ("Congress"), still a listed body so later steps treat it as one. A group
that also holds the qualified form ("the US Congress") keeps the listed name. One pass over
the groups, after they are joined.
"""

from __future__ import annotations

import dataclasses

from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.records import CandidateGroup
from consumer.events import TextField

# the people's word of a country that qualifies a listed body, by its ISO code (the list's
# qualified bodies are all the United States')
_PEOPLE_OF = {"US": frozenset({"American", "Americans"})}


def unqualified_home_bodies(
    groups: list[CandidateGroup], recased: dict[TextField, str], gazetteer: Gazetteer
) -> None:
    """Rename, in place, a listed country's body met only by its bare head word in a story
    that names no place nor people of that country."""
    named: set[str] | None = None
    for group in groups:
        entry = group.entry
        if entry is None or entry.type != "ORGANIZATION" or " " not in entry.name:
            continue
        lead, head = entry.name.rsplit(" ", 1)
        country = gazetteer.lookup(lead)
        if country is None or country.kind != "country" or not country.iso3166:
            continue
        forms = {" ".join(recased[c.field][c.start : c.end].split()) for c in group.cands}
        bare = {form.removeprefix("the ").removeprefix("The ") for form in forms}
        if bare != {head}:
            continue  # "the US Congress", or a form of the list's own
        if named is None:
            named = _countries_named(groups)
        if country.iso3166 not in named:
            group.entry = dataclasses.replace(entry, name=head)
            group.name = head


def _countries_named(groups: list[CandidateGroup]) -> set[str]:
    """ISO codes of the countries the story names by a place in them or by their people."""
    codes: set[str] = set()
    for group in groups:
        entry: GazEntry | None = group.entry
        if group.type == "LOCATION" and entry is not None and entry.type == "LOCATION":
            code = entry.country or (entry.iso3166 or "").split("-")[0]
            if code:
                codes.add(code)
        elif group.type == "NORP":
            codes.update(code for code, words in _PEOPLE_OF.items() if group.name in words)
    return codes
