"""Hard-wrapped plain-text wire copy: join the lines of each paragraph back into one.

Wire feeds and archives (IPTC 7901 / ANPA feeds, e-mailed copy, the Reuters-21578 archive)
deliver text wrapped at a fixed width of some 60-80 characters, a paragraph marked by an
indent (spaces, a tab) or by a blank line. The layout analysis reads one line as one block,
so left as it is a wrapped item cuts names ("the Commodity" / "Futures Trading Commission"),
figures, sentences and quotes at every line end.

Decided on shape, per item, in one pass over the lines:

* the wrap width ``W`` is the longest line that has a non-blank neighbour (a headline set off
  by blank lines does not count), one line in twenty allowed to overshoot it (hand edits);
  only ``30 <= W`` and no line at all over 100 characters can be wrapped (line-per-block
  pages hold whole paragraphs, mostly far longer);
* a break is *forced* when the next line's first word would not have fitted on the line
  (``len(line) + 1 + len(word) >= W``, one character of slack) or the line ends inside a
  hyphenated word: a greedy wrapper breaks there and nowhere else, while a paragraph of its
  own ends wherever its text ends;
* the item is wrapped when at least three line breaks inside a block (the next line not
  indented deeper than the body) are forced, they are at least 60% of such breaks, at least a
  third of them come before a lower-case word and at most half after a sentence's end (prose
  cut mid-sentence, not a list or a poem whose lines happen to be alike in length).

In a wrapped item a line is joined onto the one above when the break is forced, the line
opens in lower case or the line above stops inside a sentence (four words or more, some in
lower case, no closing mark; or the first line of a block after the item's first, two words
or more: a lead whose dateline the archive cut off), unless the line is indented deeper than
the body (a paragraph start), opens with a dateline or a list mark, either line is a table
row (column gaps, "Shr 1.20 dlrs vs 1.10 dlrs"), the line above is in capitals (a headline,
a slug) or the line is, without closing a sentence (a sign-off). Everything else, blank
lines and indents included, is kept, so the layout analysis sees one paragraph a line.

Hyphens: a wrapper breaks only at spaces and after a hyphen already in the text; it never
hyphenates a word. A line that ends in a single hyphen right after a word is therefore joined
to the next with no space and the hyphen kept ("long-" + "term" -> "long-term", "U.S.-" +
"made"), unless the next line opens with a conjunction ("medium-" + "and long-term": a
suspended hyphen); a dash set off by a space ("rates -") or doubled ("--") is joined with a
space.
"""

from __future__ import annotations

import re

from consumer.parse.dateline import find_dateline

_MIN_WIDTH = 30
_MAX_WIDTH = 100
_MIN_FORCED = 3
_OVERSHOOT_EVERY = 20
_MIN_FORCED_SHARE = 0.6
# Of the forced breaks, prose wrapped mid-sentence has many before a lower-case word and few
# after a sentence's end; a list or a poem whose lines happen to be alike in length has not.
_MIN_LOWER_SHARE = 1 / 3
_MAX_ENDED_SHARE = 1 / 2
_ENDS = (".", "!", "?", ":", ";", ")", '"', "'", "\u201d", "\u2019")
# A table row: columns set apart by three spaces or a tab, or an earnings line comparing
# figures ("Shr 15 cts vs 12 cts", "Net loss 1,697,000 vs profit 41.9 mln").
_COLUMNS_RE = re.compile(r"\S(?: {3,}|\t)\S")
_VS_ROW_RE = re.compile(r"[A-Z].*\bvs\.?\s+(?:(?:loss|profit)\s+)?[-+$(]?\d")
_MAX_ROW_WORDS = 8
# A list item opens with its mark and a capital or a figure; "- with warrants" is a dash in prose.
_LIST_RE = re.compile(r"(?:[-*\u2022]|\d{1,2}[.)])\s+[A-Z\d\"'\u201c]")
_MIN_SENTENCE_WORDS = 4
# After a hyphen, a conjunction says the hyphen is suspended: "medium- and long-term".
_SUSPENDED_RE = re.compile(r"(?:and|or|nor|to)\b|&")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _hyphen_end(line: str) -> bool:
    """The line ends in a single hyphen right after a word ("long-", "U.S.-"), not a dash."""
    return len(line) > 1 and line[-1] == "-" and not line[-2].isspace() and line[-2] != "-"


