"""Direction and basis of a movement, read from the words next to the figure.

Wire copy puts the movement verb right before the amount ("rose 2.4 percent", "was up 9.4
per cent", "expanding 2.4 percent") or a comparative right after it ("34.4% higher", "a 4.2
percent drop"). A figure after "to" or "from" is a level, not the movement: "rose 60% to 3.9
million headsets" moves by 60% and ends at 3.9 million.
"""

from __future__ import annotations

import re

from consumer.events import Change, Comparison

_UP = (
    r"r[io]se[ns]?|rising|up|increas(?:e|ed|es|ing)|gr[eo]w[ns]?|growing|grown|gain(?:ed|s|ing)?|"
    r"climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|advanc(?:e|ed|es|ing)|"
    r"expand(?:ed|s|ing)?|added|boost(?:ed|s|ing)?|rebound(?:ed|s|ing)?|accelerat(?:e|ed|es|ing)|"
    r"spik(?:e|ed|es|ing)|rall(?:y|ied|ies|ying)|higher|picked up|edged up|went up|went higher"
)
_DOWN = (
    r"f[ae]ll(?:s|ing|en)?|drop(?:ped|s|ping)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|"
    r"dip(?:ped|s|ping)?|slid(?:e|es|ing)?|slipp?(?:ed|s|ing)?|lost|los(?:e|es|ing)|shed(?:s|ding)?|"
    r"tumbl(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|plummet(?:ed|s|ing)?|s[au]nk|sinks?|sinking|"
    r"slump(?:ed|s|ing)?|contract(?:ed|s|ing)?|shr[iau]nk|shrinks|shrinking|down|lower|eas(?:e|ed|es|ing)|"
    r"cut(?:s|ting)?|sl[au]sh(?:ed|es|ing)?|retreat(?:ed|s|ing)?|skid(?:ded|s)?|crash(?:ed|es|ing)?|"
    r"edged down|went down|went lower"
)
_FLAT = r"unchanged|flat|steady|stable|stagnant|stagnated"
_FILLER = (
    r"by|about|around|nearly|almost|some|roughly|approximately|just|only|over|under|a further|another|"
    r"an? (?:additional|average of|estimated)|an average of|more than|less than|as much as|as little as|"
    r"sharply|slightly|modestly|marginally|steeply|strongly|further|by about|at least|up to"
)
_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<flat>{_FLAT}))(?:\s+(?:{_FILLER}))*\s*(?:,\s*)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^\s*(?:(?P<up>higher|more|increase|rise|gain|growth|jump|surge|hike|expansion"
    r"|year[- ]on[- ]year increase)"
    r"|(?P<down>lower|less|drop|decline|fall|decrease|contraction|slump|plunge|cut|loss|reduction))\b",
    re.IGNORECASE,
)
# A level followed by ", unchanged from ..." / ", flat on ...": the figure did not move.
_FLAT_AFTER = re.compile(
    r"^(?:\s+(?:at|in|on|by|for)\b[^,;]{0,40})?,\s*(?:(?:virtually|largely|roughly|almost|nearly|"
    r"basically|essentially|broadly)\s+)?(?:unchanged|flat|steady|stable)\s+(?:from|on|with|against|"
    r"compared|versus|vs\.?|since)\b",
    re.IGNORECASE,
)
_LEVEL_BEFORE = re.compile(r"\b(?:to|from|at|of|reach(?:ed|ing)?|hit|totall?(?:ed|ing))\s*$", re.IGNORECASE)


def change_of(before: str, after: str, value: float | None, unit: str | None) -> Change | None:
    """The movement a figure measures, from the text right before and after it."""
    if _LEVEL_BEFORE.search(before):
        return "flat" if _FLAT_AFTER.match(after) else None
    match = _BEFORE.search(before[-80:])
    if match is None:
        match = _AFTER.match(after[:40])
    if match is not None:
        if match.lastgroup == "up":
            return "up"
        if match.lastgroup == "down":
            return "down"
        return "flat"
    if _FLAT_AFTER.match(after):
        return "flat"
    if value is not None and value < 0 and unit in ("percent", "point", "percentage_point"):
        return "down"  # market tables: "FTSE -0.6%"
    return None


_COMPARISONS: list[tuple[re.Pattern[str], Comparison]] = [
    (
        re.compile(
            r"year[- ]on[- ]year|\by/y\b|\byoy\b|from a year (?:earlier|ago|before)|(?:than|with|over|from) "
            r"(?:the same (?:period|quarter|month) (?:of |in )?)?(?:a year (?:earlier|ago)|last year)|"
            r"year[- ]over[- ]year|on an annual basis|annuali[sz]ed",
            re.IGNORECASE,
        ),
        "year_on_year",
    ),
    (
        re.compile(
            r"quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq/q\b|\bqoq\b|"
            r"(?:from|than|over|on|with) (?:the (?:previous|prior|preceding) quarter|"
            r"a quarter (?:earlier|ago|before)|the quarter before|last quarter)",
            re.IGNORECASE,
        ),
        "quarter_on_quarter",
    ),
    (
        re.compile(
            r"month[- ]on[- ]month|month[- ]over[- ]month|\bm/m\b|\bmom\b|"
            r"(?:from|than|over|on|with) (?:the (?:previous|prior|preceding) month|"
            r"a month (?:earlier|ago|before)|the month before|last month)",
            re.IGNORECASE,
        ),
        "month_on_month",
    ),
]
_FROM_PREVIOUS = re.compile(
    r"\b(?:from|compared with|compared to|versus|vs\.?)\s+(?:a |an |the )?[$€£¥]?\d", re.I
)


def comparison_of(clause_after: str) -> Comparison | None:
    """The basis of a movement, looked for in the rest of the clause after the figure."""
    window = clause_after[:120]
    for pattern, comparison in _COMPARISONS:
        if pattern.search(window):
            return comparison
    if _FROM_PREVIOUS.search(window):
        return "from_previous"
    return None
