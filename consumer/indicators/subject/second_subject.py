"""A second clause with a subject of its own: "Tom Bale scored for the Hawks and Jim Rowe stopped
22 shots" is Jim Rowe's, never the name the sentence opens with.

Game reports chain clauses as "<name> <verb>ed ..., <name> made 38 saves and ...". The owner rules
took the first name of the sentence for a figure whose own clause, after "and" or a comma, is
headed by another capitalised name and its verb right before the figure (session 43: on the fresh
pages the goalie's saves went to the scorer named first). That name owns the figure when the
entity stage found it; when it did not (a name the model missed), the figure stays unowned, as a
wrong owner is worse than none.

Read in a bounded window before the figure: the new clause's head, and a verb of the clause
before it (so "Tom Bale and Ann Lee won 12 races", a list heading one clause, is no second
clause).

Session 45: a contrast ("while", "whereas", ", but") or ", and" may open the second clause with a
subject further from the figure, "the" before it, a modal or any verb after it, and a parenthesis
set off by dashes between ("Lee's plan is free, while Orbel will cost you $80", "the Kessel Rift
-- named after its finder -- runs 2,500 miles", "..., and the Orbel X costs $500"). The owner
rules then took a name of the clause before (the sentence's first, or a product priced there), on
three fresh pages of three sites; that clause's head owns the figure, nobody when the entity stage
found none there, and a head that reports ("..., and Ann Lee said 12 people") is a speaker, so the
other rules read the figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import REPORTED
from consumer.indicators.subject.mentions import Candidate

# a finite verb of a game or a deal: a regular past form or a common irregular one
_VERB = (
    r"(?:[a-z]{2,}ed|made|had|has|won|caught|threw|ran|got|took|hit|kept|gave|drew|led|sold|paid|"
    r"bought|spent|lost)"
)
# "... and Jim Rowe stopped 22 shots", ", Carl Mott made 38 saves": the clause's head, its verb and
# at most two lower-case words before the figure
_SECOND_CLAUSE = re.compile(
    r"(?P<join>\s+and|,)\s+(?P<name>(?!(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|His|Her|Its|"
    r"Their|There|But|And|Then)\b)[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})"
    rf"\s+{_VERB}\s+(?:[a-z]+\s+){{0,2}}$"
)
# the clause before the join has a predicate of its own: a verb not opening a passive modifier
# ("the firm founded by Tom Bale and Ann Lee earned ..." joins two names, no clauses)
_PREDICATE_BEFORE = re.compile(rf"\b{_VERB}\b(?!\s+by\b)")
_REACH = 160


# "..., while Orbel will cost you $80", ", and the Orbel X costs $500": a contrast or ", and", "the"
# at most, then a capitalised head of at most four words (no pronoun, article or opening word)
_CONTRASTED_CLAUSE = re.compile(
    r"(?:,?\s+(?:while|whereas)|,\s+(?:but|and))\s+(?:the\s+)?(?P<name>(?!(?:The|A|An|He|She|It|They|We|I|"
    r"You|This|That|These|Those|His|Her|Its|Their|Our|My|Your|There|But|And|Then|If|When|In|On|At|As|For|"
    r"After|Before|Since|By|With|So)\b)[A-Z][\w'\u2019.-]*(?:\s+[A-Z0-9][\w'\u2019.-]*){0,3})"
)
# what may stand between that head and the figure: a predicate with no clause break of its own, but
# for one parenthesis set off by dashes ("the Kessel Rift -- named after its finder -- runs")
_BREAK_MARK = re.compile(r"[;:,()\u2014]|--")
_DASH = re.compile(r"\s(?:\u2014|--)\s")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_CONTRAST_REACH = 200


def has_second_subject(text: str, low: int, figure: tuple[int, int]) -> bool:
    """Whether the figure's clause is such a second clause: no owner of a figure before it (the
    first clause's) goes on to it, which ``extract`` asks when ``subject_of`` found nobody."""
    return (
        second_subject_owner([], text, low, figure) is not None
        or contrasted_subject_owner([], text, low, figure) is not None
    )


def contrasted_subject_owner(
    candidates: list[Candidate], text: str, low: int, figure: tuple[int, int]
) -> tuple[Entity | None] | None:
    """The owner of a figure in a clause a contrast or ", and" opens with a capitalised head of its
    own, the clause before having a verb: the head's entity, or (None,) when the entity stage found
    none there. None when the shape is absent. Reads the last such opening within a bounded reach
    before the figure, once."""
    start = max(low, figure[0] - _CONTRAST_REACH)
    clause = None
    for opening in _CONTRASTED_CLAUSE.finditer(text, start, figure[0]):
        clause = opening  # the last opening before the figure; the reach bounds the scan
    if clause is None:
        return None
    if _breaks_between(text, clause.end("name"), figure[0]) or not _LOWER_WORD.search(
        text, clause.end("name"), figure[0]
    ):
        return None  # another clause opens between, or the figure follows the name (a gapped clause)
    if REPORTED.search(text, clause.end("name"), figure[0]):
        return None  # ", and Ann Lee said 12 people were housed": a speaker, no owner
    before = text[start : clause.start()]
    if _PREDICATE_BEFORE.search(before) is None and _CONTRAST_VERB.search(before) is None:
        return None  # "Lee, Roe and Orbel won 12 races": a list heading one clause
    head = [c for c in candidates if clause.start("name") <= c.start < clause.end("name")]
    return (head[0].entity,) if head else (None,)


def _breaks_between(text: str, start: int, end: int) -> bool:
    """Whether a clause break stands between ``start`` and ``end``, one parenthesis set off by a
    pair of dashes aside. Two searches and one more at most: linear in the span."""
    opening = _DASH.search(text, start, end)
    if opening is not None:
        closing = _DASH.search(text, opening.end(), end)
        if closing is not None:
            return bool(
                _BREAK_MARK.search(text, start, opening.start())
                or _BREAK_MARK.search(text, closing.end(), end)
            )
    return _BREAK_MARK.search(text, start, end) is not None


# a predicate of the clause before in the present or with a copula ("is free", "costs", "launched")
_CONTRAST_VERB = re.compile(r"\b(?:is|are|was|were|has|have|will|would|can|could|[a-z]{2,}s)\b")


def second_subject_owner(
    candidates: list[Candidate], text: str, low: int, figure: tuple[int, int]
) -> tuple[Entity | None] | None:
    """The owner of a figure whose clause opens after "and" or a comma with a capitalised name and
    its verb right before the figure, the clause before it having a verb of its own: that name's
    entity, or (None,) when the entity stage found no entity there. None when the shape is absent."""
    start = max(low, figure[0] - _REACH)
    clause = _SECOND_CLAUSE.search(text, start, figure[0])
    if clause is None:
        return None
    before = text[start : clause.start()]
    # a lower-case predicate ends the clause before: "scored for the Hawks", "scored twice,"
    if _PREDICATE_BEFORE.search(before) is None or not re.search(r"[a-z]\W*$", before):
        return None
    head = [c for c in candidates if clause.start("name") <= c.start < clause.end("name")]
    return (head[0].entity,) if head else (None,)