def _is_row(line: str) -> bool:
    stripped = line.strip()
    if ("   " in stripped or "\t" in stripped) and _COLUMNS_RE.search(stripped):
        return True
    return (
        "vs" in stripped
        and len(stripped.split()) <= _MAX_ROW_WORDS
        and _VS_ROW_RE.match(stripped) is not None
    )


def _goes_on(line: str) -> bool:
    """The line stops inside a sentence: no closing mark, and words in lower case among its
    four or more (a title, a byline or a label is capitalised throughout)."""
    if line.endswith(_ENDS):
        return False
    words = line.split()
    return len(words) >= _MIN_SENTENCE_WORDS and any(w[:1].islower() for w in words)


def _first_word_len(line: str) -> int:
    word = line.lstrip().split(None, 1)
    return len(word[0]) if word else 0


def _cut_lead(line: str) -> bool:
    """A block's first line with no closing mark, two words or more and no byline: an archive
    that cut the dateline off the lead leaves it short ("Finance Minister Jan" / "Roe said ...")."""
    return not line.endswith(_ENDS) and len(line.split()) >= 2 and not line.lstrip().startswith("By ")


def unwrap(text: str) -> str:
    """The text with each hard-wrapped paragraph on one line; other text comes back unchanged."""
    if text.count("\n") < _MIN_FORCED + 1:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    count = len(lines)
    if max(map(len, lines)) > _MAX_WIDTH:
        return text  # a paragraph on one line: the text is not wrapped (or not all of it)
    # lines inside a block: a headline or sign-off set off by blank lines says nothing of the width
    body = [
        i
        for i, line in enumerate(lines)
        if line and ((i and lines[i - 1]) or (i + 1 < count and lines[i + 1]))
    ]
    if not body:
        return text
    base = min(_indent(lines[i]) for i in body)
    widths = sorted((len(lines[i]) for i in body), reverse=True)
    # One line in twenty may overshoot the width (an operator's edit, a wide token).
    width = widths[len(widths) // _OVERSHOOT_EVERY]
    if width < _MIN_WIDTH:
        return text
    first = next(i for i, line in enumerate(lines) if line)  # a headline, whatever follows it
    pairs = forced = lowered = ended = 0
    breaks: list[bool] = [False] * count  # breaks[i]: line i continues line i - 1
    for i in range(1, count):
        above, line = lines[i - 1], lines[i]
        if not above or not line or _indent(line) > base:
            continue
        pairs += 1
        # ">=": one character of slack (a wrapper that counts the line's end, a tab it counted as one)
        is_forced = len(above) + 1 + _first_word_len(line) >= width or _hyphen_end(above)
        lower = line.lstrip()[:1].islower()
        if is_forced:
            forced += 1
            lowered += lower
            ended += above.endswith(_ENDS)
        if (
            (
                is_forced
                or lower
                or _goes_on(above)
                or (i - 1 > first and not lines[i - 2] and _cut_lead(above))
            )
            and not _LIST_RE.match(line.lstrip())
            and not _is_row(above)
            and not _is_row(line)
            and not (above.isupper() and not lower)
            and not (line.isupper() and not line.endswith(_ENDS))
            and find_dateline(line.lstrip()) is None
        ):
            breaks[i] = True
    if (
        forced < _MIN_FORCED
        or forced < _MIN_FORCED_SHARE * pairs
        or lowered < _MIN_LOWER_SHARE * forced
        or ended > _MAX_ENDED_SHARE * forced
    ):
        return text
    # Parts of each output line are gathered and joined once: growing a string per joined line
    # would copy a long paragraph once per line (quadratic in an adversary's one-paragraph item).
    out: list[list[str]] = []
    for i, line in enumerate(lines):
        if breaks[i] and out:
            tail = line.strip()
            glued = _hyphen_end(lines[i - 1]) and not _SUSPENDED_RE.match(tail)
            out[-1].append(tail if glued else " " + tail)
        else:
            out.append([line])
    return "\n".join("".join(parts) for parts in out)
