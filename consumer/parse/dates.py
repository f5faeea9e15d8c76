"""Fast, explicit date grammar for wire and page date lines.

Hand-written rather than dateparser: wire dates come in a handful of fixed
shapes, dateparser costs milliseconds per call, and it resolves relative
expressions ("yesterday") against the wall clock, which would make the parser
impure. Month names are English because the wire sources are.
"""

from __future__ import annotations

import datetime as dt
import re

from consumer.lexicon import MONTH_NUMBERS

MONTH_PATTERN = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May\.?|June?\.?|July?\.?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

# "November 09, 2020", "Nov. 9 2020", "9 November 2020", "2020-11-09", each with an optional time.
DATE_PATTERN = (
    rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2})"
)
TIME_PATTERN = r"\d{1,2}:\d{2}(?::\d{2})?"

_MDY_RE = re.compile(rf"({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE)
_DMY_RE = re.compile(rf"(\d{{1,2}})\s+({MONTH_PATTERN})\s+(\d{{4}})", re.IGNORECASE)
_ISO_RE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_HALF_DAY_RE = re.compile(r"\s?([AaPp])\.?[Mm]\b\.?")


def month_number(name: str) -> int | None:
    return MONTH_NUMBERS.get(name.strip(". ").lower()[:3])


def _date(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None or not 1900 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """The first full date in ``text`` in one of the wire shapes, or None."""
    if match := _ISO_RE.search(text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _MDY_RE.search(text):
        return _date(int(match[3]), month_number(match[1]), int(match[2]))
    if match := _DMY_RE.search(text):
        return _date(int(match[3]), month_number(match[2]), int(match[1]))
    return None


def parse_time(text: str) -> dt.time | None:
    match = _TIME_RE.search(text)
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    if half := _HALF_DAY_RE.match(text, match.end()):
        # "7:29pm", "2:15 PM", "10:45 a.m.": a twelve-hour clock
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half[1] in "Pp" else 0)
    return dt.time(hour, minute, second)


def combine(date: dt.date | None, time: dt.time | None) -> dt.datetime | dt.date | None:
    """A naive datetime when the page gives a time: its zone is not stated, so none is invented."""
    if date is None:
        return None
    if time is None:
        return date
    return dt.datetime.combine(date, time)


def infer_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """Datelines omit the year: take the one putting the date nearest the reference.

    Nearest, not "same year", so that a "Dec. 31" dateline on a story published
    on Jan. 1 gets the previous year and a "Jan. 1" one published late on
    Dec. 31 (time zones) gets the next.
    """
    best: dt.date | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = _date(year, month, day)
        if candidate is not None and (best is None or abs(candidate - reference) < abs(best - reference)):
            best = candidate
    return best
