"""The period a figure covers, as a calendar interval.

Wire copy names periods relative to the story ("Q1", "last year", "the first 10 months"); an
analyst's chart needs dates, so every label is resolved against the dateline or publication
date. A quarter or month with no year is the latest one that has begun by that date: "Q1" in
an April 2017 story is 2017 Q1, "November" in a February story is last November.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from consumer.events import Period
from consumer.gate import gated, lowered
from consumer.lexicon import MONTH_NUMBERS, MONTHS, NUMBER_WORDS, TITLE_ABBREVIATIONS, WEEKDAYS, number_words

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_COUNT = {word: NUMBER_WORDS[word] for word in number_words(2, 11)}
_YEAR = r"(?:19|20)\d\d"
_YEAR_REF = rf"(?:(?:of|in)\s+)?(?P<y>{_YEAR}|this year|last year|next year)"

# Each pattern opens with a look-ahead on its possible first characters, so the regex engine skips
# every other position at once instead of trying the pattern there (the same matches, faster).
_MONTH_FIRST = "".join(sorted({month[0].lower() for month in MONTH_NUMBERS}))
_COUNT_FIRST = "".join(sorted({word[0] for word in _COUNT}))

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "years",
        re.compile(
            rf"(?=[fb\d])\b(?:from|between)\s+(?P<a>{_YEAR})\s+(?:to|and|through|until|till)\s+(?P<b>{_YEAR})\b"
            rf"|(?=\d)\b(?P<a2>{_YEAR})\s?[-\u2013/]\s?(?P<b2>{_YEAR}|\d\d)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"(?=[\dqfst])\b(?:(?P<y0>{_YEAR})\s+)?(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
            rf"[- ]quarter)(?:\s+{_YEAR_REF})?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            rf"(?=[hfs])\b(?:H(?P<h>[12])|(?P<hw>first|second)[- ]half)(?:\s+{_YEAR_REF})?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "months",
        re.compile(
            rf"(?=f)\bfirst\s+(?:(?P<n>\d{{1,2}}|{'|'.join(_COUNT)})\s+months|(?P<nq>two|three|2|3)\s+quarters)"
            rf"(?:\s+{_YEAR_REF})?\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "the January-September period", "from January to October 2023": months of one year
        "month_range",
        re.compile(
            rf"(?=[{_MONTH_FIRST}])\b(?P<m1>{MONTHS})\.?\s?(?:[-\u2013]|\s(?:to|through)\s)\s?(?P<m2>{MONTHS})\b\.?"
            rf"(?:,?\s+(?P<y>{_YEAR}))?",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?=[mel{_MONTH_FIRST}])\b(?:(?:mid|early|late)-?\s*)?(?P<m>{MONTHS})(?!\.?\s*\d{{1,2}}\b)\.?(?:,?\s+(?P<y>{_YEAR}))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?=[ltnp])\b(?P<rel>last|this|next|past)\s+(?P<unit>year|month|quarter)\b", re.IGNORECASE
        ),
    ),
    (
        "ago",
        re.compile(
            rf"(?=[ao\d{_COUNT_FIRST}])\b(?P<n>an?|one|\d{{1,2}}|{'|'.join(_COUNT)})\s+(?P<unit>year|month)s?\s+"
            r"(?:earlier|ago|before(?![ \t]+[a-z\d]))\b",
            re.IGNORECASE,
        ),
    ),
    ("year", re.compile(rf"(?=[f\d])\b(?:(?:fiscal|FY)\s?)?(?P<y>{_YEAR})(?!\d|s\b|,\d)\b", re.IGNORECASE)),
]


# Words each pattern needs: most sentences skip most scans.
_GATES: dict[str, tuple[str, ...]] = {
    "years": ("19", "20"),  # both need a year of _YEAR: a digit alone passed most figures' sentences
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "half": ("half", "h1", "h2"),
    "months": ("months", "quarters"),
    "month_range": ("-", "\u2013", " to ", " through "),
    "relative": ("last", "this", "next", "past"),
    "ago": ("ago", "earlier", "before"),
    "year": ("19", "20"),
}
# Every month name and abbreviation opens with one of these: a sentence holding none skips the two
# month scans (both IGNORECASE, tried at most positions). Text that is not ASCII is scanned
# anyway, since a case-insensitive match may use a letter lower() does not give ("ſep").
_MONTH_STEMS = tuple(sorted({name[:3] for name in MONTH_NUMBERS}))
# Each gate is a few substring tests mapped in C (``any(map(low.__contains__, words))``): no
# generator frame per test, and cheaper than one search for their alternation on a sentence;
# find_periods runs on every sentence with a figure, and the gates were near half its time (the
# cost bound of the stages beyond NER, issue 11). The steps are listed once, gate and all.
_MONTH_STEM = re.compile("|".join(_MONTH_STEMS))
_MONTH_KINDS = frozenset(("month", "month_range"))
_STEPS: tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None, bool], ...] = tuple(
    (kind, pattern, _GATES.get(kind), kind in _MONTH_KINDS) for kind, pattern in _PATTERNS
)


@dataclass(frozen=True, slots=True)
class PeriodSpan:
    start: int
    end: int
    period: Period
    kind: str = ""


def _year_of(token: str | None, ref: dt.date | None, default: int | None) -> int | None:
    if token is None:
        return default
    lower = token.lower()
    if lower[:1].isdigit():
        return int(lower)
    if ref is None:
        return None
    return ref.year + {"this year": 0, "last year": -1, "next year": 1}[lower]


def _months(label: str, year: int | None, first: int, last: int) -> Period:
    if year is None:
        return Period(label=label)
    return Period(
        label=label,
        start=dt.date(year, first, 1),
        end=dt.date(year, last, calendar.monthrange(year, last)[1]),
    )


def _latest_year(first_month: int, ref: dt.date | None) -> int | None:
    """The year of the latest period starting in ``first_month`` that had begun by ``ref``."""
    if ref is None:
        return None
    return ref.year if first_month <= ref.month else ref.year - 1


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None) -> Period | None:  # noqa: C901 - one short branch per period kind
    if kind == "years":
        a = int(m.group("a") or m.group("a2"))
        b_text = m.group("b") or m.group("b2")
        b = int(b_text) if len(b_text) == 4 else a - a % 100 + int(b_text)
        if not a < b <= a + 50:
            return None
        if b == a + 1 and m.group("a2") and ("/" in m.group(0) or len(b_text) == 2):
            # "fiscal 2025/26", "the 2024-25 season": one fiscal or season year across two calendar
            # years, whose bounds the text does not give
            return Period(label=f"{a}/{b_text}", start=None, end=None)
        return Period(label=f"{a}-{b}", start=dt.date(a, 1, 1), end=dt.date(b, 12, 31))
    if kind == "quarter":
        q = int(m.group("q")) if m.group("q") else _ORDINAL[m.group("qw").lower()]
        year = _year_of(m.group("y0") or m.group("y"), ref, _latest_year(3 * q - 2, ref))
        return _months(f"{year}-Q{q}" if year else f"Q{q}", year, 3 * q - 2, 3 * q)
    if kind == "half":
        h = int(m.group("h")) if m.group("h") else (1 if m.group("hw").lower() == "first" else 2)
        year = _year_of(m.group("y"), ref, _latest_year(6 * h - 5, ref))
        return _months(f"{year}-H{h}" if year else f"H{h}", year, 6 * h - 5, 6 * h)
    if kind == "months":
        n_text = (m.group("n") or m.group("nq")).lower()
        n = int(n_text) if n_text.isdigit() else _COUNT[n_text]
        n = n * 3 if m.group("nq") else n  # "the first three quarters": nine months
        if not 1 <= n <= 12:
            return None
        year = _year_of(m.group("y"), ref, ref.year if ref is not None else None)
        return _months(f"{year}-01..{year}-{n:02d}" if year else f"first {n} months", year, 1, n)
    if kind == "month_range":
        first, last = MONTH_NUMBERS[m.group("m1").lower()], MONTH_NUMBERS[m.group("m2").lower()]
        if not first < last or m.group("m1")[0].islower() or m.group("m2")[0].islower():
            return None  # "May to may", "November-February" (two years): not read
        year = _year_of(m.group("y"), ref, _latest_year(first, ref))
        label = f"{year}-{first:02d}..{year}-{last:02d}" if year else f"{m.group('m1')}-{m.group('m2')}"
        return _months(label, year, first, last)
    if kind == "month":
        month = MONTH_NUMBERS[m.group("m").lower()]
        if m.group("m").lower() in ("may", "mar") and m.group("m")[0].islower():
            return None  # the verb "may", "mar"
        year = _year_of(m.group("y"), ref, _latest_year(month, ref))
        return _months(f"{year}-{month:02d}" if year else calendar.month_name[month], year, month, month)
    if kind == "relative":
        rel, unit = m.group("rel").lower(), m.group("unit").lower()
        offset = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
        if ref is None:
            return Period(label=f"{rel} {unit}")
        if unit == "year":
            year = ref.year + offset
            return _months(str(year), year, 1, 12)
        if unit == "month":
            index = ref.year * 12 + ref.month - 1 + offset
            year, month = divmod(index, 12)
            return _months(f"{year}-{month + 1:02d}", year, month + 1, month + 1)
        quarter_index = ref.year * 4 + (ref.month - 1) // 3 + offset
        year, q0 = divmod(quarter_index, 4)
        return _months(f"{year}-Q{q0 + 1}", year, 3 * q0 + 1, 3 * q0 + 3)
    if kind == "ago":
        n_text, unit = m.group("n").lower(), m.group("unit").lower()
        n = 1 if n_text in ("a", "an", "one") else int(n_text) if n_text.isdigit() else _COUNT[n_text]
        if ref is None:
            return Period(label="a year earlier" if (n, unit) == (1, "year") else f"{n} {unit}s earlier")
        if unit == "year":
            return _months(str(ref.year - n), ref.year - n, 1, 12)
        year, month0 = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return _months(f"{year}-{month0 + 1:02d}", year, month0 + 1, month0 + 1)
    year = int(m.group("y"))
    return _months(str(year), year, 1, 12)


# Words after which a capitalised month is a date, never part of a name ("In May", "Since June").
_TIME_WORDS = frozenset(
    re.findall(
        r"\w+",
        """
        in on since until till by from to through during before after between and or of last next this
        early late mid each every for at as that since the a
        """,
    )
) | frozenset(WEEKDAYS)
_TITLES = frozenset(TITLE_ABBREVIATIONS)
_NAME_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w.'\u2019-]*)[ \t]$")
_NAME_AFTER = re.compile(r"[ \t]([A-Z][a-z][\w'\u2019-]*)")


def _in_personal_name(text: str, start: int, end: int) -> bool:
    """ "Theresa May", "Prime Minister May", "April Ryan": a month name inside a person's name.

    A capitalised word right before the month (other than a time word or a sentence opening)
    is a first name or title; a capitalised word right after a month that no time word
    governs is a surname ("April Ryan asked"). "In May Apple said" stays a period.
    """
    if not text[start].isupper():
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).lower() not in _TIME_WORDS:
        word = before.group(1)
        if not word.endswith(".") or word.lower().rstrip(".") in _TITLES:
            return True  # "Theresa May", "Minister May", "Mrs. May" (not "... in Beijing. May")
    after = _NAME_AFTER.match(text, end)
    if after is None or after.group(1).lower() in _TIME_WORDS:
        return False
    word_before = re.search(r"(\w+)\W*$", text[max(0, start - 20) : start])
    return word_before is None or word_before.group(1).lower() not in _TIME_WORDS


def find_periods(text: str, ref: dt.date | None) -> list[PeriodSpan]:
    """All period expressions of ``text`` (a sentence), longest first when they overlap."""
    spans: list[PeriodSpan] = []
    # Kept spans never overlap, so they are sorted by end as by start: the only one that can
    # overlap a match is the last one starting before the match ends (found by bisection).
    taken: list[tuple[int, int]] = []
    low = text.lower()
    months = not low.isascii() or _MONTH_STEM.search(low) is not None
    contains = low.__contains__
    for kind, pattern, gate_words, month_kind in _STEPS:
        if gate_words is not None and not any(map(contains, gate_words)):
            continue  # a cheap test says the pattern cannot match: skip its scan
        if month_kind and not months:
            continue
        for match in pattern.finditer(text):
            at = bisect.bisect_left(taken, (match.end(), -1)) - 1
            if at >= 0 and taken[at][1] > match.start():
                continue
            if kind == "month" and _in_personal_name(text, match.start("m"), match.end("m")):
                continue
            try:
                period = _resolve(kind, match, ref)
            except (ValueError, KeyError, OverflowError):
                period = None
            if period is not None:
                spans.append(PeriodSpan(match.start(), match.end(), period, kind))
                bisect.insort(taken, (match.start(), match.end()))
    spans.sort(key=lambda s: s.start)
    return spans


class PeriodIndex:
    """A sentence's periods (as :func:`find_periods` returns them: in text order, never
    overlapping, so sorted by end too) for look-ups by bisection, not a scan per figure."""

    def __init__(self, spans: list[PeriodSpan]) -> None:
        self.spans = spans
        self._starts = [s.start for s in spans]
        self._ends = [s.end for s in spans]

    def holding(self, start: int, end: int) -> PeriodSpan | None:
        """The period that holds ``start:end``, if one does."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index >= 0 and end <= self.spans[index].end:
            return self.spans[index]
        return None

    def for_figure(self, start: int, end: int, text: str = "") -> PeriodSpan | None:
        """The period of the figure at ``start:end``: one right after it, else the nearest before.

        A period after the figure counts only if no other figure sits in between ("3.9 million
        headsets, up from 2.4 million in 2017": 2017 is the period of 2.4 million).
        """
        spans = self.spans
        first_after = bisect.bisect_left(self._starts, end)
        if first_after < len(spans):
            nearest = spans[first_after]
            close = nearest.start - end <= 30 and not any(c.isdigit() for c in text[end : nearest.start])
            if close and not _basis(text, nearest):
                return nearest
        last_before = bisect.bisect_right(self._ends, start) - 1
        # at most a few basis periods are stepped over: each look-back is bounded
        for before in range(last_before, max(-1, last_before - 3), -1):
            if not _basis(text, spans[before]):
                return spans[before]
        # "rose to $1.1 billion ... from $950 million a year earlier": a basis period ("a year
        # earlier", "four years ago") belongs to the figure right before it, not to earlier ones;
        # "the highest since November 2021" names what it is compared with, not its own period.
        return next((s for s in spans[first_after:] if s.kind != "ago" and not _basis(text, s)), None)


