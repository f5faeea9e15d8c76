"""A small sentence splitter: the indicator stage must not load spaCy."""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    return text.split()


# A full stop ends a sentence unless it closes a known abbreviation or an initial.
_ABBREVIATIONS = frozenset(
    _words(
        """
        mr mrs ms dr prof st no vs etc inc ltd co corp jr sr gen gov sen rep u.s u.k u.n e.g i.e jan
        feb mar apr jun jul aug sep sept oct nov dec a.m p.m approx est dept fig
        """
    )
)
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text``; every char belongs to one span."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(0)[:1] == ".":
            word = text[max(start, match.start() - 12) : match.start()].rsplit(None, 1)
            last = word[-1].lower().lstrip("(\"'") if word else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans
