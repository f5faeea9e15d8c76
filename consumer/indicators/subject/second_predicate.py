"""A person's second predicate: "Ann Lee was left out in March, but scored four goals in the final"
is Ann Lee's, the subject the sentence opens with.

A clause after ", but" / ", and" with no subject of its own goes on with the sentence's subject.
The fallbacks give a firm or a place such a figure, never a person (a count near a person's name
is often someone else's), so a person heading the sentence, the only name before the clause,
lost the figure of the predicate that follows.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clauses import in_subject_position, opening_break
from consumer.indicators.subject.cues import AGE_UNITS, REPORTED
from consumer.indicators.subject.mentions import Candidate, MentionIndex

_AND_BUT = re.compile(r",\s+(?:but|and)$")
# the predicate's verb right after the conjunction, no subject of its own (a determiner, a pronoun
# or a preposition would open a noun phrase)
_VERB_FIRST = re.compile(
    r"\s+(?:(?:also|then|later|still|since|eventually|finally)\s+)?"
    r"(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|it|he|she|they|we|i|you|there|"
    r"in|on|at|for|with|by|from|to|as|of|so|yet|now|not)\b)[a-z]{3,}\b[^,;:]*$"
)


def second_predicate_owner(
    index: MentionIndex,
    owners: list[Candidate],
    text: str,
    low: int,
    breaks: list[re.Match[str]],
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """The person opening the sentence, the only name before a ", but" / ", and" that opens a
    predicate with no subject of its own, no name in it before the figure and nothing reported.
    Reads the sentence's opening and the predicate before the figure (the window bounds both)."""
    last = None if unit in AGE_UNITS else opening_break(text, low, breaks, _AND_BUT)
    if last is None or index.between(last.end(), figure[0]):
        return None
    if _VERB_FIRST.fullmatch(text, last.end(), figure[0]) is None or REPORTED.search(text, low, figure[0]):
        return None
    named = index.between(low, last.start())
    if not named or any(c.entity is not named[0].entity for c in named) or named[0].entity.type != "PERSON":
        return None
    person = named[0]
    if text.startswith(("'", "\u2019"), person.end):
        return None  # a possessive ("Ann Lee's team", "the Baxters' side"): the possessed thing heads
    if not in_subject_position(person, text, low, last.start()):
        return None
    return (person.entity,) if person in owners else None
