"""Owners that are events or works (EVENT, MISC): "The Harlow Open drew 30,000 spectators".

A happening heading its clause with a verb right after it owns the clause's figure, and a
definite head for it ("the tournament") stands for the event named last, as "the company"
stands for the firm named last.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.adverbial import without_opening
from consumer.indicators.subject.clauses import VERB_AFTER_NAME, in_subject_position, listed
from consumer.indicators.subject.cues import AGE_UNITS, PRONOUN_BACK, REPORTED
from consumer.indicators.subject.event_kinds import is_gathering
from consumer.indicators.subject.mentions import Candidate, MentionIndex

# A happening or a work that heads its clause owns the clause's figure: "The Harlow Open drew
# 30,000 spectators", "The Kessel Cup Finals is played with all 18 teams". Only with a verb
# right after the name (an acronym in parentheses or a relative clause may stand between: "The
# Vantor Festival, which ran for a week, sold 12,000 tickets"): a name before a noun
# modifies it ("Christmas sales rose 5 percent", "the Ebola outbreak"), and the noun heads.
_HAPPENING_TYPES = frozenset({"EVENT", "MISC"})


def happening_subject(
    index: MentionIndex,
    text: str,
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """An event or a work (EVENT, MISC) in subject position, a verb right after it, and no
    owner named before it in the clause. Not an age, not a reported clause ("The Harlow Open
    said 3,000 ..." is a source), not one of a list. Reads the clause's mentions only."""
    if unit in AGE_UNITS:
        return None
    named = [
        c
        for c in index.between(clause_start, figure[0])
        if c.entity.type in _HAPPENING_TYPES and not any(o.start < c.start for o in local)
    ]
    if not named:
        event = _event_anaphor(index, text, local, clause_start, figure)
        return (event,) if event is not None else None
    first = named[0]
    if (
        VERB_AFTER_NAME.match(text, first.end) is None
        or not in_subject_position(first, text, clause_start, figure[0])
        or listed(first, named, text)
    ):
        return None
    return (first.entity,)


# "The Games program will include seven sports", "The tournament drew 30,000 fans": a definite
# head that names a happening (a generic word, or the last word of the event's name) heads the
# clause and stands for the event named last, as "the company" stands for the firm named last
_EVENT_HEADS = (
    r"tournament|festival|championships?|games|olympics|marathon|race|fair|expo|exhibition|"
    r"conference|summit|competition|contest|league|forum|event|show|gala|carnival|convention"
)
# the determiner, a year or one lower-case word, then the head: a word for a happening or a
# capitalised word; after it a possessive's noun or one noun may stand before the verb
_EVENT_ANAPHOR = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]his\s+year['\u2019]s)\s+(?:\d{4}\s+)?(?:[a-z][\w-]*\s+)??"
    rf"((?i:{_EVENT_HEADS})\b|[A-Z][\w-]*)(?:['\u2019]s\s+[a-z][\w-]*|\s+[a-z][\w-]*(?=\s+[a-z]))?"
)
_GENERIC_EVENT = re.compile(rf"(?:{_EVENT_HEADS})", re.IGNORECASE)
# heads any happening may take ("the event", "the show"): they stand only for a gathering
_BROAD_HEADS = frozenset({"event", "show"})


def _event_anaphor(
    index: MentionIndex, text: str, local: list[Candidate], clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The event a definite head opening the clause ("the Games", "the tournament") stands for:
    the EVENT named last within about two sentences before the clause (outside the dateline),
    when the head is a word for a happening or the last word of that event's name ("the Games"
    after "the Harlow 2030 Games"), a verb following (a noun or a possessive may stand between:
    "The Games program will include"). Not when a name comes before it in the clause, nor when
    the clause reports. A bounded look-back."""
    head = without_opening(text[clause_start : figure[0]]).lstrip()
    offset = figure[0] - len(head)
    match = _EVENT_ANAPHOR.match(head)
    if match is None or any(c.start < offset + match.end() for c in local):
        return None
    end = offset + match.end()
    if VERB_AFTER_NAME.match(text, end) is None:
        end = offset + match.end(1)  # "The event showcased more than": the verb read as a noun
    if VERB_AFTER_NAME.match(text, end) is None or REPORTED.search(text, end, figure[0]):
        return None
    word = match.group(1).lower()
    back = index.between(max(index.skip_before, clause_start - PRONOUN_BACK), clause_start)
    event = next((c.entity for c in reversed(back) if c.entity.type == "EVENT"), None)
    if event is None:
        return None
    named = event.name.split()[-1].lower() == word and match.group(1)[:1].isupper()
    if not named and word in _BROAD_HEADS and not is_gathering(event):
        return None  # "the event", "the show" after a war, a holiday or a storm: another happening
    right_after = index.between(figure[1], figure[1] + 120)[:1]
    if any(c.start <= figure[1] + 1 and c.entity.type in _HAPPENING_TYPES for c in right_after):
        return None  # "The show features the $132,000 Harlow Grand Prix": the prize the figure modifies
    return event if named or _GENERIC_EVENT.fullmatch(word) else None
