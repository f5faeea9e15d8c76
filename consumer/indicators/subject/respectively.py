"""Lists paired by "respectively": "Kessel and Tarvia reported 12 and 5 new cases respectively"
gives 12 to Kessel and 5 to Tarvia.

Agency copy names several owners and their figures in two parallel lists; the list of names
owns nothing as a whole, so each figure was left unowned. The figure's place in its list picks
its owner's place in the list of names, when the two lists are as long.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import OWNER_TYPES, Candidate

# "respectively" closing the figures' list, in the same clause
_RESPECTIVELY = re.compile(r"(?:[^.;:!?\n]|\.(?=\d)){0,60}?\brespectively\b")
# a number as the figures' list writes it ("12", "1,500", "3.5"); a number word makes the lists
# uneven, and the rule then keeps out
_NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE
)
_LIST_GAP = re.compile(r",\s+|\s+and\s+|,\s+and\s+")


def respective_owner(
    candidates: list[Candidate], text: str, low: int, figure: tuple[int, int]
) -> Entity | None:
    """The name at the figure's place in the last list of names before the figures' list that
    "respectively" closes (``low``, the window's start, on). Reads up to 80 characters past the
    figure."""
    if text.find("respectively", figure[1], figure[1] + 80) < 0:
        return None  # a cheap look before the pattern
    closing = _RESPECTIVELY.match(text, figure[1], figure[1] + 80)
    if closing is None:
        return None
    names = _last_list([c for c in candidates if c.entity.type in OWNER_TYPES], text, low, figure[0])
    if len(names) < 2:
        return None
    numbers = [m.start() for m in _NUMBER.finditer(text, names[-1].end, closing.end())]
    if _NUMBER_WORD.search(text, names[-1].end, closing.end()) or len(numbers) != len(names):
        return None
    place = next((i for i, at in enumerate(numbers) if figure[0] <= at < figure[1]), None)
    return names[place].entity if place is not None else None


def _last_list(candidates: list[Candidate], text: str, start: int, end: int) -> list[Candidate]:
    """The last run of names of one type joined by commas and "and" between ``start`` and
    ``end``."""
    run: list[Candidate] = []
    for c in candidates:
        if c.start < start or c.end > end:
            continue
        if run and run[-1].entity.type == c.entity.type and _LIST_GAP.fullmatch(text, run[-1].end, c.start):
            run.append(c)
        else:
            run = [c]
    return run


# "Kessel led with 10.8 trillion yuan, followed by Tarvia with 3.8 trillion": in a ranking the name
# "followed by" introduces owns the figure after its "with" / "at", not the clause's subject (a
# gapped list, "Kessel with 10.8, Tarvia with 3.8", the clause rules read already)
_RANKED_BEFORE = re.compile(r"\b(?:followed|trailed)\s+by\s+(?:the\s+)?$")
_WITH_FIGURE = re.compile(
    r"(?:['\u2019]s)?,?\s+(?:with|at|on)\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just)\s+)?"
)


def ranked_owner(candidates: list[Candidate], text: str, low: int, figure: tuple[int, int]) -> Entity | None:
    """The name "followed by" or "trailed by" introduces right before "with" / "at" and the
    figure. Reads the 20 characters before the name."""
    name = next((c for c in reversed(candidates) if c.end <= figure[0]), None)
    if name is None or name.entity.type not in OWNER_TYPES:
        return None
    if _WITH_FIGURE.fullmatch(text, name.end, figure[0]) is None:
        return None
    return name.entity if _RANKED_BEFORE.search(text, max(low, name.start - 20), name.start) else None
