"""A place's people or firms as a group heading the clause: "Urban residents in Kessel had a per
capita disposable income of 30,000 yuan", "Over 90 percent of villages in Kessel have broadband",
"Some 70 percent of Kessel's rice is exported".

Agency copy tells a region's incomes, taxes and shares through the group they belong to, framed
by "in <place>". The place sits after a preposition, so the clause-subject reading passed it
over and the figure had no owner, while the conventions give the place its statistic (its
residents' income, its villages' share). Only sums and shares (a count of people in a place is
nobody's unless framed as the place's), only a plain group noun heading the clause, and only
when no other name stands between. Reads the clause's head and the words right after the figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.adverbial import without_opening
from consumer.indicators.subject.cues import owned_sum
from consumer.indicators.subject.mentions import Candidate

_GROUP = (
    r"(?:the\s+)?(?:(?:urban|rural|local|registered|industrial|private|small|permanent|poor)\s+){0,2}"
    r"(?:residents|farmers|villagers|households|citizens|consumers|workers|employees|families|"
    r"enterprises|companies|firms|villages|herdsmen)\s+(?:in|across)\s+(?:the\s+)?"
)
# the group heading the clause, right before the place: "Urban residents in "
_HEAD = re.compile(_GROUP + r"$", re.IGNORECASE)
# after a share heading the clause: "of villages in ", or the place's possessive after "of"
_SHARE_OF = re.compile(r"\s+of\s+(?:" + _GROUP + r")?", re.IGNORECASE)
# between the place and the figure: lower-case words only (the verb and the measure)
_PLAIN = re.compile(r"(?:\s+[a-z][\w-]*,?){1,10}\s+")
_REACH = 80


def group_place_owner(
    local: list[Candidate],
    owners: list[Candidate],
    text: str,
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity] | None:
    """The place whose group heads the figure's clause (``local``: the clause's names before the
    figure), or whose group or possessed thing a share heading its clause is of (``owners``: the
    window's names after it too), or None."""
    if not owned_sum(unit):
        return None
    before = [c for c in local if c.end <= figure[0]]
    if len(before) == 1 and before[0].entity.type == "LOCATION":
        head = without_opening(text[clause_start : before[0].start]).lstrip()
        if len(head) < _REACH and _HEAD.fullmatch(head) and _PLAIN.fullmatch(text, before[0].end, figure[0]):
            return (before[0].entity,)
        return None
    if (
        before
        or unit != "percent"
        or without_opening(text[clause_start : figure[0]]).strip(" ,") not in _LEADS
    ):
        return None
    share = _SHARE_OF.match(text, figure[1], figure[1] + _REACH)
    if share is None:
        return None
    place = next((c for c in owners if c.start == share.end()), None)
    if place is None or place.entity.type != "LOCATION":
        return None
    grouped = share.end() - share.start() > len(" of ") + 1  # "of villages in Kessel"
    possessed = text.startswith(("'s", "\u2019s"), place.end)  # "of Kessel's rice"
    return (place.entity,) if grouped or possessed else None


# what may come before a share heading its clause: nothing, or a word of approximation
_LEADS = frozenset({"", "Some", "About", "Around", "Nearly", "Almost", "Over", "More than", "Roughly"})
