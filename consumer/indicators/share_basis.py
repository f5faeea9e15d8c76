"""The basis a per-share price is compared with is a price per share too, though written bare.

Results copy states a per-share figure once and leaves "a share" off the figure it is set
against: "earned $1.05 per share, up from 98 cents", "EPS of $0.84 a share, versus $0.71 last
year", agency copy's "raised its estimate to 7.50 dlrs a share from five dlrs" and results
lines' "Shr profit 11 cts vs loss 27 cts". The conventions publish both in the rate's unit
(``USD/share``); read alone the basis is a plain sum of money.

Hand-written: no library reads this ellipsis. The rule compares each row with the row right
before it, reads only the words between them (bounded) and gives up on anything that looks like
a total ("from 8.5 mln dlrs", "vs 321,000 dlrs"), so it costs the same per figure whatever the
text's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.events import Indicator

_PER_SHARE = "/share"
# The subunits results copy writes prices in, with the currency they are hundredths of.
_HUNDREDTHS = {"cent": "USD", "pence": "GBP"}
_GAP_LIMIT = 70
# ", up from", " vs loss ", " for the year compared with ", " a share, versus ", " presplit from
# the current ": a comparison word, maybe after an adjunct of time, maybe before profit/loss
_BASIS_GAP = re.compile(
    r"(?:\s+(?:in|for|during|at)\s+[^,;.\d]{0,30}?)?(?:\s+presplit)?,?\s+"
    r"(?:(?:up|down|rising|falling|rose|fell)\s+from|from|vs\.?|versus|against|compared\s+(?:with|to))"
    r"(?:\s+(?:a\s+)?(?:profit|loss)(?:\s+of)?)?"
    r"(?:\s+the\s+(?:current|previous|prior|year-earlier|year-ago))?"
    r"(?:\s+(?:about|nearly|around|roughly|just|almost))?\s+$",
    re.IGNORECASE,
)
# A total of money, not a price: "8.5 mln dlrs", "$2.1 billion", "£3m", "321,000 dlrs"
_TOTAL = re.compile(r"\d,\d{3}|\b(?:mln|bln|million|billion|trillion|bn)\b|\d\s?(?:m|bn)\b", re.IGNORECASE)
_PRICE_LIMIT = 1000.0  # a share's price or earnings, in its currency or its hundredths
_RATIO_LIMIT = 10.0  # a basis within a factor of ten of the figure it is compared with


def _currency(unit: str) -> tuple[str, float] | None:
    """The currency a price unit is in and the factor to it: ("USD", 0.01) for cents."""
    if unit in _HUNDREDTHS:
        return _HUNDREDTHS[unit], 0.01
    if len(unit) == 3 and unit.isupper():
        return unit, 1.0
    return None


def _basis_of(text: str, before: Indicator, row: Indicator) -> bool:
    if before.sentence != row.sentence or row.value is None or before.value is None:
        return False
    rate = _currency(before.unit[: -len(_PER_SHARE)]) if before.unit else None
    own = _currency(row.unit) if row.unit else None
    if rate is None or own is None or rate[0] != own[0]:
        return False
    if row.value_max is None and _TOTAL.search(row.text) is not None:
        return False
    if not 0 < row.value < _PRICE_LIMIT or row.start - before.end > _GAP_LIMIT:
        return False
    low, high = sorted((row.value * own[1], before.value * rate[1]))
    if low <= 0 or high / low > _RATIO_LIMIT:
        return False
    return _BASIS_GAP.fullmatch(text, before.end, row.start) is not None


def per_share_bases(text: str, rows: Sequence[Indicator]) -> list[Indicator]:
    """The rows of one field, a bare price compared with a per-share price given that rate."""
    out: list[Indicator] = []
    for i, row in enumerate(rows):
        before = rows[i - 1] if i else None
        if (
            before is not None
            and before.unit is not None
            and before.unit.endswith(_PER_SHARE)  # the cheap test: most rows stop here
            and row.unit is not None
            and "/" not in row.unit
            and _basis_of(text, before, row)
        ):
            row = row.model_copy(update={"unit": row.unit + _PER_SHARE})
        out.append(row)
    return out
