"""Numbers that are not figures: years, dates, clock times, phone numbers, ordinals, scores,
page furniture and the numbers inside names ("Group of 20", "COVID-19", "iPhone 11").

Each rule is about how English news writes such numbers, never about a particular story.
Filters run after units are attached: "2,000 hires" is a count even though "2000" alone is a year.
"""

from __future__ import annotations

import re

from consumer.indicators.units import suffix_unit


def _words(text: str) -> list[str]:
    return text.split()


MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_BEFORE = re.compile(
    rf"\b(?:{MONTHS})\.?,?\s*(?:the\s+|\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", re.IGNORECASE
)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(
    r"^(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|[ap]\.m\b|gmt\b|utc\b|hrs\b|h\d))", re.IGNORECASE
)
_CLOCK_BEFORE = re.compile(r"\d[:h]$")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?!\d)")
_NAME_GROUP = re.compile(r"\b(?:group|g)\s+of\s+$", re.IGNORECASE)
_NUMBERING = re.compile(
    r"\b(?:no|nos|number|page|pp?|pg|vol|ch|chapter|section|article|art|item|figure|fig|category|level|phase|"
    r"stage|grade|type|class|tier|round|gate|platform|flight|route|line|room|episode|season|generation|version)"
    r"\.?\s*#?$",
    re.I,
)
_ADDRESS = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place)\b"
)
_OF_N = re.compile(r"^\s+of\s+\d")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[-\u2013]$")
_SCORE_AFTER = re.compile(r"^[-\u2013]\d{1,2}(?![\d.,]|\w)")
# Capitalised words that start a sentence or a clause, after which a number is a figure.
_FUNCTION_CAPS = frozenset(
    _words(
        """
        about some just only nearly almost around roughly approximately over under more less up down
        with of in to by at for from on as than and or but the a an all another another's some least
        at most exactly total totally estimated another more than some approximately
        """
    )
)
_COMPOUND_ADJECTIVE_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})


def phone_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PHONE.finditer(text)]


def is_year(value: float, spelled: str) -> bool:
    return spelled.isdigit() and len(spelled) == 4 and 1800 <= value <= 2100


def not_a_figure(
    text: str,
    start: int,
    end: int,
    digits: str,
    value: float,
    *,
    has_unit: bool,
    has_measure_unit: bool,
    phones: list[tuple[int, int]],
    counted_words: int = 0,
) -> bool:
    """True when the number at ``start:end`` is furniture, a date part or a name part.

    ``has_unit`` counts counted nouns too; ``has_measure_unit`` only real units (%, currency,
    km...), which override the name rule: "Stoxx 600 index" is a name, "Apple 3%" is not.
    """
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    previous = text[start - 1] if start > 0 else " "
    following = text[end] if end < len(text) else " "
    if previous.isalpha() or (previous in "-\u2010\u2011" and start > 1 and text[start - 2].isalpha()):
        return True  # "G20", "mk5", "COVID-19", "TA-25" (currency prefixes are outside start)
    if previous in "#@/\\_" or following in "@_" or (following == "/" and not has_measure_unit):
        return True
    if following.isalpha() and not has_unit:
        return True  # "22nd", "10th", "1.05am", "9AB8"
    if any(s <= start < e for s, e in phones):
        return True
    if _CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before):
        return True
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return not has_measure_unit
    if _NAME_GROUP.search(before) or _NUMBERING.search(before):
        return True
    small = digits.isdigit() and len(digits) <= 2
    if small and not has_unit and _SCORE_BEFORE.search(before):
        return True  # the "1" of "beat Charlton 2-1"
    if small and not has_unit:
        score = _SCORE_AFTER.match(after)
        if score is not None and suffix_unit(text, end + score.end()) is None:
            return True  # the "2" of "2-1", but not the "5" of "5-10W"
    if _ADDRESS.match(after):
        return True  # "575 Wilbraham Road"
    if not has_unit and (_OF_N.match(after) or re.search(r"\d\s+of\s+$", before)):
        return True  # "1 of 5" photo and page counters
    if is_year(value, digits) and (not has_unit or counted_words > 1):
        return True  # "in 2016", "2018 MIT researchers"; but "2000 hires"
    if not has_measure_unit:
        word = re.search(r"([A-Za-z][\w&'\u2019.-]*)\s$", before)
        name = word.group(1) if word is not None else ""
        possessive = name.endswith(("'s", "\u2019s"))  # "Gillespie's 1,172,340 votes" is a figure
        if (
            any(c.isupper() for c in name)
            and name.lower().rstrip(".") not in _FUNCTION_CAPS
            and not possessive
        ):
            sentence_start = before[: word.start()].rstrip() if word is not None else ""
            at_start = sentence_start == "" or sentence_start.endswith((".", "\n", '"'))
            if not at_start or not has_unit:
                return True  # "Stoxx 600", "iPhone 11", "Big 12", "Euro 2020", "Lang 20"
    return False


def compound_adjective(unit: str | None, joined_by_hyphen: bool, text_after: str) -> bool:
    """ "10-year bond", "two-month contract": a duration used as an adjective, not a figure."""
    if not joined_by_hyphen or unit not in _COMPOUND_ADJECTIVE_UNITS:
        return False
    return re.match(r"^\s+[a-zA-Z$]", text_after) is not None or text_after[:1] == "$"
