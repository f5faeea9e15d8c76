"""A currency named by a national adjective and its noun: "2 billion Kenyan shillings" is KES.

The units list spells out the pairs news copy writes most ("Hong Kong dollars", "Swedish
kronor"); every other "<nation> <currency noun>" fell to the counted-noun walk, which passed the
capitalised word and published the noun ("shilling", "rupee", "peso") or nothing ("yen"). ISO 4217
pairs each national currency with its country: the code opens with the country's ISO 3166 code and
its name is the currency noun, often after the same adjective ("Kenyan Shilling", "Danish Krone").
So the adjective is matched against the country's names and the currency's own name, the noun
against the currency's name, from pycountry's tables, rather than listing every pair by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

# One to three capitalised words, then a lower-case word right after the figure: "Kenyan
# shillings", "South African rand", "Trinidad and Tobago dollars"
_NATION_NOUN = re.compile(
    r"[ \t]+((?:[A-Z][a-z]+|[A-Z]{2,3})(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,2})[ \t]+([a-z]+)\b"
)
# Plurals and spellings news copy uses for the nouns of ISO's names
_NOUN_FORMS = {
    "riyal": "rial", "shekel": "sheqel", "rouble": "ruble", "kronor": "krona", "kronur": "krona",
    "kroner": "krone", "crown": "krona krone koruna", "korunas": "koruna", "koruny": "koruna", "lei": "leu",
    "leva": "lev", "reais": "real", "reals": "real", "lire": "lira", "soles": "sol", "quetzales": "quetzal",
    "colones": "colon", "bolivares": "bolívar", "bolivar": "bolívar", "bolivars": "bolívar",
    "guaranies": "guarani", "tugrug": "tugrik", "tugrugs": "tugrik", "sums": "sum", "soms": "som",
    "dlr": "dollar",  # wire shorthand: "10 Jamaican dlrs" (session 31)
}  # fmt: skip
# Adjectives whose country ISO names otherwise (and a few short forms): the prefix test misses them
_ADJECTIVE_COUNTRY = {"polish": "PL", "emirati": "AE", "filipino": "PH", "turkish": "TR", "swiss": "CH"}
# Codes for funds and units of account, not currencies anyone is paid in
_NOT_CASH = frozenset({"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "VED", "ZWG"})
_REGIONAL = frozenset({"XAF", "XCD", "XOF", "XPF"})  # named by a region, not a country
_FILLER = frozenset({"and", "of", "the"})
# "the three Korean won their matches": the verb, as after the bare word (units list)
_WON_VERB = re.compile(r"[ \t]+(?:the|his|her|their|its|our|my|your|this|by|over|against|gold|silver)\b")


@dataclass(frozen=True, slots=True)
class _Currency:
    code: str
    nouns: frozenset[str]  # the words of its ISO name
    names: frozenset[str]  # its ISO name's words and its country's


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[^a-zà-ÿ]+", name.lower()) if w and w not in _FILLER}


@cache
def _currencies() -> tuple[_Currency, ...]:
    out = []
    for currency in pycountry.currencies:
        code = currency.alpha_3
        if code in _NOT_CASH or (code[0] == "X" and code not in _REGIONAL):
            continue
        nouns = _words(currency.name)
        names = set(nouns)
        country = pycountry.countries.get(alpha_2=code[:2]) if code not in _REGIONAL else None
        if country is not None:
            for field in ("name", "common_name", "official_name"):
                names |= _words(getattr(country, field, "") or "")
        out.append(_Currency(code, frozenset(nouns), frozenset(names)))
    return tuple(out)


@cache
def _all_nouns() -> frozenset[str]:
    return frozenset(noun for currency in _currencies() for noun in currency.nouns)


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, *_NOUN_FORMS.get(noun, "").split()}
    for cut in ("s", "es"):
        if noun.endswith(cut):
            stem = noun[: -len(cut)]
            forms |= {stem, *_NOUN_FORMS.get(stem, "").split()}
    return {form for form in forms if form}


def _names_match(word: str, names: frozenset[str]) -> bool:
    """ "Kenyan" ~ "kenya", "Japanese" ~ "japan", "Lao" ~ "lao": a shared opening of four
    letters (a shorter adjective whole)."""
    need = min(4, len(word))
    return any(len(name) >= need and name[:need] == word[:need] for name in names)


def national_currency(text: str, end: int) -> tuple[str, int] | None:
    """The ISO code of "<national adjective> <currency noun>" right after a figure, and its end."""
    match = _NATION_NOUN.match(text, end)
    if match is None:
        return None
    forms = _noun_forms(match.group(2))
    if not forms & _all_nouns() or (match.group(2) == "won" and _WON_VERB.match(text, match.end())):
        return None
    adjective = sorted(_words(match.group(1)))
    alias = _ADJECTIVE_COUNTRY.get(adjective[0]) if len(adjective) == 1 else None
    best: list[tuple[int, str]] = []
    for currency in _currencies():
        if not forms & currency.nouns:
            continue
        if alias is not None:
            if currency.code.startswith(alias):
                best.append((0, currency.code))
            continue
        if all(_names_match(word, currency.names) for word in adjective):
            # "Korean won" is KRW ("Won"), not KPW ("North Korean Won"): the fewest words left over
            best.append((len(currency.nouns - forms - set(adjective)), currency.code))
    if not best:
        return None
    best.sort()
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None  # "CFA francs": two currencies fit as well
    return best[0][1], match.end()
