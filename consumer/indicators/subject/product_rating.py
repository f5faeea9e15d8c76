"""A product's rating and its count of reviews: the thing's, not the shop's or the reviewer's.

A review or a deal post rates the thing it is about through whoever rates it: "We gave it 4
stars", "Harbor Mart shoppers give it 4.5 stars in 2,000 reviews", "On Harbor Mart it has an
average rating of 4.5 stars", "Harbor Mart has over 2,000 user reviews". The subject rules give
the figure to the shop or the person heading the clause, or to nobody; the conventions give the
thing its rating. The thing is the one the clause calls "it" / "them" / "one", or, for a shop's
count of reviews, the product named last shortly before (``store_price.thing_before``). Only the
clause before the figure (at most ``_REACH`` characters) and the mentions of a paragraph back
are read.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.clause_start import clause_start
from consumer.indicators.subject.mentions import MentionIndex, made_thing
from consumer.indicators.subject.store_price import governed, thing_before

_REACH = 90
_RATING_UNITS = frozenset({"star", "review", "rating"})
_COUNTS = frozenset({"review", "rating"})  # what a shop lists beside the thing it sells
# The thing by a pronoun, the object the clause's rater acts on: "gave it", "rate them", "it has"
_THING = re.compile(r"\b(?:it|them|one|its|their)\b", re.IGNORECASE)
# A shop that lists the thing's reviews: "Harbor Mart has over 2,000 user reviews"
_LISTS = re.compile(
    r"\s+(?:has|have|had|shows?|lists?|boasts?)\s+(?:(?:over|more\s+than|nearly|almost|about|around|some)\s+)?$",
    re.IGNORECASE,
)


def rating_owner(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    figure: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The product a rating or a count of reviews is of (see the module's docstring), or None,
    which keeps ``subject``."""
    if unit not in _RATING_UNITS or (subject is not None and made_thing(subject)):
        return None
    low = clause_start(index, text, sentence_start, figure[0], _REACH)
    named = index.between(low, figure[0])
    heads = [c for c in named if not governed(text, c)]
    if any(made_thing(c.entity) or subject is None or c.entity.id != subject.id for c in heads):
        return None  # a product or another name heads the clause: its reading stands
    pronoun = _THING.search(text, low, figure[0]) is not None
    if subject is not None and not pronoun:
        lists = subject.type == "ORGANIZATION" and unit in _COUNTS
        if not lists or not heads or _LISTS.fullmatch(text, heads[-1].end, figure[0]) is None:
            return None
    elif subject is None and not pronoun:
        return None  # "Shoppers left 2,000 reviews": whose, the clause does not say
    return thing_before(index, text, low)
