"""Deterministic identifiers: the same bytes get the same ``id``; versions of
one story share a ``story_id``.

A story is what survives every write-through: the agency that owns it, the
day it is datelined, and its headline without the version/signal/genre chain,
casefolded and stripped of punctuation (quote styles and dashes change between
versions more often than words do). The date keeps recurring headlines apart
("Chinese mainland reports 1 new locally transmitted COVID-19 case" runs every
few days). Reworded headlines between versions are a known miss; wire services
that send a story GUID should put it in the envelope instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

_NON_WORD_RE = re.compile(r"[^\w]+")
_ID_CHARS = 32


def article_id(raw: bytes) -> str:
    """sha256 of the raw Kafka value: redelivery gives the same id."""
    return hashlib.sha256(raw).hexdigest()[:_ID_CHARS]


def normalise_headline(headline: str) -> str:
    text = unicodedata.normalize("NFKC", headline).casefold()
    return " ".join(_NON_WORD_RE.sub(" ", text).split())


def story_id(headline: str, agency: str | None, day: dt.date | None) -> str:
    key = "\x1f".join(
        ("story-v1", (agency or "").casefold(), day.isoformat() if day else "", normalise_headline(headline))
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:_ID_CHARS]
