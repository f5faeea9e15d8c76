"""Character-level hygiene shared by every input shape.

Scraped text carries HTML entities (``&gt;&gt;``), NUL bytes and invisible
characters that break matching downstream (a zero-width space inside a name
defeats entity linking; a right-to-left override can make a headline display
as something it does not say). They are removed here once, before any layout
analysis, so no later regex has to allow for them.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Zero-width characters, bidirectional embedding/override/isolate controls,
# soft hyphen and BOM. Letters of right-to-left scripts are kept.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES_RE = re.compile(r"[^\S\n]+")
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0c\x0b\x85]")


def unescape_entities(text: str) -> str:
    """Scrapers that flatten pages often leave entities; only well-formed ones are decoded."""
    if "&" not in text or not _ENTITY_RE.search(text):
        return text
    return html.unescape(text)


def clean_text(text: str) -> str:
    """Normalise newlines and spaces, drop NULs, controls and invisible characters (NFC)."""
    text = _NEWLINES_RE.sub("\n", text)
    text = _CONTROL_RE.sub("", text)
    text = _INVISIBLE_RE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u3000", " ").replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    return _SPACES_RE.sub(" ", text)


def clean_inline(text: str) -> str:
    """One-line form of a field (headline, byline): cleaned and whitespace collapsed."""
    return " ".join(clean_text(text).split())
