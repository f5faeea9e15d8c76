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


def _is_abbreviation(before: str) -> bool:
    match = _LAST_WORD_RE.search(before)
    if not match:
        return False
    word = match.group(1).rstrip(".").casefold()
    if word in _ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "D.C."
    return (len(word) == 1 and word.isalpha()) or ("." in word and len(word) <= 6)


def _inside_quote(segment: str) -> bool:
    if segment.count('"') % 2 == 1:
        return True
    return segment.count("“") > segment.count("”")


def split_sentences(text: str) -> list[str]:
    """Sentences of one flattened paragraph, each stripped."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        end = match.start(2)
        if (
            match.group(1)[0] == "."
            and len(match.group(1)) == 1
            and _is_abbreviation(text[start : match.start(1)])
        ):
            continue
        segment = text[start:end]
        if _inside_quote(segment):
            continue
        if segment.strip():
            sentences.append(segment.strip())
        start = match.end(2)
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences
