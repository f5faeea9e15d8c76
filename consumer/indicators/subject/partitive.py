"""A part counted out of a named possessor's whole: "300 of Harlow Bank's employees", "two of
Kessel's 12 airports" are the possessor's, as "Harlow Bank's 300 employees" is.

The possessive rules read a possessor before the figure; a partitive puts it after, so the part
was left unowned.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import AGE_UNITS
from consumer.indicators.subject.mentions import OWNER_TYPES, Candidate, MentionIndex

# " of Harlow Bank's", " of the Kessel Marathon's": "of", an article, then the possessor
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['\u2019]s?\s")


def partitive_owner(
    index: MentionIndex, text: str, local: list[Candidate], figure: tuple[int, int], unit: str | None
) -> tuple[Entity] | None:
    """The possessor named right after "of" behind a count (its noun may be left to the whole:
    "300 of Harlow Bank's employees"): a person, a firm, a place, a product, an event or a work.
    Not a sum or a share ("5 percent of Vantor's shares" is whoever holds them), not an age, and
    not when the clause names an owner before the figure ("Ann Lee scored 12 of the Hawks'
    points" is Lee's). Reads the 80 characters after the figure."""
    if local or unit in AGE_UNITS or (unit is not None and (not unit.islower() or "percent" in unit)):
        return None
    of = _OF.match(text, figure[1], figure[1] + 12)
    if of is None:
        return None
    named = next((c for c in index.between(of.end(), of.end() + 80) if c.start == of.end()), None)
    if named is None or _POSSESSIVE.match(text, named.end) is None:
        return None
    return (named.entity,) if named.entity.type in OWNER_TYPES | {"EVENT", "MISC"} else None


# "Vantor Group says 500 of its staff will go": a part of what "its" stands for, heading the clause
# its subject reports; the reporter, who has the whole, owns the part
_ITS_AFTER = re.compile(r"\s+of\s+(?:its|their)\s+(?![\w-]+['\u2019]s?\s)")
_REPORTS = re.compile(
    r"\s+(?:says|said|announced|reported|expects|expected|plans|planned)\s+(?:(?:on|last)\s+\w+\s+)?"
    r"(?:that\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|over|up\s+to)\s+)?$"
)
_REPORTERS = frozenset({"ORGANIZATION", "LOCATION"})


def its_partitive_owner(
    local: list[Candidate], text: str, clause_start: int, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """The one organisation or place heading the clause whose report opens with "N of its":
    "Vantor Group said 300 of its workers would lose their jobs". Reads the clause before the
    figure and a few words after it."""
    if len(local) != 1 or local[0].entity.type not in _REPORTERS or not _ITS_AFTER.match(text, figure[1]):
        return None
    reporter = local[0]
    if len(text[clause_start : reporter.start].split()) > 3:
        return None  # a few words at most before the reporter ("Banking giant"): it heads the clause
    return (reporter.entity,) if _REPORTS.fullmatch(text, reporter.end, figure[0]) else None
