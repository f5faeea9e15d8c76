"""Numbers that are not figures: years, dates, clock times, phone numbers, ordinals, scores,
page furniture and the numbers inside names ("Group of 20", "COVID-19", "iPhone 11").

Each rule is about how English news writes such numbers, never about a particular story.
Filters run after units are attached: "2,000 hires" is a count even though "2000" alone is a year.
"""

from __future__ import annotations

import bisect
import re
import sys

from consumer.entities.gazetteer.lists import group_words
from consumer.gate import gated, may_end_with
from consumer.indicators.units import suffix_unit, title_case_around
from consumer.lexicon import MONTHS, alternation, number_words


def _words(text: str) -> list[str]:
    return text.split()


_MONTH_BEFORE = gated(rf"\b(?:{MONTHS})\.?,?\s*(?:the\s+|\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$", re.IGNORECASE)
_MONTH_COMMA = re.compile(rf"\b(?:{MONTHS}),\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(
    r"^(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|[ap]\.m\b|gmt\b|utc\b|hrs\b|h\d|o['\u2019]clock\b))",
    re.IGNORECASE,
)
_CLOCK_BEFORE = re.compile(r"\d[:h]$")
# The first hour of a clock range names a time as much as the second: "open from 3 to 9 p.m.",
# "voting between 12 and 8 p.m.", "6-9 pm daily".
_CLOCK_RANGE_AFTER = re.compile(
    r"\s?(?:-|\u2013|to|and|until|till|through)\s?\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|[ap]\.m\b)",
    re.IGNORECASE,
)
# A clock time before a time-zone code: "Updated 0203 GMT (1003 HKT)", "at 1430 EST".
_ZONE_AFTER = re.compile(
    r"\s?(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|BST|CET|CEST|EET|MSK|IST|HKT|JST|KST|SGT|AEST|AEDT)\b"
)
# ... and an hhmm time before "local time": "shown from 1700 local time (0100 GMT)"
_LOCAL_TIME_AFTER = re.compile(r"\slocal\s+time\b")
# A whole-text pattern opens with a look-ahead on its first character, e.g. (?=[A-Z]): the regex
# engine then skips every other position at once (1.5-4x faster; same matches).
_PHONE = gated(
    r"(?=[+(\d])(?<!\d)(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}(?:[\s.-]| [-\u2013] )\d{3,4}(?!\d)"
)  # "(212) 560 \u2013 6928": a spaced dash too
# Other dialling shapes: a trunk prefix's leading zero and one long group ("call 08000 858531",
# "0161 496 0000": a count never opens with a zero), and three hyphen-joined groups of ten digits
# or more ("212-5243-14195"; a range has two groups).
_PHONE_OTHER = gated(
    r"(?=\d)(?<![\d.,-])(?:0\d{2,4}[ -]\d{3,8}(?:[ -]\d{3,5})?|\d{2,5}-\d{3,5}-\d{4,5})(?![\d-])"
)
# An international number with its trunk zero in brackets, as European pages print it ("+44 (0)20
# 7946 0018", "+49 (0)40 890 85-433"): no count is ever written so (session 43)
_PHONE_TRUNK = gated(r"\+\d{1,3}[ \t]?\(0\)[ \t]?\d{1,5}(?:[ \t.-]\d{1,5}){1,5}(?![\d-])")
# Three more dialling shapes no count is written in (session 47, read on a notice to shipping, an
# agency's press release and a wire desk's sign-off): an international number after its plus in
# short groups, as Gulf, Asian and African pages print it ("+968 42 71 80465"; eight digits or
# more in three groups or more, spaces or hyphens only: "+4,172" and "+0.4" are a table's
# changes); a toll-free number spelled with letters ("888-ASK-FIRM", "1-800-GO-TRAIN"); and a
# wire desk's number, its country and area codes joined by a hyphen ("61-8 9321-4400").
_PHONE_SHAPES = gated(
    r"(?=[+\d])(?:"
    r"(?<![\d+.,-])\+\d{1,3}(?:[ \t-]\d{1,5}){2,5}"
    r"|(?<![\w+.,-])(?:1-)?8(?:00|88|77|66|55|44|33)-[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*"
    r"|(?<![\w+.,-])\d{1,3}-\d{1,2}[ \t]\d{3,4}[ \t-]\d{4}"
    r")(?![\w.,]?\d)(?![\w-])"
)
_PHONE_SHAPE_DIGITS = 8  # a plus and fewer digits may be a signed change in a table ("+12 15 18")
# A local number without its area code, as island and small-town papers print it ("Contact:
# 624-6456; 225-8452"); not a range ("500-1000cc", "100-1000 people": a round upper bound or a
# unit after it).
_HEDGE_AFTER = re.compile(r"\s+or\s+(?:more|so|less|fewer)\b")
_PHONE_CUE = re.compile(
    r"\b(?:call|calls|calling|contact|phone|tel|telephone|fax|hotline|dial|text|number|numbers|mobile|cell|"
    r"reach(?:ed)?|at|on)\b[\s:.]*(?:\(\d+\)\s*|\+?\d{1,3}\s)?$",
    re.IGNORECASE,
)
# gated on its first digit (consumer.gate): the same matches, the whole-text scan at about half the cost
_LOCAL_PHONE = gated(r"(?<![\d.,$\u00a3\u20ac/-])[2-9]\d\d-\d\d[1-9]\d(?![\d-]|[.,]\d|\s?%|[A-Za-z])")
# A model code of letters and digits right before a hyphen: "A320-", "MH60-"
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]+\d+[A-Za-z]*-$")
_NAME_GROUP = re.compile(r"\b(?:group|g)\s+of\s+$", re.IGNORECASE)
_NUMBERING = gated(
    r"\b(?:no|nos|number|page|pp?|pg|vol|ch|chapter|section|article|art|item|figure|fig|category|level|phase|"
    r"stage|grade|type|class|tier|round|gate|platform|flight|route|line|room|episode|season|generation|version|"
    r"apt|apartment|suite|ste|exit|booth|pier|terminal|size)"
    r"\.?\s*#?$",
    re.I,
)
# The same numbering in the plural, before a list of numbers: "rooms 209 and 211", "pages 12-14",
# "gates 5, 6 and 9" (each member, the later ones after the list so far).
_NUMBERING_LIST = gated(
    r"\b(?:rooms|pages|chapters|sections|articles|items|gates|platforms|routes|episodes|seasons|suites|"
    r"terminals|exits|piers|booths)\s+(?:\d{1,5}\s*(?:,|and|&|or|-|\u2013|to)\s*)*$",
    re.I,
)
# The last words the 30 characters before a number must end on (trailing spaces, a "#", a full
# stop and a comma left out) for the numbering, month, "group of" and "show all" patterns, which
# end on a word and "$": each is tried at every position of its window, per figure, and most
# numbers follow a word none of them ends on. Issue 11 bounds the cost beyond NER; tests/unit read
# the words off the patterns.
_NUMBERING_LAST = (
    *("no", "nos", "number", "page", "p", "pp", "pg", "vol", "ch", "chapter", "section", "article", "art"),
    *("item", "figure", "fig", "category", "level", "phase", "stage", "grade", "type", "class", "tier"),
    *("round", "gate", "platform", "flight", "route", "line", "room", "episode", "season", "generation"),
    *("version", "apt", "apartment", "suite", "ste", "exit", "booth", "pier", "terminal", "size"),
)
# A race's lap by its number, on its line: "crashed on lap 20", a live blog's "Lap 29 Drivers are
# told ..." (session 48; "the last lap. One year later" is a sentence's end, no numbering)
_LAP_BEFORE = re.compile(r"\blap[ \t]+$", re.IGNORECASE)
_NUMBERING_LIST_LAST = (
    *("rooms", "pages", "chapters", "sections", "articles", "items", "gates", "platforms", "routes"),
    *("episodes", "seasons", "suites", "terminals", "exits", "piers", "booths"),
    *(",", "and", "&", "or", "-", "\u2013", "to"),
)
_MONTH_BEFORE_LAST = (*MONTHS.split("|"), "the", "st", "nd", "rd", "th", *"0123456789")


def _may_end_numbered(before: str) -> bool:
    """Whether ``before`` may end on a numbering word (and a full stop, spaces, "#"): _NUMBERING."""
    return may_end_with(before.rstrip().removesuffix("#").rstrip().removesuffix("."), _NUMBERING_LAST)


def _may_end_dated(before: str) -> bool:
    """Whether ``before`` may end on a month (its full stop, comma), "the" or a day: _MONTH_BEFORE."""
    return may_end_with(before.rstrip().removesuffix(",").removesuffix("."), _MONTH_BEFORE_LAST)


