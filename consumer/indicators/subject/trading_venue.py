"""An exchange named as where a stock trades owns none of the stock's figures.

Market copy tells a share's close with its venue: "In New York Stock Exchange composite trading,
Kelvar closed at $38.50", "Its shares closed at $5.125 each in composite Harlow Stock Exchange
trading, down 37.5 cents", "whose shares began trading on the Harlow Stock Exchange ... The stock
began trading at $14". The exchange is the only organisation of such a clause or sentence, so
the subject and anaphor rules gave it the price; the price is the company's (the conventions give
a share price to the company). When the owner chosen is an exchange (a name ending in a word of
that closed class) whose last mention before the figure is framed as a trading place ("on the
...", "in ... trading"), it is dropped and the figure's owner is read as for a clause that names
none, when a stock is told of around it (shares, stock, a close). An exchange acting in its clause
("The Harlow Stock Exchange fined the broker $2 million") or its own business ("Turnover on the
Harlow Stock Exchange rose to $3 billion") keeps its figure. Reads one bounded window of mentions
before the figure, once per figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import MentionIndex

# a trading venue's name: it ends in the venue's kind ("Securities and Exchange Commission" and
# "Nasdaq Composite", a regulator and an index, end otherwise)
_VENUE_NAME = re.compile(r"(?:\bExchange|\bBourse|\bBig Board|\bBoard of Trade|\bNasdaq(?: Stock Market)?)$")
_PLACE_BEFORE = re.compile(r"\b(?:[Oo]n|[Ii]n)\s+(?:the\s+)?(?:composite\s+)?(?:[A-Z][\w.]*['\u2019]s\s+)?$")
_TRADING_AFTER = re.compile(r"\s+(?:composite\s+)?trading\b")
_STOCK_WORD = re.compile(r"\b(?:shares?|stocks?|closed|closing|apiece)\b", re.IGNORECASE)
_STOCK_REACH = 150
_REACH = 320  # the sentence before may name the venue of the stock "The stock" stands for


def trading_venue(index: MentionIndex, text: str, figure: tuple[int, int], owner: Entity | None) -> bool:
    """Whether ``owner`` is an exchange its last mention before the figure names as the place a
    stock trades ("on the Harlow Stock Exchange", "in Harlow Stock Exchange composite trading")."""
    if owner is None or owner.type != "ORGANIZATION" or _VENUE_NAME.search(owner.name) is None:
        return False
    start = max(0, figure[0] - _REACH)
    mentions = [c for c in index.between(start, figure[1] + 80) if c.entity is owner]
    before = [c for c in mentions if c.start < figure[0]]
    if not mentions:
        return False
    last = before[-1] if before else mentions[0]
    return (
        _PLACE_BEFORE.search(text, max(0, last.start - 40), last.start) is not None
        or _TRADING_AFTER.match(text, last.end) is not None
    ) and (  # a stock is told of, not the exchange's own business ("Turnover on the ... rose")
        _STOCK_WORD.search(text, max(0, last.start - _STOCK_REACH), last.start) is not None
        or _STOCK_WORD.search(text, last.end, max(last.end, figure[0])) is not None
    )
