"""Bare counts of people whose noun the copy leaves out, told by what the people do.

Agency copy drops the noun of a crowd once the verb says who is meant: "Some 2,000 took part
in the march", "Of the 500 surveyed, ...", "The festival attracted 80,000", "helped 1,200 out
of poverty", "The toll climbed to 27". The conventions count these as ``people``; the stage
published them with no unit. The casualty verbs ("killing 42", "812 have died") are read in
``extract`` and ``units``; these are the verbs of taking part, being asked, being drawn or
being moved, which no toll cue covers.

Only numbers in digits of two or more are read: "the two took part" is the pronoun and its
verb, which the conventions do not count. It is the last reading of a figure with no unit
(``implied``): a noun the sentence names elsewhere ("39 nations out of 65 questioned") wins.
Each test reads a window of a few words at the figure, so the cost is bounded per figure.
"""

from __future__ import annotations

import re

from consumer.gate import gated

# What a crowd does or has done to it, right after the bare count: "2,000 took part",
# "300 were questioned", "1,500 remain stranded", "40,000 turned out".
_DOES_AFTER = re.compile(
    r"\s+(?:(?:have|had|has|were|are|was|reportedly|also)\s+){0,2}"
    r"(?:took|take|taking|taken|takes)\s+part\b"
    r"|\s+(?:(?:have|had|has|reportedly|also)\s+){0,2}"
    r"(?:participated|attended|gathered|marched|rallied|protested|demonstrated|queued"
    r"|turned\s+out|showed\s+up|lined\s+up|signed\s+up|fled)\b"
    r"|\s+(?:(?:have|had|has|were|are|was|remain|remained|remains)\s+)?(?:been\s+)?"
    r"(?:surveyed|polled|questioned|interviewed|trapped|stranded|displaced|relocated|resettled"
    r"|made\s+homeless|left\s+homeless)\b"
    # "helped 1,200 out of poverty", "lifted 30,000 rural residents" has its noun already
    r"|\s+(?:\w+\s+)?out\s+of\s+(?:absolute\s+|extreme\s+)?poverty\b",
    re.IGNORECASE,
)

# What draws or moves a crowd, or a toll's verb, right before the count: "attracted 80,000",
# "played in front of 15,000",
# "has relocated 8,600 from the mountains",
# "the toll climbed to 27" (a "death toll" is read with the casualties already).
_DRAWS_BEFORE = gated(
    r"\b(?:attract(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|resettl(?:e|es|ed|ing)"
    # a game played before a crowd: "won 4-1 in front of 15,522 at the arena" (session 43)
    r"|in\s+front\s+of"
    r"|the\s+toll\s+(?:(?:has|had)\s+)?(?:rose|risen|climbed|jumped|increased|reached|hit|stood\s+at"
    r"|stands\s+at|rises|climbs)(?:\s+to)?)"
    r"(?:\s+(?:at least|more than|over|some|about|around|nearly|almost|up to|an estimated|roughly"
    r"|approximately|as many as))*\s+$",
    re.IGNORECASE,
)


def crowd_count(text: str, start: int, end: int, value: float, *, spelled: bool) -> bool:
    """Whether a bare count at ``text[start:end]`` counts people, by what they do or undergo."""
    if spelled or value < 2:
        return False
    return _DOES_AFTER.match(text, end) is not None or (
        _DRAWS_BEFORE.search(text, max(0, start - 48), start) is not None
    )
