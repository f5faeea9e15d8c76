"""A market move told of a stock index: the index's, never the place or body named before it.

Market reports head a move with the index ("The Kessel composite index rose 2.60 points, or 0.48
percent, to 542.20", "Norland's Vantor share average opened up 1.3 percent", "Norland stock index
futures rose 1 percent", "..., while the XYZ Index fell one to 666"). When the entity stage names
the index ("Dow Jones Industrial Average", "the AEX index"), that name owns the move; when it does
not, the place the index is named after, or an index or body of the clause before, took it (the
conventions give a market move to its index, never to the first place or body of the sentence),
so the move is nobody's. Only market indexes: a word of the stock market in the phrase ("stock",
"share", "composite", "blue-chip", "industrial average") or a capitalised "Index" heading a name;
a place's statistic ("Norland's consumer price index rose", "the air quality index in Marlow is
218") keeps its place. Reads a window of about 120 characters before the figure, once per figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import Candidate

# the units a move or a level of an index is told in ("2.60 points", "0.48 percent", "to 666")
_MOVE_UNITS = frozenset({"point", "percent", "basis_point"})
_REACH = 120  # from the index's phrase to the last figure of its move ("rose 2.60 points, or ..., to")
# the last index head before the figure, followed by its move: lower-case words and figures only
# (no name, no sentence's or clause's end), so the figure is the index's own
_HEAD = re.compile(
    r"\b(?P<head>ind(?:ex|exes|ices)|Index|average|futures)\b(?P<gap>[^A-Z;:!?\n\"\u201c\u201d()]{0,75})$"
)
# where the index's phrase starts: after a clause's edge ("..., while the", "and", a comma)
_PHRASE_EDGE = re.compile(r".*(?:[,;:]|\b(?:and|while|whereas|but|as|after)\b)", re.DOTALL)
_MARKET_WORD = re.compile(
    r"\b(?:stocks?|shares?|all-share|composite|benchmark|blue[- ]chips?|equity|equities|bourse)\b",
    re.IGNORECASE,
)
_INDUSTRIAL = re.compile(r"\bindustrial\s+$", re.IGNORECASE)  # "the Dow Jones industrial average"
# a statistic with "index" in its name, not a market: "consumer price index", "air quality index"
_STATISTIC_WORD = re.compile(
    r"\b(?:consumer|producer|wholesale|retail|quality|confidence|sentiment|happiness|development"
    r"|manufacturing|purchasing|misery|body|mass|heat|uv|pollution|leading|output|production|activity"
    r"|trade|export|import|house|housing|home)\b",
    re.IGNORECASE,
)
_PHRASE_REACH = 50  # "The Dhaka Stock Exchange (DSE) all-share price ": the longest phrase before a head


def index_move(
    candidates: list[Candidate], text: str, low: int, figure: tuple[int, int], unit: str | None
) -> tuple[Entity | None] | None:
    """``(owner,)`` for a move or level of a market index heading the figure's clause: the index
    or exchange the entity stage named in the index's phrase (an organisation or a product,
    "the AEX index", "Dow Jones Industrial Average"), else nobody (``(None,)``); None when the
    figure is no index's move."""
    if unit is not None and unit not in _MOVE_UNITS:
        return None
    start = max(low, figure[0] - _REACH)
    head = _HEAD.search(text, start, figure[0])
    if head is None or re.search(r"[.!?]\s", head.group("gap")):
        return None
    edge = _PHRASE_EDGE.match(text, max(start, head.start() - _PHRASE_REACH), head.start())
    phrase_start = edge.end() if edge is not None else max(start, head.start() - _PHRASE_REACH)
    phrase = text[phrase_start : head.start()]
    if _STATISTIC_WORD.search(phrase) or _STATISTIC_WORD.search(head.group("gap")):
        return None
    word = head.group("head")
    if not (
        _MARKET_WORD.search(phrase) or word == "Index" or (word == "average" and _INDUSTRIAL.search(phrase))
    ):
        return None
    named = [
        c
        for c in candidates
        if phrase_start <= c.start < head.end() and c.entity.type in ("ORGANIZATION", "PRODUCT")
    ]
    return (named[-1].entity,) if named else (None,)
