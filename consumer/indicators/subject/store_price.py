"""A price a shop puts on the thing the clause calls "it" or names: the thing's, not the shop's.

Reviews and deal posts end a product's paragraph with where to buy it: "It is available at Harbor
Mart for $49", "Grab it at Harbor Mart for $49", "You can buy the Lumo Stick at Harbor Mart for
$49", "At Harbor Mart it sells for $49", "The price at Harbor Mart is $49"; a launch story says
"It went on sale in Norland priced $150". The shop (or the market) stands after a preposition, so
the subject rules skip it and find no owner; the conventions give the product its price, whoever
sells it. The product is the one the clause names as its object, else "it": the product named
last shortly before that no preposition governs ("a game for the Orbel console" names the
platform, not the thing), never a yardstick of a comparison nor a passing thing, else the story's
product. Only the clause before the price (at most ``_REACH`` characters) and ``_PRODUCT_BACK``
characters of mentions are read.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clause_start import clause_start
from consumer.indicators.subject.cues import PRODUCT_NOUNS, is_price
from consumer.indicators.subject.mentions import Candidate, MentionIndex, made_thing
from consumer.indicators.subject.products import compared_before, scenery
from consumer.indicators.subject.second_subject import contrasted_subject_owner

_REACH = 90  # characters before the price: the clause that sells the thing
_PRODUCT_BACK = 400  # how far back the thing "it" stands for may be named (a review's paragraph)

# Words that say the thing is sold or priced: "is available at", "on sale", "sells for",
# "retails at", "priced", "costs", "buy / grab / order / snag it", "the price at Harbor Mart is"
_SOLD = re.compile(
    r"\b(?:available|on\s+sale|sells?|selling|retails?|retailing|priced|pricing|costs?|costing|goes\s+for|"
    r"buy|grab|order|snag|price)\b",
    re.IGNORECASE,
)
# What the clause says is sold: the thing by a pronoun or a product noun, the reader buying it, its
# price; a name of a made thing is read from the mentions
_THING = re.compile(
    rf"\b(?:it|they|them|one|its|their|you|the\s+price|(?:the|this|these)\s+(?-i:[a-z-]+\s+)?{PRODUCT_NOUNS}s?)\b",
    re.IGNORECASE,
)
# A name a preposition governs: the shop, the market or the platform, no owner of the price
_GOVERNED = re.compile(
    r"\b(?:at|from|on|in|via|through|with|for|by|into|onto|to|of|than|like)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:new|latest|online)\s+)?$",
    re.IGNORECASE,
)
_GOVERNED_REACH = 24
# A firm's holding or a deal, not a shop's price ("sold its stake for $49", "shares priced at $12")
_NOT_A_SHOP = re.compile(
    r"\b(?:stake|shares?|stock|bonds?|units?|business|division|subsidiary|assets?|plant|factory|brand|"
    r"rights|deal|offer|bid|tickets?|seats?|barrel|crude|oil|gold)\b",
    re.IGNORECASE,
)
# a sum in millions is a deal's, not a shop's price
_SCALED = re.compile(r"\d\s*(?:m|mn|mln|bn|b|million|billion|trillion)\b", re.IGNORECASE)
_STORE_BEFORE = re.compile(r"\b(?:at|from|on|via|through)\s+(?:the\s+)?$", re.IGNORECASE)
_STORE_AFTER = 40  # characters after the price where the shop may be named ("costs $49 at Harbor Mart")
# "Right now it's $49 at Harbor Mart": the thing by a pronoun, then its price
_PRONOUN_IS = re.compile(
    r"\b(?:it|they)(?:['\u2019]s|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:now|just|only|currently)\s+)?$",
    re.IGNORECASE,
)
# "costs $30 to fill", "$80 to run the scheme": what doing something costs, not a thing's price
_TO_DO = re.compile(r"\s+to\s+[a-z]+\b")


def store_price_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The product a shop's price is of, in a clause that names no owner or only the shop (see
    the module's docstring); None keeps ``subject``."""
    if not is_price(unit) or "/" in (unit or ""):
        return None
    low = clause_start(index, text, sentence_start, figure[0], _REACH)
    if subject is not None and not _the_shop(index, text, subject, low, figure):
        return None
    if subject is None and contrasted_subject_owner([], text, sentence_start, figure) is not None:
        return None  # "..., and the Orbel X costs $500": a head of its own the entity stage missed
    sold = _SOLD.search(text, low, figure[0])
    if sold is None:
        if _PRONOUN_IS.search(text, low, figure[0]) is None:
            return None
    elif _THING.search(text, low, figure[0]) is None and not _opens_with(text, low, sold):
        return None
    if _NOT_A_SHOP.search(text, low, figure[0]) is not None or _SCALED.search(
        text, figure[0], min(len(text), figure[1] + 12)
    ):
        return None
    if _TO_DO.match(text, figure[1]) is not None:
        return None  # "it costs $30 to fill the tank": the cost of doing something
    named: Entity | None = None
    for c in index.between(low, figure[0]):
        ruled = governed(text, c)
        if made_thing(c.entity) and not ruled and not compared_before(text, c.start):
            named = c.entity  # "You can buy the Lumo Stick at Harbor Mart for $49"
        elif (subject is None or c.entity.id != subject.id) and (not ruled or c.entity.type == "PERSON"):
            return None  # a name heads the clause: the subject rules' reading stands
    return named or thing_before(index, text, low)


def _the_shop(index: MentionIndex, text: str, subject: Entity, low: int, figure: tuple[int, int]) -> bool:
    """The clause's owner is a firm named in it only after "at" / "from" / "on" ("costs $49 at
    Harbor Mart", "at Harbor Mart it sells for $49"): the shop, which sells the thing."""
    if subject.type != "ORGANIZATION":
        return False
    named = [c for c in index.between(low, figure[1] + _STORE_AFTER) if c.entity.id == subject.id]
    return bool(named) and all(
        _STORE_BEFORE.search(text, max(0, c.start - _GOVERNED_REACH), c.start) is not None for c in named
    )


def _opens_with(text: str, low: int, sold: re.Match[str]) -> bool:
    """The clause opens with the verb of buying: "Grab it ..." / "Order one ..." read as a thing
    word already; this admits "Buy at Harbor Mart for $49"."""
    return not text[low : sold.start()].strip(" \t\"'\u201c-\u2022*")


def governed(text: str, c: Candidate) -> bool:
    """A name a preposition governs ("at Harbor Mart", "for the Orbel console"): no subject."""
    return _GOVERNED.search(text, max(0, c.start - _GOVERNED_REACH), c.start) is not None


def thing_before(index: MentionIndex, text: str, low: int) -> Entity | None:
    """The product named last before the clause that no preposition governs, no yardstick of a
    comparison nor a passing thing; else the story's product."""
    back = index.between(max(index.skip_before, low - _PRODUCT_BACK), low)
    things = [
        c
        for c in back
        if made_thing(c.entity)
        and not governed(text, c)
        and not compared_before(text, c.start)
        and not scenery(c, text)
        and not _short_form(text, c)
    ]
    return things[-1].entity if things else index.focus.get("product")


def _short_form(text: str, c: Candidate) -> bool:
    """A mention in capitals shorter than its product's name ("AC" of a longer name, as in "AC
    routers"): a letter pair the entity stage linked by its initials says too little to stand
    for the thing a passage goes on about."""
    said = text[c.start : c.end]
    return len(said) <= 4 and said.isupper() and said != c.entity.name
