"""A participle of saying and its own reported clause before a quoted fragment (session 40, BBC
stories): 'Kelco rejected the charge, saying the deal was "no more than a possibility".',
'Vell hit back, insisting his side "are going there to win".' The quoted words finish the
clause the participle reports, so they are the subject's partial quote; the participle had to
stand right before the mark (', saying "..."'), so the fragment named no one and was dropped.

Read only on the gap before the mark, at most ``_REACH`` characters of it.
"""

from __future__ import annotations

import re

from consumer.quotes.leadins import colon_speaker
from consumer.quotes.speaker_index import Speaker
from consumer.quotes.speakers import Speakers

_REACH = 120  # characters before the mark: the participle and a short reported clause
# ', saying the plan was "': a comma, the participle, an optional "that" and a clause of a few
# words with no stop, comma, colon or mark, ending at the opening mark
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?P<verb>saying|insisting|arguing|claiming|warning|stressing|admitting|suggesting|explaining)"
    r"\s+(?:that\s+)?(?=[\w'\u2019])(?P<clause>[^\x00,;:.!?\"\u201c\u201d\u2018'()]{1,70}?)\s*[\"\u201c\u2018']?\s*$",
    re.IGNORECASE,
)
# the clause needs a word of its own before the mark, not just a pronoun or an article
_BARE = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "this", "that", "his", "her", "its"}
)


# after the closing mark the reported clause ends, or goes on with a preposition or conjunction
# ('"no more than a possibility" at the time'); not a noun the quoted word modifies ('shut him out
# of "jackpot" profits': a term)
_CLAUSE_ENDS = re.compile(
    r"\s*(?:[.,;:!?)\u2014\u2013]|$|-\s|(?:at|in|on|for|to|with|by|from|and|but|as|after|before|when|over|"
    r"during|since|until|if|because)\b)"
)


def participle_clause(
    text: str, masked: str, fld: str, gap_start: int, gap_end: int, close: int, speakers: Speakers, floor: int
) -> tuple[Speaker, str] | None:
    """The named subject of the sentence and the participle, when the gap before a quoted fragment
    ends on ', saying <clause>' (also insisting, arguing, claiming, warning, ...) and the fragment
    ends the clause (``close``: the closing mark); None otherwise or when the head names no one."""
    if _CLAUSE_ENDS.match(masked, close + 1) is None:
        return None
    lo = max(gap_start, gap_end - _REACH)
    m = _PARTICIPLE_CLAUSE.search(masked, lo, gap_end)
    if m is None or m.group("clause").strip().lower() in _BARE:
        return None
    head = colon_speaker(masked, fld, gap_start, m.start(), speakers, text, floor, participle=True)
    if head is None or head.entity is None:
        return None
    return head, m.group("verb").lower()
