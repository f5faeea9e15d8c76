"""Points that move a percentage: "rose to 5.2 percent, up 0.3 points", "fell 4 points to 41
percent". The conventions publish such a move in percentage points; copy often drops the
"percentage". An index's points ("the Dow fell 120 points, or 1.2 percent") and a game's points
stay points.

Hand-written: no library reads which quantity a bare "points" measures. The rule looks only at
the figure's own sentence within a bounded reach on each side, so it costs the same per figure
whatever the text's length.
"""

from __future__ import annotations

import re

from consumer.lexicon import index_names

_REACH = 80
# A percent figure in the same clause: "5.2 percent", "41%", "38 per cent"
_PERCENT = re.compile(r"\d\s?(?:%|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE)
# ... which, right after the points as ", or 1.2 percent", restates an index's move
_OR_PERCENT = re.compile(r"\s*,?\s*(?:or|and)\s+(?:about\s+|nearly\s+|almost\s+)?\d", re.IGNORECASE)
_INDEX_OR_GAME = re.compile(
    rf"\b(?:index|indices|indexes|{index_names()}|composite|benchmark|"
    r"stocks?|shares|bourse|market|exchange|average|gauge|points?\s+system|scored?|scoring|games?|"
    r"match|season|rebounds?|assists?|goals?|ranking|rankings|rated|rating\s+of|score)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_MOVE_LIMIT = 100.0  # a share moves by less than a hundred points


def share_points(text: str, start: int, end: int, value: float) -> bool:
    """Whether "points" at ``start``..``end`` are a move of a percentage told in the same clause."""
    if value >= _MOVE_LIMIT or _OR_PERCENT.match(text, end):
        return False
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    before = text[low:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    low += cut[-1] if cut else 0
    after = _SENTENCE_END.search(text, end, high)
    high = after.start() if after is not None else high
    return _PERCENT.search(text, low, high) is not None and _INDEX_OR_GAME.search(text, low, high) is None
