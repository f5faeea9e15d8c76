"""Appositions the attribution and kind rules read past (session 36, BBC stories and Reuters copy
of 1987). A named subject with a long apposition before its verb of saying ('Jo Roe, president of
Acme and of the new unit, which will focus on drilling, said, "..."'): the phrase runs past the
words a subject phrase may hold, so the attribution had been dropped and the quote left with no
speaker; the name heading it, set off by its comma, is the subject. A quoted term with a dashed
apposition after it, the writer's predicate going on ('"The next Pele" - Tom Vance - is joining
Kelby'): the sentence runs on past the mark, so the term opens no quote. Session 47: the same
named subject before an indirect quote's verb (`apposed_head`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.quotes.cues import AUX, BEFORE_SUBJECT, FINITE, SUBJECTS
from consumer.quotes.speakers import Speakers

# 'Roe, Doe and Poe, said': a list of names after the first, no apposition
_NAME_LIST = re.compile(r",\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:and|&)\s")
_COMMA = re.compile(r",\s")


def apposed_subject(
    text: str, masked: str, fld: str, who_start: int, who_end: int, speakers: Speakers
) -> bool:
    """Whether ``text[who_start:who_end]``, an attribution's subject too long to be read as one, is
    a person or organisation heading it (past title words only) and set off by a comma, with the
    phrase closed by the comma before the verb: the apposition between the commas, however long
    (the bounded window the attribution pattern reads), says who the subject is, not another one."""
    if not masked[who_start:who_end].rstrip().endswith(","):
        return False
    found = speakers.mentions_in(fld, who_start, who_end)
    if not found or found[0][2].type not in ("PERSON", "ORGANIZATION"):
        return False
    at, end, _ = found[0]
    if BEFORE_SUBJECT.fullmatch(text, who_start, at) is None:
        return False
    return _COMMA.match(text, end) is not None and _NAME_LIST.match(text, end) is None


# the words before the apposition's comma: a name and the title words or body before it
_HEAD_WORDS = 7


def apposed_head(
    text: str, masked: str, fld: str, who_start: int, who_end: int, speakers: Speakers
) -> tuple[int, int] | None:
    """The person or organisation heading ``text[who_start:who_end]``, the subject of an indirect
    quote too long to be read as one, when a name closes its first words right before the comma
    of a long apposition (session 47, fresh web pages and Reuters copy: `Former Kelby Rovers
    striker Tom Vale, a team-mate of the keeper while he was at Rovers, said it was ...`, `Labour
    lawmaker Ann Roe, the chair of the committee and a longtime critic of the deal, says that
    ...`): the clause after the verb is the name's. It had been dropped (or, with a clause in the
    apposition, read as a tag `, said it was ...` giving the body inside it). None otherwise: no
    comma closing the phrase, more than seven words or a finite verb before the first comma, no
    mention ending at it, or a list of names."""
    if not masked[who_start:who_end].rstrip().endswith(","):
        return None
    comma = masked.find(",", who_start, who_end)
    head = masked[who_start:comma]
    if len(head.split()) > _HEAD_WORDS or FINITE.search(head) is not None:
        return None
    for at, end, entity in speakers.mentions_in(fld, who_start, comma):
        if end == comma and entity.type in ("PERSON", "ORGANIZATION"):
            return (at, end) if _NAME_LIST.match(text, end) is None else None
    return None


# after the closing mark, an apposition between two spaced dashes (or em/en dashes), then a
# lower-case word: the writer's predicate going on ('"The next Pele" - Tom Vance - is joining')
_DASH = r"(?:--|[\u2014\u2013]|(?<=\s)-(?=\s))"
_DASHED_APPOSITION = re.compile(
    rf"[\"'\u201d\u2019]?\s*{_DASH}\s*[A-Z][^\x00.!?\n\u2014\u2013\"\u201c\u201d-]{{0,60}}?\s*{_DASH}\s*[a-z]"
)


def runs_on_past_apposition(masked: str, end: int, words: Sequence[str]) -> bool:
    """Whether the writer's sentence goes on past the closing mark at ``end`` after a dashed
    apposition opening on a capital, a name (read within 70 characters), as it does when a word
    follows the mark; only after quoted words with no subject pronoun or auxiliary (a name or a
    term: '"The next Pele"', not '"It is ours" - Roe's promise - ...', words someone said)."""
    if any(w.lower().strip(",.;:!?'\u2019") in AUX | SUBJECTS for w in words):
        return False
    return _DASHED_APPOSITION.match(masked, end, end + 70) is not None
