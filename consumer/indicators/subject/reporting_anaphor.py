"""A trade group's anaphor that only reports: "It said residual stocks fell 380,000 barrels to 38.04 mln".

"It" / "the company" heading a clause stands for the story's company, and a clause that names
nobody else falls back on it. When that company is a trade group, an institute or an association
and the anaphor is the speaker of a reported clause with a subject of its own ("It said
residual fuel stocks fell ...", "it estimated farm incomes at ..."), the figure belongs to the
industry it reports on, not to the group: a group reporting an industry's stocks owns none of
them. Not when the reported clause goes on about the speaker ("It said it cut 300 jobs", "It
said its income fell") or names its own result; nor for a firm, whose "It said fuel costs rose"
is its own. Reads the clause's head only.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.anaphora import anaphor_kind
from consumer.indicators.subject.cues import OWN_RESULT

# the reporting verb right after the anaphor, and an optional "that"
_SAYS = re.compile(
    r"\s+(?:said|says|reported|reports|estimated|estimates|added|noted|forecast|predicted)\s+(?:that\s+)?"
)
# the reported clause about the speaker itself: a pronoun or an anaphor of a firm heading it
_ABOUT_ITSELF = re.compile(r"(?:it|its|the\s+(?:company|group|firm|bank))\b", re.IGNORECASE)
# the head word of a body that speaks for an industry or its members, no firm of its own results
_GROUP = re.compile(r"\b(?:Institute|Association|Federation|Council|Society|Board|Chamber|League|Union)\b")
_HEAD_CHARS = 120  # how far into the clause the anaphor and its verb may stand


def group_reports_other(owner: Entity, text: str, clause_start: int, end: int) -> bool:
    """The clause's anaphor stands for a trade group (``owner``) speaking a reported clause with
    another subject."""
    if _GROUP.search(owner.name) is None:
        return False
    head = text[clause_start : min(end, clause_start + _HEAD_CHARS)]
    found = anaphor_kind(head)
    if found is None or found[0] != "company":
        return False
    at = head.find(found[1])
    says = _SAYS.match(head, at + len(found[1])) if at >= 0 else None
    if says is None:
        return False
    rest = head[says.end() :]
    return _ABOUT_ITSELF.match(rest) is None and OWN_RESULT.match(rest) is None
