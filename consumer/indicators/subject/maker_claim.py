"""What a maker says "it" can do: the product's measure, not the maker's.

A launch story or a review reports the maker's claims about its thing: "Corvan says it can reach
60 mph in 4.1 seconds", "Corvan claims it can tow 2,000 pounds", "Tovin says the phone will last
two days". The subject rules read the maker heading the clause (its "it" is the firm's); but a
firm does not tow, weigh or reach 60 mph: a thing's measure after "<maker> says it can / will" is
the product's the passage is about (``maker_part.passage_product``), when the maker makes it
(``maker_part.made_by_maker``) and no result, staff or plant of the firm's stands between.
Reads the clause before the figure (at most ``_REACH`` characters).
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PRODUCT_NOUNS
from consumer.indicators.subject.maker_part import firms_thing_between, made_by_maker, passage_product
from consumer.indicators.subject.mentions import MentionIndex, made_thing

_REACH = 100
# A thing's measures: its speed, sprint, weight, load, range, run time, size, power
_THING_UNITS = frozenset(
    {"second", "minute", "hour", "mph", "km/h", "mile", "km", "lb", "kg", "tonne", "g"}
    | {"hp", "kW", "kWh", "mAh", "inch", "GB", "TB", "fps", "Hz"}
)
# "says it can", "claims the phone will", "said that it could"; up to four words, then the figure
_CLAIMS_IT = re.compile(
    r"\s+(?:says|said|claims|claimed|promises|promised|estimates|estimated|reckons|quotes)\s+(?:that\s+)?"
    rf"(?:it|the\s+(?:new\s+)?{PRODUCT_NOUNS})\s+(?:can|could|will|would|should)\s+(?:[\w-]+\s+){{1,5}}?"
    r"(?:(?:up\s+to|about|around|just|only|over|under|nearly|almost)\s+)?$",
    re.IGNORECASE,
)

# What a firm does, not a thing: "it will take 12 hours", "it can build", "it will ship"
_FIRMS_DOING = re.compile(
    r"\b(?:take|takes|took|spend|need|wait|employ|hire|cut|sell|build|make|produce|ship|open|close|deliver|"
    r"invest|buy|pay|raise|borrow|lose|save)\b",
    re.IGNORECASE,
)
_AFTER = 40  # "... 12 hours to restart the plant": a firm's thing right after the figure


def maker_claim_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The product a maker's claim about "it" measures (see the module's docstring), or None,
    which keeps ``subject``."""
    if unit not in _THING_UNITS or subject is None or subject.type != "ORGANIZATION":
        return None
    low = max(sentence_start, index.skip_before, figure[0] - _REACH)
    makers = [c for c in index.between(low, figure[0]) if c.entity.id == subject.id]
    if not makers or _CLAIMS_IT.fullmatch(text, makers[-1].end, figure[0]) is None:
        return None
    if firms_thing_between(text, makers[-1].end, min(len(text), figure[1] + _AFTER)) or _FIRMS_DOING.search(
        text, makers[-1].end, figure[0]
    ):
        return None  # "says it will take 12 hours to restart the plant": the firm's doing
    product = passage_product(index, text, figure)
    if product is None or not made_thing(product) or not made_by_maker(index, text, subject, product):
        return None
    return product