# "the highest since November 2021", "rose 4.1 percent from 2023", "compared with the same period
# last year": what a figure is compared with, not its own period. "from March to June" is one.
_BASIS_BEFORE = gated(
    r"\b(?:since|from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+same\s+(?:period|time)\s+(?:of\s+|in\s+)?)?$",
    re.IGNORECASE,
)
_SPAN_RANGE = re.compile(r"\s(?:to|through|until|till)\s|[-\u2013]", re.IGNORECASE)
_RANGE_ON = re.compile(
    r"\s*(?:to|through|until|till|-|\u2013)\s*(?:(?:19|20)\d{2}\b(?![.,]\d)(?!\s+(?:million|billion|trillion))"
    r"|[A-Z][a-z]+|the\s+end)"
)


# Every match of _BASIS_BEFORE holds one of these (case-blind): most periods have none of them
# in the 40 characters before, and a few substring tests on a lower-cased copy say so at a
# fraction of the search's cost (it runs per figure, up to four periods each).
_BASIS_WORDS = ("since", "from", "than", "versus", "vs", "compared")


def _basis(text: str, span: PeriodSpan) -> bool:
    lead = max(0, span.start - 40)
    low = lowered(text[lead : span.start])
    if low is not None and not any(map(low.__contains__, _BASIS_WORDS)):
        return False
    if not _BASIS_BEFORE.search(text, lead, span.start):
        return False
    if _SPAN_RANGE.search(text, span.start, span.end):
        return False  # "from March to June 2018": the span is itself from one period to another
    return text[max(0, span.start - 6) : span.start].lower().endswith("since ") or not _RANGE_ON.match(
        text, span.end
    )


def period_for(spans: list[PeriodSpan], start: int, end: int, text: str = "") -> PeriodSpan | None:
    """The period of the figure at ``start:end`` among ``spans`` (see PeriodIndex.for_figure)."""
    return PeriodIndex(spans).for_figure(start, end, text)
