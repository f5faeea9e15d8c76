"""Canonical names of news agencies, so "( Xinhua )", "Xinhua News Agency" and
"(XINHUA)" all become ``Xinhua`` and stories from different feeds compare."""

from __future__ import annotations

import re

_AGENCIES: dict[str, str] = {
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "xinhuanet": "Xinhua",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "upi": "UPI",
    "dpa": "dpa",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "ansa": "ANSA",
    "efe": "EFE",
    "pti": "PTI",
    "ani": "ANI",
    "ians": "IANS",
    "cna": "CNA",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "wam": "WAM",
    "bernama": "Bernama",
    "antara": "Antara",
    "chinadaily.com.cn": "China Daily",
    "china daily": "China Daily",
    "people's daily": "People's Daily",
    "people's daily online": "People's Daily Online",
    "people's daily overseas edition": "People's Daily Overseas Edition",
    "global times": "Global Times",
    "cgtn": "CGTN",
    "china.org.cn": "China.org.cn",
    "china military online": "China Military Online",
    "ecns": "ECNS",
    "china news service": "China News Service",
}
_SPACES_RE = re.compile(r"\s+")


def _key(name: str) -> str:
    return _SPACES_RE.sub(" ", name.replace("’", "'")).strip(" ()[].,").casefold()


def canonical_agency(name: str | None) -> str | None:
    """The agency's canonical name, or the cleaned name as written when unknown."""
    if not name:
        return None
    key = _key(name)
    if not key:
        return None
    return _AGENCIES.get(key, _SPACES_RE.sub(" ", name).strip(" ()[].,"))


def is_known_agency(name: str | None) -> bool:
    return bool(name) and _key(name or "") in _AGENCIES