_ADDRESS = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+|\d{1,3}(?:st|nd|rd|th)\s+){1,3}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|"
    r"Highway|Hwy|Terrace|Circle)\b"
)
# A street number before a compass abbreviation and a street's name ("4214 N. Mississippi Ave.",
# "at 201 E. Nine Mile"), and a police blotter's "the 23300 block of Edmond Street".
_COMPASS_ADDRESS = re.compile(r"^\s+(?:[NSEW]|NE|NW|SE|SW)\.\s+(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\b")
_BLOCK_OF = re.compile(r"^\s+block\s+of\s+[A-Z0-9]")
_OF_N = re.compile(r"^\s+of\s+\d")
# A software version before what it names: "the recent 1.8 release", "the 20.10 branch"
_RELEASE_AFTER = re.compile(
    r"(?:\.\d+)*\s+(?:release|releases|branch|update|beta|build|patch|firmware|kernel)\b", re.IGNORECASE
)
_SHOW_ALL = re.compile(r"\b(?:show|view|see)\s+all\s+$", re.IGNORECASE)
# A quoted attribute value of markup the page left in its text: width='670', content="0;URL=..."
_ATTRIBUTE_BEFORE = re.compile(r"[A-Za-z][\w-]*=[\"']$")
_PLAN_SECTION_AFTER = re.compile(r"\([a-z]\)")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3})[-\u2013]$")
_SCORE_AFTER = re.compile(r"^[-\u2013](\d{1,3})(?!\d|[.,]\d|\w)")
# The result a score names after it: "a 2-1 win", "the 121-114 road loss", "a 24-10 record".
_RESULT_AFTER = re.compile(
    r"(?:\s+(?:home|away|road|overtime|extra-time|first-leg|second-leg|aggregate|shootout)){0,2}\s+"
    r"(?:wins?|victory|victories|defeats?|loss|losses|draws?|triumph|lead|record|rout|thrashing|drubbing)\b"
)
# A game's score runs to three digits ("beat the Suns 121-114"), a tally of votes too ("passed
# 228-199"): a three-digit pair is a score only after a word of winning or losing.
_RESULT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|won|win|wins|winning|lost|lose|loses|losing|edged?|"
    r"routed?|downed|top(?:s|ped)?|over|against|fell\s+to|falls\s+to|trail(?:s|ed|ing)?|led|leads?|"
    # a game's result or running score named before it: "the fifth straight victory, 112-107 over
    # the Thunder", "put the Lakers up 109-98 with 3:08 to play"
    r"victory|victories|triumph|leading|up|ahead)\b"
)
# ... or after it: "112-107 over the Thunder" (not "against": "voted 212-188 against the plan" is a tally)
_RESULT_OVER = re.compile(r"\s+over\s+(?:the\s+)?[A-Z]")
_SCALE_WORD_AFTER = re.compile(r"\s?(?:hundred|thousand|million|billion|trillion|mln|bln|bn|mn)\b", re.I)
# A side named right before a score: "hold off OKC 112-107" (a capitalised word, not a month)
_TEAM_BEFORE = re.compile(rf"\b(?!(?:{MONTHS})\b)[A-Z][\w.'\u2019]*\s+$")
# A cricket score, runs for wickets: "England were 112 for 3 at lunch", "declared on 487 for six".
_WICKETS = r"(?:10|\d|one|two|three|four|five|six|seven|eight|nine|ten)"
_CRICKET_END = re.compile(
    r"(?:\s+wickets?)?(?=\s*(?:[,.;)]|$)|\s+(?:in|off|at|declared|dec|after|before|when|with|and|from)\b)"
)
_CRICKET_AFTER = re.compile(rf"\s+for\s+{_WICKETS}{_CRICKET_END.pattern}", re.IGNORECASE)
_CRICKET_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}\s+for\s+$")
# Capitalised words that start a sentence or a clause, after which a number is a figure.
_FUNCTION_CAPS = frozenset(
    _words(
        """
        about some just only nearly almost around roughly approximately over under more less up down
        with of in to by at for from on as than and or but the a an all another another's some least
        at most exactly total totally estimated another more than some approximately
        between
        """
    )
)
_COMPOUND_ADJECTIVE_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})


