"""The level a market index reached, written bare after its move: in index points.

Market reports give an index's move and then its level without a unit: "the Dow Jones industrial
average skidded 44.60 points to 2,360.94", "the Shanghai Composite Index rose 0.45 percent to
close at 3,120.18", "closed down 0.89 points, or 0.01%, at 10,385.48". The conventions count
index levels in points (``point``); a bare figure tells an analyst nothing. A count's level
after "to" is left alone ("40 stores to 4,512" is read elsewhere), and so is a move in points
or percent that no index word names (a price, a score, a rate), or one whose unit was only
implied ("declines leading advances by 328 to 23").

Each figure reads a bounded stretch: the gap back to the move before it (at most _GAP
characters) and at most _NAME_REACH characters before that move.
"""

from __future__ import annotations

import re

from consumer.events import Indicator
from consumer.lexicon import index_names

_MOVES = frozenset({"point", "percent"})
_GAP = 60
# the gap from the move to the level: no figure or sentence break between, ending on "to"/"at"
# ("to 2,360.94", "in late trading to 1,033.16", "lower at 3,817.69", "to close at 3,120.18")
_LEVEL_GAP = re.compile(r"(?:[^.;!?\d]|\.(?=\d))*\b(?:to|at)\s+$", re.IGNORECASE)
_NAME_REACH = 100
# a market index named before the move, within its sentence: a generic word or a benchmark's name
_INDEX_NAME = re.compile(
    r"(?:\b(?:[Ii]nd(?:ex|ices|exes)|[Cc]omposite|[Ii]ndustrial\s+[Aa]verage|[Ss]tock\s+[Aa]verage|"
    rf"{index_names(cased=True)})\b)(?:[^.;!?]|\.(?=\d))*$"
)


def index_level(text: str, row: Indicator, before: Indicator | None) -> str | None:
    """``point`` for a bare level right after an index's move in points or percent, else None."""
    if before is None or before.unit not in _MOVES or before.change not in ("up", "down"):
        return None
    if before.text[-1:].isdigit():
        return None  # "advances by 328 to 23": a move that names no unit of its own is no index's
    if before.sentence != row.sentence or not 0 < row.start - before.end <= _GAP:
        return None
    if _LEVEL_GAP.fullmatch(text, before.end, row.start) is None:
        return None
    if _INDEX_NAME.search(text, max(0, before.start - _NAME_REACH), before.start) is None:
        return None
    return "point"
