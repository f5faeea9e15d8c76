"""The change a figure's clause adds after a comma is the figure's owner's: "The village's per capita
income reached 15,000 yuan last year, up 12 percent".

Agency copy gives a statistic and its change in one clause, the change after a comma ("up 12
percent", "an increase of 8 percent year on year"). The change clause names nobody, so the
rules read it as a clause of its own, and a statistic there fell back on the story's main place
(its province) while the figure before it was given to the place a definite head stood for
("the village", "the port"). Both figures are one owner's: the owner of the figure right before
goes on when only a time phrase and the comma stand between the two and no mention does. A
bounded look: the few words between the two figures.
"""

from __future__ import annotations

import re

from consumer.events import Entity, Indicator
from consumer.indicators.subject.mentions import MentionIndex

# what may stand between the two figures: a short time phrase, the comma, the change's words
_CHANGE_AFTER = re.compile(
    r"(?:\s+(?:in|by|at|for|during|over|from)?\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:\d{4}|year|month|quarter|"
    r"period|half|months|years))?"
    r",\s+(?:(?:which\s+(?:was|is)\s+)?(?:up|down)|(?:an?\s+)?(?:year-on-year\s+)?(?:increase|rise|growth|jump|"
    r"decrease|decline|drop|fall)\s+of|(?:rising|falling|increasing|decreasing|growing|dropping|surging))"
    r"(?:\s+by)?\s+(?:(?:about|nearly|almost|over|more\s+than)\s+)?$"
)
_REACH = 80  # the time phrase and the change's words


def change_goes_on(index: MentionIndex, text: str, previous_end: int, start: int) -> bool:
    """Whether the figure at ``start`` is the change a comma clause gives to the figure ending at
    ``previous_end`` ("15,000 yuan last year, up 12 percent"), no mention between."""
    if start - previous_end > _REACH or "," not in text[previous_end:start]:
        return False
    if _CHANGE_AFTER.fullmatch(text, previous_end, start) is None:
        return False
    return not index.between(previous_end, start)


def change_owner(
    index: MentionIndex,
    text: str,
    previous: tuple[Indicator | None, bool],
    start: int,
    by_id: dict[str, Entity],
) -> Entity | None:
    """The owner of the figure before (``previous``: it, and whether it is an age, whose owner goes
    on to nothing) when the figure at ``start`` is the change a comma clause gives to it; else None."""
    row, age = previous
    if row is None or row.subject is None or age or not change_goes_on(index, text, row.end, start):
        return None
    return by_id.get(row.subject)
