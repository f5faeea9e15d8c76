"""A price or a size written right before a product's name modifies it: the product's figure.

Deal posts and reviews put the figure in front of the thing it is of: '70" Norland 4K TV with
Kelby Stick for $499', "three months of the $10-a-month Orbel Plus subscription", "the 6.1-inch
Orbis Note". The clause rules give such a figure to whoever heads the clause or the line (the
maker, a store, a bundled extra after "with"); the conventions give a product its price and its
specs. Only a name that starts right after the figure (a glued rate such as "-a-month" and one
space between) counts, and only a made thing's: not a firm's ("a $50 Harbor Mart gift card" is
a card's), not a gift card, a deal or a programme named after the product ("the $2 billion Orbel
programme" is a spend). One look at the few characters after the figure.

The maker's name may stand between the figure and the product's ("a $99 Vantor Orbel 3 mouse",
"the $99 Vantor's Orbel Keys keyboard") where the tagger read the maker apart from the model:
the figure is the model's, not the maker's nor a thing the clause named before (session 43).
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import AGE_UNITS, counts_things
from consumer.indicators.subject.mentions import Candidate, MentionIndex, made_thing

# what may stand between the figure and the name: a glued rate or size word, then one space
_GAP = re.compile(r"(?:-(?:a|per)-(?:month|year|week|day)|/(?:month|mo|year|yr))?[ \u00a0]")
_GAP_REACH = 12
_NAME_REACH = 120  # how long a product's name may be
# a sum in millions is a deal's or a budget's, not a shop's price ("a $2 billion Orbel order",
# "FOUR BILLION DLR BUDGET" in a wire headline)
_SCALED = re.compile(r"(?:\d\s*(?:m|mn|bn|b)|\b(?:mln|bln|million|billion|trillion))\b", re.IGNORECASE)
# what the name only qualifies: a card, a voucher, a deal, a programme, the maker's business in it
_QUALIFIES = re.compile(
    r"\s+(?:(?:e-?)?gift|cards?|vouchers?|credits?|coupons?|deals?|programmes?|programs?|projects?|"
    r"orders?|contracts?|sales|business|division|unit|market|fund|budget|investment|campaign|"
    r"franchise|rights|licen[cs]e)\b",
    re.IGNORECASE,
)
_QUALIFIES_REACH = 40  # the product's name is already past: a word or two after it


def product_named_next(
    index: MentionIndex, text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The made thing whose name starts right after a price or a measure (see the module's
    docstring), or None; a count, a share or an age is left to the other rules."""
    if unit is None or counts_things(unit) or unit in AGE_UNITS or unit in _NOT_MEASURES:
        return None
    gap = _GAP.match(text, figure[1], figure[1] + _GAP_REACH)
    if gap is None:
        return None
    named = [c for c in index.between(gap.end(), gap.end() + _NAME_REACH) if c.start == gap.end()]
    if named and named[0].entity.type == "ORGANIZATION":
        named = _model_after_maker(index, text, named[0].end)
    if not named or not made_thing(named[0].entity):
        return None
    thing = named[0]
    if _SCALED.search(text, figure[0], figure[1] + 1) is not None:
        return None
    if _QUALIFIES.match(text[thing.end : thing.end + _QUALIFIES_REACH]) is not None:
        return None
    return thing.entity


# between a maker's name and its model's: a possessive, then one space
_MAKERS_GAP = re.compile(r"(?:['\u2019]s)?[ \u00a0]")
_MAKERS_GAP_REACH = 4


def _model_after_maker(index: MentionIndex, text: str, maker_end: int) -> list[Candidate]:
    """The mention that starts right after a maker's name (and its possessive): "$99 Vantor
    Orbel 3", "$99 Vantor's Orbel Keys"; none when a word stands between ("$50 Vantor gift
    card" names no model)."""
    gap = _MAKERS_GAP.match(text, maker_end, maker_end + _MAKERS_GAP_REACH)
    if gap is None:
        return []
    return [c for c in index.between(gap.end(), gap.end() + _NAME_REACH) if c.start == gap.end()]


_NOT_MEASURES = frozenset({"percent", "percentage_point", "basis_point", "times", "point"})