def merge_spans(*groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans kept sorted and never overlapping: the first of two overlapping spans stays."""
    merged: list[tuple[int, int]] = []
    for span in sorted(span for group in groups for span in group):
        if not merged or span[0] >= merged[-1][1]:
            merged.append(span)
    return merged


def _dialled(shape: str) -> bool:
    """Whether a match of _PHONE_SHAPES dials a number: a plus before enough digits; the other
    two shapes (letters after a toll-free code, a desk's hyphened codes) are phones as written."""
    return not shape.startswith("+") or sum(char.isdigit() for char in shape) >= _PHONE_SHAPE_DIGITS


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Phone numbers, in text order and never overlapping (so sorted by end too)."""
    spans = [m.span() for m in _PHONE.finditer(text)]
    other = [m.span() for m in _PHONE_OTHER.finditer(text)]
    if "(0)" in text:
        other = merge_spans(other, [m.span() for m in _PHONE_TRUNK.finditer(text)])
    if "+" in text or "-" in text:
        shapes = [m.span() for m in _PHONE_SHAPES.finditer(text) if _dialled(m.group(0))]
        other = merge_spans(other, shapes) if shapes else other
    if other:
        spans = merge_spans(spans, other)
    if "-" in text:
        local: list[tuple[int, int]] = []
        for m in _LOCAL_PHONE.finditer(text):
            listed = bool(local) and m.start() - local[-1][1] <= 8  # "624-6456; 225-8452"
            cued = listed or _PHONE_CUE.search(text, max(0, m.start() - 30), m.start()) is not None
            amount = _amounts_follow(text, m.end()) or _HEDGE_AFTER.match(text, m.end()) is not None
            if cued and not amount and not _in_spans(spans, m.start()):
                local.append(m.span())
        spans = sorted(spans + local)
    return spans


# Numbers alone in parentheses after a lower-case word or a mark: the sources a health or science
# page cites ("lowers blood pressure (4, 9).", "(7\u20139)") and the items of a list run into a
# sentence ("would (1) cut fees and (2) raise"). Never after a capitalised word: "Jane Roe (29)"
# gives an age, "the Hawks (12-3)" a record.
_CITED_MARK = re.compile(  # the "(" first: the engine skips to each one, then looks behind
    r"\((?<=[a-z.,;:%)\]] \()\d{1,3}(?:(?:,\s|\s?[\u2013-]\s?)\d{1,3})*\s?\)(?=[\s.,;:]|$)"
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Citation and list marks in parentheses, when the text has two or more (one alone may be a
    figure given twice, "twelve (12)"), in text order."""
    if "(" not in text:
        return []
    spans = [m.span() for m in _CITED_MARK.finditer(text) if not _after_capitalised(text, m.start() - 1)]
    return spans if len(spans) >= 2 else []


# The number a blog's comment list puts before each comment's header line, its author and the
# time it was posted ("4 Dana Roe March 3, 2014 at 9:12 pm", "12 jo @ her kitchen May 2,
# 2013 at 7:05 am"; session 47, read on three blogs): a counter, and any number in the author's
# name is part of a name. Only a run of two such lines or more is a comment list.
_COMMENT_HEADER = gated(
    rf"(?im)^[ \t]*(?P<mark>\d{{1,3}})[ \t]+[^\n]{{1,60}}?\b(?:{MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}},?"
    r"[ \t]+(?:at[ \t]+)?\d{1,2}:\d\d[ \t]*(?:[ap]\.?m\.?)?[ \t]*\r?$"
)


def comment_header_spans(text: str) -> list[tuple[int, int]]:
    """The header lines of a numbered comment list, from the counter to the line's end, when the
    text has two or more (one alone may be a dated line of the story), in text order."""
    if ":" not in text:
        return []
    spans = [(m.start("mark"), m.end()) for m in _COMMENT_HEADER.finditer(text)]
    return spans if len(spans) >= 2 else []


def _after_capitalised(text: str, space: int) -> bool:
    """Whether the word ending before ``space`` is capitalised (a name: "Jane Roe (29)")."""
    start = max(text.rfind(" ", max(0, space - 40), space), text.rfind("\n", max(0, space - 40), space)) + 1
    return text[start : start + 1].isupper()


def _in_spans(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether ``position`` lies in one of ``spans`` (sorted, not overlapping): by bisection."""
    at = bisect.bisect_right(spans, (position, sys.maxsize)) - 1
    return at >= 0 and spans[at][0] <= position < spans[at][1]


def is_year(value: float, spelled: str) -> bool:
    return spelled.isdigit() and len(spelled) == 4 and 1800 <= value <= 2100


def _compass_address(after: str, digits: str, *, has_unit: bool, counted: bool) -> bool:
    """A street number before "N." / "W." and a street's name, or a blotter's "the 23300 block of":
    not after a counted noun ("40 S. Korean ships" counts ships; "100 W. 57th St." is no wattage)."""
    if not digits.isdigit() or counted:
        return False
    return _COMPASS_ADDRESS.match(after) is not None or (not has_unit and _BLOCK_OF.match(after) is not None)


# A live blog's entry opens with its time: "16.06 The plane made a steep climb", "09.52" alone
_LIVE_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_LIVE_ENTRY_AFTER = re.compile(r"[ \t]+[\"'\u201c\u2018(]?[A-Z#@]|[ \t]*(?:\n|$)")


def _live_blog_time(text: str, start: int, end: int, digits: str) -> bool:
    """An hh.mm time opening a line before a capitalised word or the line's end."""
    if not _LIVE_CLOCK.fullmatch(digits):
        return False
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    opens_line = (line_start > 0 or start < 8) and not text[line_start:start].strip()
    return opens_line and _LIVE_ENTRY_AFTER.match(text, end) is not None


# "just before 8 in the morning", "at 6 in the evening", "home by 11 at night": an hour of the day
_TIME_OF_DAY_AFTER = re.compile(r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", re.I)


def _clock_hour(text: str, end: int, digits: str, *, has_unit: bool) -> bool:
    """The first hour of a clock range ("from 3 to 9 p.m.") or a time before a time-zone code
    ("1003 HKT"): a whole number that can be an hour or an hhmm time, and no unit of its own."""
    if has_unit:
        return False
    if not digits.isdigit():
        return _live_blog_time(text, end - len(digits), end, digits)
    if (
        len(digits) <= 2
        and 0 < int(digits) <= 12
        and (_CLOCK_RANGE_AFTER.match(text, end, end + 16) or _TIME_OF_DAY_AFTER.match(text, end, end + 24))
    ):
        return True  # "from 3 to 9 p.m.", "just before 8 in the morning"
    clock = (len(digits) <= 2 and int(digits) <= 24) or (
        len(digits) == 4 and int(digits[:2]) < 24 and int(digits[2:]) < 60
    )
    if clock and len(digits) == 4 and _LOCAL_TIME_AFTER.match(text, end, end + 14) is not None:
        return True  # "from 1700 local time (0100 GMT)", "struck at 1115 local time"
    return clock and _ZONE_AFTER.match(text, end, end + 6) is not None


def _score(text: str, start: int, end: int, digits: str, *, has_unit: bool) -> bool:
    """Either number of a score: "beat Charlton 2-1", "a 2-1 win", "beat the Suns 121-114", but
    not the "5" of "5-10W" nor a range of things ("3-4 days")."""
    if not has_unit and (
        _CRICKET_AFTER.match(text, end) or _CRICKET_BEFORE.search(text, max(0, start - 12), start)
    ):
        return _CRICKET_END.match(text, end) is not None or _CRICKET_AFTER.match(text, end) is not None
    before = text[max(0, start - 5) : start]
    after = text[end : end + 60]
    other = _SCORE_BEFORE.search(before)
    pair_start, pair_end = (max(0, start - 5) + other.start(1) if other is not None else start), end
    if other is None:
        other = _SCORE_AFTER.match(after)
        if other is None:
            return False
        pair_end = end + other.end()
        if suffix_unit(text, pair_end) is not None or _SCALE_WORD_AFTER.match(text, pair_end):
            return False  # "3-4 days", "3-4 million people": a range
        if (
            int(digits) < int(other.group(1))
            and _amounts_follow(text, pair_end)
            and _RESULT_AFTER.match(text, pair_end, pair_end + 40) is None
        ):
            return False  # "25-40 pages", "3-5 scenes": a rising range of counted things
    if has_unit and _RESULT_AFTER.match(text, pair_end, pair_end + 40) is None:
        return False
    if len(digits) <= 2 and len(other.group(1)) <= 2:
        return True
    if _RESULT_OVER.match(text, pair_end, pair_end + 40) or _RESULT_AFTER.match(
        text, pair_end, pair_end + 40
    ):
        return True  # "112-107 over the Thunder", "a 112-107 victory"
    if _TEAM_BEFORE.search(text, max(0, pair_start - 30), pair_start):
        return True  # "Lakers hold off OKC 112-107": the score right after the side it is for
    return _RESULT_BEFORE.search(text, max(0, start - 60), start) is not None


# A team's record of wins, losses and ties (or overtime losses), three pieces joined by hyphens
# ("a 9-2-1 start", "on a 1-6-2 skid", "improved to 14-0-1"), and a player's line of makes of
# attempts ("20-of-24 passing", "went 3-for-4"): standings and box-score lines, no quantity.
_RUN_BEFORE = re.compile(r"(?<![\d.,\u2013-])\d{1,3}[-\u2013](?:\d{1,3}[-\u2013])?$")
_RUN_AFTER = re.compile(r"^[-\u2013]\d{1,3}(?:[-\u2013]\d{1,3})?(?![\d.,\u2013-]|[^\W\d_])")
_LINE_OF_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}-(?:of|for)-$")
_LINE_OF_AFTER = re.compile(r"^-(?:of|for)-\d{1,3}(?![\d.,])")


def _record_or_line(text: str, start: int, end: int) -> bool:
    """A piece of a three-piece record or of a makes-of-attempts line (see ``_RUN_BEFORE``)."""
    if _LINE_OF_AFTER.match(text[end : end + 9]) or _LINE_OF_BEFORE.search(text, max(0, start - 9), start):
        return True
    before = _RUN_BEFORE.search(text, max(0, start - 9), start)
    after = _RUN_AFTER.match(text[end : end + 9])
    pieces = 1 + (before.group().count("-") + before.group().count("\u2013") if before else 0)
    pieces += after.group().count("-") + after.group().count("\u2013") if after else 0
    return pieces >= 3


_TWO_DIGITS = re.compile(r"\d\d(?![\d%]|[.,]\d)")  # "in \u201991." ends a sentence; "'92.5" is none


def _short_year(text: str, start: int, previous: str) -> bool:
    """A year cut to two digits after an apostrophe: "his '92 Ninja", "Class of \u201985"."""
    return (
        previous in "'\u2019"
        and (start < 2 or text[start - 2] in " (\n")
        and _TWO_DIGITS.match(text, start) is not None
    )


def _glued_to_name(text: str, start: int, previous: str) -> bool:
    """ "G20", "mk5", "COVID-19", "TA-25" (currency prefixes are outside start), and the variant
    after a model code's hyphen ("an Airbus A320-200")."""
    if previous.isalpha() or (previous in "-\u2010\u2011" and start > 1 and text[start - 2].isalpha()):
        return True
    return previous == "-" and _CODE_BEFORE.search(text, max(0, start - 12), start) is not None


# "a Boeing 747-200B": the variant after a numbered model's hyphen; "a Core i7 4790k": a chip's
# model after its series. The glued letter is part of the name, no scale ("200B" is no 200 billion).
_MODEL_NUMBER_BEFORE = re.compile(r"\b[A-Z][a-z]+\s\d{3,4}-$")
_CHIP_SERIES_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]\d\s$")


def _model_with_letter(text: str, start: int, digits: str, previous: str) -> bool:
    """A model number with a letter glued after it, right after its model or series."""
    if not digits[-1:].isalpha():
        return False
    if previous == "-" and _MODEL_NUMBER_BEFORE.search(text, max(0, start - 20), start):
        return True
    return _CHIP_SERIES_BEFORE.search(text, max(0, start - 6), start) is not None


# "3-D", "2-D": the dimensions of a model or a map, no count
_DIMENSION_AFTER = re.compile(r"[-\u2010\u2011][Dd](?![\w])")
_MORE_DOTS = re.compile(r"\.\d")


def _software_version(text: str, start: int, digits: str, after: str, has_measure_unit: bool) -> bool:
    """A version or tag, not a quantity: three dotted parts ("1.24.2", also a dotted date
    "12.05.2021"), a pin ("numpy==1.24"), or a tag glued to a name by a colon ("python:3.11";
    "Price:$5" keeps its currency)."""
    if "." in digits and _MORE_DOTS.match(after):
        return True
    if text[max(0, start - 2) : start] == "==":
        return True
    return not has_measure_unit and start > 1 and text[start - 1] == ":" and text[start - 2].isalpha()


# A three-capital code then a capitalised word: an acronym inside a name, whatever currency it spells
_CODE_IN_NAME = re.compile(r"\s[A-Z]{3}\s+[A-Z][a-z]")
# Compiled once (not_a_figure runs per figure), not looked up in re's cache per call.
_N_OF_BEFORE = re.compile(r"\d\s+of\s+$")
_WORD_BEFORE_END = re.compile(r"([A-Za-z][\w&'\u2019.-]*)\s$")


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
    if _glued_to_name(text, start, previous) or _model_with_letter(text, start, digits, previous):
        return True
    if (
        previous in "#@/\\_"
        or following in "@_"
        or (following == "/" and not has_measure_unit)
        or _DIMENSION_AFTER.match(after)
        or _software_version(text, start, digits, after, has_measure_unit)
        or (not has_measure_unit and _short_year(text, start, previous))
    ):
        return True  # handles, paths; "a 3-D model"; "numpy==1.24.2", "python:3.11", "12.05.2021"
    generation = (
        following == "G" and digits in ("2", "3", "4", "5", "6") and not text[end + 1 : end + 2].isalnum()
    )
    if following.isalpha() and not has_unit and not generation:
        return True  # "22nd", "10th", "1.05am", "9AB8"; "5G networks" is kept, as NewsQuant counts it
    # a match ends in '="' or "='" (or one of them and a newline): an "=" tests first, cheaply
    if _in_spans(phones, start) or ("=" in before[-3:] and _ATTRIBUTE_BEFORE.search(before)):
        return True  # a phone number; "<iframe width='670' height='437'>", markup left in the text
    if (
        _CLOCK_AFTER.match(after)
        or _CLOCK_BEFORE.search(before)
        or _clock_hour(text, end, digits, has_unit=has_unit)
    ):
        return True
    if (_may_end_dated(before) and _MONTH_BEFORE.search(before)) or _MONTH_AFTER.match(after):
        # "In March, 12 people died": a comma closes the month, the count is a figure.
        counted_after_comma = has_unit and _MONTH_COMMA.search(before) is not None
        return not (has_measure_unit or counted_after_comma)
    # "rooms 209 and 211" is numbering too, but "cut routes 12 percent" has a unit of its own
    plural_numbering = (
        not has_unit
        and may_end_with(before, _NUMBERING_LIST_LAST)
        and _NUMBERING_LIST.search(before) is not None
    )
    dotted = "." in digits and digits.replace(".", "").isdigit()
    version = not has_unit and dotted and _RELEASE_AFTER.match(after) is not None
    if (
        (may_end_with(before, ("of",)) and _NAME_GROUP.search(before))
        or (_may_end_numbered(before) and _NUMBERING.search(before))
        or (may_end_with(before, ("lap",)) and _LAP_BEFORE.search(before))
        or plural_numbering
        or version
    ):
        return True
    if (
        digits.isdigit()
        and len(digits) <= 3
        and (_score(text, start, end, digits, has_unit=has_unit) or _record_or_line(text, start, end))
    ) or _PLAN_SECTION_AFTER.match(after):
        return True  # a score; "your 401(k) plan", "a 403(b) account": a tax code's section names a plan
    if _ADDRESS.match(after) or _compass_address(
        after, digits, has_unit=has_unit, counted=has_unit and not has_measure_unit
    ):
        return True  # "575 Wilbraham Road", "4214 N. Mississippi Ave.", "the 23300 block of Elm Street"
    if not has_unit and (
        _OF_N.match(after)
        or _N_OF_BEFORE.search(before)
        or (may_end_with(before, ("all",)) and _SHOW_ALL.search(before))
    ):
        return True  # "1 of 5" photo and page counters, a page's "Show all 50" button
    name_code = has_measure_unit and _CODE_IN_NAME.match(after) is not None
    if is_year(value, digits) and (not has_unit or counted_words > 1 or name_code):
        return True  # "in 2016", "2018 MIT researchers", "the 2015 UAH Spring Fair"; but "2000 hires"
    if not has_measure_unit:
        word = _WORD_BEFORE_END.search(before)
        name = word.group(1) if word is not None else ""
        possessive = name.endswith(("'s", "\u2019s"))  # "Gillespie's 1,172,340 votes" is a figure
        opens_sentence = name.endswith(".") and digits[:1].isupper()  # "... in the U.S. Two men died"
        if (
            not opens_sentence
            and any(c.isupper() for c in name)
            and name.lower().rstrip(".") not in _FUNCTION_CAPS
            and not possessive
        ):
            sentence_start = before[: word.start()].rstrip(" \t") if word is not None else ""
            at_start = sentence_start == "" or sentence_start.endswith((".", "\n", '"'))
            verb_count = _headline_verb_count(text, start, name, counted_words=counted_words)
            verb_count = verb_count or (value <= 100 and _SHARE_PAIR_AFTER.match(after) is not None)
            # a year after a name at a sentence's start is the name's too: "Paris 2024 unveils ..."
            # a results line's label: "Net 90 mln vs 51 mln", "Revs 1.2 billion vs 1.1 billion"
            verb_count = verb_count or (at_start and _VS_AFTER.match(after) is not None)
            if (not at_start or not has_unit or is_year(value, digits)) and not verb_count:
                return True  # "Stoxx 600", "iPhone 11", "Big 12", "Euro 2020", "Lang 20"
    return False


# Wire results lines compare a figure with the year before's: "Net 90 mln vs 51 mln", "Shr nil vs
# loss 14 cts" (session 31: the label before a bare figure read as a name, "Stoxx 600")
_VS_AFTER = re.compile(r"[ \t]+vs\.?[ \t]+(?:loss[ \t]+|profit[ \t]+)?[-\d]")


# "Obama leads Romney 47 to 45 percent": a poll's pair of shares after the name of the side
# trailing, not a number inside a name ("Stoxx 600")
_SHARE_PAIR_AFTER = re.compile(r"\s+to\s+\d{1,2}(?:\.\d+)?\s*(?:percent|per\s+cent|%)", re.IGNORECASE)


def _headline_verb_count(text: str, start: int, word: str, *, counted_words: int) -> bool:
    """A title-case headline's verb before a count of a plural noun: "Acme Hires 300 Workers",
    "Storm Kills 12 Villagers". Its capital is the headline's, not a name's; a name before a
    number ("Big 12 Teams", "Stoxx 600") does not end in a verb's -s."""
    return (
        counted_words == 1
        and len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith("ss")
        and title_case_around(text, start)
    )


# The term of an instrument or an agreement, which a duration compound names rather than
# measures: "a 10-year bond", "the two-month contract", "a five-year $700,000 award" (the benchmark
# data leave these out). Every other duration compound is a figure, as the conventions' "a 15-year
# plan": "a 25-year partnership", "a three-hour interview", "the 180-day cruise".
_TERM_AFTER = re.compile(
    r"\s*\$|\s+(?:[a-z]+\s+)?(?:contracts?|leases?|bonds?|notes?|loans?|mortgages?|deals?|agreements?|"
    r"treasur(?:y|ies)|yields?|gilts?|bunds?|bills?|debt|securities|swaps?|awards?|grants?|warrant(?:y|ies)|"
    r"guarantees?|visas?|permits?|licen[cs]es?|subscriptions?|memberships?|fixed)\b",
    re.IGNORECASE,
)
# A capitalised compound before a capitalised word is part of a name: "the Six-Day War", "the 14th
# Five-Year Plan".
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def compound_adjective(unit: str | None, joined_by_hyphen: bool, compound: str, text_after: str) -> bool:
    """ "10-year bond", "two-month contract": a duration compound naming a term, or inside a name
    ("the Six-Day War"), is no figure; "a three-day visit", "a 25-year partnership" are."""
    if not joined_by_hyphen or unit not in _COMPOUND_ADJECTIVE_UNITS:
        return False
    if any(c.isupper() for c in compound) and _NAME_AFTER.match(text_after):
        return True
    return _TERM_AFTER.match(text_after) is not None


# A count of shares or stocks compounded before an index word names the index, no quantity: "the
# 30-share index", "the barometer 30-share sensitive index", "Standard & Poor's 500-stock index",
# "the 100-share index stocks" (session 49, read on three wire market reports). At most two words
# come between; "a 500-share block" and "40 stocks in the index" stay counts.
_INDEX_COMPOUND_UNITS = frozenset({"share", "stock", "issue"})
_INDEX_WORD_AFTER = re.compile(
    r"(?:[ \t]+[A-Za-z][\w&'.-]*){0,2}?[ \t]+(?:[Ii]nd(?:ex|ices|exes)|[Aa]verages?|[Cc]omposite)\b"
)


def index_compound(unit: str | None, joined_by_hyphen: bool, text: str, end: int) -> bool:
    """ "the 30-share index": the compound's count is part of the index's name."""
    if not joined_by_hyphen or unit not in _INDEX_COMPOUND_UNITS:
        return False
    return _INDEX_WORD_AFTER.match(text, end, min(len(text), end + 40)) is not None


# --------------------------------------------------------------------------- years and days

_ERA_AFTER = re.compile(r"\s?(?:BCE?|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![\w])")
_ERA_BEFORE = re.compile(r"(?<![\w.])(?:AD|A\.D\.)\s?$")
# A bare number after these is a year even before 1800: "in 1648", "since 1215", "c. 1500".
_YEAR_PREPOSITION = re.compile(
    r"\b(?:in|since|until|till|circa|c\.|during|between|(?:the\s+)?year|(?:the\s+)?years)\s+$", re.IGNORECASE
)
# Members of a list of years: "1648, 1713 and 1815", "1600 and 1900", "1914-1918".
_LIST_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|to|through)\s|[-\u2013/&])\s*"
_YEAR_LIST_BEFORE = re.compile(rf"(?<![\d,.])(\d{{3,4}})(?:\s?(?:BCE?|AD))?{_LIST_JOIN}$")
_YEAR_LIST_AFTER = re.compile(rf"{_LIST_JOIN}(?:AD\s?)?(\d{{3,4}})(?![\d,.%])")
# Before a counted noun a four-digit year-like number is a year when a determiner, a time
# preposition or "year" governs it ("the 2019 seizures", "in 2019 thanks to", "fiscal year
# 2018 imports"), or when it opens a sentence: style guides spell out a count that starts a
# sentence, never a year ("2020 marks the anniversary").
_YEAR_GOVERNOR = re.compile(
    r"\b(?:a|an|the|this|that|these|those|its|their|his|her|our|your|whose|each|every|in|since|during|until|"
    r"till|year|fiscal|fy|season|class|vintage|model|edition)\s+$",
    re.IGNORECASE,
)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]['\"\u2019\u201d)]*\s+|\n\s*|[\"\u201c(]\s*)$")
# A recent year's number before a noun names the year whatever governs it ("of 2018 securities",
# "the 1998 and 2017 acquisitions"); a count that happens to read as one is written with a comma
# or hedged ("around 1800 houses", "compared to 2000 pages": a round hundred or a hedge keeps it).
_RECENT_YEARS = (1980, 2039)
_COUNT_HEDGE = re.compile(
    r"\b(?:about|around|some|nearly|almost|over|under|than|to|roughly|approximately|least|most|only|just|"
    r"exactly|total|estimated|(?:total|crowd|population|number|tally)\s+of(?:\s+some)?)\s+$",
    re.IGNORECASE,
)
# "Dec. 2, 5 and 9", "on Oct. 3 and 17": the later days of a list after a month.
_MONTH_DAY_LIST = re.compile(
    rf"\b(?:{MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?{_LIST_JOIN})+$", re.IGNORECASE
)
_DAY_LIST_MONTH = re.compile(
    rf"(?:st|nd|rd|th)?(?:{_LIST_JOIN}\d{{1,2}}(?:st|nd|rd|th)?)*{_LIST_JOIN}\d{{1,2}}(?:st|nd|rd|th)?"
    rf"\s+(?:of\s+)?(?:{MONTHS})\b",
    re.IGNORECASE,
)


_ISO_DATE_BEFORE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d-\d\d?-$")
_ISO_DATE_AFTER = re.compile(r"-\d\d?-\d\d?(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d\s?[-\u2013/]\s?$")
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "quarter"})
# A count of time that names a window rather than a quantity: "the next two months", "for the
# first time in 60 years", "the highest level in 10 years" (and "over the past two years": below).
_WINDOW_BEFORE = re.compile(
    r"\b(?:(?:the|over the|in the|within the|during the|for the)\s+(?:next|coming|following|first)"
    r"|(?:the first time|(?:highest|lowest|biggest|largest|smallest|strongest|weakest|fastest|"
    r"slowest|worst|best|sharpest|steepest)(?:\s+(?:level|pace|rate|reading|point|gain|drop|fall|rise))?)"
    r"\s+in(?:\s+(?:more than|over|nearly|almost|about|at least))?)\s+$",
    re.IGNORECASE,
)


