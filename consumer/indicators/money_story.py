"""A bare magnitude one sentence on from a sum of money is that currency when its own words name
money: "net currency reserves rose by 200 mln marks ... Foreign liabilities fell 100 mln",
"the deficit was 9.6 billion dlrs ... Hawke said the deficit may turn out at four billion",
"net income of 385.9 mln dlrs. Last year it posted net income of 93.5 mln".

Agency copy names the currency once and writes the next sentence's sums bare; the same-sentence
case is :func:`consumer.indicators.implied._money_magnitude`. Across a sentence break the figure
could as well count things ("vehicle sales to more than four million"), so a noun that only
money has (deficit, income, assets, capitalisation...) must stand next to the figure.

Hand-written: no library reads this ellipsis. The rule reads a bounded window before and after
the figure and the one row before it, so it costs the same per figure whatever the text's length.
"""

from __future__ import annotations

import re

from consumer.events import Indicator

_MAGNITUDES = ("million", "billion", "trillion", "mln", "bln", "bn")
_GAP_LIMIT = 300  # the sum before ends at most a sentence or two back
_BEFORE_REACH = 80
_AFTER_REACH = 30
# Nouns that only money has (not "sales", which counts cars as well as money)
_MONEY_NOUN = re.compile(
    r"\b(?:deficits?|surplus(?:es)?|revenues?|profits?|income|earnings|turnover|"
    r"capitali[sz]ation|assets|reserves|liabilities|spending|budget|debts?|loss(?:es)?|costs?|"
    r"worth|valued?|investments?|capital|borrowings?|psbr|expenditures?|outlays?|deposits|loans|shortfalls?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s+(?=[A-Z\"'\u201c])")
_CLAUSE_BREAK = re.compile(r"[;:()]")  # "4.3bn rupees ($98m; £52m), against 2.7bn": a conversion
# The word right after the figure, if any: money, a function word, or something it counts
_NEXT_WORD = re.compile(r"\s+([A-Za-z]{3,})\b")
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """
        and the for from with was were are has had will would could may last this that than vs
        against compared previous year years month months quarter earlier ago before after
        """,
    )
)


def currency_before(row: Indicator, before: Indicator | None, gap: int) -> str | None:
    """The currency code of the sum right before a bare magnitude ("200 mln marks ... 100 mln")
    at most ``gap`` characters back; None when the row is no bare magnitude or the sum before
    has no currency. The shared first test of this rule and of ``implied._money_magnitude``."""
    if before is None or before.unit is None:
        return None
    code = before.unit
    if not (len(code) == 3 and code.isupper()) or not 0 <= row.start - before.end <= gap:
        return None
    return code if row.text.rstrip().lower().endswith(_MAGNITUDES) else None


def story_currency(text: str, row: Indicator, before: Indicator | None) -> str | None:
    """The currency of the sum before, for a bare magnitude in a later sentence about money."""
    if before is None or before.sentence == row.sentence:
        return None
    code = currency_before(row, before, _GAP_LIMIT)
    if code is None or _CLAUSE_BREAK.search(text, before.end, row.start) is not None:
        return None
    low = max(0, row.start - _BEFORE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, row.start)]
    low = ends[-1] if ends else low
    # a money noun counts only after the last number before the figure ("Other income 454.9 mln
    # vs 160.2 mln Shrs 1.27 billion": the shares' count, not income)
    low = max(low, *(text.rfind(digit, low, row.start) + 1 for digit in "0123456789"))
    high = row.end + _AFTER_REACH
    after = _SENTENCE_END.search(text, row.end, high)
    high = after.start() if after is not None else high
    high = min([high, *(i for digit in "0123456789" if (i := text.find(digit, row.end, high)) >= 0)])
    word = _NEXT_WORD.match(text, row.end, high)
    if (
        word is not None
        and word.group(1).lower() not in _FUNCTION_WORDS
        and not _MONEY_NOUN.fullmatch(word.group(1))
    ):
        return None  # "7.58 billion markka": a currency the tables do not know, or a counted thing
    return code if _MONEY_NOUN.search(text, low, high) is not None else None
