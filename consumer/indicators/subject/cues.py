"""Word patterns and unit kinds that several owner rules share.

Kept in one place so a rule module does not import another only for a regex: prepositions
and leading adverbials before a name, sentence edges, reporting verbs (a name before "said"
is a source, not an owner), a firm's own results, which units are prices or counts, and a
capitalised name no mention covers (a new owner the entity stage missed).
"""

from __future__ import annotations

import re

from consumer.gate import gated
from consumer.indicators.subject.mentions import WINDOW_BEFORE

# PREPOSITION_BEFORE, REPORTED and MACRO_BEFORE are gated on their first letters (consumer.gate):
# the same matches, at about half the cost of trying them at every position; they are read in the
# windows around every figure and every name before it.

PREPOSITION_BEFORE = gated(
    r"\b(?:in|at|to|near|across|throughout|from|for|with|by|on|into|against|between|among|"
    r"than|like|over|under|about|of|outside|inside|via|toward|towards|after|before|during|since|"
    r"until|despite|following|amid|unlike|"
    # "Rescuers around Norland searched", "every lender except Harlow Bank": still no subject
    r"around|within|beyond|along|alongside|behind|beneath|beside|besides|except|excluding)\s+(?:the\s+)?"
    # "in northern Norland", "from neighbouring Tarvia", "in low Earth orbit": a compass word or a
    # locative adjective between the preposition and the name leaves it governed
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|neighbou?ring|"
    r"rural|coastal|low|upper|lower|downtown|greater|mainland|inland|nearby|suburban|upstate)\s+)?$",
    re.IGNORECASE,
)
SUBJECT_PREFIX_WORDS = 3
AGE_UNITS = frozenset({"year_of_age"})
# Spans of time: what a moment is placed by ("two days later"), what a thing lasts, and no measure
# a place or a firm "has" (carry, unowned and its_figure read it alike)
TIME_SPAN_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})


# What a review calls its product after naming it once
PRODUCT_NOUNS = (
    r"(?:car|vehicle|suv|sedan|coupe|hatchback|truck|pickup|phone|smartphone|handset|laptop|notebook|"
    r"tablet|device|console|camera|smartwatch|headset|headphones|earbuds|tv|television|monitor|router)"
)


def thing_measure(unit: str | None) -> bool:
    """A count, a size or a duration ("35-meter", "eight hours", "2 megabytes"), not a head
    count of people or firms, which a company may have."""
    return counts_things(unit) and unit not in ("people", "company")


# Where a sentence ends: a stop, any closing marks, space, then a capital or an opening mark
# ("Acme Inc. shipped" goes on: the stop of an abbreviation before a lower-case word)
SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+(?=[\"\u201c\u2018(]?[A-Z])")
SENTENCE_HEAD = re.compile(r"(?:^|[.!?][\"\u201d\u2019)]*\s+|\n\s*)(?:[Tt]he\s+)?$")


# When a report was made, between its verb and its clause: "said on Monday", "said in a
# statement", and the bare weekday of agency copy ("Acme said Thursday its profit rose")
_WHEN_SAID = (
    r"(?:(?:on|in|last|this)\s+(?:an?\s+)?\w+,?\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    r"|today\s+|yesterday\s+)?"
)
# "Officials said 45 people died": the name before a reporting verb is the source of the
# figure, not its owner, unless the report is about its own quantity ("Acme said its sales").
# Only verbs that open a reported clause count: "Acme reported revenue of $9 billion" and "Acme
# added 300 jobs" take the figure as their object, and then Acme owns it.
REPORTED = gated(
    r"\b(?:said|says|told(?:\s+\w+)?|tells(?:\s+\w+)?|found|finds|according\s+to|"
    r"(?:claims|claimed|estimates|estimated)(?=\s+(?:is|are|was|were|that|it)\b)|"
    # a time between the verb and "that" keeps the clause a report: "The agency reported last year
    # that 11 of the 12 cities ...", "Orbel Press reports that 28 people" (session 43)
    rf"(?:report(?:s|ed)|announc(?:es|ed)|estimated|added|adding)\s+{_WHEN_SAID}that|"
    # the verbs of a view or an argument open a reported clause only with "that": "Lee argued
    # that 3.6 degrees should be the limit", "with Acme suggesting that the Orbel 7 can ..."
    r"(?:(?:suggest|warn|predict|insist|explain|claim)(?:s|ed|ing)?|stress(?:es|ed|ing)?|"
    r"(?:argu|conclud|believ|not)(?:e|es|ed|ing)|stat(?:es|ed|ing)|wr(?:ote|ites?|iting)|think(?:s|ing)?|thought|"
    r"point(?:s|ed|ing)\s+out)\s+(?:(?:in|on|last|this)\s+\w+,?\s+)?that)"
    rf"(?!\s+{_WHEN_SAID}(?:that\s+)?(?:its|their|his|her|it|they|we|he|she)\b)\b",
    re.IGNORECASE,
)


# A reporting verb that opens a clause: "said (that)", "told reporters (that)", "added".
_REPORT_VERBS = ("said", "says", "told", "added", "announced", "warned")
REPORT_OPENING = gated(
    r"\b(?:" + "|".join(rf"{verb}(?:\s+\w+)?" if verb == "told" else verb for verb in _REPORT_VERBS) + r")\s+"
    rf"{_WHEN_SAID}(?:that\s+)?",
    re.IGNORECASE,
)


