"""The sentence splitter, hand-written (the parse and indicator stages must not load spaCy).

Two views of one set of rules (a full stop after an abbreviation from
:data:`consumer.lexicon.ABBREVIATIONS` or an initial ends nothing):

- :func:`split_sentences` is for pages whose scraper flattened every paragraph into one
  line, and deliberately conservative: a split is made only after sentence-final
  punctuation followed by a capital, never after a known abbreviation (``Nov. 9``,
  ``U.S. President``, ``Co., Ltd.``), and never inside an open quotation, so a sentence
  is never cut in two; two sentences left together cost nothing downstream. It returns
  the sentences' text, stripped.
- :func:`sentence_spans` is for reading an article's text: line breaks end sentences too,
  and it returns (start, end) spans that cover every character, so offsets stay valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from consumer.bounds import MAX_SENTENCE_CHARS, cut_span
from consumer.gate import gated
from consumer.lexicon import ABBREVIATIONS

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
    if word in ABBREVIATIONS:
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


# --------------------------------------------------------------------------- spans

_BOUNDARY = gated(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of ``text``; every char belongs to one span.

    The entity stage splits an item's fields (``_bounded``) and the figures stage splits the same
    texts again (``bounded_sentences``), a batch's entity stage (32 items, three fields each) coming
    before its first figures: the spans of the last 128 texts are kept, so most texts are split
    once (issue 11's cost bound; the split was 0.37 ms an item, 0.16 with the cache). Each caller
    gets its own list, which it may change."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=128)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(0)[:1] == ".":
            word = text[max(start, match.start() - 12) : match.start()].rsplit(None, 1)
            last = word[-1].lower().lstrip("(\"'") if word else ""
            if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def bounded_sentences(text: str) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
    """:func:`sentence_spans` with over-long sentences cut into pieces (see consumer.bounds),
    and the set of those pieces: rules read a piece as they read a sentence."""
    spans: list[tuple[int, int]] = []
    pieces: set[tuple[int, int]] = set()
    for start, end in sentence_spans(text):
        if end - start <= MAX_SENTENCE_CHARS:
            spans.append((start, end))
            continue
        cut = cut_span(text, start, end)
        spans.extend(cut)
        pieces.update(cut)
    return spans, pieces
