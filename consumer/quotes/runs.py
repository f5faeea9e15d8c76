"""Stretches that are no quote of their own: pull quotes that repeat a quote, runs of quoted
sentences nobody in the story says, embedded posts signed on the next line.

Page furniture and lists of typical sayings, read before the stretches are joined into quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.marks import Paragraph, Stretch
from consumer.quotes.text import WORD, normalise
from consumer.quotes.unit import Unit

_RUN_STRETCHES = 3


def _back_to_back(masked: str, stretches: Sequence[Stretch], i: int) -> bool:
    """Stretch ``i`` follows stretch ``i - 1`` in its paragraph with nothing but marks between."""
    if i <= 0 or i >= len(stretches):
        return False
    prev, cur = stretches[i - 1], stretches[i]
    if prev.paragraph != cur.paragraph or not prev.closed or cur.start - prev.end > 8:
        return False
    return not masked[prev.end : cur.start].strip(QUOTE_ONLY)


def in_quoted_run(masked: str, stretches: Sequence[Stretch], i: int) -> bool:
    """Three or more quoted stretches back to back ('"I am no expert." "I cannot write a
    proposal." "I have no time."', session 24): a list of things people typically say, given
    with no one saying them, not a quote; one or two in a row may be a dialogue. Reads at most
    two stretches either side."""
    left = int(_back_to_back(masked, stretches, i)) + int(
        _back_to_back(masked, stretches, i) and _back_to_back(masked, stretches, i - 1)
    )
    right = int(_back_to_back(masked, stretches, i + 1)) + int(
        _back_to_back(masked, stretches, i + 1) and _back_to_back(masked, stretches, i + 2)
    )
    if left + right + 1 < _RUN_STRETCHES:
        return False
    first = stretches[i - left]
    # 'The crowd chanted "Save the quay!" "No more cuts!" ...': slogans someone in the story
    # shouted or said stay quotes, as the conventions have it
    return _RUN_SAID.search(masked, max(0, first.start - 40), first.start) is None


_RUN_SAID = re.compile(
    r"\b(?:chant|shout|yell|cr(?:y|ie)|scream|sing|sang|sung|say|said|ask|tell|told|read|wr(?:i|o)te|repeat)"
    r"\w*\s*[,:]?\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)


_PULL_WORDS = 5  # a pull quote repeats a sentence or so; a shorter repeat may be said twice
QUOTE_ONLY = "\x00 \t\r\n\"'\u201c\u201d\u2018\u2019"


def _quote_only(masked: str, para: Paragraph) -> bool:
    """Whether the paragraph holds quoted words and nothing else (no attribution, no text)."""
    return not masked[para.start : para.end].strip(QUOTE_ONLY)


def drop_pull_quotes(
    text: str, masked: str, paras: Sequence[Paragraph], stretches: Sequence[Stretch], units: list[Unit]
) -> list[Unit]:
    """Without pull quotes: a paragraph of nothing but quoted words that another quote of the
    story, set in its text or attributed, holds again ('"The hospital is out of service."' above
    '"...," Dr. Roe said. "... The hospital is out of service."'). Web pages set a line of a
    quote apart in large type; it is furniture repeating the quote, no second quote, and read
    as one it either has no speaker or joins the quote before it. Its stretch is dropped, and a
    quote left with none with it. Linear in the quotes times the few quote-only paragraphs."""
    direct = [u for u in units if u.kind == "direct"]
    anchored: list[tuple[frozenset[int], str]] = []
    for u in direct:
        if u.attributed or any(not _quote_only(masked, paras[stretches[i].paragraph]) for i in u.stretch_ids):
            anchored.extend(
                (frozenset((sid,)), _word_key(text[a:b]))
                for (a, b), sid in zip(u.spans, u.stretch_ids, strict=True)
            )
            if len(u.spans) > 1:
                # a pull quote may run across the attribution that splits the quote it repeats
                anchored.append(
                    (frozenset(u.stretch_ids), _word_key(" ".join(text[a:b] for a, b in u.spans)))
                )
    dropped = False
    for unit in direct:
        keep = [
            (span, sid)
            for span, sid in zip(unit.spans, unit.stretch_ids, strict=True)
            if not _repeated(text, masked, paras[stretches[sid].paragraph], span, sid, anchored)
        ]
        if len(keep) < len(unit.spans):
            unit.spans, unit.stretch_ids = [k[0] for k in keep], [k[1] for k in keep]
            dropped = True
    return [u for u in units if u.spans] if dropped else units


def _repeated(
    text: str,
    masked: str,
    para: Paragraph,
    span: tuple[int, int],
    sid: int,
    anchored: Sequence[tuple[frozenset[int], str]],
) -> bool:
    """Whether ``span`` (stretch ``sid``) fills a quote-only paragraph and another stretch of an
    anchored quote holds its words."""
    words = text[span[0] : span[1]]
    if len(words.split()) < _PULL_WORDS or not _quote_only(masked, para):
        return False
    key = _word_key(words)
    return any(sid not in others and key in other_key for others, other_key in anchored)


def _word_key(words: str) -> str:
    """The words alone, for comparing a pull quote with the quote it repeats: a pull quote drops
    an ellipsis or a comma and capitalises the word it starts with ('Someone threw us a rope'
    from '"... then someone threw us a rope," says Roe.'; session 21)."""
    return " " + " ".join(WORD.findall(normalise(words))) + " "


def quoted_words(text: str, unit: Unit) -> int:
    return sum(len(text[a:b].split()) for a, b in unit.spans)


# The signature line of an embedded social post, which pages render inside the article body.
EMBED_SIGNATURE = re.compile(
    r"(?:(?<=\s)|(?<=[\u201d\"]))[\u2014\u2013-]\s+[^\n()\u201c\u201d\"]{0,80}\(@\w{1,30}\)\s*"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*$"
)


def embed_signature(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends on an embedded post's signature (``EMBED_SIGNATURE``).
    Every signature holds "(@" (its handle): a paragraph without one, almost every paragraph, is
    not scanned, for the scan tries each of its positions (issue 11; session 47)."""
    return text.find("(@", start, end) >= 0 and EMBED_SIGNATURE.search(text, start, end) is not None


_SIGNATURE_LINE = 140  # characters: '— Name (@handle) December 27, 2014' and little more


def signed_below(text: str, paras: Sequence[Paragraph], index: int) -> bool:
    """The next paragraph is nothing but an embedded post's signature ('— Sports Desk (@desk)
    December 27, 2014'; session 24): this paragraph is the post's text, quoting nobody itself, as
    when the signature shares its line."""
    if index + 1 >= len(paras):
        return False
    nxt = paras[index + 1]
    line = text[nxt.start : nxt.end].strip()
    return (
        line[:1] in ("\u2014", "\u2013", "-")
        and len(line) <= _SIGNATURE_LINE
        and embed_signature(text, nxt.start, nxt.end)
    )
