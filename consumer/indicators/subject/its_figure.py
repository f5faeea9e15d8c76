"""A sum whose own possessive is "its": the thing, firm or place "its" stands for, never a person.

"Page remained a voice in Vantor's bid for spectrum and its $1.65 billion purchase of Orbel",
"The biggest knock against the Orbel X is its $500 price", "Vantor bought Orbel for less than its
original $4 billion asking price": the figure is what "its" possesses, and "its" stands for a
thing, a firm or a place named before it in the sentence, not for the person heading the clause
nor for the clause's subject when another name stands nearer. The owner rules took the clause
subject (the person, or the buyer) or nobody, on three fresh pages of three sites (session 45).

The name "its" stands for is the last organisation, product or place named before it in the
sentence, a possessive or not, but not one "of" governs ("his company's purchase of Orbel, and
its $1 billion buyout": the thing bought, no antecedent; then nothing is read and the other rules
stand). A capitalised name no mention covers after that name may be what "its" stands for (a
name the entity stage missed: "Vantor was able to buy Orbel for less than its $4 billion asking
price"), and the figure is nobody's, as a wrong owner is worse than none. Only a sum (or a rate
of one) right after "its", two describing words at most between. Reads a bounded window before
the figure, once.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import CAPITALISED, TIME_NAMES, is_price
from consumer.indicators.subject.mentions import Candidate

# "its $500 price", "its original $4 billion asking price": "its", at most two lower-case words
_ITS_BEFORE = re.compile(r"\bits\s+(?:[a-z][\w-]*\s+){0,2}$")
_ITS_REACH = 40  # "its" and its describing words, before the figure
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_ANTECEDENT_TYPES = frozenset({"ORGANIZATION", "PRODUCT", "LOCATION"})


def its_figure_owner(
    candidates: list[Candidate], text: str, low: int, figure: tuple[int, int], unit: str | None
) -> tuple[Entity | None] | None:
    """The owner of a sum "its" possesses: the last organisation, product or place named in the
    window before "its", unless "of" governs it; None when the shape or such a name is absent."""
    base = unit.split("/")[0] if unit is not None else None
    if not is_price(base):
        return None
    its = _ITS_BEFORE.search(text, max(low, figure[0] - _ITS_REACH), figure[0])
    if its is None:
        return None
    before = [c for c in candidates if low <= c.start and c.end <= its.start()]
    if not before:
        return None
    last = before[-1]
    if last.entity.type not in _ANTECEDENT_TYPES:
        # a person named last: "its" skips back to the name of a thing before the person
        named = [c for c in before if c.entity.type in _ANTECEDENT_TYPES]
        if not named:
            return None
        last = named[-1]
    if _OF_BEFORE.search(text, max(low, last.start - 8), last.start):
        return None  # "his company's purchase of Orbel, and its $1 billion buyout": no antecedent read
    if _unnamed_after(before, text, last.end, its.start()):
        return (None,)  # "buy Orbel for less than its $4 billion asking price": Orbel no entity
    return (last.entity,)


def _unnamed_after(before: list[Candidate], text: str, start: int, end: int) -> bool:
    """A capitalised word between ``start`` and ``end`` that no mention covers, that is no month or
    weekday, and that does not go on the name before it ("Orbel One X": "One" and "X" go on)."""
    reach = start
    for word in CAPITALISED.finditer(text, start, end):
        covered = any(c.start <= word.start() < c.end for c in before)
        if covered or word.group(0) in TIME_NAMES or not text[reach : word.start()].strip():
            reach = word.end()  # a mention, a time, or the next word of the name before
            continue
        return True
    return False
