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

# Zero-width characters, bidirectional embedding/override/isolate controls, soft hyphen
# and BOM, together with C0/C1 controls (NUL included; newline and carriage returns are
# handled first). Letters of right-to-left scripts are kept. One pass, not two: this runs
# over every byte of every item and was the parser's largest single cost.
_STRIP_RE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Only runs of blanks and blanks other than a plain space need rewriting; matching every
# single space between words (``[^\S\n]+``) made the substitution rebuild the whole text.
_SPACES_RE = re.compile(r"[^\S\n]{2,}|[^\S \n]")
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x0c\x0b\x85]")


def unescape_entities(text: str) -> str:
    """Scrapers that flatten pages often leave entities; only well-formed ones are decoded."""
    if "&" not in text or not _ENTITY_RE.search(text):
        return text
    return html.unescape(text)


def _strip(text: str) -> str:
    text = _NEWLINES_RE.sub("\n", text)
    text = _STRIP_RE.sub("", text)
    if text.isascii():
        return text  # nothing to normalise, no exotic blanks
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """Normalise newlines and spaces, drop NULs, controls and invisible characters (NFC)."""
    return _SPACES_RE.sub(" ", _strip(text))


def clean_inline(text: str) -> str:
    """One-line form of a field (headline, byline): cleaned and whitespace collapsed."""
    return " ".join(_strip(text).split())
