"""A relative clause hanging on a possessed measure: "thanks to Tarvia's booming economy, which
expanded 9%" is Tarvia's, as "Tarvia's economy expanded 9%" is.

The relative rules give a clause's figure to the name it hangs on; here it hangs on the measure,
and the measure's possessor owns it. Without a name right before ", which" the figure was left
unowned.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.measure import MEASURE
from consumer.indicators.subject.clauses import RELATIVE
from consumer.indicators.subject.happening_owners import open_relative
from consumer.indicators.subject.mentions import Candidate, MentionIndex

# the possessive, then lower-case words only up to the relative pronoun's comma
_POSSESSED = re.compile(r"['\u2019]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")
_TYPES = frozenset({"ORGANIZATION", "LOCATION", "PERSON"})


def possessed_relative_owner(
    index: MentionIndex,
    owners: list[Candidate],
    text: str,
    breaks: list[re.Match[str]],
    figure: tuple[int, int],
) -> tuple[Entity] | None:
    """The possessor of the measure a subject relative clause hangs on ("X's economy, which
    grew"), the clause open up to the figure and naming no owner. Reads the 60 characters
    before the clause."""
    last = breaks[-1] if breaks else None
    if last is None or not RELATIVE.match(last.group()) or not open_relative(index, text, last.end(), figure):
        return None
    before = [c for c in owners if last.start() - 60 <= c.end < last.start()]
    if not before or before[-1].entity.type not in _TYPES:
        return None
    possessed = _POSSESSED.match(text, before[-1].end, last.start())
    if possessed is None:
        return None
    measure = MEASURE.search(possessed.group(1))
    return (before[-1].entity,) if measure is not None and measure.end() == len(possessed.group(1)) else None
