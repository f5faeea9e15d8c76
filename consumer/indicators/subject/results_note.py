"""A wire results table's rows and the notes under it: "Shr 1.80 dlrs vs 1.46 dlrs",
"Operating net excludes losses of 12.1 mln dlrs ...".

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


# A results table's row: a label of the firm's own result at the line's start, a unit in
# parentheses perhaps ("Shr (cents)", "Dividend (H.K. cents)"), then only its columns before the
# figure ("Tax 3.67 vs 1.82", "Current loss 371 million vs loss 278 million", "Net 934 million
# 490 million 538 million" of a forecast table, "- Revenue $15,400 $10,000")
_ROW_LABEL = (
    r"(?:diluted\s+)?(?:shr|shrs|eps|per\s+share)|(?:ord(?:inary)?\s+|final\s+|interim\s+|total\s+)?"
    r"(?:div|dividends?)|(?:(?:net|current|operating|oper|pretax|pre-tax|recurring|parent|group)\s+)?"
    r"(?:profit|loss|net|income|earnings)|net|current|pretax|pre-tax|tax|interest|depreciation|"
    r"turnover|(?:net\s+)?sales|revenues?|other\s+income|extraordinary\s+items?"
)
ROW_COLUMN = (
    r"(?:vs\.?|loss|profit|nil|[A-Z]{0,2}\$?\(?[\d][\d.,]*\)?|mln|bln|million|billion|yen|cents?|pct)"
)
_ROW_HEAD = re.compile(
    rf"[ \t]*(?:-[ \t]*)?(?:{_ROW_LABEL})(?:[ \t]*\([^)\n]{{1,30}}\))?(?:[ \t]+{ROW_COLUMN})*[ \t]*",
    re.IGNORECASE,
)
_ROW_REACH = 120  # a row is short: its label and columns stand within a line's first characters


def results_row(text: str, figure_start: int) -> bool:
    """Whether the figure stands in a results table's row: its line opens with a result's label
    and holds only columns before it, so the figure is the story's company's result as a note's
    is. Reads the figure's line back to its start, at most a row's length."""
    return row_head(_ROW_HEAD, text, figure_start)


def row_head(head: re.Pattern[str], text: str, figure_start: int) -> bool:
    """Whether ``head`` (a row's label and its columns) runs from the figure's line start right
    up to the figure; a row has no clauses, though a dash between its columns ("Jan-May -
    $738 million") may open one. Reads back at most a row's length."""
    line_start = text.rfind("\n", max(0, figure_start - _ROW_REACH), figure_start) + 1
    if line_start == 0 and figure_start > _ROW_REACH:
        return False  # no line start within a row's length: prose
    match = head.match(text, line_start, figure_start)
    return match is not None and match.end() == figure_start
