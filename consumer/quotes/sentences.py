"""Sentences of a paragraph, cut with the quoted words masked.

A full stop inside quoted words, an abbreviation or initials ends no sentence here, so the
attribution rules see the sentence the writer meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.lexicon import ABBREVIATIONS
from consumer.quotes.cues import TITLE_ABBREVIATIONS, VERBS
from consumer.quotes.marks import Paragraph, Stretch
from consumer.quotes.text import MASK, last_char, split_words

_CLOSING = frozenset("\"'\u201d\u2019\u00bb")
SENTENCE_ABBREVIATIONS = ABBREVIATIONS
# A sentence ends at . ! ? (and closing marks) before a space and a capital, a digit, an opening mark or a
# dash (wire digests: '... Xi said. -- China has ...'); never inside '4.4' or 'U.S.'.
_BOUNDARY = re.compile(
    r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(\[\-\u2013\u2014]*\s*[A-Z0-9\x00]|\s*$)"
)


def mask(text: str, stretches: Sequence[Stretch]) -> str:
    """The text with each stretch's words masked; a curly mark typed the wrong way round ('for
    him,\u201c Roe says', 'said, \u201dThere ...') reads as the mark it stands for, so the
    attribution rules see the closing or opening mark they expect."""
    parts: list[str] = []
    at = 0
    for s in stretches:
        opening = text[at : s.start]
        if opening.endswith("\u201d"):
            opening = opening[:-1] + "\u201c"
        parts.append(opening)
        parts.append(MASK * (s.end - s.start))
        at = s.end
        if s.closed and text[at : at + 1] == "\u201c":
            parts.append("\u201d")
            at += 1
    parts.append(text[at:])
    return "".join(parts)


# "J." or "R.K." before a full stop: a name's initials ("Justice R.K. Menon said"), not a sentence
# end; but a place or an era ("Newark, N.J. The union ...", "500 B.C. Jones disagreed") ends one,
# and so do initials before a word that opens sentences
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_PLACE_INITIALS = frozenset(split_words("n.j n.y n.c s.c n.h n.m n.d s.d r.i w.va d.c b.c a.d b.c.e c.e n.v"))
_OPENERS = frozenset(
    split_words(
        "the a an he she it they we i this that these those but and in on at for as his her its their "
        "there after before when while if"
    )
)


def _initials(last: str, masked: str, after: int) -> bool:
    if (len(last) > 1 and last in _PLACE_INITIALS) or not _INITIALS.fullmatch(last):
        return False
    following = masked[after : after + 20].split(None, 1)
    return bool(following) and following[0].strip("\"'\u201c(").lower() not in _OPENERS


# After a quote ending in "?" or "!": a speaker and a verb of speech ending the sentence, which
# attribute the quote rather than open a sentence of their own. A capitalised pronoun opens one
# ('..." He declined to say when'), as does a verb after "to". A few words may follow the verb,
# or a longer clause or participle that only tells how it was said ('"...?" Roe asks as he steers
# his car along a narrow road.', '"...!" Roe shouted, banging on the door of ...'; session 21).
_ATTRIBUTION_NEXT = re.compile(
    r"\s*(?!(?:He|She|They|It|We|I|You|This|That|There)\s)"
    # a name's words, and a short parenthesis after it ('Rep Dana Quill (D-Kel) told')
    rf"(?:(?:[\w.'\u2019-]+|\([^()\x00\n]{{1,30}}\))\s+){{1,6}}?(?<!\bto\s)(?:{VERBS})\b"
    # an occasion before the participle's comma ('"...!" Roe tweeted on Monday, thickening the
    # intrigue over ...'; session 26): the quote had lost its attribution
    r"(?:\s+(?:on|in|at|late|early|during|last|this|via)\s[^\x00.!?,]{1,40}(?=,\s+[a-z]+ing\b))?"
    r"(?:,?\s+(?:as|while|when|before|after|until|[a-z]+ing)\b[^\x00.!?]{0,200}|\s+[^\x00.!?]{0,40})?[.!?]",
)
_ATTRIBUTION_NEXT_REACH = 320


# A reported clause of its own right after the first verb of saying: 'that', or a subject (a
# pronoun, or a determiner and up to three words) and a finite verb ('said his mother would be
# missed', 'said he was tired', 'told reporters that ...' is read by the 'that' alone).
_FIRST_VERB = re.compile(rf"(?<!\bto\s)\b(?:{VERBS})\b", re.IGNORECASE)
_REPORTED_CLAUSE = re.compile(
    r"\s+(?:[\w'\u2019-]+\s+){0,2}?that\b"
    r"|\s+(?:he|she|they|we|i|it|there)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|"
    r"is|are|was|were|will|would|could|can|should|must|may|might|had|has|have|did|does|do)\b"
    r"|\s+(?:his|her|their|its|our|my|the|this|these|those|a|an)\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:is|are|was|were|will|would|could|can|should|must|may|might|had|has|have|did|does)\b",
    re.IGNORECASE,
)


def reports_clause(masked: str, start: int, end: int) -> bool:
    """'"She was a kind colleague." Her son Petr said his mother would be missed.': after quoted
    words closed by their own stop, a name and its verb of saying followed by a reported clause
    (a subject and a finite verb, or 'that') open the writer's next sentence, an indirect quote of
    its own, not a tag; read as one, the quote went to the next sentence's speaker (session 36,
    BBC stories: a second person's reported speech after a quote split by its first speaker's tag).
    Reads only the tag's own words, ``start`` to ``end`` (at most the short tail of
    ``_ATTRIBUTION_NEXT``)."""
    verb = _FIRST_VERB.search(masked, start, end)
    return verb is not None and _REPORTED_CLAUSE.match(masked, verb.end(), end) is not None


def split_sentences(
    text: str, masked: str, para: Paragraph, stretches: Sequence[Stretch]
) -> list[tuple[int, int]]:
    """Sentences of a paragraph read outside the marks: a stretch ending in . ! ? ends one too."""
    cuts: set[int] = set()
    for m in _BOUNDARY.finditer(masked, para.start, para.end):
        word = masked[max(para.start, m.start() - 12) : m.start()].rsplit(None, 1)
        last = word[-1].lower().lstrip("(\"'\u201c") if word else ""
        if m.group(0) == "." and (last in SENTENCE_ABBREVIATIONS or _initials(last, masked, m.end())):
            continue
        cuts.add(m.end())
    for s in stretches:
        if not s.closed or last_char(text[s.start : s.end]) not in (".", "!", "?"):
            # past a nested quote closing with the outer one ('... will ask: 'Why me?'" Roe
            # added: "..."': the sentence ends there too; session 35, BBC stories)
            continue
        close = s.end
        while close < para.end and close < s.end + 3 and text[close] in _CLOSING:
            close += 1  # past the closing mark: " ” ’’ »
        after = text[close : min(para.end, close + 8)].lstrip(" ")
        tag = _ATTRIBUTION_NEXT.match(masked, close, min(para.end, close + _ATTRIBUTION_NEXT_REACH))
        if tag is not None and not reports_clause(masked, close, tag.end()):
            continue  # '"Why not?" Wilson asked.', '"We were robbed!" captain Jack Wilson fumed.'
        if not after or after[:1] in ('"', "\u201c", "\u2018", "'") or after[:1].isupper():
            cuts.add(close)
    out: list[tuple[int, int]] = []
    start = para.start
    for cut in sorted(cuts):
        if start < cut <= para.end:
            out.append((start, cut))
            start = cut
    if start < para.end:
        out.append((start, para.end))
    return out


SENTENCE_STOP = re.compile(
    r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{t})" for t in TITLE_ABBREVIATIONS) + r"\.(?=\s|$)"
)
