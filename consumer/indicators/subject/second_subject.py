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
"""

from __future__ import annotations

import re

from consumer.events import Entity
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


def has_second_subject(text: str, low: int, figure: tuple[int, int]) -> bool:
    """Whether the figure's clause is such a second clause: no owner of a figure before it (the
    first clause's) goes on to it, which ``extract`` asks when ``subject_of`` found nobody."""
    return second_subject_owner([], text, low, figure) is not None


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
