"""Statistics a country keeps of itself that the measure list does not name, for the fallback
that gives a clause naming no owner the story's place.

Agency copy about an economy runs one statistic per paragraph and names the country once, in
the lead: "U.S. business inventories rose 0.9 pct ... Wholesalers' inventories rose 1.3 pct",
"Australia's GDP rose 1.1 pct ... Gross farm product rose 4.3 pct", "money supply rose 2.6 pct
in the week", "the financing requirement rose to 418 billion francs". ``measure.MEASURE`` lacks
these words (adding them there would also change what every figure is said to measure), so
the place fallback left the figures unowned. Read only on the clause head before a sum or a
share that no rule gave an owner.
"""

from __future__ import annotations

import re

from consumer.gate import gated
from consumer.indicators.subject.results_note import ROW_COLUMN, row_head

# National accounts and money: the external accounts, a product of the economy ("gross national
# product", "non-farm gross product", "gross farm product"), what the state must borrow, capital
# flows and housing starts; then what a firm keeps too (a stock of goods, capital spending). Also
# read by ``postposed_place``: "Housing starts fell 3.3 pct in Tarvia" is Tarvia's.
NATIONAL_WORDS = (
    r"money\s+supply|current\s+account|balance\s+of\s+payments|gross\s+(?:[a-z][\w-]*\s+){0,2}?product|gnp|"
    r"(?:financing|borrowing)\s+requirements?|capital\s+(?:outflows?|inflows?)|housing\s+starts"
)
FIRM_WORDS = r"inventories|capital\s+(?:expenditures?|spending)"
_NATIONAL_ACCOUNT = gated(rf"\b(?:{NATIONAL_WORDS}|{FIRM_WORDS})\b", re.IGNORECASE)
# What a firm keeps too: in a story its headline gives a firm, the firm's, as its output is
_FIRM_KEEPS = gated(rf"\b(?:{FIRM_WORDS})\b", re.IGNORECASE)


def national_account(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a clause head before its figure) names a statistic of the
    national accounts the measure list lacks: "Wholesalers' inventories rose", "M-1 money
    supply rose", "Real non-farm gross product rose"."""
    return _NATIONAL_ACCOUNT.search(text, start, end) is not None


def firm_keeps(text: str, start: int, end: int) -> bool:
    """Whether the statistic named in ``text[start:end]`` is one a firm keeps of itself too
    (inventories, capital spending): a company story's, as its output is."""
    return _FIRM_KEEPS.search(text, start, end) is not None


# A statistics table's row labelled with such an account or a balance, then its columns:
# "M2 money supply (bln taka) 456.8 439.9", "Current account Jan-May - $738 million",
# "Balance +3,831 +3,428" (the table's unit sits in its heading, so the figure has none)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_STAT_COLUMN = rf"(?:{ROW_COLUMN}|[+-]?\d[\d.,]*|{_MONTH}(?:-{_MONTH})?|-)"
_STAT_ROW = re.compile(
    rf"[ \t]*(?:(?:m-?[0-3]|gross|net|trade)[ \t]+)?(?:{NATIONAL_WORDS}|balance)"
    rf"(?:[ \t]*\([^)\n]{{1,30}}\))?(?:[ \t]+{_STAT_COLUMN})*[ \t]*[+-]?",
    re.IGNORECASE,
)


def statistics_row(text: str, figure_start: int) -> bool:
    """Whether the figure stands in a statistics table's row labelled with a national account or
    a balance: the story's place's statistic, as a row labelled "Exports" is."""
    return row_head(_STAT_ROW, text, figure_start)
