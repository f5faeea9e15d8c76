"""A product's price in a clause a place opens: "In the US, the phone costs $499".

A review prices the thing it is about market by market: "In the US, the phone costs $499, while
in Britain it sells for 449 pounds". The place is where the price holds, no owner of it (the
subject rules skip it as a locative), and the clause's subject, "the phone" or "it", names
nobody, so the figure was left unowned; the conventions give a product its price. Only a price
right after "the <product noun>" or "it" and a verb of pricing, every name before it in the
sentence a place a preposition governs, and not a cost of doing something ("it costs $30 to
fill the tank"). The owner is the product named last shortly before, else the story's. Reads
a few dozen characters before the figure and the sentence's mentions.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PREPOSITION_BEFORE, PRODUCT_NOUNS, is_price
from consumer.indicators.subject.mentions import WINDOW_BEFORE, MentionIndex, made_thing
from consumer.indicators.subject.products import compared_before, scenery

_PRICED = re.compile(
    rf"(?:\bthe\s+(?:new\s+)?{PRODUCT_NOUNS}|\bit)\s+(?:(?:will|would|should)\s+)?"
    r"(?:costs?|sells?\s+for|retails?\s+(?:for|at)|(?:is|will\s+be)\s+priced\s+at|starts?\s+at|goes\s+for)\s+"
    r"(?:(?:just|only|about|around|under)\s+)?$",
    re.IGNORECASE,
)
_PRICED_REACH = 60
_TO_DO = re.compile(r"\s+(?:a\s+[a-z]+\s+)?to\s+[a-z]")  # "costs $30 to fill", "$5 a month to run"
_PRODUCT_BACK = 600


def placed_price_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The product a price in a place's clause is of (see the module's docstring), or None."""
    if not is_price(unit) or "/" in (unit or ""):
        return None
    if _PRICED.search(text, max(sentence_start, figure[0] - _PRICED_REACH), figure[0]) is None:
        return None
    if _TO_DO.match(text, figure[1]) is not None:
        return None
    low = max(sentence_start, figure[0] - WINDOW_BEFORE)
    named = index.between(low, figure[0])
    if not named or any(
        c.entity.type != "LOCATION" or PREPOSITION_BEFORE.search(text, max(0, c.start - 15), c.start) is None
        for c in named
    ):
        return None  # no place, or a name that may head the clause
    back = index.between(max(index.skip_before, figure[0] - _PRODUCT_BACK), low)
    things = [
        c
        for c in back
        if made_thing(c.entity) and not compared_before(text, c.start) and not scenery(c, text)
    ]
    return things[-1].entity if things else index.focus.get("product")
