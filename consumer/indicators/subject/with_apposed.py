"""A ", with" phrase hanging on the name that opens the sentence: "Kessel, with a population of
8 million, is the largest city" is Kessel's, "Ann Lee, with 12 titles to her name, retired" Ann
Lee's.

The ", with" clause of ``fallbacks`` gives a firm its results and a place its statistics when
the phrase follows a whole clause ("Harlow Bank had a strong year, with net profit up 12
percent"). Right after the opening name, the phrase says what the name has, whatever it counts;
but a count of people or things in a place or by a person was never taken by the general rules,
so these were left unowned.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clauses import in_subject_position, listed, opening_break
from consumer.indicators.subject.cues import AGE_UNITS
from consumer.indicators.subject.mentions import Candidate

_WITH = re.compile(r",\s+with$")
# between "with" and the figure: a measure it is the size of, or a word of approximation only
_WITH_GAP = re.compile(
    r"\s+(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:population|workforce|staff|membership|fleet|capacity|area|total|"
    r"crowd|audience|tally|haul|turnover|revenue|budget)\s+of\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|just|only|more\s+than|at\s+least|an\s+estimated)\s+)?"
)
# a place's kind may follow its name: "Kessel province, with ..."
_KIND_AFTER = re.compile(r"(?:\s+(?:province|city|county|state|region|district|country|town|village))?")
_TYPES = frozenset({"LOCATION", "PERSON", "ORGANIZATION"})


def with_apposed_owner(
    owners: list[Candidate],
    text: str,
    low: int,
    breaks: list[re.Match[str]],
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """The name opening the sentence when the figure follows the ", with" right after it. Only
    one name before the phrase, heading its clause with no preposition or report before it.
    Reads the clause before the figure, which the window bounds."""
    last = None if unit in AGE_UNITS else opening_break(text, low, breaks, _WITH)
    if last is None or _WITH_GAP.fullmatch(text, last.end(), figure[0]) is None:
        return None
    before = [c for c in owners if low <= c.start and c.end <= last.start()]
    if not before or any(c.entity is not before[0].entity for c in before):
        return None
    subject = before[-1]
    kind = _KIND_AFTER.match(text, subject.end)
    if (
        subject.entity.type not in _TYPES
        or kind is None
        or kind.end() != last.start()
        or not in_subject_position(before[0], text, low, last.start())
        or listed(subject, before, text)
    ):
        return None
    return (subject.entity,)
