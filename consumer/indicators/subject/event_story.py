"""An unowned tally of a gathering in a story about one: that event's.

A fair's, a games' or an exhibition's story counts its visitors, exhibitors, exhibits, athletes
and medals, its exhibitions and concerts in sentences that name no owner ("More than 120 artworks
are on show", "Over 1,000 companies displayed products in the halls"), as a city's story counts
its tourists. When no rule found an owner, such a tally is the story's event: the gathering
(``event_kinds``) the headline names that is the story's most salient entity. A count of anything
else stays unowned (null is better than a wrong owner), and so does a tally in a story whose focus
is no event. Reads the figure's text and 120 characters around it within its sentence; the
story's event is worked out once per field (``MentionIndex.story_event``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.events import Entity
from consumer.indicators.subject.event_kinds import is_gathering

# the counted noun of a gathering's own tally, ending the figure's span
_TALLY = re.compile(
    r"(?:visitors?|exhibitors?|exhibits|participants|athletes|spectators|delegates|attendees|"
    r"medals|booths|artworks|paintings|runners|competitors|performers|entries|exhibitions|concerts|"
    r"performances|screenings)$",
    re.IGNORECASE,
)
# firms or brands count as exhibitors only when the clause shows or attends
_FIRMS = re.compile(r"(?:companies|enterprises|firms|brands|exhibitors)$", re.IGNORECASE)
_SHOWING = re.compile(
    r"\b(?:exhibit|display|showcas|attend|participat|took\s+part|take\s+part|taking\s+part|booths?\b)",
    re.IGNORECASE,
)
_REACH = 120


def story_event(entities: Sequence[Entity]) -> Entity | None:
    """The story's event: a gathering the headline names that is the story's most salient
    entity (None when there is none)."""
    top = max(entities, key=lambda e: e.salience, default=None)
    if top is None or top.type != "EVENT" or not is_gathering(top):
        return None
    return top if any(m.field == "headline" for m in top.mentions) else None


def story_event_tally(
    event: Entity | None, text: str, sentence: tuple[int, int], figure: tuple[int, int]
) -> Entity | None:
    """The story's event, for an unowned tally of a gathering ("3,000 visitors", "120 artworks";
    "1,000 companies" when its sentence shows or attends, within 120 characters)."""
    if event is None:
        return None
    span = text[figure[0] : figure[1]]
    if _TALLY.search(span) is not None:
        return event
    if _FIRMS.search(span) is None:
        return None
    clause = text[max(sentence[0], figure[0] - _REACH) : min(sentence[1], figure[1] + _REACH)]
    return event if _SHOWING.search(clause) is not None else None
