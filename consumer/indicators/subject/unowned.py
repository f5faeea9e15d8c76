"""Figures the text gives nobody: tolls, counts a subject reports, distances, race lengths,
spans of time that place a moment, and anything a rule gave a news agency.

A wrong owner is worse than none, so these checks return early from ``subject_of``: "killing
42 people", "30 people were killed", "Police reported 3,000 people entered", "34 million miles
from Earth", "the 200 Yard Individual Medley", "two days before the vote".
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import APPROXIMATELY, TIME_SPAN_UNITS
from consumer.indicators.subject.mentions import Candidate
from consumer.parse.agencies import is_known_agency

# "operations that have killed more than 9,000 people", "the blast, which injured 12": the agent of a
# toll is no owner of its victims (a count killed is nobody's unless framed as a place's)
_TOLL_BEFORE = re.compile(
    rf"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|claimed\s+the\s+lives\s+of)\s+{APPROXIMATELY}$",
    re.IGNORECASE,
)
# "floods claiming at least 52 lives", "a standoff that has claimed around 60 lives", "cost 300 lives":
# lives a happening claimed or cost are a toll too, whose clause subject (an army, an aid agency) or a
# firm named nearby took it on three stories of session 49's wire copy
_LIVES_TOLL_BEFORE = re.compile(
    rf"\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|akes?|aking|aken))\s+{APPROXIMATELY}$", re.IGNORECASE
)
_LIVES = re.compile(r"\slives$", re.IGNORECASE)
# "Norland expelled five traders", "the tribunal has been trying three officers", "police interviewed
# and released one of two men": people a body arrests, tries or sends away are not its people, whose
# clause subject took them on three stories of session 49's copy (as the agent of a toll owns none)
_ACTED_ON_BEFORE = re.compile(
    r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|expel(?:s|led|ling)?|deport(?:s|ed|ing)?|"
    r"extradit(?:es|ed|ing)|tr(?:y|ies|ied|ying)|indict(?:s|ed|ing)?|convict(?:s|ed|ing)?|"
    r"sentenc(?:es|ed|ing)|jail(?:s|ed|ing)?|interview(?:s|ed|ing)?|question(?:s|ed|ing)?|"
    r"interrogat(?:es|ed|ing)|releas(?:es|ed|ing)|free(?:s|d|ing)?|captur(?:es|ed|ing)|"
    r"abduct(?:s|ed|ing)?|kidnap(?:s|ped|ping)?)\s+"
    rf"(?:(?:one|some|two|three|several|most|all)\s+of\s+(?:the\s+)?)?{APPROXIMATELY}$",
    re.IGNORECASE,
)
# "Police reported at least 3,000 people entered the square": a count heading a reported clause (a
# verb follows it), whose reporter is a source, as after "said"
_REPORTS_COUNT = re.compile(
    rf"\b(?:reported|reports|estimated|estimates|counted)\s+{APPROXIMATELY}$", re.IGNORECASE
)
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:had|have|has|were|was|are|is|would|will)\b|[a-z]+ed\b)")


# "a raid in which 30 people were killed", "an attack that left 32 civilians dead", "one woman died
# and 50 were taken to hospital": the toll told after the count, whose clause subject (the attacker,
# the speaker, the reporter) or a passer-by before it is no owner, as the agent before "killing" is
# not; session 48 found such owners on eight fresh pages of seven sites
_TOLL_AFTER = re.compile(
    r"(?:\s+(?:were|was|are|is|being|have\s+been|has\s+been|had\s+been))?\s+(?:killed|dead|died|injured|"
    r"executed|massacred|murdered|slain|"
    r"wounded|hurt|hospitali[sz]ed|(?:taken|rushed|admitted|airlifted)\s+to\s+(?:a\s+|the\s+)?hospitals?)\b",
    re.IGNORECASE,
)
# "70 dead", "7 killed": a bare count whose span took the toll's word as its noun
_TOLL_IN_SPAN = re.compile(r"\s(?:killed|dead|hurt|injured|wounded)$", re.IGNORECASE)
# "Norland's 40 dead soldiers", "its 12 workers were hurt": a possessor frames the toll as its own
_POSSESSOR_BEFORE = re.compile(r"(?:['\u2019]s|\b(?:its|their|our))\s+$", re.IGNORECASE)
_TOLL_REACH = 60  # "were taken to a hospital": the longest toll read after a count


def counts_nobody(text: str, low: int, figure: tuple[int, int], unit: str | None) -> bool:
    """A count of people the clause's subject killed or injured, a toll told after the count, or a
    count the subject reports as the subject of a clause of its own: no owner's, and no earlier
    figure's owner goes on to it ("The Orbel 9 ... Flight 17 was shot down, killing all 298
    people"). Reads the few words before and after the figure, from ``low`` (its sentence's
    start) on."""
    start = max(low, figure[0] - 40)
    if unit is None:  # "more than 50 were taken to hospital": a bare count the toll tells of people
        return _tolled(text, start, figure)
    if unit != "people":
        return False
    if _TOLL_BEFORE.search(text, start, figure[0]) is not None or _tolled(text, start, figure):
        return True
    if _LIVES.search(text, figure[0], figure[1]) and _LIVES_TOLL_BEFORE.search(text, start, figure[0]):
        return True  # "claiming at least 52 lives"
    if _ACTED_ON_BEFORE.search(text, start, figure[0]) is not None:
        return True  # "Norland expelled five traders"
    return _REPORTS_COUNT.search(text, start, figure[0]) is not None and bool(
        _CLAUSE_VERB_AFTER.match(text, figure[1])
    )


def _tolled(text: str, start: int, figure: tuple[int, int]) -> bool:
    """Whether the count is a toll told after it ("30 people were killed", "left 32 civilians
    dead", "70 dead"), with no possessor before it that frames it as a place's or a body's."""
    told = _TOLL_IN_SPAN.search(text, figure[0], figure[1]) is not None or (
        _TOLL_AFTER.match(text, figure[1], figure[1] + _TOLL_REACH) is not None
    )
    return told and _POSSESSOR_BEFORE.search(text, start, figure[0]) is None


# "11 days before the vote", "30 minutes after the announcement", "nine days earlier", "two years
# ago": a span of time that places a moment, which nobody owns; the clause's subject (who acted at
# that moment) took it on seven fresh pages of session 48, and on five pages of the earlier sets
_MOMENT_AFTER = re.compile(r"\s+(?:(?P<plain>ago|earlier|later|prior)|before|after)\b", re.IGNORECASE)
# "missed 10 weeks after surgery", "was sentenced to 12 years after a trial", "spent two years before
# returning": before "before"/"after", a span someone spends is theirs, so those keep their reading
_SPENT_BEFORE = re.compile(
    r"\b(?:for|to|spen[dt]s?|spending|t[oa]ok|takes?|taking|last(?:s|ed|ing)?|serv(?:e|es|ed|ing)|"
    r"wait(?:s|ed|ing)?|miss(?:es|ed|ing)?|sat|sits?|lived|worked|stayed|remained|lost)\s+"
    rf"{APPROXIMATELY}(?:just\s+|only\s+|a\s+full\s+|another\s+|the\s+)?$",
    re.IGNORECASE,
)


def placed_moment(text: str, low: int, figure: tuple[int, int], unit: str | None) -> bool:
    """Whether a span of time places a moment ("two days before the election", "17 minutes
    later", "20 years ago"): nobody's, and no earlier figure's owner goes on to it. Before
    "before"/"after" a span someone spends ("missed 10 weeks after surgery") stays theirs. Reads
    the word after the figure and the 40 characters before it, from ``low`` on."""
    if unit not in TIME_SPAN_UNITS:
        return False
    moment = _MOMENT_AFTER.match(text, figure[1], figure[1] + 12)
    if moment is None:
        return False
    if moment.group("plain") is not None:
        return True
    return _SPENT_BEFORE.search(text, max(low, figure[0] - 40), figure[0]) is None


# "the two-day summit", "after a 72-hour break", "the 20 year conflict", "a six year diplomatic
# process": how long a happening lasts, which the conventions give no owner ("a three-hour interview",
# "a two-day trial"); the clause's subject or a body in the scene took it on seven stories of session
# 49's wire copy. Only after an article (a possessive, "Lee's five-day visit", keeps its owner), and
# not a thing held for a time ("a two-year option", "a 15-year plan") nor an age ("nine-day-old")
_SPAN_WORD = re.compile(r"(?:second|minute|hour|day|week|month|year|decade)$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|another)\s+(?:(?:first|last|new|latest|planned|rare|historic|record)\s+)?$",
    re.IGNORECASE,
)
_HAPPENING_AFTER = re.compile(
    r"(?:-long)?\s+(?:[a-z][\w-]*\s+){0,3}?(?:summit|meeting|talks|conference|session|visit|trip|tour|"
    r"journey|flight|voyage|cruise|break|recess|pause|halt|war|conflict|campaign|insurgency|rebellion|"
    r"uprising|struggle|fighting|battle|siege|stand-?off|strike|walkout|boycott|blockade|cease-?fire|truce|"
    r"operation|mission|offensive|process|negotiations|trial|hearing|interview|inquiry|investigation|"
    r"probe|search|manhunt|stay|delay|wait|drought|crisis|occupation|exile|absence|vacation|holiday|"
    r"ceremony|celebration|march|protest|demonstration|sit-in|vigil|debate|deliberations|shoot|exchange|"
    r"partnership|outage|blackout|shutdown|lockdown|curfew)\b"
)


def happening_span(text: str, low: int, figure: tuple[int, int], unit: str | None) -> bool:
    """Whether a span of time is the length of a happening its compound modifies ("the two-day
    summit", "a 24-year guerrilla campaign"), after an article: nobody's, unless a gathering
    named right after it owns it (``event_span.event_span_owner``). Reads the 40 characters
    before the figure (from ``low``) and four words after it."""
    if unit not in TIME_SPAN_UNITS or _SPAN_WORD.search(text, figure[0], figure[1]) is None:
        return False
    if _ARTICLE_BEFORE.search(text, max(low, figure[0] - 40), figure[0]) is None:
        return False
    return _HAPPENING_AFTER.match(text, figure[1], figure[1] + 60) is not None


# "Ann Lee and 10 other people", "named him and 55 other politicians", "his mother and 10 others": a
# count of others beside a name is no one's people; the name before "and" or one right after the
# count ("-- including Roe") took it on four stories of session 49's wire copy
_BESIDE_BEFORE = re.compile(rf"\b(?:and|with|plus)\s+{APPROXIMATELY}$", re.IGNORECASE)
_OTHERS_IN_SPAN = re.compile(r"^\S+\s+others?\b", re.IGNORECASE)


def others_beside(text: str, low: int, figure: tuple[int, int], unit: str | None) -> bool:
    """Whether a count of people is of others beside a name ("Ann Lee and 10 other people", "and 10
    others"): "other" right after the number, "and" / "with" right before it. Things are not:
    "owns the Kessel Post and 90 other papers" counts the owner's. Reads the figure and the 40
    characters before it, from ``low`` on."""
    if unit != "people" or _OTHERS_IN_SPAN.match(text[figure[0] : figure[1]]) is None:
        return False
    return _BESIDE_BEFORE.search(text, max(low, figure[0] - 40), figure[0]) is not None


def unless_agency(owner: Entity | None) -> Entity | None:
    """The owner some rule found, or None when it is a news agency ("(Photo: AP) Seven people were killed",
    "Reuters Fans celebrate the 108-year wait", "the Reuters/Ipsos poll showed Lee with 44
    percent"): a photo credit, a dateline or the source of a figure, never whose quantity it is.
    Session 48 found agencies owning figures on nine fresh pages of several sites, none right; the
    gold owns no figure by an agency. Checked once per figure, on the owner already chosen."""
    agency = owner is not None and owner.type == "ORGANIZATION" and is_known_agency(owner.name)
    return None if agency else owner


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
