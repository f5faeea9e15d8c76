"""A price a seller or a maker puts on the thing by a pronoun or a product noun: the thing's.

Deal posts and reviews name the product once and then price it through the firm that sells it:
"Walmart is also selling them for $205", "Harbor Mart has it for $199", "Kelby charges $249 for
the earbuds", "knocked $50 off the Orbel 7, bringing it to $199". The subject rules give the
figure to the firm heading the clause; the conventions give a product its price, whoever sells
it. ``product_object`` reads the clauses that name the product after the verb; this reads the
ones that call it "it", "them", "one" or "the <product noun>". The product is the one named last
shortly before (not a yardstick of a comparison, nor a passing thing), else the story's. A few
dozen characters around the figure are read.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PRODUCT_NOUNS, is_price
from consumer.indicators.subject.mentions import MentionIndex, made_thing
from consumer.indicators.subject.products import compared_before, scenery

_THING = rf"(?:it|them|one|(?:the|this|these)\s+(?:new\s+)?{PRODUCT_NOUNS}s?)"
# "is selling them for", "has it for", "is offering the phone at", "lists it at", "prices it at"
_SELLS_IT = re.compile(
    r"\b(?:sell(?:s|ing)?|offer(?:s|ing)?|ha(?:s|ve)|list(?:s|ed|ing)?|stock(?:s|ing)?|"
    r"pric(?:es|ed|ing)|discount(?:s|ed|ing)?|(?:knock(?:s|ed|ing)?|mark(?:s|ed|ing)?)\s+down|"
    r"cut(?:s|ting)?|drop(?:s|ped|ping)?|bring(?:s|ing)?|brought|tak(?:es|ing)|took)\s+"
    rf"{_THING}\s+(?:(?:down|back)\s+)?(?:for|at|to)\s+(?:(?:just|only|about|around|under)\s+)?$",
    re.IGNORECASE,
)
# "bringing the price down to $199" after a discount on the thing
_PRICE_TO = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|cut(?:s|ting)?|drop(?:s|ped|ping)?)\s+"
    r"(?:the|its|their)\s+price\s+(?:(?:down|back)\s+)?to\s+(?:(?:just|only)\s+)?$",
    re.IGNORECASE,
)
# "charges $249 for the earbuds", "wants $99 for it"
_CHARGES = re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|want(?:s|ed)?)\s+(?:(?:just|only|about|around)\s+)?$",
    re.IGNORECASE,
)
_FOR_THING = re.compile(rf"\s+for\s+{_THING}\b", re.IGNORECASE)
_REACH = 60
_PRODUCT_BACK = 600
# a sum in millions is a deal's, not a shop's price ("is selling it for $2 billion"), and "it" after
# a firm's own holding is that holding ("plans to sell its chip unit ... is selling it for")
_SCALED = re.compile(r"\d\s*(?:m|mn|mln|bn|b|million|billion|trillion)\b", re.IGNORECASE)
_FIRM_HOLDING = re.compile(
    r"\b(?:stake|unit|business|division|subsidiary|shares?|stock|assets?|plant|factory|brand|operations?|"
    r"dividend|bid|offer)\b",
    re.IGNORECASE,
)
_HOLDING_BACK = 200
_STOP = re.compile(r"[.;:!?]\s|\n")


def seller_price_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The product a seller's or a maker's price by a pronoun or a product noun is of (see the
    module's docstring), or None."""
    if not is_price(unit) or "/" in (unit or ""):
        return None
    low = max(sentence_start, figure[0] - _REACH)
    before = text[low : figure[0]]
    if _STOP.search(before) is not None:
        low += max(m.end() for m in _STOP.finditer(before))
    priced = (
        _SELLS_IT.search(text, low, figure[0]) is not None
        or _PRICE_TO.search(text, low, figure[0]) is not None
        or (
            _CHARGES.search(text, low, figure[0]) is not None
            and _FOR_THING.match(text, figure[1]) is not None
        )
    )
    if not priced or _SCALED.search(text, figure[0], min(len(text), figure[1] + 12)) is not None:
        return None
    if _FIRM_HOLDING.search(text, max(index.skip_before, figure[0] - _HOLDING_BACK), figure[0]) is not None:
        return None
    back = index.between(max(index.skip_before, figure[0] - _PRODUCT_BACK), figure[0])
    things = [
        c
        for c in back
        if made_thing(c.entity) and not compared_before(text, c.start) and not scenery(c, text)
    ]
    return things[-1].entity if things else index.focus.get("product")
