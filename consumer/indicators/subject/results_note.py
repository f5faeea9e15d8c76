"""A note under a wire results table: "Operating net excludes losses of 12.1 mln dlrs ...".

Agency results copy ends its "Shr 1.80 dlrs vs 1.46 dlrs" table with notes on what the result
holds: "Operating net excludes ...", "1986 operating net for the quarter and year includes a
pretax gain of 9 mln dlrs ...", "Net includes ...". "Net" there is the firm's net income, a
result of its own, so a sum in the note is the story's company's, as an unowned "Revenue rose
5 pct" is; the measure list reads "net" only before a noun ("net income"), so the note's bare
"net" (wire shorthand) is read here, only before "includes"/"excludes" or the period it covers.
"""

from __future__ import annotations

import re

# "Operating net excludes", "1986 operating net for the quarter", "Oper net in latest quarter",
# "Net includes": the label, then the verb of a note or the period before it
_NOTE_HEAD = re.compile(
    r"\s*(?:(?:19|20)\d\d\s+)?(?:(?:oper(?:ating)?|reported)\s+)?net\s+"
    r"(?:(?:for|in)\s+(?:the\s+)?(?:latest\s+)?(?:[\w-]+\s+){0,4}?)?"
    r"(?:includes?|excludes?|included|excluded)\b",
    re.IGNORECASE,
)


def results_note(text: str, clause_start: int, figure_start: int) -> bool:
    """Whether the clause opens as a results note's "net includes / excludes". Reads the
    clause's head only."""
    return _NOTE_HEAD.match(text, clause_start, figure_start) is not None
