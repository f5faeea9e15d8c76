"""A page's date heading: the date (and often the writer) that blogs, network-news and tech
sites print at the very top of a story, above or right under its headline.

Hand-written, like the source lines of ``wiretext``: these headings come in a few fixed shapes
that the wire grammar does not know, and left unrecognised they become the story's headline
("23", "Nov 5, 2012 - 3:39PM PT") or its first paragraph ("November 12, 2012 by Jo Roe"), and
the writer reads as a person of the story. The shapes:

* the date alone, with a time, a zone and an optional writer: "Nov 5, 2012 - 3:39PM PT",
  "November 4, 2012 5:12 pm AEST — By Jo Roe";
* a date and a writer's credit in either order: "November 12th, 2012 by Jo Roe", "by Jo Roe on
  November 12, 2012", "October 29, 2012 at 10:45 am by Jo Roe", "By: Jo Roe | Posted: October 27,
  2012 at 12:54 AM", "Modified on September 24, 2012 by Jo Roe";
* a date block set one part a line: "23" / "Jul" / "2012" / "7:29pm, EDT".

Each may end with the post's counters ("· 4 comments", "Read the 4 comments »"). A whole line
must match, so a story sentence that mentions a date and a "by" never does; and the caller looks
for a heading only in a page's first lines, never below the story's start (a reader comment's
"Jo Roe November 2, 2012 at 7:28 pm" deep in a page is no heading).
"""

from __future__ import annotations

import re

from consumer.parse.dates import DATE_PATTERN, MONTH_PATTERN, TIME_PATTERN

# "3:39PM PT", "5:12 pm AEST", "2:14pm (PT)", "7:26 AM PDT"
_CLOCK = rf"{TIME_PATTERN}\s*(?:[AaPp]\.?[Mm]\.?)?(?:,?\s*\(?[A-Z]{{2,4}}\)?)?"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = (
    rf"(?:(?:Posted|Published|Modified|Updated)(?:\s+on)?:?\s+)?(?:{_WEEKDAY},?\s+)?(?P<date>{DATE_PATTERN})"
    rf"(?:\s*(?:,|-|–|—|at|@)?\s*(?P<time>{_CLOCK}))?"
)
# A writer's name: capitalised words, a name particle allowed between them ("Anna van Wyk").
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|al|bin|ibn)"
_WRITER = (
    r"(?:Posted\s+)?[Bb][Yy]:?\s+"
    rf"(?P<by>(?!{MONTH_PATTERN}\s+\d)[A-Z][\w.'’-]*(?:\s+(?:{_PARTICLE}\s+)?[A-Z][\w.'’-]*){{0,3}})"
)
_SEP = r"\s*(?:[|·•,—–-]\s*)?"
# The post's counters and a follow prompt after the heading: "· 4 comments", "| 0 Comments",
# "1 Comment", "Read the 4 comments »", "Follow @jroe".
_COUNTERS = (
    r"(?:\s*[|·•—–-]?\s*(?:\d+\s+(?:[Cc]omments?|[Rr]esponses?|[Rr]eplies|[Vv]iews)"
    r"|Read the \d+ comments?\s*»?|Leave a (?:[Cc]omment|[Rr]eply)|Follow @\w{1,30}))*\s*"
)
_WRITER_FIRST_RE = re.compile(rf"^{_WRITER}(?:\s+on\s+|{_SEP}){_WHEN}{_COUNTERS}$")
_DATE_FIRST_RE = re.compile(rf"^{_WHEN}(?:{_SEP}{_WRITER})?{_COUNTERS}$")
_MAX_HEADING = 160
_MAX_NAME = 40
_CALENDAR_WORD_RE = re.compile(rf"^(?:{MONTH_PATTERN}|{_WEEKDAY})$")
# a writer's line alone, "by Jo Roe", "By: Jo Roe"
WRITER_LINE_RE = re.compile(rf"^{_WRITER}$")

# the date block one part a line: "23", "Jul", "2012", then maybe "7:29pm, EDT"
_DAY_LINE_RE = re.compile(r"^\d{1,2}$")
_MONTH_LINE_RE = re.compile(rf"^{MONTH_PATTERN}$", re.IGNORECASE)
_YEAR_LINE_RE = re.compile(r"^(?:19|20)\d\d$")
CLOCK_LINE_RE = re.compile(rf"^{_CLOCK}$")


def match_date_heading(line: str) -> re.Match[str] | None:
    """The heading's match (groups ``date``, ``time``, ``by``), or None for any other line."""
    if len(line) > _MAX_HEADING or not any(ch.isdigit() for ch in line[:80]):
        return None
    return _DATE_FIRST_RE.match(line) or _WRITER_FIRST_RE.match(line)


# A writer's name alone on its line: two or three capitalised words, an initial or a particle
# between. Never a section's or a kicker's words ("Breaking News", "Tech Review").
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NAME_PART = rf"(?:[A-Z]\.|{_PARTICLE}\s+{_NAME_WORD}|{_NAME_WORD})"
_WRITER_NAME_RE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_PART}){{1,2}}$")
_SECTION_TEXT = """
    news update updates breaking analysis opinion review reviews editorial exclusive live video videos
    photos photo gallery comment comments features feature sport sports business politics world
    technology tech science health culture arts travel entertainment local national international
    blog blogs post posts home page more related latest top story stories report reports special
    week weekly daily today morning evening night the and of for in on
"""
_SECTION_WORDS = frozenset(_SECTION_TEXT.split())


def is_writer_name(line: str) -> bool:
    """The line is a person's name alone: no section word, no month or weekday."""
    if len(line) > _MAX_NAME or not _WRITER_NAME_RE.match(line):
        return False
    words = line.replace("-", " ").split()
    return not any(w.lower() in _SECTION_WORDS or _CALENDAR_WORD_RE.match(w) for w in words)


def is_date_heading(match: re.Match[str]) -> bool:
    return match.re is _DATE_FIRST_RE or match.re is _WRITER_FIRST_RE


def date_block(lines: list[str], start: int) -> tuple[re.Match[str], int] | None:
    """A date block at ``lines[start]``: its match and the index of its last line."""
    if not (
        start + 2 < len(lines)
        and _DAY_LINE_RE.match(lines[start])
        and _MONTH_LINE_RE.match(lines[start + 1])
        and _YEAR_LINE_RE.match(lines[start + 2])
    ):
        return None
    last = start + 2
    text = f"{lines[start]} {lines[start + 1]} {lines[start + 2]}"
    if last + 1 < len(lines) and len(lines[last + 1]) <= 20 and CLOCK_LINE_RE.match(lines[last + 1]):
        last += 1
        text = f"{text} {lines[last]}"
    match = _DATE_FIRST_RE.match(text)
    return (match, last) if match else None
