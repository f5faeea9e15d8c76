"""Sentence boundaries for pages whose scraper flattened every paragraph into one line.

Hand-written and deliberately conservative: a split is made only after
sentence-final punctuation followed by a capital, never after a known
abbreviation (``Nov. 9``, ``U.S. President``, ``Co., Ltd.``), and never inside an
open quotation, so a sentence is never cut in two; two sentences left together
cost nothing downstream.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "no",
        "nos",
        "co",
        "corp",
        "inc",
        "ltd",
        "jr",
        "sr",
        "vs",
        "etc",
        "dept",
        "univ",
        "fig",
        "vol",
        "mt",
        "ft",
        "gov't",
        "approx",
        "est",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "d.c",
        "e.u",
    ]
)
_BOUNDARY_RE = re.compile(r"([.!?][\"”’')\]]*)(\s+)(?=[\"“‘']?[A-Z0-9])")
_LAST_WORD_RE = re.compile(r"([\w.'’]+)$")


_WORD_WINDOW = 40  # longer than any abbreviation: the last word is looked for in this window


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the word ending at ``end`` (not before ``start``) is an abbreviation or an initial.

    Read from a short window, not the whole segment: a long paragraph of rejected boundaries
    ("U.S. ... U.S. ...") must not cost its length again at each of them.
    """
    match = _LAST_WORD_RE.search(text, max(start, end - _WORD_WINDOW), end)
    if not match:
        return False
    word = match.group(1).rstrip(".").casefold()
    if word in _ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "D.C."
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 6)


class _Quotes:
    """Open quotations in ``text[start:end]``, counted as ``end`` moves on, not recounted."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = 0
        self.straight = self.opening = self.closing = 0

    def reset(self, start: int) -> None:
        self.start = self.end = start
        self.straight = self.opening = self.closing = 0

    def inside(self, end: int) -> bool:
        if end > self.end:
            self.straight += self.text.count('"', self.end, end)
            self.opening += self.text.count("“", self.end, end)
            self.closing += self.text.count("”", self.end, end)
            self.end = end
        return self.straight % 2 == 1 or self.opening > self.closing


def split_sentences(text: str) -> list[str]:
    """Sentences of one flattened paragraph, each stripped."""
    sentences: list[str] = []
    start = 0
    quotes = _Quotes(text)
    for match in _BOUNDARY_RE.finditer(text):
        end = match.start(2)
        if (
            match.group(1)[0] == "."
            and len(match.group(1)) == 1
            and _is_abbreviation(text, start, match.start(1))
        ):
            continue
        if quotes.inside(end):
            continue
        segment = text[start:end]
        if segment.strip():
            sentences.append(segment.strip())
        start = match.end(2)
        quotes.reset(start)
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
