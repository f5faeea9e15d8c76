"""Prices and specs owned by a product: discounts, buy lines, "Pricing starts at $449".

Deal posts and reviews price and measure a product the clause does not name; these rules
find the product named shortly before (never one named only to compare with), and
``PriceOwners`` pairs a buy line with the heading that priced the same amount.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PRODUCT_NOUNS, is_price
from consumer.indicators.subject.mentions import Candidate, MentionIndex, made_thing

# "the Orbel 7, priced from $899", "get the Orbel 7 for $449", "put the Orbel 7 on sale at $399"
_PRICED_AFTER = re.compile(
    r",?\s+(?:(?:priced|costing|retailing|selling|available)\s+(?:at|from|for)|for|on\s+sale\s+(?:at|for))"
    r"\s+(?:(?:about|around|just|only|under|as\s+little\s+as)\s+)?",
    re.IGNORECASE,
)
# "expects the Orbel 7 tablet to cost $499", "said the Orbel 7 phone would cost about $499": a
# verb of pricing right after the name (a kind noun between), with a modal or "to" before it. The
# sentence's subject is the firm that expects it or the analysts who say so, and the subject rules
# gave them the price (or, the kind noun hiding the name, nobody); the conventions give a product
# its price.
_COSTS_REACH = 60  # characters between the name and the price: a kind noun, a modal and the verb
_COSTS_AFTER = re.compile(
    rf"(?:\s+{PRODUCT_NOUNS}s?)?\s+(?:will|would|could|should|is\s+expected\s+to|to)\s+"
    r"(?:cost|sell\s+for|retail\s+(?:for|at)|be\s+priced\s+(?:at|from)|start\s+at|go\s+for)"
    r"\s+(?:(?:about|around|just|only|under|roughly|less\s+than|as\s+little\s+as)\s+)?",
    re.IGNORECASE,
)


# "- Get it at Walmart for $238.99", "Use code X to grab one on Amazon for $49": a deal post's
# buy line, whose "it" is the thing the deal's heading priced at the same amount
_BUY_LINE = re.compile(
    r"[\s\-\u2022*]*(?:(?:use|apply|clip)\s[^.!?\n]{0,40}?\bto\s+)?"
    r"(?:get|buy|grab|order|snag|score|pick)\s+(?:it|them|one|this|these)\b(?:\s+up)?"
    r"[^.!?\n$]{0,60}?\bfor\s+(?:(?:just|only|as\s+little\s+as)\s+)?",
    re.IGNORECASE,
)


BUY_LINE = _BUY_LINE


class PriceOwners:
    """The owner last given each price in a field, for a deal post's buy line ("- Get it on
    Amazon for $139"): its pronoun names nothing and its store sells, not owns, the thing, so
    the price is the thing's that the deal's heading priced at the same amount. One dict
    look-up per price."""

    def __init__(self, by_id: dict[str, Entity]) -> None:
        self._by_id = by_id
        self._owners: dict[tuple[float, str], str] = {}

    def owner(
        self, subject: Entity | None, text: str, clause: tuple[int, int], value: float, unit: str | None
    ) -> Entity | None:
        """``subject``, or for an unowned buy line the earlier owner of the same price."""
        if unit is None or not is_price(unit):
            return subject
        if subject is None and _BUY_LINE.fullmatch(text, clause[0], clause[1]) is not None:
            subject = self._by_id.get(self._owners.get((value, unit), ""))
        if subject is not None:
            self._owners[(value, unit)] = subject.id
        return subject


# "35% Off Dell Orbel 7", '45% Off 65" Norland TV': a discount names the thing it is taken off,
# at most one word (the maker, a size) before the name
_OFF = re.compile(r"\s+off\s+(?:(?:the|an?)\s+)?(?:\S+\s+)?", re.IGNORECASE)


def priced_product(
    candidates: list[Candidate], text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """A price hung right on a product's name, or a discount taken off one, is the product's,
    not its maker's or seller's."""
    if not is_price(unit) and unit != "percent":
        return None
    for c in candidates:
        if not made_thing(c.entity) or _COMPARED_BEFORE.search(
            text, max(0, c.start - _COMPARED_REACH), c.start
        ):
            continue  # "30% faster than the Orbel 6 for $700": the price is not the rival's
        if (
            is_price(unit)
            and c.end <= figure[0]
            and (
                _PRICED_AFTER.fullmatch(text, c.end, figure[0])
                or (figure[0] - c.end <= _COSTS_REACH and _COSTS_AFTER.fullmatch(text, c.end, figure[0]))
            )
        ):
            return c.entity
        if 0 < c.start - figure[1] <= 40 and _OFF.fullmatch(text, figure[1], c.start):
            return c.entity
    return None


# What a made thing has and a place, a firm or a person does not: power, torque, battery and
# charge, speed, screen and wheel sizes, memory, refresh and frame rates, resolution.
_SPEC_UNITS = frozenset(
    {"hp", "kW", "kWh", "W", "Wh", "mAh", "N·m", "lbf·ft", "mph", "km/h", "inch", "GB", "TB", "MB", "KB"}
    | {"GHz", "MHz", "Hz", "fps", "megapixel", "Gbit/s", "Mbit/s", "kbit/s", "cc", "ms"}
)
SPEC_UNITS = _SPEC_UNITS
# "Pricing starts at $58,900", "it costs $449", "priced at", "retails for": the thing's price
_PRICE_WORDS = re.compile(
    r"\b(?:pric(?:e[sd]?|ing)|costs?|retails?|sells?\s+for|starts?\s+at|msrp)\b", re.IGNORECASE
)
# "Save $31 if you ...", "you'll pay $449", "you'd be paying $52,000", "the coupon saves you $60",
# "you're getting it for $499": a deal or review tells the reader what the thing it is about
# costs them. Only the reader's paying or saving, or an opening "Save": "Shoppers saved $300
# million" or "Workers pay $300 a month" price nothing of the product named before.
_READER_PAYS = re.compile(
    r"\byou(?:['\u2019](?:ll|d|re))?\s+(?:(?:would|will|could|can|be|are|essentially|only|just|still)\s+){0,3}"
    r"(?:pay(?:ing)?|sav(?:e|ing)|spend(?:ing)?|get(?:ting)?\s+(?:it|one|them)\s+for)\b"
    r"|\bsaves\s+you\b|\A\W*save\b",
    re.IGNORECASE,
)
_PRODUCT_BACK = 400  # how far back the product named last may be (a review's section, about)
_PRODUCT_AFTER = 60  # how far after a spec the product it belongs to may be named
# A comparison of equality names the yardstick, not the thing measured: "about as long as a
# Corvan X2", "the same size as", "similar in size to", "roughly the length of"
_EQUALS = (
    r"as\s+[a-z]+\s+as|(?:the\s+)?same\s+(?:[a-z]+\s+)?as|similar\s+(?:in\s+[a-z]+\s+)?to"
    r"|(?:the\s+)?(?:size|length|width|height|weight)\s+of"
)
_NOT_THE_SAME = re.compile(
    rf"[.;!?:]\s|\n|\b(?:than|like|versus|vs\.?|compared|unlike|rival|{_EQUALS})\b", re.IGNORECASE
)


# "this bundle is $60 cheaper than ...", "$20 less than at launch": a saving on the thing
_SAVING_AFTER = re.compile(r"\s+(?:cheaper|less)\s+than\b")
_SAVING_REACH = 16  # characters after the price: the saving's word and "than"


def _prices_the_thing(text: str, clause_start: int, figure: tuple[int, int]) -> bool:
    """The clause before a price says it prices a thing ("Pricing starts at") or what it costs
    the reader, or the words after it make it a saving on the thing ("$60 cheaper than"); the
    slice read is the clause's, at most a window long."""
    return (
        _PRICE_WORDS.search(text, clause_start, figure[0]) is not None
        or _READER_PAYS.search(text[clause_start : figure[0]]) is not None
        or _SAVING_AFTER.match(text[figure[1] : figure[1] + _SAVING_REACH]) is not None
    )


