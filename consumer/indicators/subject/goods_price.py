"""The price of a good told in a place's story is the good's, not the place's.

Wire copy prices goods in passing: "illegal fishing which is plundering the fish worth between
5,000 and 7,000 US dollars a tonne" (in a sentence France opens), "prices ranging from one US
dollar for a pen" (after "shops across China"), "The price of tomatoes rose from 1 yuan to 1.8
yuan per kilo" (in a Beijing story), "oil prices have come down from a twenty-two dollar barrel
level" (after "conflict with Iraq"). The place is the clause's first name or the story's focus,
so the subject rules gave it the price; but a rate per tonne, kilo or barrel, or a sum "for a"
thing, prices the good, which is no entity: the figure is nobody's. The place keeps a price it
frames as its own: a possessive ("China's oil prices"), "in" the place right before the figure
("prices in Harlow rose to"), or "its" / "their" a few words before the figure ("Norland raised
the price of its crude to $20 a barrel"). Reads a bounded stretch around the figure.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import is_price
from consumer.indicators.subject.mentions import MentionIndex

# a good's measure after a currency ("USD/t", "CNY/kg", "cent/gal")
_GOODS_UNITS = frozenset({"t", "kg", "g", "lb", "oz", "barrel", "gal", "l", "bushel", "ton", "tonne"})
# the same measure written after the figure, or the thing a sum buys ("for a pen")
_PER_GOOD_AFTER = re.compile(
    r"\s*(?:a|per|each)?\s*(?:barrel|tonne|ton|kilo|kilogram|kg|gallon|pound|litre|liter|ounce|bushel)\b"
    r"|\s+for\s+(?:a|an|each|one)\s+[a-z]",
    re.IGNORECASE,
)
_OWN_PRICE = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_REACH = 240  # the figure's window before it, in its sentence
_OWN_REACH = 60  # "its" / "their" owning the good: a few words before the figure


def prices_a_good(text: str, figure: tuple[int, int], unit: str | None) -> bool:
    """Whether the figure is a sum per tonne, kilo, barrel ... or a sum "for a" thing: a good's
    price (no owner carries on to it from the figure before, either)."""
    if unit is None:
        return False
    base, _, per = unit.partition("/")
    if not (is_price(base) or base == "cent"):
        return False
    return per in _GOODS_UNITS or (not per and _PER_GOOD_AFTER.match(text, figure[1]) is not None)


def goods_price(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    owner: Entity | None,
) -> bool:
    """Whether ``owner`` is a place given the price of a good it does not frame as its own."""
    if owner is None or owner.type != "LOCATION" or not prices_a_good(text, figure, unit):
        return False
    start = max(sentence_start, figure[0] - _REACH)
    mentions = [c for c in index.between(start, figure[0]) if c.entity is owner]
    for c in mentions:
        if _POSSESSIVE_AFTER.match(text, c.end) or (
            _IN_BEFORE.search(text, max(0, c.start - 4), c.start) and figure[0] - c.end < 40
        ):
            return False  # "China's oil prices", "prices in Harlow rose to"
    since = max(mentions[-1].end if mentions else sentence_start, figure[0] - _OWN_REACH)
    return _OWN_PRICE.search(text, since, figure[0]) is None
