"""A small sentence splitter: the indicator stage must not load spaCy."""

from __future__ import annotations

import re

from consumer.bounds import MAX_SENTENCE_CHARS, cut_span


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


def bounded_sentences(text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """:func:`split_sentences` with over-long sentences cut into pieces (see consumer.bounds),
    and the set of those pieces: rules read a piece as they read a sentence."""
    spans: list[tuple[int, int]] = []
    pieces: set[tuple[int, int]] = set()
    for start, end in split_sentences(text):
        if end - start <= MAX_SENTENCE_CHARS:
            spans.append((start, end))
            continue
        cut = cut_span(text, start, end)
        spans.extend(cut)
        pieces.update(cut)
    return spans, pieces
