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


# "Growth in Kessel was 7.5 percent", "Investment in Kessel rose 9 percent": a bare growth or
# investment opening the sentence, a place after "in", is the place's economy's (Xinhua's "total
# investment in fixed assets"); inside a sentence "sales growth in Kessel" or "Vantor's investment in
# Kessel" say a firm's, and the older readings keep them
_HEADED_IN = re.compile(
    r"(?:^|[.!?]\s+|\n\s*)(?:the\s+)?(?:economic\s+|total\s+|overall\s+)?(?:growth|investment)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def headed_in_place(before: str) -> bool:
    """Whether ``before`` (the words right before a place) opens a sentence with a bare "Growth in"
    or "Investment in"."""
    return _HEADED_IN.search(before) is not None


# A rate a place keeps of itself named before it with "of" ("The urbanization rate of Kessel
# reached 56 percent", "the forest coverage of Kessel"), and the visitors a place draws counted
# before it with "to" ("The number of tourists to Kessel reached 8 million"): the measure list
# "<measure> of X" reads lacks them
_RATE_OR_VISITS = re.compile(
    r"\b(?:(?:urbani[sz]ation|poverty(?:\s+incidence)?|unemployment|jobless|employment|literacy|"
    r"birth|fertility)\s+rate\s+of|forest\s+(?:coverage|cover)\s+(?:rate\s+)?of|"
    r"number\s+of\s+(?:(?:domestic|foreign|inbound|overseas)\s+)?(?:tourists|visitors|tourist\s+(?:visits|trips))"
    r"\s+(?:in)?to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def rate_or_visits_of_place(before: str) -> bool:
    """Whether ``before`` (the words right before a place) ends with a rate the place keeps of
    itself and "of", or a count of its visitors and "to"."""
    return before.rstrip().endswith(("of", "to", "the")) and _RATE_OR_VISITS.search(before) is not None
