"""What a figure measures (``Indicator.measure``): a short phrase from the text, read from the
figure's bounded window ("economy", "output value", "deputies disqualified"). The owner rules in
``subject`` read the same measure words to tell a statistic's owner ("China's retail sales")."""

from __future__ import annotations

import re

from consumer.gate import gated, lowered

# A measure an owner has: its head noun and up to two modifiers ("retail sales", "fixed-asset
# investment", "gross domestic product")
MEASURE = gated(
    r"\b(?:(?:industrial|retail|economic|gross domestic|fixed[- ]asset|foreign direct|foreign|fiscal|tax|net|"
    r"operating|annual|quarterly|total|consumer|producer|home|house|housing|oil|share|stock|trade|"
    r"value[- ]added|"
    r"local|regional|national|provincial|core|headline|factory|manufacturing|export|import|gross|"
    r"government|budget|public|market|hourly|weekly|average)\s+){0,2}"
    r"(?:economy|gdp|gross domestic product|output value|output|production|sales|revenues?|profits?|earnings|"
    r"income|exports|imports|surplus|deficit|investment|prices?|inflation|unemployment rate|"
    r"jobless rate|unemployment|index|shares|stock|spending|consumption|debt|reserves|yields?|"
    r"interest rates?|wages|pay|budget|turnover|demand|population|growth|valuation|market value|"
    r"cpi|ppi|pmi|futures|crude|margins?|turnout|votes?|death toll|toll|depth|magnitude)\b",
    re.IGNORECASE,
)
_MEASURE_LOWER = gated(MEASURE.pattern)  # the same words, on a copy `gate.lowered` gives
_AUXILIARY = re.compile(r"\b(?:had|has|have|was|were|is|are|been|being|be|will|would)\b\s*", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def names_measure(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a measure: ``MEASURE.search(text, start, end)``, read
    case-sensitively on a lower-cased copy of the stretch (and the character before it, which
    "\\b" reads) where it lines up: the same answer at about half the case-blind scan's cost."""
    base = max(0, start - 1)
    low = lowered(text[base : max(end, 0)])  # a negative end reads nothing, as in search
    if low is None:
        return MEASURE.search(text, start, end) is not None
    return _MEASURE_LOWER.search(low, start - base) is not None


# "killing at least 42", "destroyed an estimated 245": the verb right before a count
_COUNT_VERB = re.compile(
    r"\b([a-z]+ed|[a-z]+ing)\s+(?:(?:about|some|nearly|at least|more than|over|almost|around|"
    r"an estimated|another)\s+)*$"
)
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|have been|has been|had been|are|is|got)\s+([a-z]+ed)\b")


def measure_of(
    text: str, window: tuple[int, int], figure: tuple[int, int], counted: str | None
) -> str | None:
    """A short phrase naming what is measured: "economy", "output value", "deputies disqualified".

    ``window`` is the figure's bounded window in its sentence (``extract._window``: at most
    WINDOW_BEFORE characters before the figure and WINDOW_AFTER after it), never the whole
    sentence: each figure reads a constant stretch, so the stage stays linear in the text
    however long a sentence and however many figures it holds."""
    if counted is not None:
        head = counted.split()[-1].lower()
        verb = _COUNT_VERB.search(text[window[0] : figure[0]])
        done = _past(verb.group(1)) if verb else None
        if done is None:  # "245 houses were destroyed"
            passive = _PASSIVE_AFTER.match(text[figure[1] : min(window[1], figure[1] + 40)])
            done = passive.group(1) if passive else None
        return f"{head} {done}" if done else head
    last = None
    before = text[window[0] : figure[0]]
    low = lowered(before)  # read case-sensitively on the lower-cased copy where it lines up: the
    # same spans at a fraction of the case-blind reading's cost, and the phrase is lower-cased anyway
    for match in MEASURE.finditer(before) if low is None else _MEASURE_LOWER.finditer(low):
        last = match  # the measure named last before the figure, without keeping the others
    if last is not None:
        return _normalise(last.group(0))
    after = MEASURE.match(text, figure[1] + 1) if figure[1] < window[1] else None
    if after is None and (moved := _MOVE_IN.match(text, figure[1], window[1])) is not None:
        after = MEASURE.match(text, moved.end())  # "a 47% jump in quarterly revenue"
    return _normalise(after.group(0)) if after else None


_MOVE_IN = re.compile(
    r"\s+(?:jump|rise|increase|fall|drop|decline|gain|surge|slump|growth|rebound|plunge|dip)s?\s+in\s+(?:its\s+|their\s+|the\s+)?",
    re.IGNORECASE,
)


_ING_VERBS = frozenset(
    ("kill", "injur", "wound", "hurt", "evacuat", "displac", "rescu", "hospitalis", "hospitaliz", "arrest")
)


def _past(verb: str) -> str | None:
    """ "killed" stays; "killing" -> "killed", "injuring" -> "injured" for the verbs of a toll."""
    if verb.endswith("ed"):
        return verb
    stem = verb[:-3]
    if stem in _ING_VERBS:
        return stem + "ed"
    return None


_PREDICATE = re.compile(r"(?:^|\bthat\s+|,\s+)((?:[a-z][\w-]*\s+){1,5}?[a-z]+ed)\s+$")
# What every predicate holds: its participle and the space after it. A sentence without one
# has no predicate to read, and its periods need not be found for one.
PARTICIPLE = re.compile(r"[a-z]ed\s")


def predicate_before(text: str, start: int, limit: int) -> tuple[int, str] | None:
    """ "economic statistics had been falsified" before a period: (start, "economic statistics falsified")."""
    window = text[max(limit, start - 80) : start]
    match = _PREDICATE.search(window)
    if match is None:
        return None
    phrase = _AUXILIARY.sub("", match.group(1)).strip()
    return max(limit, start - 80) + match.start(1), phrase


def _normalise(phrase: str) -> str:
    return _SPACES.sub(" ", phrase.strip().lower())
