"""A count of a made thing's parts (seats, speakers, airbags, ports, lenses, modes): the product's.

A review or a launch story counts the parts of the thing it is about without naming it again:
"It comes with 10 airbags and three USB ports", "Inside there are seven seats", "there's a light
strip spanning the two LED clusters", or with the maker as the subject: "Corvan fitted a 12-inch
screen and 11 speakers". The subject rules leave such a count unowned or give it to the maker;
the conventions give a product its parts. A firm, a place or a person has no airbags or lenses,
so the count is the product the passage is about (named last within ``_PRODUCT_BACK`` characters,
not a yardstick of a comparison, else the story's product), when the clause names nobody but
ones a preposition governs and its words say it describes a thing ("it has", "the car comes
with", "there are", "inside"), or when its subject is the product's maker
(``maker_part.made_by_maker``) with no result or plant of the firm's between. Reads the clause
before the figure (at most ``_REACH`` characters).
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clause_start import clause_start
from consumer.indicators.subject.cues import PRODUCT_NOUNS, unlisted_name
from consumer.indicators.subject.maker_part import firms_thing_between, made_by_maker, passage_product
from consumer.indicators.subject.mentions import MentionIndex, made_thing
from consumer.indicators.subject.store_price import governed

_REACH = 120
_PRODUCT_BACK = 600
# The parts a made thing has and a firm, a place or a person has not
_PART_UNITS = frozenset(
    {"seat", "speaker", "airbag", "camera", "lens", "port", "cluster", "colour", "color", "mode", "core"}
    | {"motor", "cylinder", "button", "microphone", "sensor", "slot", "headlight", "antenna"}
)
# Words of a clause that describes a thing: "it has", "the car comes with", "there are", "inside"
_DESCRIBES = re.compile(
    rf"\b(?:(?:it|(?:the|this)\s+(?-i:[a-z-]+\s+)?{PRODUCT_NOUNS})\s+(?:also\s+)?(?:has|had|comes\s+with|"
    r"gets|features|offers|packs|includes|adds|uses|sports|boasts|houses|carries|seats)|"
    r"there(?:['\u2019]s|\s+(?:is|are|will\s+be))|inside|cabin|interior|dashboard)\b",
    re.IGNORECASE,
)
# A party's count: "won 356 seats", "holds 40 seats" are a vote's or an assembly's
_TALLY = re.compile(
    r"\b(?:won|wins|winning|hold|holds|held|took|take|takes|gained|lost|contest)\b", re.IGNORECASE
)
_TALLY_AFTER = 24  # "56 seats held by": the tally's verb may follow the count


def part_count_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The product a count of parts is of (see the module's docstring), or None, which keeps
    ``subject``."""
    if unit not in _PART_UNITS or (subject is not None and subject.type != "ORGANIZATION"):
        return None
    low = clause_start(index, text, sentence_start, figure[0], _REACH)
    if _TALLY.search(text, low, min(len(text), figure[1] + _TALLY_AFTER)) is not None:
        return None  # "won 56 seats", "56 seats held by the opposition"
    product = passage_product(index, text, figure, _PRODUCT_BACK)
    if product is None or not made_thing(product):
        return None
    named = index.between(low, figure[0])
    if subject is None:
        if any(not governed(text, c) for c in named) or unlisted_name(text, low, figure[0]):
            return None  # a name heads the clause: a thing the entity stage missed, or a party
        return product if _DESCRIBES.search(text, low, figure[0]) is not None else None
    makers = [c for c in named if c.entity.id == subject.id and not governed(text, c)]
    if not makers or not made_by_maker(index, text, subject, product):
        return None
    return None if firms_thing_between(text, makers[-1].end, figure[0]) else product
