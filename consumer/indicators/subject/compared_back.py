"""A sentence that compares the figure before with itself at another time: "This compares with".

Agency copy gives a statistic, then in a sentence of its own what it was a year or a month
before: "France posted a trade deficit of 400 mln francs in February ... This compares with a
1.5 billion deficit in 1985", "The jobless rate fell to 12.1 pct ... The rate compares with
12.4 pct a year earlier", "The annual rise compares with a 0.3 pct fall". The sentence's
subject is the figure before (a pronoun or "the" and its measure), so its figures are the same
owner's measure; ``carry.carries_on`` reads such a head as it reads "The figure was ...".
"""

from __future__ import annotations

import re

from consumer.indicators.subject.mentions import OWNER_TYPES, MentionIndex

# "This" / "That" / "It", or "The" and up to three lower-case words ("The rate", "The annual
# rise", "The January index" would name a month: a capital other than a month stops it), then
# the verb of comparing; "compared" also in the passive, "This is compared with"
_COMPARES = re.compile(
    r"(?:(?:This|That|It)|The\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:(?:is|was)\s+)?(?:compares|compared|contrasts|contrasted)\s+(?:with|to|against)\b"
)


# How far after the figure a name of its own is looked for: "4.1 pct in Tarvia", "for Tarvia"
_OWN_NAME_AFTER = 40


def compares_back(index: MentionIndex, head: str, figure_end: int, sentence_end: int) -> bool:
    """Whether a sentence's head (its words before the figure, an opening phrase taken off)
    compares the figure of the sentence before with another of the same owner: "This compares
    with a", "The rate compares with"; not with another's, named right after the figure ("This
    compares with 4.1 pct in Tarvia"). Reads the head and a few words after the figure."""
    if _COMPARES.match(head) is None:
        return False
    after = index.between(figure_end, min(sentence_end, figure_end + _OWN_NAME_AFTER))
    return not any(c.entity.type in OWNER_TYPES for c in after)
