"""A shop price the maker puts on its product is the product's, however the clause names the thing.

Launch copy prices the product through its maker: "Orbis has priced the Note 12 at $849",
"Orbis wants $899 for the larger model", "Orbis has slashed the price to $699", "Orbis's asking
price is $759", "Orbis offers it in three colours for $779", "Orbis sells the base model for
$709". The clause's owner is the firm; the conventions give a product its price. ``seller_price``
reads "it" / "the <product noun>" right after a seller's verb, ``product_object`` the product's
name after it; this reads the rest, for the maker only: a word of pricing (price, priced, asking,
sells, charges, wants, offers, costs, retails, MSRP, "for" or "from" right before the sum:
"Orbis sells it from $299") between the maker's
name and the figure, in its clause, and a shop's sum (no scale: "$2 billion" is a deal's; no rate:
"$9.99 a month" is a plan's). Never across a firm's result, holding or deal ("Orbis's sales
rose to $4 billion", "Orbis paid $50 for each share", "Orbis agreed to buy it for $900"). The
product is the one named last within 1,500 characters (no yardstick of a comparison), else the
story's, and only one the maker makes ("Orbis Note 12", "Orbis has unveiled its Note 12").
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import is_price
from consumer.indicators.subject.maker_part import firms_thing_between, made_by_maker, passage_product
from consumer.indicators.subject.mentions import MentionIndex

_REACH = 80  # characters between the maker's name and the figure read at most
# a word of pricing between the maker and the sum, or "for" right before it
_PRICING = re.compile(
    r"\b(?:pric(?:e|es|ed|ing)|asking|sells?|selling|charg(?:es|ed|ing)|wants?|offers?|offering|costs?|"
    r"retails?|retailing|msrp|rrp)\b|\b(?:for|from)\s+(?:(?:just|only|about|around|under)\s+)?$",
    re.IGNORECASE,
)
# what a firm pays, raises or agrees, or holds: no price of its product
_NOT_SHOP = re.compile(
    r"\b(?:paid|pay(?:s|ing)?|bought|buy(?:s|ing)?|acqui\w+|stake|shares?|stock|dividend|bid|deal|merger|"
    r"invest\w*|fund\w*|rais(?:e|es|ed|ing)|fin(?:e|es|ed)|settle\w*|contract|licen[cs]e\w*|subsid\w*|"
    r"valu\w*|loan|debt|budget|unit|business|division|plant|factory|fee|royalt\w+|tax\w*|wage|salar\w+)\b",
    re.IGNORECASE,
)
_SCALED = re.compile(r"\d\s*(?:m|mn|mln|bn|b|k|million|billion|trillion)\b", re.IGNORECASE)
_STOP = re.compile(r"[.;:!?]\s|\n|,\s+(?:while|whereas|but|and)\s")


def maker_price_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    owner: Entity | None,
) -> Entity | None:
    """The product a maker's shop price is of (see the module's docstring); None keeps ``owner``."""
    if owner is None or owner.type != "ORGANIZATION" or not is_price(unit):
        return None
    low = max(sentence_start, figure[0] - _REACH)
    named = [c for c in index.between(low, figure[0]) if c.entity.id == owner.id]
    if not named:
        return None
    maker_at = named[-1].end
    between = text[maker_at : figure[0]]
    if _STOP.search(between) is not None or _PRICING.search(between) is None:
        return None
    if _NOT_SHOP.search(between) is not None or firms_thing_between(text, maker_at, figure[0]):
        return None
    if _SCALED.search(text, figure[0], min(len(text), figure[1] + 12)) is not None:
        return None
    product = passage_product(index, text, figure)
    if product is None or not made_by_maker(index, text, owner, product):
        return None
    return product