# "over the past two years", "in the last 15 years", "six of the last seven years": the window a
# figure refers to, a period as the conventions settle ("over the past five years"; session 44, on
# seven fresh sites; the dev gold lists "over the past two years" as a period). "for the past five
# years" is left a duration: "for" makes the span itself the quantity, as in "for six years".
_PAST_WINDOW_BEFORE = re.compile(
    r"(?<!\bfor )\bthe\s+(?:past|last)\s+(?:(?:more\s+than|nearly|almost|about|some)\s+)?$", re.IGNORECASE
)


# "320 new cases in the 24 hours to midnight", "45 in the previous 24 hours": the window a count
# was made in
_REPORTING_WINDOW_BEFORE = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:(?P<prior>previous|preceding)\s+)?$"
)
_WINDOW_END_AFTER = re.compile(r"\s+(?:to|until|till|ending|through|up\s+to)\s")


# "two weeks ago", "three decades ago": a point in time, like "N years ago" (settled), which the
# period scan already reads for years and months only.
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
# "a 10-year high", "a 52-week low": the window an extreme is measured over, as "the highest level
# in 10 years" (settled: a window, no figure); so is the window of a range or an average ("the
# stock's 52-week range", "its 50-day moving average")
_EXTREME_AFTER = re.compile(
    r"\s+(?:highs?(?!\s+schools?)|lows?|peaks?|troughs?|(?:trading\s+)?ranges?|(?:moving\s+)?averages?)\b",
    re.IGNORECASE,
)
# A game clock: "with 55 seconds left", "two minutes to play" (settled, like "3:08 to play"); "had
# 30 minutes left to evacuate" and "left early, with 40 minutes to go" (a meeting, maybe) stay
_CLOCK_LEFT_AFTER = re.compile(r"\s+to\s+play\b", re.IGNORECASE)
_WITH_LEFT = re.compile(r"\s+(?:left|remaining)\b", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:just\s+|only\s+|about\s+)?$", re.IGNORECASE)


