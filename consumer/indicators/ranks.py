"""Numbers that name a rank bracket or a stage name rather than count anything.

"a top 10 hit", "re-enter the top 50", "the UK top 75 for three weeks": "top N" names a place
in a chart or a ranking, which the conventions do not count ("ranks only if a quantity"), unless
a plural noun makes it a count of things ("the top 50 Scottish bands", "top 500 enterprises")
or "top" is the verb ("was projected to top 10 billion"); a count before "top" takes the plural
("six US top 10 albums": the 10 is the chart's size).
"50 Cent" is a performer, not a sum: in running text a currency word is lower case, so a
capitalised "Cent" after the digits names someone (a line in title case capitalises every word,
and keeps its money). Both tests read a few characters at the number, so they cost nothing per
sentence.
"""

from __future__ import annotations

import re

from consumer.indicators.units import plural, title_case_around
from consumer.lexicon import alternation, number_words

_TOP_BEFORE = re.compile(r"(?:\b([\w'\u2019]+)[ \t]+)?\b[Tt]op[ \t]+$")
# "was projected to top 10 billion", "sales could top 500": the verb, before the quantity it tops
_VERB_TOP = frozenset(("to", "will", "would", "could", "can", "may", "might", "should", "must", "not"))
# "six US top 10 albums", "12 top 40 hits": a count before "top" counts the plural, so the number
# after it is the chart's size even with a plural head
_COUNT_BEFORE_TOP = re.compile(
    rf"(?:\b\d[\d,]*|\b(?:{alternation(number_words(2, 99))}))[ \t]+(?:[A-Z][\w.]*[ \t]+)?[Tt]op[ \t]+$",
    re.IGNORECASE,
)
_NAME_CENT_AFTER = re.compile(r"[ \t]Cents?\b")


def rank_bracket(text: str, start: int, unit: str | None, counted: str | None) -> bool:
    """ "a top 10 hit", "the top 50": a place in a ranking, unless a plural head is counted or
    a unit of measure follows ("the top 10 percent of earners")."""
    if "op" not in text[max(0, start - 4) : start]:
        return False
    top = _TOP_BEFORE.search(text, max(0, start - 24), start)
    word = (top.group(1) or "").lower() if top is not None else ""
    if top is None or word in _VERB_TOP or word.endswith(("n't", "n\u2019t")):
        return False
    if counted is None:
        return unit is None
    if _COUNT_BEFORE_TOP.search(text, max(0, start - 40), start) is not None:
        return True
    return not plural(counted.split()[-1])


def named_by_cent(text: str, number_end: int, unit: str | None) -> bool:
    """ "Rapper 50 Cent said": a capitalised currency word in running text names a person."""
    if unit != "cent" or _NAME_CENT_AFTER.match(text, number_end) is None:
        return False
    return not title_case_around(text, number_end)
