"""A share or a multiple by which "it" is faster, lighter or cheaper: the product's, not the maker's.

Launch stories and reviews compare the thing with its forerunner: "It offers 30% more storage",
"At $49, it is 30% cheaper than the Orbel 6", "Vantor said it is 30% faster than the old model".
A bare "it" gives a sum or a share to the story's company (or to the firm the sentence before
opened with), the maker in such a story; but a firm is not faster, lighter or thinner, and has
no more storage or battery: only a made thing is. So when "it" or "the <product noun>" heads the
clause and a comparative only a thing has follows the figure, the figure is the product's named
last shortly before (``store_price.thing_before``). Reads the clause before the figure (at most
``_REACH`` characters) and a few words after it.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clause_start import clause_start
from consumer.indicators.subject.cues import PRODUCT_NOUNS
from consumer.indicators.subject.mentions import MentionIndex, made_thing
from consumer.indicators.subject.store_price import governed, thing_before

_REACH = 60
_UNITS = frozenset({"percent", "times"})
# "it is also", "it's now", "it offers", "the new phone has", "the console delivers up to"
_THING_HEADS = re.compile(
    rf"\b(?:it|(?:the|this)\s+(?-i:[a-z-]+\s+)?{PRODUCT_NOUNS})(?:['\u2019]s|\s+(?:is|was|will\s+be|"
    r"offers|has|gets|delivers|provides|packs|promises|runs|charges|feels|comes\s+in))\s+"
    r"(?:(?:also|now|still|about|around|roughly|nearly|almost|up\s+to|over|some|just)\s+)*$",
    re.IGNORECASE,
)
# What only a made thing is or has more of: speed, weight, size, price, power, storage, battery
_THINGS_COMPARATIVE = re.compile(
    r"\s+(?:faster|slower|lighter|heavier|thinner|slimmer|thicker|smaller|brighter|cheaper|quieter|"
    r"louder|sharper|more\s+(?:powerful|efficient|expensive|affordable|compact|storage|memory|battery|"
    r"power|range|space|pixels|torque|horsepower|performance)|less\s+(?:expensive|power|energy))\b",
    re.IGNORECASE,
)


def comparison_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The product a thing's comparison by "it" measures (see the module's docstring), or None,
    which keeps ``subject``."""
    if unit not in _UNITS or (subject is not None and subject.type != "ORGANIZATION"):
        return None
    if _THINGS_COMPARATIVE.match(text, figure[1]) is None:
        return None
    low = clause_start(index, text, sentence_start, figure[0], _REACH)
    head = _THING_HEADS.search(text, low, figure[0])
    if head is None:
        return None
    if any(not governed(text, c) for c in index.between(head.start(), figure[0])):
        return None  # a name after the pronoun heads what the figure measures
    thing = thing_before(index, text, head.start())
    return thing if thing is not None and made_thing(thing) else None