def _game_clock(text: str, start: int, end: int) -> bool:
    """ "with 55 seconds left", "two minutes to play": the time left on a game clock."""
    if _CLOCK_LEFT_AFTER.match(text, end, end + 12):
        return True
    return (
        _WITH_LEFT.match(text, end, end + 12) is not None
        and _WITH_BEFORE.search(text, max(0, start - 14), start) is not None
    )


def period_window(text: str, start: int, unit: str | None, end: int | None = None) -> bool:
    """ "the next two months", "the first time in 60 years", "in the 24 hours to midnight", "two
    weeks ago", "with 55 seconds left": the count names a period or a point in time."""
    if end is not None and unit in ("second", "minute") and _game_clock(text, start, end):
        return True
    if unit not in _TIME_UNITS and unit != "century":
        return False
    if end is not None and (
        _AGO_AFTER.match(text, end, end + 6) or _EXTREME_AFTER.match(text, end, end + 20)
    ):
        return True  # "two weeks ago"; "a 10-year high", "a three-month low" (the highest in 10 years)
    if _WINDOW_BEFORE.search(text, max(0, start - 50), start) is not None:
        return True
    if unit != "century" and _PAST_WINDOW_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True  # "over the past two years", "in the last 15 years"
    window = _REPORTING_WINDOW_BEFORE.search(text, max(0, start - 30), start)
    if window is None:
        return False
    return window.group("prior") is not None or (
        end is not None and _WINDOW_END_AFTER.match(text, end) is not None
    )


def _year_list_member(text: str, start: int, end: int) -> bool:
    """A number in a list of years: "1648, 1713 and 1815", "between 1600 and 1900", "221 BC
    and 206 BC". Walks the list both ways (a few members at most); a four-digit member needs a
    modern year or an era among the others, a shorter one an era."""
    own_digits = end - start
    members: list[tuple[str, bool]] = []
    left, right = start, end
    for _ in range(6):
        match = _YEAR_LIST_BEFORE.search(text, max(0, left - 24), left)
        if match is None:
            break
        members.append((match.group(1), _ERA_AFTER.match(text, match.end(1)) is not None))
        left = match.start()
    for _ in range(6):
        match = _YEAR_LIST_AFTER.match(text, right, min(len(text), right + 24))
        if match is None:
            break
        members.append((match.group(1), _ERA_AFTER.match(text, match.end(1)) is not None))
        right = match.end()
    if right > end and _amounts_follow(text, right):
        return False  # "1500 and 1800 tonnes": a list of amounts
    if any(era for _, era in members):
        return True
    return own_digits == 4 and any(is_year(float(d), d) for d, _ in members)


_SPAN_TO = re.compile(r"\s?[-\u2013]\s?(\d{4})(?![\d,.%])")
_SPAN_FROM = re.compile(r"(?<![\d,.])(\d{4})\s?[-\u2013]\s?$")


def _year_span(text: str, start: int, end: int, value: float) -> bool:
    """ "the Ming Dynasty (1368-1644)", "1914-1918": two four-digit numbers from 1000 joined by a
    dash, the later one larger, are the years a period spans (amounts carry commas or units)."""
    after = _SPAN_TO.match(text, end, min(len(text), end + 8))
    if after is not None:
        return 1000 <= value < float(after.group(1)) <= 2100 and not _amounts_follow(text, after.end())
    before = _SPAN_FROM.search(text, max(0, start - 8), start)
    return (
        before is not None
        and 1000 <= float(before.group(1)) < value <= 2100
        and not _amounts_follow(text, end)
    )


def _amounts_follow(text: str, at: int) -> bool:
    """A unit or a plural noun after a list or range makes its numbers amounts ("... tonnes")."""
    return suffix_unit(text, at) is not None or re.match(r"\s[a-z]+[^s\W]s\b", text[at : at + 30]) is not None


def year_or_day(
    text: str, start: int, end: int, digits: str, value: float, *, has_unit: bool, counted: str | None
) -> bool:
    """Years that ``not_a_figure`` does not see (before 1800, with an era, in a list of years, a
    year before a noun) and the later days of a day list after a month."""
    if not digits.isdigit():
        return False
    era = _ERA_AFTER.match(text, end) or _ERA_BEFORE.search(text, max(0, start - 5), start)
    if len(digits) <= 4 and era:
        return True  # "221 BC", "AD 410"
    if not has_unit and len(digits) in (3, 4) and 100 <= value <= 2100:
        if _year_list_member(text, start, end) or (len(digits) == 4 and _year_span(text, start, end, value)):
            return True
        if len(digits) == 4 and _YEAR_PREPOSITION.search(text, max(0, start - 16), start):
            return True  # "in 1492", "between 1600 and 1900"
    if counted is not None and is_year(value, digits):
        if counted[:1].isupper() or counted.lower() in ("level", "levels"):
            return True  # "the 2020 Chinese Super League", "2021 Olympics", "from 2010 levels"
        before = text[max(0, start - 20) : start]
        if _YEAR_GOVERNOR.search(before) or _SENTENCE_OPEN.search(before):
            return True
        if _RECENT_YEARS[0] <= value <= _RECENT_YEARS[1] and value % 100 and not _COUNT_HEDGE.search(before):
            return True  # "of 2018 securities", "says 2018 figures show", "superficial 2001 influences"
    if len(digits) in (1, 2) and not has_unit and _YEAR_RANGE_BEFORE.search(text, max(0, start - 8), start):
        return True  # the "98" of "1996-98", the "9" of "2008-9"
    if _ISO_DATE_BEFORE.search(text, max(0, start - 8), start) or _ISO_DATE_AFTER.match(text, end):
        return True  # "1996-08-26"
    if not has_unit and len(digits) <= 2 and 1 <= value <= 31:
        if _MONTH_DAY_LIST.search(text, max(0, start - 40), start):
            return True
        if _DAY_LIST_MONTH.match(text, end, min(len(text), end + 40)):
            return True  # the "2" and "5" of "2, 5 and 9 December"
    return False


# A year spoken in words, as broadcast transcripts write it: a teen or "twenty" then a tens word
# or "oh-six" ("nineteen ninety-four", "twenty ten"), a form no count is ever written in; and a
# year of this century after "the year" or a preposition of time ("the year two thousand", "in two
# thousand four"). Session 49, read on four radio and television transcripts.
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
_CENTURY_WORD = re.compile(r"(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)", re.I)
_DECADE_AFTER = re.compile(
    rf"[ \t]+(?:{_TENS}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|oh[- ][a-z]+)\b", re.I
)
_CENTURY_BEFORE = re.compile(
    r"\b(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)[ \t]+$", re.IGNORECASE
)
_YEAR_CUE_BEFORE = re.compile(r"\b(?:the\s+year|in|since|until|till|before|after)\s+$", re.IGNORECASE)


