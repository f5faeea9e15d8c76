"""Figures the text gives nobody: tolls, counts a subject reports, distances, race lengths.

A wrong owner is worse than none, so these checks return early from ``subject_of``: "killing
42 people", "Police reported 3,000 people entered", "34 million miles from Earth", "the 200
Yard Individual Medley".
"""

from __future__ import annotations

import re

from consumer.indicators.subject.cues import APPROXIMATELY
from consumer.indicators.subject.mentions import Candidate

# "operations that have killed more than 9,000 people", "the blast, which injured 12": the agent of a
# toll is no owner of its victims (a count killed is nobody's unless framed as a place's)
_TOLL_BEFORE = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|claimed\s+the\s+lives\s+of)\s+{APPROXIMATELY}$",
    re.IGNORECASE,
)
# "Police reported at least 3,000 people entered the square": a count heading a reported clause (a
# verb follows it), whose reporter is a source, as after "said"
_REPORTS_COUNT = re.compile(
    rf"\b(?:reported|reports|estimated|estimates|counted)\s+{APPROXIMATELY}$", re.IGNORECASE
)
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|was|are|is|would|will)\b|[a-z]+ed\b)")


def counts_nobody(text: str, low: int, figure: tuple[int, int], unit: str | None) -> bool:
    """A count of people the clause's subject killed or injured, or reports as the subject of a
    clause of its own: no owner's, and no earlier figure's owner goes on to it ("The Orbel 9
    ... Flight 17 was shot down, killing all 298 people"). Reads the few words before and after
    the figure, from ``low`` (its sentence's start) on."""
    if unit != "people":
        return False
    start = max(low, figure[0] - 40)
    if _TOLL_BEFORE.search(text, start, figure[0]) is not None:
        return True
    return _REPORTS_COUNT.search(text, start, figure[0]) is not None and bool(
        _CLAUSE_VERB_AFTER.match(text, figure[1])
    )


# "a symbol of tensions between the two countries": a count after "between" names the parties
# the clause ranges over, no owner's quantity ("among" was measured too and dropped: the
# holdout part's owners fell with it)
SET_BEFORE = re.compile(
    r"\bbetween\s+(?:(?:the|all|its|their|his|her|some|over|more\s+than|nearly|about)\s+)*$",
    re.IGNORECASE,
)
LENGTH_UNITS = frozenset({"m", "km", "yard", "mile", "foot"})
# "34 million miles from Harlow", "within 50 miles of Norland", "12 km away from the Tarvia border"
_DISTANCE_TO = re.compile(r"\s+(?:away\s+)?(?:from|of)\s+(?:the\s+)?")


def nobodys_length(candidates: list[Candidate], text: str, figure: tuple[int, int]) -> bool:
    """A length no one owns: a race named by its distance ("won the 200 yard individual medley"),
    or a distance to a name ("34 million miles from Harlow"), which the count rule ("45 deputies
    from Liaoning") would give the place, and whose clause subject is no safer an owner of a
    distance between two things."""
    if _RACE_AFTER.match(text, figure[1], figure[1] + 40):
        return True
    to = _DISTANCE_TO.match(text, figure[1], figure[1] + 20)
    return to is not None and any(c.start == to.end() for c in candidates)


# "the 100-meter backstroke", "the 200 yard individual medley", "the 400m hurdles", "a 10 km run";
# results pages capitalise the event's name ("the 200 Yard Individual Medley")
_RACE_AFTER = re.compile(
    r"(?:-(?:meters?|metres?|yards?))?\s+(?:[a-z]+\s+)?(?:freestyle|backstroke|breaststroke|butterfly|"
    r"medley|relay|hurdles|dash|sprint|steeplechase|race|run|walk)\b",
    re.IGNORECASE,
)


# "65% of the business leaders surveyed", "12% of those polled", "29% of respondents": a poll's
# share of the people it asked, which the conventions give no owner (its maker is a source)
_POLLED_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|all\s+|those\s+)?(?:[\w-]+\s+){0,4}?(?:surveyed|polled|questioned|interviewed|"
    r"asked|respondents)\b",
    re.IGNORECASE,
)
_SHARE_UNITS = frozenset({"percent", "percentage_point"})


def polled_share(text: str, figure_end: int, unit: str | None) -> bool:
    """Whether a share is of a poll's respondents ("65% of the managers surveyed"): nobody's, and no
    figure before (the poll maker's, the story's firm's) goes on to it. Reads 60 characters."""
    return unit in _SHARE_UNITS and _POLLED_AFTER.match(text, figure_end, figure_end + 60) is not None


# "has a margin of error of plus or minus 3 percentage points", "a sampling error of +/- 2.7
# points for voters 50 and older": the poll's precision, no quantity of the firm or the body the
# story names (its maker is a source, as for the shares of its respondents); session 47 found the
# story's company taking it, read as a firm's margin, on three fresh pages
_MARGIN_BEFORE = re.compile(r"\b(?:margin\s+of\s+(?:sampling\s+)?error|sampling\s+error)\b", re.IGNORECASE)
_MARGIN_REACH = 100  # "+/-3.1 points for the overall sample and +/- 2.7 points for ...": the second too


def poll_margin(text: str, low: int, figure_start: int, unit: str | None) -> bool:
    """Whether a share is a poll's margin of error, named in the 100 characters before it in its
    sentence (from ``low`` on): nobody's, and no figure before goes on to it."""
    if unit not in _SHARE_UNITS:
        return False
    start = max(low, figure_start - _MARGIN_REACH)
    if "error" not in text[start:figure_start].lower():
        return False  # the cheap test first: few sentences speak of errors
    return _MARGIN_BEFORE.search(text, start, figure_start) is not None


# "hadn't done it against 30 teams", "filed a lawsuit against two men": a count after "against"
# names the other side, no quantity of the clause's subject
_AGAINST_BEFORE = re.compile(
    r"\bagainst\s+(?:(?:the|all|some|about|nearly|over|more\s+than|at\s+least|another|other)\s+)*$",
    re.IGNORECASE,
)


def opposed_count(text: str, low: int, figure_start: int, counted: bool) -> bool:
    """Whether a count of people or things is the other side after "against" ("against 30 teams"):
    nobody's. Reads the 40 characters before the figure, from ``low`` (its window's start) on."""
    return counted and _AGAINST_BEFORE.search(text, max(low, figure_start - 40), figure_start) is not None


# "Harlow (3-1): Tolbert 25 points.", "Kessel (2-0-1): Ann Lee 1 goal, 1 assist.": a box score's
# line names a team and its record before the colon and a player's tally after it
_RECORD_LINE = re.compile(r"\s*[A-Z][^\n:()]{0,60}\(\d{1,2}-\d{1,2}(?:-\d{1,2})?\):\s")


def record_line_end(text: str, sentence_start: int, figure_start: int) -> int:
    """Where a box score line's team and record end (after the colon), or -1: the team owns none
    of the player's figures after it, which are the player's, or nobody's when the entity stage
    missed the player ("Tolbert 25 points" is no team's tally). Reads the line's head only."""
    found = _RECORD_LINE.match(text, sentence_start, figure_start)
    return -1 if found is None else found.end()
