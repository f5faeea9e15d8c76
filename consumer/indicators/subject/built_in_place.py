"""A count of things a place has, told with the place last: "A total of 45 new schools were built
in Kessel last year", "1,200 new companies were registered in Marlow", "There are 1,300
hospitals in Kessel".

Agency copy about a region's development counts what was built, set up or registered there, or
what there is there, and names the place after the figure. Such a clause names no owner before
its figure, and a count of things in a place was never given to the place by the general rules
(a place owns a count only when the copy frames it as the place's), so these were left unowned
while the conventions give the place its stock of schools, firms or hospitals. Only verbs that
make or register a thing (not those that damage or close it: "30 cars were destroyed in Kessel"
is an incident, nobody's), only counts of things (not of people, sums or shares), and only the
place right after "in". Reads the clause's head and at most 90 characters after the figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clauses import listed
from consumer.indicators.subject.cues import counts_things
from consumer.indicators.subject.mentions import Candidate

# after the counted things (and what a measure of them is of): a passive verb of making or
# registering, perhaps a period, then "in"
_CREATED = re.compile(
    r"(?:\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?"  # what a measure counts: "600 km of new roads"
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)(?:newly\s+|also\s+|so\s+far\s+)?"
    r"(?:built|constructed|registered|set\s+up|established|opened|founded|completed|launched|planted|"
    r"installed|created|put\s+into\s+(?:operation|use|service))\s+"
    r"(?:(?:last|this)\s+(?:year|month|week)\s+|in\s+(?:19|20)\d\d\s+|so\s+far\s+)?"
    r"in\s+(?:the\s+)?"
)
# "There are (now) (about) 1,300 hospitals in Kessel": what a place has now, heading its clause
# ("There were 12 accidents in Kessel" tells what happened there: an incident, nobody's)
_THERE_ARE = re.compile(
    r"[Tt]here\s+are\s+(?:now\s+|currently\s+)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|at\s+least)\s+)?$"
)
_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?")
_REACH = 90
# people, and what happens in a place rather than what it has
_UNCOUNTED = frozenset(
    {"people", "case", "accident", "incident", "attack", "death", "fire", "crime", "infection", "outbreak"}
)


def built_in_place(
    owners: list[Candidate], text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The place after "in" whose stock of things the figure counts ("45 new schools were built in
    Kessel", "There are 1,300 hospitals in Kessel"), or None. The caller has found no owner
    named in the clause before the figure."""
    if not counts_things(unit) or unit in _UNCOUNTED:
        return None
    end = min(len(text), figure[1] + _REACH)
    if text.find("in", figure[1], end) < 0:
        return None  # the cheap test first: most figures have no "in" after them
    found = _CREATED.match(text, figure[1], end)
    if found is None and _THERE_ARE.search(text, max(clause_start, figure[0] - 40), figure[0]) is not None:
        found = _IN_AFTER.match(text, figure[1], end)
    if found is None:
        return None
    place = next((c for c in owners if c.start == found.end()), None)
    if place is None or place.entity.type != "LOCATION" or listed(place, owners, text):
        return None
    if text.startswith(("'s", "\u2019s"), place.end):
        return None  # "in Kessel's north": a part of the place
    return place.entity