def spoken_year(text: str, start: int, end: int, value: float, *, has_unit: bool) -> bool:
    """ "nineteen ninety-four", "in two thousand four": a year in words, no figure."""
    if _CENTURY_WORD.fullmatch(text, start, end) is not None:
        return _DECADE_AFTER.match(text, end, min(len(text), end + 16)) is not None
    if _CENTURY_BEFORE.search(text, max(0, start - 12), start) is not None:
        return _DECADE_AFTER.match(" " + text[start:end]) is not None  # the "ninety-seven" of it
    if has_unit or not 2000 <= value < 2100 or not text[start:end].lower().startswith("two thousand"):
        return False
    return _YEAR_CUE_BEFORE.search(text, max(0, start - 12), start) is not None


# --------------------------------------------------------------------------- names and furniture

# A line's start, perhaps after a bullet; a list marker may also follow a sentence's end
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$")
_LIST_MARKER_BEFORE = re.compile(_LINE_START_BEFORE.pattern + r"|[.!?]['\"\u2019\u201d)]*[ \t]+$")
_LIST_MARKER_AFTER = re.compile(r"^[.)](?:[ \t]+['\"\u201c\u2018(]?[A-Z]|\s*$)|^[.)]?[ \t]*\n")
_ALONE_AFTER = re.compile(r"^[.)]?[ \t]*(?:\n|$)")  # nothing after the number on its line


def _line_furniture(before: str, after: str, digits: str) -> bool:
    """A bare number that marks its line rather than counting: a list item's number ("1. Know
    your audience"), a number alone on its line ("100." over a numbered joke, "20.10" left from
    a table), a wiki's back-links to one note ("\u2191 1.0 1.1 1.2")."""
    if digits.isdigit() and len(digits) <= 2 and _list_marker(before, after):
        return True
    if _ALONE_AFTER.match(after) and _LINE_START_BEFORE.search(before):
        return True
    return "\u2191" in before[-24:]


# A list run into a sentence: "are: 1) Deviled, 2) Scotch, and 3) Boiled". The marker follows a
# colon, a semicolon, a comma or "and"/"or", and closes a parenthesis it never opened.
_INLINE_MARKER_BEFORE = re.compile(r"(?:[:;,]|\b(?:and|or))[ \t]+$")
_INLINE_MARKER_AFTER = re.compile(r"\)[ \t]+['\"\u201c\u2018]?[A-Za-z]")


def _unopened(before: str) -> bool:
    """No parenthesis open before the number: in "(see 2) and" the ")" closes one."""
    return before.rfind("(") <= before.rfind(")")


# A journal citation's volume, issue and pages: "80(3):249-55", "2013;493(7433):1-9" and the
# volume-and-page-range form "799:85-117"; after a year, one page, perhaps an article code, is
# enough ("2014;349:g5293", "2016;6:e011092"). A clock time ("10:30") and a ratio ("3:1") have no
# year, issue or page range, so they never fill the whole token. A DOI ("doi:10.1016/...") is an
# identifier whole.
_PAGES = r"[a-z]{0,2}\d{1,6}(?:[a-z]{1,2}\d{1,4})?(?:[-\u2013][a-z]?\d{1,6})?"
_CITATION = re.compile(
    r"(?:(?:19|20)\d\d\s?;\s?\d{1,4}(?:\(\d{1,5}(?:[-\u2013]\d{1,5})?\))?:"
    + _PAGES
    + r"|\d{1,4}\(\d{1,5}(?:[-\u2013]\d{1,5})?\):"
    + _PAGES
    + r"|\d{1,4}:\d{1,6}[-\u2013]\d{1,6}"
    + r"|(?:19|20)\d\d;\d{1,4}(?:\(\d{1,5}(?:[-\u2013]\d{1,5})?\))?)[.;,]?"  # "2016;11(7).", "2011;15."
    + r"|\S*(?:doi:|\b10\.\d{4,9}/)\S*",
    re.IGNORECASE,
)
_CITATION_REACH = 40  # characters either side: a citation token is short
# A record number after its label: "[PMID: 24055351]", "ISBN 0306406152", "arXiv:2101.01234".
_ID_LABEL_BEFORE = gated(
    r"\b(?:PMID|PMCID|ISBN(?:-1[03])?|ISSN|DOI|arXiv)\s*:?\s*(?:\d+[-.])*$", re.IGNORECASE
)  # "ISBN 978-1-5090-2455-1": every group of the number

# A spaced volume, issue and page range: "25 (5): 615\u2013620." (a count "20-30 people" after a
# colon has its noun after the range; "doi:" may follow a reference)
_VOLUME_BEFORE = re.compile(r"(?<![\d.,])\d{1,4}(?:\s?\(\d{1,5}\))?:\s(?P<first>\d{1,6}[-\u2013])?$")
_PAGE_TAIL = r"(?![\w%]|[.,]\d|\s+[A-Za-z]+\b(?!:))"
_PAGE_RANGE_AFTER = re.compile(r"[-\u2013]\d{1,6}" + _PAGE_TAIL)
_PAGE_END_AFTER = re.compile(_PAGE_TAIL)
# A page reference: "Springer; 1980. p. 263-267", "pp. 12-19" ("5 p.m. 30" is no label)
_PAGE_LABEL_BEFORE = re.compile(r"(?<![\w.])pp?\.\s?(?:\d+[-\u2013])?$")


def _citation(text: str, number_start: int, number_end: int) -> bool:
    """Whether the number is part of a token (no space inside, bounded) shaped like a citation,
    or a record number after its label."""
    before = text[max(0, number_start - _CITATION_REACH) : number_start]
    # each scan runs only when its window holds the literal its match must hold ("p.", ":")
    label = before[-16:]
    if _ID_LABEL_BEFORE.search(before[-32:]) or ("p." in label and _PAGE_LABEL_BEFORE.search(label)):
        return True
    reach = before[-24:]
    volume = _VOLUME_BEFORE.search(reach) if ":" in reach else None
    if volume is not None and (_PAGE_END_AFTER if volume.group("first") else _PAGE_RANGE_AFTER).match(
        text, number_end
    ):
        return True  # "Bioinformatics. 25 (5): 615\u2013620.": spaced volume, issue and pages
    after = text[number_end : number_end + _CITATION_REACH]
    tail = before.split()[-1] if before[-1:].strip() else ""  # the token's part before the number
    head = after.split()[0] if after[:1].strip() else ""
    token = tail + text[number_start:number_end] + head
    return _CITATION.fullmatch(token) is not None


# Marks of a line of program code that prose does not make: a statement's end, a variable, an
# operator of code, a call glued to its name, a comment or a template tag opening the line.
_CODE_MARKS = (
    re.compile(r"[;{}]\s*$"),
    re.compile(r"\$[A-Za-z_]"),
    re.compile(r"->|=>|==|!=|\+=|&&|\|\||::"),
    re.compile(r"[A-Za-z_]\w*\([^()\n]*\)"),
    re.compile(r"[A-Za-z_]\w*\[['\"\w]*\]"),
    re.compile(r"\b[a-z]+_[a-z_]+\b|[a-z)]\.[a-z_]+\("),  # snake_case names, method calls
)
_CODE_COMMENT = re.compile(r"^\s*(?://|/\*|\{%|<\?)")  # a comment or template tag opens the line
_CODE_REACH = 160  # characters either side of the figure, within its line
_CODE_CHAR = re.compile(r"[;$=_\[{]")  # one of these is in every line of code: one C scan, not six `in` tests


def _code_line(text: str, at: int) -> bool:
    """Whether the figure stands in a line of program code: a comment opening it, or two
    different marks of code in it."""
    low = max(0, at - _CODE_REACH)
    start = text.rfind("\n", low, at) + 1 or low
    end = text.find("\n", at, at + _CODE_REACH)
    line = text[start : end if end >= 0 else at + _CODE_REACH]
    if _CODE_COMMENT.match(line):
        return True
    if _CODE_CHAR.search(line) is None:
        return False  # a cheap test: prose lines mostly have none of these (a parenthesis they do)
    marks = 0
    for mark in _CODE_MARKS:  # a loop that stops at the second mark: what the count of all says
        if mark.search(line):
            marks += 1
            if marks == 2:
                return True
    return False


def _list_marker(before: str, after: str) -> bool:
    """A small number that numbers a list item rather than counting anything."""
    if _LIST_MARKER_BEFORE.search(before) and _LIST_MARKER_AFTER.match(after):
        return True  # "1. Know your audience", "2) Keep receipts"
    if before.endswith("(") and after.startswith(")"):
        return True  # "(3)": an enumerator
    if before.endswith("[") and after.startswith("]"):
        return True  # "music analysis,[3]": a reference's footnote marker
    # "Our picks: 1) Deviled, 2) Scotch": markers of a list run into a sentence
    inline = _INLINE_MARKER_AFTER.match(after) and _INLINE_MARKER_BEFORE.search(before)
    return bool(inline) and _unopened(before)


