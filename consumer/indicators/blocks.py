"""Where a figure's words stop: a unit or counted noun is never read across a block break.

The unit readers walk the words after a number with ``\\s+``, which a newline also matches. A
paragraph break, a blank line, an indented line (a wire paragraph's first line) or a table line
opening with a results label ("Shr", "Net", "Revs", "Year", "Nine mths") starts a new block: the
word there belongs to it, not to the figure before ("Revs 1.2 mln vs 392,000" over "Year" is no
count of years). Only the span the readers took is looked at, so the cost is that span's length.
"""

from __future__ import annotations

import re

# A newline that opens the next block: another newline (a blank line, a paragraph break), an
# indentation of two or more spaces or a tab, or a results table's row label or heading; or a spaced
# dash before a capital, which closes a wire dateline ("LONDON, April 13 - Year to December 28"); or
# a full stop after a lower-case word before a capital, the next sentence ("130,000 board feet.
# Regular trading hours"; "U.S. dlrs", "St. Louis" keep their reading: a capital before the stop).
_BREAK = re.compile(
    r"\n(?=[ \t]*\n|  |\t|[ \t]*(?:Oper(?:ating)?[ \t]+(?:shr|net)|Shr|Net|Revs|Revenues?|Sales|Turnover"
    r"|Avg[ \t]+shrs|Year|Qtr|Quarter|(?:First|Second|Third|Fourth|1st|2nd|3rd|4th)[ \t]+(?:qtr|quarter|half)"
    r"|(?:Three|Six|Nine|Twelve|3|6|9|12)[ \t]+(?:mths|months)|Note|NOTE)\b)"
    r"|[ \t](?:-{1,2}|\u2013|\u2014)[ \t]+(?=[A-Z])"
    r"|(?<=[a-z]{3})[.!?;][ \t]+(?=[A-Z])"
)


def block_break(text: str, start: int, end: int) -> int | None:
    """Where the first block break in ``text[start:end]`` (the words a reader took after a
    number) begins, or None.

    A single newline inside a paragraph (a wrapped line) goes on with the same words and is no
    break unless the line after it opens as a block does. The search runs on the span only.
    """
    found = _BREAK.search(text, start, end)
    return found.start() if found is not None else None
