"""Canonical names of news agencies, so "( Xinhua )", "Xinhua News Agency" and
"(XINHUA)" all become ``Xinhua`` and stories from different feeds compare."""

from __future__ import annotations

import re

from consumer.lexicon import AGENCY_NAMES

_AGENCIES = AGENCY_NAMES
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
