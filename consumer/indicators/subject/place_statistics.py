"""A place's own statistic in the words of Chinese agency copy, named before the place with "in":
"The added value of the service sector in Kessel rose 7 percent", "Grain output in Kessel hit 38
million tonnes", and after a sentence-opening "In Kessel,": "In Kessel, fiscal revenue reached 380
billion yuan".

The statistics "<measure> in X" already gives X (unemployment, retail sales, industrial output,
fixed-asset investment ...) are a Western desk's; Xinhua copy reports a province's or a county's
economy as added value, output value, fiscal revenue, grain output, foreign investment and the
retail sales of consumer goods, often with an "of" phrase saying of what ("the total output value
of agriculture in Kessel"). Those figures had no owner. Only a place's statistics: a firm keeps no
added value of a sector, and a bare "output" or "sales in Kessel" stays a firm's market or plant.
And what comes into a place ("imports into Kessel") is its imports. Reads the 60 characters before
the place that the caller reads already.
"""

from __future__ import annotations

import re

_STATISTIC = (
    r"(?:(?:total|gross)\s+)?(?:(?:industrial|agricultural)\s+)?(?:added\s+value|output\s+value)|"
    r"(?:local\s+|general\s+public\s+budget\s+)?fiscal\s+(?:revenue|income)|"
    r"grain\s+(?:output|production|yields?)|"
    # "the per capita income of villagers in Kessel": whose income the "of" phrase says
    r"per\s+capita\s+(?:(?:disposable|net)\s+)?income|"
    r"(?:actually\s+(?:used|utili[sz]ed)\s+)?foreign\s+(?:investment|capital)|"
    r"(?:total\s+)?retail\s+sales\s+of\s+consumer\s+goods|"
    r"(?:total\s+)?(?:import\s+and\s+export|foreign\s+trade)\s+volume"
)
STATISTIC = _STATISTIC  # the same words, for the "of X" reading in ``place_scope``
# the statistic, perhaps an "of" phrase of lower-case words ("of the service sector"), then "in"
_STATISTIC_IN = re.compile(
    rf"\b(?:{_STATISTIC})(?:\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{1,3}}?)?\s*\bin\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the same statistic heading the clause after "In Kessel,"
_STATISTIC_AFTER = re.compile(rf",\s+(?:the\s+)?(?:{_STATISTIC})\b", re.IGNORECASE)


def statistic_in_place(before: str) -> bool:
    """Whether ``before`` (the words right before a place) ends with one of the place's own
    statistics and "in": "the added value of high-tech industries in "."""
    return _STATISTIC_IN.search(before) is not None


def statistic_after_opening(text: str, end: int) -> bool:
    """Whether the clause after a sentence-opening "In <place>," (the place ending at ``end``)
    heads with one of the place's own statistics: "In Kessel, the added value of ... grew"."""
    return _STATISTIC_AFTER.match(text, end) is not None


# "Imports into Norland rose 4 pct", "oil imports to Kessel": what comes into a place is its
# imports ("exports to Tarvia" names a buyer, and "imports from Tarvia" a seller: never owners)
_IMPORTS_INTO = re.compile(r"\bimports\s+(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE)


def imports_into(before: str) -> bool:
    """Whether ``before`` (the words right before a place) ends with "imports into" / "imports to"."""
    return _IMPORTS_INTO.search(before) is not None