_DISPLAY_CONTEXT = gated(
    r"\b(?:resolutions?|pixels?|px|displays?|screens?|monitors?|tvs?|televisions?|video|hdr|uhd|fps|frames|"
    r"consoles?|stream\w*|cameras?|footage|output|graphics|gaming|playback|blu-?ray|projectors?|"
    r"render\w*|upscal\w*|laptops?|notebooks?|chromebooks?|oled|lcd|ips|hdmi|gtx|rtx|geforce|radeon)\b",
    re.IGNORECASE,
)
_MONEY_CONTEXT = re.compile(
    r"\b(?:shares?|stock|pence|pounds?|prices?d?|dividends?|ftse|sterling|valu\w*|cost\w*|pay\w*|paid|"
    r"loans?|deals?|bonds?|funds?|funding|revenues?|profits?|debts?|budgets?|invest\w*|raised?|worth|"
    r"bid|acquisition|takeover|sales?|sold|bought|buy|spen[dt]\w*|contracts?|fees?|wages?|salar\w*|"
    r"sponsor\w*|stake|banks?|cash|financ\w*|tax\w*|income|turnover|subsid\w*|euros?|dollars?|yuan|"
    r"capital|grants?|aid)\b|[$\u00a3\u20ac\u00a5]",
    re.IGNORECASE,
)
_SPORT_CONTEXT = re.compile(
    r"\b(?:races?|raced|sprint\w*|finals?|heats?|semi-?finals?|swim\w*|freestyle|breaststroke|backstroke|"
    r"butterfly|medley|relay|hurdles|skat\w*|rowing|runners?|running|track|athletics|olympic\w*|"
    r"world record|personal best|medal\w*|dash|laps?|champion\w*|metres|meters|seconds)\b",
    re.IGNORECASE,
)
_RESOLUTION_LINES = frozenset(_words("240 360 480 540 576 720 900 1080 1440 2160 4320"))
_RESOLUTION_K = frozenset({"1", "2", "4", "5", "6", "8", "10", "12", "16"})
_PRICE_BEFORE = re.compile(
    r"\b(?:costs?|costing|priced(?:\s+at)?|price\s+of|paid|pays?|paying|charged?|charges|fined?|worth|"
    r"spen[dt]|sav(?:e|ed|ing)|just|only|under|over|around|about|than|at|to|from)\s+$",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|your|whose|this|that|each|every)\s+$", re.IGNORECASE
)
_COUNT_BEFORE = re.compile(rf"\b(?:{alternation(number_words(2, 12))}|dozens?|hundreds?)\s+$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"^\s([a-z][a-z-]{2,})\b")
# Nouns a level figure names ("the 3000 mark"): the number is a quantity, not a model.
_LEVEL_NOUNS = frozenset({"mark", "level", "threshold", "barrier", "line", "figure", "milestone", "target"})
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000", "110", "119", "120", "100"})
_EMERGENCY_AFTER = re.compile(
    r"^\s(?:calls?|call[- ]?(?:centers?|centres?|takers?)|lines?|operators?|dispatch\w*|emergenc\w+|"
    r"hotlines?|services?|system)\b",
    re.IGNORECASE,
)
_EMERGENCY_BEFORE = re.compile(
    r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?|phon(?:ed|ing)|rang|ring)\s+$", re.IGNORECASE
)
# Designators that name a format, not a quantity (the settled cases: "display and speed designators
# ... are identifiers"): surround-sound channels ("5.1 surround", "7.1-channel") and the full turn
# of a "360-degree camera". (The sprint "0-60 mph" is one too, but dropping it cut the chain that
# gives the sprint's time its owner, "should do 0-62 mph in 6.6 seconds": measured on dev.)
_CHANNELS_AFTER = re.compile(
    r"(?:\s|-)(?:channel|surround|speakers?|sound|audio|system|setup|home theat(?:er|re))\b", re.IGNORECASE
)
_FULL_TURN_AFTER = re.compile(
    r"-degrees?\s+(?:[a-z]+\s+)?(?:cameras?|views?|videos?|photos?|images?|tours?|turns?|spins?|rotations?|"
    r"angles?|panoramas?|coverage|feedback|reviews?|looks?|approach|vision|visibility|sensors?)\b",
    re.IGNORECASE,
)
_CHANNEL_LAYOUTS = frozenset(_words("2.1 5.1 7.1 7.2 9.1 9.2 11.1"))


# A display format or curvature named on a product: "4K-ready", "8K-capable", "1800R curved"
_FORMAT_READY_AFTER = re.compile(r"-(?:ready|capable|compatible|enabled|resolution|quality)\b", re.IGNORECASE)
_CURVATURE_AFTER = re.compile(r"R\s+curved?\b", re.IGNORECASE)
# A basketball shot named by its worth: "a 3-pointer", "two three-pointers" (settled: no figure)
_POINTER_AFTER = re.compile(r"-pointers?\b", re.IGNORECASE)
# "a 3-in-1 charger", "a 2-in-1 laptop": a kind of device that does N jobs, no count of anything
# (session 43)
_IN_ONE_AFTER = re.compile(r"[-\u2010\u2011]in[-\u2010\u2011](?:1|one)\b", re.IGNORECASE)


# "a six-figure settlement", "charging seven figures": the number of digits of a sum left unsaid
_FIGURES_AFTER = re.compile(r"[- ]figures?\b")


def designator(text: str, number_start: int, number_end: int) -> bool:
    """ "5.1 surround", "a 360-degree camera", "a 3-pointer": the name of a format or a shot; "a
    six-figure salary": the size of a sum, no figure of its own."""
    digits = text[number_start:number_end]
    if _POINTER_AFTER.match(text, number_end) or (
        digits in _IN_ONE_COUNTS and _IN_ONE_AFTER.match(text, number_end)
    ):
        return True
    if _FIGURES_AFTER.match(text, number_end) and digits.lower() in _DIGIT_COUNTS:
        return True
    if digits[-1:] in ("K", "k") and _FORMAT_READY_AFTER.match(text, number_end):
        return True  # "a 4K-ready Chromecast", "8K-capable": a format the thing supports
    if digits.isdigit() and _CURVATURE_AFTER.match(text, number_end):
        return True  # "1900R Curved": a monitor's curvature radius, no rand
    if digits in _CHANNEL_LAYOUTS and _CHANNELS_AFTER.match(text, number_end):
        return True
    return digits in ("180", "360") and _FULL_TURN_AFTER.match(text, number_end, number_end + 40) is not None


_IN_ONE_COUNTS = frozenset(("2", "3", "4", "5", "6", "7", "8", "9", "10", "two", "three", "four", "five"))
_DIGIT_COUNTS = frozenset(("five", "six", "seven", "eight", "nine", "ten", "5", "6", "7", "8", "9", "10"))
# A page's counters on a line of their own or after a bar: "- 941 comments", "| 14 Photos"; also
# between a byline's separators ("by Ann Roe | 35 views | May 9", "May 6, 2014 \u00b7 7 comments")
# and in a link to them ("Read the 9 comments \u00bb"; session 47, read on four sites)
_COUNTER_AFTER = re.compile(
    r"[ \t]+(?:comments?|photos?|images?|pictures?|videos?|replies|shares|views|likes)[ \t]*"
    r"(?:\n|$|[|\u00b7\u2022\u00bb])",
    re.IGNORECASE,
)
_COUNTER_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$|[|\u00b7\u2022][ \t]*$"
    r"|\b(?:read|view|see)(?:[ \t]+all)?(?:[ \t]+the)?[ \t]+$",
    re.IGNORECASE,
)
# A commenter's tally beside the name: "Total Comments (2381)", "Posts (312)"
_TALLY_BEFORE = re.compile(r"\b(?:comments|posts|replies)[ \t]*\([ \t]*$", re.IGNORECASE)


def _page_counter(before: str, after: str) -> bool:
    """ "- 941 comments", "Gallery: Harbor Lights | 14 Photos", "Total Comments (2381)": a
    page's counters, no figure."""
    if after[:1] == ")" and _TALLY_BEFORE.search(before) is not None:
        return True
    return _COUNTER_AFTER.match(after) is not None and _COUNTER_BEFORE.search(before) is not None


_NUMERIC_TOKEN = re.compile(r"^[(\[]?[-+\u2212]?[\d.,:/\-\u2013]*\d[\d.,:/\-\u2013]*[)\]]?$")
_LINE_WINDOW = 300


def _box_score_row(text: str, start: int, end: int) -> bool:
    """A line of mostly small integers ("Hawks 24 31 22 27 - 104"): a box-score or line-score
    row, whose numbers are not figures of the story."""
    line_start = text.rfind("\n", max(0, start - _LINE_WINDOW), start) + 1
    line_end = text.find("\n", end, end + _LINE_WINDOW)
    if line_start == 0 and start > _LINE_WINDOW:
        return False  # a long run without a line break is prose
    line = text[max(line_start, start - _LINE_WINDOW) : line_end if line_end >= 0 else end + _LINE_WINDOW]
    tokens = [t for t in line.split() if t not in ("|", "-", "\u2013", "\u2014")]
    numeric = [t for t in tokens if _NUMERIC_TOKEN.match(t)]
    if len(numeric) < 4 or len(numeric) < 0.6 * len(tokens):
        return False
    small = [t for t in numeric if t.strip("()[]").isdigit() and len(t.strip("()[]")) <= 3]
    return len(small) * 2 >= len(numeric)


# A list's title counts its own entries, no quantity of the story: "5 Reasons to Visit Lyon"
_LISTICLE_UNITS = frozenset(
    {"thing", "way", "reason", "tip", "idea", "secret", "mistake", "sign", "lesson", "trick", "hack"}
    | {"myth", "takeaway", "habit", "rule", "question", "fact", "image", "photo", "picture"}
)
# a related-story list's bullet and a title's article may stand before its count: "- The 11 Best"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-\u2022*\u2013][ \t]+)?(?:The[ \t]+)?$")
# a listicle's noun capitalised after the digits, up to two capitalised words between: "7 Habits",
# "15 Amazing Images", "11 Biggest Unanswered Questions"
_CAPITALISED_LISTICLE = re.compile(
    r" (?:[A-Z][a-z]+ ){0,2}(?:" + "|".join(sorted(w.capitalize() for w in _LISTICLE_UNITS)) + r")s\b"
)


