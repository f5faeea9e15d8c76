"""A place's statistic whose place comes after the figure: "Industrial production rose 4.5 pct in
Norland in January", "Fixed-asset investment grew 12 percent in the first half in Kessel".

Wire copy about several economies names the statistic first and the place last. Such a clause names
no owner before its figure, so the fallback gave the story's main country or province: in a round-up
of five economies every figure went to the first one. The place right after the figure and "in" (a
period, "year on year" or a "to" / "from" level may stand between) is the statistic's, when the
clause opens with a statistic a place keeps of itself (the macro statistics "<measure> in X" reads,
Xinhua's, a trade balance, money supply, reserves), with no capitalised word but its first, no
"its", no possessive. Bare "exports", "imports", "output" or "production" are a place's only when
the story has no focus company ("Output rose 5 pct in Kessel" is the company's plant there); bare
"sales" or "revenue" never. A list of places ("in Norland and Tarvia") owns nothing alone. Reads the
clause's head and at most 80 characters after the figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.adverbial import without_opening
from consumer.indicators.subject.clauses import listed
from consumer.indicators.subject.mentions import Candidate, MentionIndex
from consumer.indicators.subject.national_accounts import FIRM_WORDS, NATIONAL_WORDS
from consumer.indicators.subject.place_statistics import STATISTIC
from consumer.indicators.subject.possessive import MACRO

_COUNTRY = (
    r"(?:visible\s+)?trade\s+(?:surplus|deficit|balance|gap)|current\s+account(?:\s+(?:surplus|deficit|balance))?|"
    r"money\s+supply|budget\s+deficit|(?:foreign\s+exchange|foreign\s+currency|gold|currency|official)\s+reserves|"
    r"gross\s+(?:domestic|national)\s+product|gnp|economy|economic\s+output|tourism\s+revenue|tourist\s+arrivals"
)
# the statistic heading the clause: "the", two describing words at most ("crude oil output",
# "seasonally adjusted unemployment"), the statistic and perhaps what it is of ("output of crude oil")
_HEAD = re.compile(
    rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:(?P<place>{MACRO}|{STATISTIC}|{_COUNTRY}|{NATIONAL_WORDS})|"
    rf"(?P<firm>exports|imports|output|production|{FIRM_WORDS}))\b(?:\s+of\s+(?:[a-z][\w-]*\s+){{1,3}}?)?",
    re.IGNORECASE,
)
# then lower-case words only up to the figure: the verb ("rose", "stood at", "widened to")
_VERB = re.compile(r"\s*(?:[a-z][a-z-]*\s+){1,4}")
_PERIOD = (
    r"(?:in|during|over)\s+(?:the\s+)?(?:first|second|third|fourth|last|past|previous|same|latest|"
    r"January-[A-Z][a-z]+)\s+(?:[\w-]+\s+){0,3}?(?:year|quarter|half|months?|weeks?|period)"
    r"(?:\s+of\s+(?:the\s+year|\d{4}))?|"
    r"in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|Q[1-4]|\d{4})|last\s+(?:year|month|week|quarter)|this\s+year"
)
# between the figure and "in" the place: periods, "year on year", a level "to" / "from" it moved
_GAP = re.compile(
    r"(?:\s+(?:year[- ]on[- ]year|from\s+(?:a|the)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|"
    rf"{_PERIOD}|(?:to|from)\s+(?:about\s+)?[$\d][\d.,]*(?:\s+[a-z%]+){{0,3}}?))*"
    r"\s+in\s+(?:the\s+)?"
)
_REACH = 80
_CAPITAL = re.compile(r"\b[A-Z]")
_OWNED = re.compile(r"\b(?:its|their|his|her|our)\b|['\u2019]s\b", re.IGNORECASE)


def postposed_place(
    index: MentionIndex,
    owners: list[Candidate],
    text: str,
    clause_start: int,
    figure: tuple[int, int],
) -> Entity | None:
    """The place right after the figure and "in" whose statistic heads the figure's clause ("Retail
    sales fell 2.1 pct in Norland last month"), or None. The caller has found no owner named in
    the clause before the figure."""
    end = min(len(text), figure[1] + _REACH)
    if text.find("in", figure[1], end) < 0:
        return None  # most figures: no "in" after them, said without trying the gap's pattern
    gap = _GAP.match(text, figure[1], end)
    if gap is None:
        return None
    place = next((c for c in owners if c.start == gap.end()), None)
    if place is None or place.entity.type != "LOCATION" or listed(place, owners, text):
        return None
    if text.startswith(("'s", "\u2019s"), place.end):
        return None  # "in Norland's north": a part of the place, whose figure is unclear
    head = without_opening(text[clause_start : figure[0]]).lstrip()
    if len(head) > _REACH or _CAPITAL.search(head, 1) or _OWNED.search(head):
        return None  # a name the entity stage missed, or a possessor, heads the clause
    found = _HEAD.match(head)
    if found is None or _VERB.fullmatch(head, found.end()) is None:
        return None
    if found.group("firm") is not None and index.focus.get("company") is not None:
        return None  # "Output rose 5 pct in Kessel" in a company story: its plant there
    return place.entity


# "5 million tourists visited Kessel", "300,000 visitors flocked to Kessel during the holiday": the
# visits a place draws are its tourist arrivals, as "tourist arrivals to Kessel" are Kessel's
_VISITED = re.compile(
    r"\s+(?:have\s+|had\s+)?(?:visited|toured|flocked\s+to|poured\s+into|travel(?:l)?ed\s+to)\s+(?:the\s+)?"
)
_COUNTED_ENDS = (
    "tourist",
    "tourists",
    "visitor",
    "visitors",
    "travelers",
    "travellers",
    "trips",
    "visits",
    "people",
    "residents",
    "inhabitants",
)
_VISITORS = re.compile(r"\b(?:tourists?|visitors?|travel(?:l)?ers|tourist\s+trips|tourist\s+visits)$", re.I)


def visited_place(owners: list[Candidate], text: str, figure: tuple[int, int]) -> Entity | None:
    """The place a count of tourists or visitors heading its clause visited ("Some 500,000 tourists
    visited Kessel"), or a count of people lives in ("12 million people live in Kessel"), or None;
    a list of places owns nothing alone. Reads the words right after
    the figure."""
    if not text[max(figure[0], figure[1] - 12) : figure[1]].lower().endswith(_COUNTED_ENDS):
        return None  # the counted noun's last letters: most figures count no visitors or people
    if _VISITORS.search(text, figure[0], figure[1]) is not None:
        visit = _VISITED.match(text, figure[1], min(len(text), figure[1] + 40))
    elif _RESIDENTS.search(text, figure[0], figure[1]) is not None:
        visit = _LIVE_IN.match(text, figure[1], min(len(text), figure[1] + 40))
    else:
        return None
    if visit is None:
        return None
    place = next((c for c in owners if c.start == visit.end()), None)
    if place is None or place.entity.type != "LOCATION" or listed(place, owners, text):
        return None
    return place.entity


# "Some 12 million people live in Kessel": the people a place's residents number are its population
_LIVE_IN = re.compile(r"\s+(?:now\s+)?(?:live|lived|reside|resided)\s+in\s+(?:the\s+)?")
_RESIDENTS = re.compile(r"\b(?:people|residents|inhabitants)$", re.IGNORECASE)


# "GDP grew 7 percent in Kessel and 7.5 percent in Marlow": the second figure's place follows it too
_PAIRED = re.compile(r",?\s+(?:and|while|but|against)\s+(?:about\s+|some\s+)?")
_RATES = ("percent", "percentage_point")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")


def paired_place(
    local: list[Candidate], owners: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> tuple[Entity] | None:
    """The place after the second figure of a pair whose first figure's place follows it ("rose
    7 percent in Kessel and 7.5 percent in Marlow" → Marlow for 7.5 percent), or None: the first
    place, named last before the figure, would otherwise go on to it."""
    if not local or local[-1].entity.type != "LOCATION" or unit not in _RATES:
        # "4,500 troops in Kessel and 3,000 troops in Marlow" (whose troops, not where), "£339 in
        # Norland and $499 in Tarvia" (the product's price), "number one in Norland and 12 in Tarvia"
        # (a chart place): only rates pair with places, as round-ups of economies give them
        return None
    prior = local[-1]
    if _PAIRED.fullmatch(text, prior.end, figure[0]) is None:
        return None
    if _IN_BEFORE.search(text, max(0, prior.start - 8), prior.start) is None:
        return None
    gap = _GAP.match(text, figure[1], min(len(text), figure[1] + _REACH))
    if gap is None:
        return None
    place = next((c for c in owners if c.start == gap.end()), None)
    if place is None or place.entity.type != "LOCATION" or place.entity is prior.entity:
        return None
    return None if listed(place, owners, text) else (place.entity,)
