"""A firm reporting a measure of its own business that its accounts do not name as a result:
"Vantor Corp said car production declined to 21,400 from 23,900", "said February load factor
rose to 61.5 pct", "said comparable sales rose 3.5%", "said total written premiums rose 12 pct".

The own-report rule (``anaphora.reported_anaphor``) gives the speaking firm only the results
``OWN_RESULT`` names after a closed list of qualifiers, so company copy that reports output,
deliveries, traffic, premiums, margins, debt or comparable sales left those figures with no
owner (session 42: about one company story in twenty of the fresh agency copy). The speaker
is still checked by the caller (a company, not a trade body, named right before the verb).

A market's measure stays unowned: a research firm's "global smartphone shipments" or "PC
sales" (shipments are never read here, and sales or revenue take only the qualifiers a firm's
own accounts use), and any word of a market ("global", "industry", "retail") rejects the clause.
"""

from __future__ import annotations

import re

# what makes or moves a firm's business, any product word before it ("car production",
# "crude oil output"): read only for a company speaking of itself
_OPERATING = (
    r"production|output|deliveries|load\s+factors?|traffic|passengers|capacity|backlog|"
    r"premiums|bookings|subscribers|margins?|costs|expenses|debt|assets|deposits|loans|"
    r"cash\s+flow|reserves|market\s+share|volumes?"
)
# a result only its own accounts' qualifiers may stand before: "comparable sales", "total orders"
_ACCOUNTED = r"sales|revenues?|orders|income|profits?|earnings"
# words that say which period or which part of the accounts: months, years, quarters, halves
_PERIOD = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|(?:19|20)\d\d|fiscal|annual|quarterly|"
    r"monthly|weekly|year-to-date|first|second|third|fourth|quarter|half|year|(?:first|second|"
    r"third|fourth)-(?:quarter|half)|(?:three|six|nine|twelve|\d+)-months?|full-year|half-year"
)
_QUALIFIER = (
    r"total|net|gross|operating|comparable|same-store|like-for-like|organic|adjusted|"
    r"underlying|consolidated|group|overall|average|combined|long-term|short-term|new|written|"
    r"domestic|international|overseas|foreign"
)
_OWN_MEASURE = re.compile(
    rf"(?:(?:{_PERIOD}|{_QUALIFIER})\s+){{0,4}}"
    rf"(?:(?:{_ACCOUNTED})|(?:[a-z][a-z-]+\s+){{0,3}}?(?:{_OPERATING}))\b"
    # the measure heads the clause: a verb or "of" follows, not a second noun ("sales force")
    r"(?=\s+(?:(?:in|for|during|at)\s+[^,;:]{1,40}?\s+)?"
    r"(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|eased|gained|"
    r"improved|narrowed|widened|totall?ed|amounted|reached|was|were|is|are|will|would|should|"
    r"could|may|might|had|have|has|stood|came|rising|falling|up|down|of)\b)",
    re.IGNORECASE,
)
# a market's measure, never a firm's own: "global output", "industry sales", "retail sales"
_MARKET = re.compile(
    r"\b(?:global|world|world-wide|worldwide|industry|industry-wide|market|national|nationwide|"
    r"retail|consumer|sector|housing|regional|state|federal|total\s+market)\b",
    re.IGNORECASE,
)
_REACH = 200  # the figure from the reported clause's start


def reports_own_measure(text: str, start: int, figure: tuple[int, int]) -> bool:
    """Whether the reported clause starting at ``start`` opens with a measure of the speaking
    firm's own business and the figure comes after it within the clause's first words. Reads
    the clause's opening only (one anchored match)."""
    if figure[0] - start > _REACH:
        return False
    found = _OWN_MEASURE.match(text, start, figure[0])
    return found is not None and _MARKET.search(text, start, found.end()) is None