def may_open_report(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a REPORT_OPENING: a reporting verb's letters, found
    by substring tests rather than the regex scan (most clauses before a figure report nothing).
    Text that is not ASCII always may: a case-insensitive match can use a letter lower() does
    not give ("ſaid")."""
    window = text[start:end]
    if not window.isascii():
        return True
    low = window.lower()
    return any(verb in low for verb in _REPORT_VERBS)


# A firm's own results opening the clause it reports: "Vantor said (on Monday) (that) net profit rose
# 20%". Only a firm's result words, after at most a few words that say which result ("quarterly",
# "net", "full-year"): "smartphone sales" or "retail sales" after a research firm or a trade
# body's name are a market's, and "shipments" or "orders" are what analysts count in a market
OWN_RESULT = re.compile(
    r"(?:(?:its|the|quarterly|annual|net|operating|total|adjusted|core|group|first-half|full-year|"
    # a firm's result as its accounts name it: "pre-tax profit", "underlying sales" (session 31)
    r"pre-?tax|after-tax|underlying|like-for-like|half-year|interim|"
    # agency copy's periods: "first quarter net income", "1986 profit", "fiscal 1987 earnings",
    # "nine-month sales", "first half turnover", and "a dividend of" (session 32)
    r"(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|full[- ]year|fiscal|"
    r"(?:three|six|nine|twelve)[- ]months?|(?:19|20)\d\d|per[- ]share|an?|"
    r"(?:first|second|third|fourth)-quarter)\s+){0,4}"
    r"(?:revenues?|sales|profits?|net\s+income|earnings|operating\s+income|turnover|loss(?:es)?|"
    r"dividends?)\b",
    re.IGNORECASE,
)


_NOT_COUNTS = frozenset({"percent", "percentage_point", "basis_point", "point", "times"})


def counts_things(unit: str | None) -> bool:
    """ "45 deputies" counts people or things; "2 percent" and "$5" do not."""
    base = unit.split("/")[0] if unit is not None else None  # "unit/month" counts units
    return base is not None and base.islower() and base not in _NOT_COUNTS


APPROXIMATELY = (
    r"(?:(?:at\s+least|about|around|nearly|some|more\s+than|over|almost|roughly|an\s+estimated|all|"
    r"another|up\s+to)\s+)*"
)
_LAST_MARK = re.compile(r'.*(["\u201c\u201d])', re.DOTALL)


def inside_quotation(text: str, at: int) -> bool:
    """Whether the last quotation mark before ``at`` (within a window; a quotation may open a
    sentence before) opens one: a curly opening mark, or a straight one after a space."""
    low = max(0, at - WINDOW_BEFORE)
    last = _LAST_MARK.match(text, low, at)
    if last is None:
        return False
    mark = last.start(1)
    return text[mark] == "\u201c" or (text[mark] == '"' and (mark == 0 or not text[mark - 1].strip()))


def is_price(unit: str | None) -> bool:
    """A currency code: "$5" is USD, "Rs 300" INR."""
    return unit is not None and unit.isupper() and len(unit) == 3


def owned_sum(unit: str | None) -> bool:
    """A sum (also a rate of one, "$9.99 a month") or a share: what an owner has, unlike a count,
    a size or a duration, which measure the thing the sentence is about."""
    base = unit.split("/")[0] if unit is not None else None
    return is_price(base) or unit in ("percent", "percentage_point")


# A capitalised word after a sentence's first: a name ("The Orion probe will get $1.2 billion"),
# unless a month or a weekday ("In June imports fell")
CAPITALISED = re.compile(r"(?<=[\w,;)]\s)[A-Z][a-z][\w'\u2019-]*")
TIME_NAMES = frozenset(
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October"}
    | {"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct"}
    | {"Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


HEAD_WORDS = re.compile(r"\s*(?:\S+\s+){0,3}\S*")


def unlisted_name(text: str, start: int, end: int) -> bool:
    """A name among the first four words of the sentence at ``start`` (its subject) that no entity
    covers (the caller found none before ``end``): a new owner the entity stage missed ("The
    Orion probe will get $1.2 billion" after "The Harlow Fund will receive $1.7 billion"), so
    the owner before does not go on. Not a name a preposition governs: "Upgrade to Premium for
    $4.99/mo" prices a tier of the thing before (dev). Reads the sentence's first words only."""
    head = HEAD_WORDS.match(text, start, end)
    stop = head.end() if head is not None else start
    return any(
        m.group(0) not in TIME_NAMES
        and not PREPOSITION_BEFORE.search(text, max(0, m.start() - 15), m.start())
        for m in CAPITALISED.finditer(text, start, stop)
    )


# "Retail sales rose 0.4%", "factory orders": an economy's measure, not a company's
MACRO_BEFORE = gated(
    r"\b(?:retail|factory|home|house|housing|consumer|producer|fiscal|industrial|export|import|national|"
    r"regional|global|world|vehicle|car|auto|existing|new)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
CORPORATE_MEASURE = gated(
    r"\b(?:revenues?|sales|profits?|earnings|net income|operating income|margins?|guidance|shares|stock|"
    r"market (?:value|cap(?:itali[sz]ation)?)|dividends?|orders|deliveries|same-store|comparable-store)\b",
    re.IGNORECASE,
)
PRONOUN_BACK = 400  # how far back the person named last may be (about two sentences)