def _list_title(text: str, figure_start: int, number_end: int, unit: str | None) -> bool:
    """ "10 things in tech you need to know", "5 reasons to visit": a line opening with the count
    of a list's entries is the list's title, also as an item of a related-story list ("- 15 Amazing
    Images of Mars"). In running text a capitalised listicle noun after the digits is a title
    cited by name ("his book The 7 Habits of ...", "subscribe to 10 Things in Tech"): a plain count
    of tips or facts is written in lower case mid-sentence."""
    if not text[figure_start : figure_start + 1].isdigit():
        return False  # "One common mistake is ..." is prose
    if unit in _LISTICLE_UNITS and _LINE_START.search(text, max(0, figure_start - 8), figure_start):
        return True
    # a headline's "Experts Share 5 Tips" keeps its count, as "Job Woes Linger in 29 States" does
    return (
        unit in (_LISTICLE_UNITS | {None})
        and _CAPITALISED_LISTICLE.match(text, number_end) is not None
        and not title_case_around(text, number_end)
    )


# a title cited in running text: a count, up to three capitalised words, then a capitalised plural
# ("35 Innovators Under 35", "7 Simple A/B Tests to ...", "[The History of 8 Hallucinogens]")
_CITED_RUN = re.compile(r" (?:[A-Z][\w'/&\-]* ){0,3}?([A-Z][a-z]{2,}[a-rt-z]s)\b")
# what only a title shows around its run: an opening quotation mark or bracket before the count (also
# after "see"), a closing one after the plural, or a preposition capitalised after it
_TITLE_OPENS = re.compile(r"(?:[\"\u201c\u2018\[]|\bsee [\"\u201c\u2018]?)$")
_TITLE_CLOSES = re.compile(r"[\"\u201d\]]")
_TITLE_GOES_ON = re.compile(r" (?:Under|Over|Of|To|For|In|On|At|By|With|From|About|That|Who|You|We|Than)\b")
_LOWER_WORD_NEXT = re.compile(r" [a-z]{3,}")
_TITLE_ADJECTIVES = frozenset(
    {"best", "worst", "top", "simple", "easy", "essential", "amazing", "surprising", "weird", "smart"}
    | {"quick", "awesome", "incredible", "powerful", "proven", "crucial", "hidden", "brilliant", "genius"}
)


def _cited_title(text: str, figure_start: int, number_end: int) -> bool:
    """A count in the title of a work, list or feature cited by name in running text (session 44,
    read on three sites' fresh pages: 'see "50 Smartest Companies"', "[The History of 8
    Hallucinogens]", "suggested in 7 Simple A/B Tests to ..."): the title names a work, it counts
    nothing of the story. Running text only (a title-case line is a headline, whose count stays),
    a capitalised plural that is no people's group word ("12 Democrats", "155 Indonesians"), and
    one sign that only a title gives: a quotation mark or bracket around the run, a capitalised
    preposition after it, or a capitalised plain adjective inside it ("Simple", "Smartest") with no
    lower-case word after the plural ("5 Great Lakes states" counts states). Not a count opening its
    line: a headline's "7 Top Picks for Spring" keeps it. Reads a few words
    after the count and a few characters around it, never the sentence."""
    if not text[figure_start : figure_start + 1].isdigit():
        return False
    if _LINE_START.search(text, max(0, figure_start - 8), figure_start) is not None:
        return False  # a line's own title ("7 Top Picks for Spring") is `_list_title`'s to read
    run = _CITED_RUN.match(text, number_end)
    if run is None or run.group(1) in group_words() or title_case_around(text, number_end):
        return False
    if _TITLE_OPENS.search(text, max(0, figure_start - 5), figure_start) is not None:
        return True
    end = run.end()
    if _TITLE_CLOSES.match(text, end) is not None or _TITLE_GOES_ON.match(text, end) is not None:
        return True
    inside = text[number_end : run.start(1)].split()
    return any(_plain_adjective(word) for word in inside) and _LOWER_WORD_NEXT.match(text, end) is None


def _plain_adjective(word: str) -> bool:
    """A capitalised adjective a listicle's title uses ("Simple", "Smartest", "Best"): a superlative
    or one of the list; names' adjectives ("Golden Globes", "Great Lakes") are not among them."""
    lower = word.lower()
    return word[:1].isupper() and (lower in _TITLE_ADJECTIVES or (lower.endswith("est") and len(lower) > 5))


def name_or_furniture(
    text: str,
    figure_start: int,
    number_start: int,
    number_end: int,
    value: float,
    *,
    unit: str | None,
    counted: str | None,
) -> bool:
    """Numbers that name or format something rather than quantify it: list markers ("1. Know
    your audience"), resolutions and formats ("1080p", "4K", "1920 x 1080"), console and model
    numbers written like prices or counts ("PS4", "the 787 fleet", "two 747 jets"), emergency
    numbers ("911 calls") and the numbers of box-score rows."""
    digits = text[number_start:number_end]
    before = text[max(0, figure_start - 40) : figure_start]
    after = text[number_end : number_end + 40]
    integer = digits.isdigit()
    has_measure_unit = unit is not None and counted is None
    if (unit is None and _line_furniture(before, after, digits)) or _page_counter(before, after):
        return True
    if (
        _code_line(text, number_start)
        or _list_title(text, figure_start, number_end, unit)
        or _cited_title(text, figure_start, number_end)  # "see 35 Innovators Under 35": a work's title
    ):
        return True  # "$canvas->writeText(70, 15, $name);": a tech page's code, no quantity
    if _citation(text, number_start, number_end):
        return True  # "2009;80(3):249-55": a journal's volume, issue and pages
    window = text[max(0, number_start - 80) : number_end + 80]
    # the display words are searched only where a test needs them (rarely), not per figure
    lines = unit == "pence" and integer and digits in _RESOLUTION_LINES and after[:1] == "p"
    if lines and (_DISPLAY_CONTEXT.search(window) is not None or not _MONEY_CONTEXT.search(window)):
        return True  # "1080p": lines of a video format, not pence
    if (
        digits[-1:] == "K"
        and digits[:-1] in _RESOLUTION_K
        and (unit is None or counted is not None)
        and _DISPLAY_CONTEXT.search(window) is not None
    ):
        return True  # "4K output", "an 8K TV", "a 4K-ready set"
    if designator(text, number_start, number_end):
        return True
    if (
        integer
        and value >= 100
        and (re.match(r"^\s?[x\u00d7]\s?\d{3}", after) or re.search(r"\d{3}\s?[x\u00d7]\s?$", before))
    ):
        return True  # "3840 x 2160": a resolution or a format
    if unit == "pixel" and _DISPLAY_CONTEXT.search(window.replace("pixel", "")):
        return True  # "3840 pixels wide": a screen size
    prefix = text[figure_start:number_start]
    if (
        integer
        and len(digits) == 1
        and prefix.isalpha()
        and len(prefix) <= 2
        and has_measure_unit
        and not _PRICE_BEFORE.search(before)
        and not re.match(r"^\s?(?:each|apiece|a\s|an\s|per\s|million|billion|bn|mn|m\b)", after)
    ):
        return True  # "PS4 Pro": a console, not four pounds after a Latin-1 round trip
    if (
        integer
        and digits in _EMERGENCY_NUMBERS
        and (_EMERGENCY_AFTER.match(after) or (unit is None and _EMERGENCY_BEFORE.search(before)))
    ):
        return True  # "911 calls", "dialled 999"
    if integer and len(digits) in (3, 4) and (unit is None or counted is not None):
        if _COUNT_BEFORE.search(before):
            return True  # "two 767 jets": the count is "two", 767 names the model
        word = _LOWER_WORD_AFTER.match(after)
        if (
            unit is None
            and word is not None
            and _DETERMINER_BEFORE.search(before)
            and word.group(1) not in _LEVEL_NOUNS
            and not word.group(1).endswith(("s", "ed", "ing", "ly", "est"))
        ):
            return True  # "the 787 fleet", "a 737 jet": a model used as a modifier
    if integer and len(digits) > 1 and digits.startswith("0") and unit is None:
        return True  # "010 002 000": an inning line, a code
    return unit is None and _box_score_row(text, number_start, number_end)


# "200m south of the boundary", "a shaft 300m deep": a glued "m" before a compass point or a
# dimension word measures a distance, whatever money the passage talks of ("a 500m loan" has none)
_DISTANCE_AFTER = re.compile(
    r"\s+(?:(?:due|directly|further|farther|just)\s+)?(?:"
    r"(?:north|south)(?:-?(?:east|west))?|east|west|away|long|wide|deep|high|tall|offshore|inland|"
    r"underground|upstream|downstream|underwater|(?:above|below)\s+(?:sea\s+level|ground|the\s+surface)"
    r")(?:wards?|erly)?\b(?!-)",
    re.IGNORECASE,
)


def metres_not_millions(text: str, start: int, end: int) -> bool:
    """ "500m" with no currency in a sports passage ("won the 500m final") is a distance; in a
    money passage ("a 500m loan") it stays millions. Before a compass point or a dimension word
    ("200m south of", "300m deep") it is a distance in any passage."""
    if _DISTANCE_AFTER.match(text, end):
        return True
    window = text[max(0, start - 100) : end + 100]
    return _SPORT_CONTEXT.search(window) is not None and _MONEY_CONTEXT.search(window) is None