def product_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """A spec or a price whose clause names no owner ("A 310 horsepower motor drives the rear
    wheels", "Pricing starts at $58,900") is the product's: the one named last shortly before,
    else the product the story leads with."""
    if unit not in _SPEC_UNITS and not (is_price(unit) and _prices_the_thing(text, clause_start, figure)):
        return None
    for c in index.between(figure[1], figure[1] + _PRODUCT_AFTER):
        # "A 5,000 mAh battery powers the Orbel 7", '65" Norland TV': the product it goes on to
        # name, unless a sentence ends or a comparison opens first ("larger than the Orbel 7")
        if made_thing(c.entity) and not _NOT_THE_SAME.search(text, figure[1], c.start):
            return c.entity
    back = index.between(max(0, figure[0] - _PRODUCT_BACK), figure[0])
    named = [
        c
        for c in back
        if made_thing(c.entity)
        and not _COMPARED_BEFORE.search(text, max(0, c.start - _COMPARED_REACH), c.start)
        and not scenery(c, text)
    ]
    return named[-1].entity if named else index.focus.get("product")


# "A Kessel Premium Sound System will be available": a thing brought in with "a" / "an"
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one)\s+(?:(?:new|optional)\s+)?$", re.IGNORECASE)


def scenery(mention: Candidate, text: str) -> bool:
    """A product named once in the story, brought in with "a" / "an": an option, a part or a
    passing thing ("A Kessel Premium Sound System will be available. The 12.1-inch touchscreen
    ..."), also as a feature's name ("a messaging app called Kessel Chat"), not what the passage
    goes on describing. A bounded look before the one mention. So is one named once in the
    plural (session 47, J: "wave your hands at iPads and iPhones. A set costs $24.99"): the units
    in general, not the one thing a later price or spec is of."""
    return len(mention.entity.mentions) == 1 and (
        _INDEFINITE_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
        or _FEATURE_CALLED.search(text, max(0, mention.start - _CALLED_REACH), mention.start) is not None
        or text[mention.start : mention.end] == f"{mention.entity.name}s"
    )


# "a short-range messaging application called Kessel Chat", "a mode dubbed Turbo": a feature of
# the thing the passage describes, named by what it is first
_FEATURE_CALLED = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){1,4}(?:called|dubbed|named|known\s+as)\s+$", re.IGNORECASE
)
_CALLED_REACH = 70


# "30% faster than the Orbel 6 for $700", "compared with the Vantor X2", "as long as a Corvan X2":
# a thing named to compare with is not the one a later price or spec is of
_COMPARED_BEFORE = re.compile(
    rf"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|unlike|{_EQUALS})\s+(?:(?:the|a|an|its)\s+)?$",
    re.IGNORECASE,
)
_COMPARED_REACH = 30  # "about the same size as the ": the words a compared name may follow


def compared_before(text: str, start: int) -> bool:
    """A name at ``start`` named to compare with ("larger than the Orbel 6"); a bounded look."""
    return _COMPARED_BEFORE.search(text, max(0, start - _COMPARED_REACH), start) is not None
