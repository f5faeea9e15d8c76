"""An analyst's estimate of a company's earnings is the company's figure, never the analyst's.

Business copy quotes analysts' numbers: "Ann Lee at Harlow Securities said she is cutting her
earnings estimate for next year to $2 a share", "Mr. Roe, who trimmed his 1990 Kelvar earnings
projection to $2.95 a share", "Ms. Lee had estimated third-quarter earnings of 55 cents a share".
The person is the clause's subject, so the subject rules gave the figure to the analyst; but a
person has no earnings per share, and an estimate is the estimated firm's. A per-share, currency
or cent sum of earnings, profit, revenue or sales that a person is said to estimate, project or
forecast goes to the firm named right before the earnings word ("his 1990 Kelvar earnings
projection"), else to nobody. Without an estimate word the person keeps the sum: a bidder's offer
("the $20 a share demanded by Roe") is the bidder's, and so is "Lee estimated her fortune".
Reads the stretch between the person's last mention and the figure (bounded), once per figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import is_price
from consumer.indicators.subject.mentions import MentionIndex

_FORECAST = re.compile(
    r"\b(?:estimat\w*|projections?|projected|forecast\w*|predict\w*|expectations?)\b", re.IGNORECASE
)
_EARNINGS_AFTER = re.compile(
    r"\s+(?:(?:first|second|third|fourth|full)[\w-]*\s+)?(?:earnings|profits?|net)\b"
)
_EARNINGS = re.compile(r"\b(?:earnings|profits?|net|income|revenues?|sales|results)\b", re.IGNORECASE)
_REACH = 200  # from the analyst's name to the figure: one clause of a sentence


def forecaster(
    index: MentionIndex, text: str, figure: tuple[int, int], unit: str | None, owner: Entity | None
) -> tuple[Entity | None] | None:
    """``(firm,)`` or ``(None,)`` when ``owner`` is a person quoted for an estimate (a sum after an
    estimate word); None when the owner stands."""
    if owner is None or owner.type != "PERSON" or unit is None:
        return None
    base = unit.split("/")[0]
    if not (is_price(base) or base == "cent"):
        return None
    start = max(0, figure[0] - _REACH)
    mentions = index.between(start, figure[0])
    named = [c for c in mentions if c.entity is owner]
    since = named[-1].end if named else start
    if _FORECAST.search(text, since, figure[0]) is None or _EARNINGS.search(text, since, figure[0]) is None:
        return None  # no estimate, or one of no firm's results ("Lee estimated his fortune at $2 billion")
    firms = [
        c
        for c in mentions
        if c.start >= since and c.entity.type == "ORGANIZATION" and _EARNINGS_AFTER.match(text, c.end)
    ]
    return (firms[-1].entity,) if firms else (None,)
