"""Where a figure's clause opens, for the product-owner rules of review and deal copy.

Shared by ``store_price``, ``product_rating``, ``thing_comparison`` and ``part_count``, which
each read only the clause before their figure: a full stop, a semicolon, a colon or a line break
inside their window closes what came before.
"""

from __future__ import annotations

import re

from consumer.indicators.subject.mentions import MentionIndex

_STOP = re.compile(r"[.;!?]\s|\n|:\s")


def clause_start(index: MentionIndex, text: str, sentence_start: int, figure_start: int, reach: int) -> int:
    """The start of the figure's clause: no further back than ``reach`` characters, the
    sentence's start or the dateline, and after the last stop before the figure."""
    low = max(sentence_start, index.skip_before, figure_start - reach)
    for stop in _STOP.finditer(text, low, figure_start):
        low = stop.end()
    return low
