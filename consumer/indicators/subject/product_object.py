"""A price or a spec of a product that a maker or a seller acts on in the clause.

"Amazon is selling the Vantor X5 at $399", "Kelby gave the Vantor X5 a 6.5-inch screen",
"Kelby's new Vantor X5 starts at $399", "those who paid $129 for the Vantor X5": the clause's
subject sells, prices, makes or buys the thing, but the figure measures the thing, as in "the
Vantor X5 costs $399". The subject rules would give it to the firm or the person heading the
clause; the conventions give a product's price and specs to the product. Each rule reads a
window of a few dozen characters around the figure, never the sentence.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import is_price
from consumer.indicators.subject.mentions import Candidate, made_thing
from consumer.indicators.subject.products import SPEC_UNITS, compared_before

_GAP_REACH = 60  # characters between the product's name and the figure after it
_PAY_REACH = 40  # characters before a price where the verb of paying may stand

# What a seller or a maker does to a thing's price: "is selling the X at", "has the X in stock
# for", "discounted the X to", "will release the X in May, priced at", "at a price of"
_PRICE_CUE = re.compile(
    r"\b(?:sell(?:s|ing)?|priced|price|pricing|costs?|costing|retail(?:s|ing)?|available|offer(?:s|ing)?|"
    r"discount(?:s|ed|ing)?|on\s+sale|in\s+stock|starts?|starting|marked\s+down|reduced|knocked\s+down)\b",
    re.IGNORECASE,
)
# The price comes right after a word that leads it: "for", "at", "to", "of", "from"
_PRICE_LEAD = re.compile(
    r"\b(?:for|at|to|of|from|costs?|costing)\s+(?:(?:just|only|about|around|under|roughly|as\s+little\s+as)\s+)?$",
    re.IGNORECASE,
)
# Not the thing's own price or spec: a business named by the product ("the Vantor X5 brand"), a
# firm's result it earned ("Vantor X5 sales rose to $3 billion"), a deal for it, a comparison
_NOT_THE_THINGS = re.compile(
    r"[.;!?:]\s|\n|\b(?:than|like|versus|vs\.?|compared|unlike|rival|same|brand|business|division|unit|line|"
    r"franchise|rights|maker|makers|factory|plant|program|programme|project|contract|order|orders|deal|"
    r"sales|revenue|revenues|profits?|earnings|income|shipments|fleet|stake|shares?)\b",
    re.IGNORECASE,
)
# "paid $129 for the Vantor X5", "spend $1,000 on a Vantor X5", "anted up $129 for": a buyer's price;
# "Kelby charges $999 for the Vantor X5", "is asking $999 for": the seller's, of the same thing
_PAID = re.compile(
    r"\b(?:pa(?:y|ys|id|ying)|spen(?:d|ds|t|ding)|anted\s+up|shell(?:s|ed|ing)?\s+out|charg(?:e|es|ed|ing)|"
    r"ask(?:s|ed|ing)?|want(?:s|ed)?|"
    r"fork(?:s|ed|ing)?\s+out)\s+(?:(?:just|only|about|around|over|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)
# "paid $3 billion for the Vantor X5 business": what is bought is a business, not the thing
_BUSINESS_AFTER = re.compile(
    r"\s+(?:brand|business|division|unit|line|franchise|rights|maker|factory|plant|program|programme|"
    r"project|fleet|stake)\b",
    re.IGNORECASE,
)
_FOR_THE = re.compile(r"\s+(?:for|on)\s+(?:(?:the|a|an|his|her|their|your|my)\s+)?(?:new\s+)?")


def object_product(
    candidates: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The product a price or a spec after it measures, when the name nearest before the figure
    (no other name between, the same clause, at most ``_GAP_REACH`` characters) is that product:
    a spec with nothing but the clause's words between, a price led by "for" / "at" / "to" with a
    seller's or a maker's price word; or a buyer's price paid for the product named right after."""
    spec = unit in SPEC_UNITS
    if not spec and not is_price(unit):
        return None
    modified = _modifies_product(candidates, text, figure)
    if modified is not None:
        return modified
    before = [c for c in candidates if c.end <= figure[0]]
    if before and _owns_what_follows(before[-1], candidates, text, figure, spec):
        return before[-1].entity
    return _paid_for(candidates, text, figure) if not spec else None


def _owns_what_follows(
    near: Candidate, candidates: list[Candidate], text: str, figure: tuple[int, int], spec: bool
) -> bool:
    """The product named nearest before the figure, no comparison's yardstick and no object of a
    preposition, whose clause goes on to the figure: a listing's price after a colon or a dash,
    else a verb or a particle right after the name, then a spec with no comma between or a
    price with a price word and a word that leads it."""
    gap = near.end
    if (
        not made_thing(near.entity)
        or figure[0] - gap > _GAP_REACH
        or compared_before(text, near.start)
        or _GOVERNED.search(text, max(0, near.start - _GOVERNED_REACH), near.start) is not None
        or _another_after(candidates, text, figure)
    ):
        return False
    if not spec and _LISTING_GAP.fullmatch(text, gap, figure[0]) is not None:
        return True
    return (
        _NOT_THE_THINGS.search(text, gap, figure[0]) is None
        and _GAP_OPENS.match(text, gap) is not None
        and (_spec_gap(text, gap, figure) if spec else _priced_gap(text, near, figure))
    )


# "Apple's 60GB iPod", "Kelby's $499 Vantor X5": the figure between a possessive and the name of
# the thing, at most two lower-case words after it, describes the thing, not its maker
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s+$")
_DESCRIBING_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:the\s+)?")


def _modifies_product(candidates: list[Candidate], text: str, figure: tuple[int, int]) -> Entity | None:
    """The product named right after a figure a possessive stands before ("Kelby's 60GB Vantor")."""
    if _POSSESSIVE_BEFORE.search(text, max(0, figure[0] - 3), figure[0]) is None:
        return None
    words = _DESCRIBING_WORDS.match(text, figure[1])
    if words is None:
        return None
    after = next((c for c in candidates if c.start == words.end()), None)
    return after.entity if after is not None and made_thing(after.entity) else None


# A listing's line: "Vantor X5: $399 at Amazon", "Vantor X5 \u2013 $399": the price after the name
_LISTING_GAP = re.compile(r"\s*[:\u2013\u2014]\s*(?:(?:now|just|only)\s+)?")

# A product a preposition governs is no subject nor object of the clause's verb: "the disks only
# work in Kelby's Vantor X5 and hold up to 1.8GB" measures the disks
_GOVERNED = re.compile(
    r"\b(?:in|on|with|into|onto|by|of|from|than|like|to|inside|within)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[A-Z][\w&.-]*['\u2019]s\s+)?(?:(?:new|latest)\s+)?$"
)
_GOVERNED_REACH = 40

# The word right after the product's name: a verb the thing is the subject of, or a word that goes
# on with the clause; never a noun the name modifies ("Chromecast users enjoy ... 30fps", "the GTX
# 1660 Ti Laptop with 512GB": the figure is another thing's)
_GAP_OPENS = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:now|also|still|only|currently|itself|even|then)\s+)?"
    r"(?:has|have|had|is|was|are|were|will|would|can|could|should|may|might|comes?|came|features?|"
    r"offers?|packs?|gets?|got|boasts?|weighs?|costs?|runs?|delivers?|makes?|produces?|uses?|sports?|"
    r"includes?|starts?|sells?|sold|retails?|goes|went|hits?|ships?|arrives?|at|for|to|in|on|with|from|a|"
    r"an|and)\b"
    r"|,\s+(?:which|priced|available|costing|selling|retailing|starting|costs?|sells|retails|starts)\b",
    re.IGNORECASE,
)
# A product named right after the figure ("a 30fps experience in Kelby Racer 2") may be its owner
_ANOTHER_AFTER = re.compile(r"[\s\w-]{0,30}?\b(?:in|on|of|for)\s+(?:the\s+)?")
_AFTER_REACH = 40


def _another_after(candidates: list[Candidate], text: str, figure: tuple[int, int]) -> bool:
    """A product named right after the figure, after "in" / "on" / "of" / "for"."""
    after = next((c for c in candidates if c.start >= figure[1]), None)
    return (
        after is not None
        and after.start - figure[1] <= _AFTER_REACH
        and made_thing(after.entity)
        and _ANOTHER_AFTER.fullmatch(text, figure[1], after.start) is not None
    )


def _spec_gap(text: str, gap_start: int, figure: tuple[int, int]) -> bool:
    """No comma between the product and a spec: "the Core i7 processor, 16GB of memory" lists a
    machine's parts, the product named one of them."""
    return "," not in text[gap_start : figure[0]]


def _priced_gap(text: str, near: Candidate, figure: tuple[int, int]) -> bool:
    """A price word between the product and the price, or right before the product ("selling the
    Vantor X5 at"), and a word that leads a price right before it."""
    if _PRICE_LEAD.search(text, max(near.end, figure[0] - 24), figure[0]) is None:
        return False
    return _PRICE_CUE.search(text, max(0, near.start - _PAY_REACH), figure[0]) is not None


def _paid_for(candidates: list[Candidate], text: str, figure: tuple[int, int]) -> Entity | None:
    """ "Those who paid $129 for the Vantor X5": the price a buyer pays for the product named
    right after it is the product's."""
    lead = _FOR_THE.match(text, figure[1])
    if lead is None or _PAID.search(text, max(0, figure[0] - _PAY_REACH), figure[0]) is None:
        return None
    after = next((c for c in candidates if c.start == lead.end()), None)
    if after is None or not made_thing(after.entity):
        return None
    return None if _BUSINESS_AFTER.match(text, after.end) else after.entity
