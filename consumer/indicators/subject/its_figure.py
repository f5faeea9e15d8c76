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

Session 48: when the sentence names nobody before "its", "its" stands for the firm the passage
is about, named in an earlier sentence ("Broadcom's CEO said the company would move. That move
would help ... its $5.5 billion bid", "SeaWorld is in a bad spot. ... Attendance across its 11
parks fell", "Gazprom has huge reserves. However, its 23.6 billion shares are illiquid"): the
company named last within about two sentences, as "the company" is. The owner rules left such
figures unowned on three fresh pages of three sites. Not a size, a span or an age ("its 6-inch
screen" is a thing's), not when a product, an event or a work is named after the firm (what
"its" may stand for), nor a place other than a possessor or one a preposition governs, nor after
an anaphor heading the clause ("The region lost its 300 jobs").
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.anaphora import anaphor_kind, company_named_last
from consumer.indicators.subject.cues import (
    AGE_UNITS,
    CAPITALISED,
    PRONOUN_BACK,
    TIME_NAMES,
    TIME_SPAN_UNITS,
    counts_things,
    is_price,
    owned_sum,
)
from consumer.indicators.subject.mentions import Candidate, MentionIndex
from consumer.indicators.units import MEASURE_UNITS

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


# What may be named after the firm before "its" without being what "its" stands for: a place
# that is a possessor ("Gazprom, Russia's biggest company") or that a preposition governs
_PLACE_FRAMED = re.compile(r"(?:\b(?:in|to|from|at|of|on|across)\s+(?:the\s+)?)$")
_OTHER_THINGS = frozenset({"PRODUCT", "EVENT", "MISC"})
# A thing named by a common noun in the sentence before "its" ("the rocket lifting off and landing
# its three boosters"): for a count of things, "its" may stand for it as well as for the firm, and a
# wrong owner is worse than none (a sum or a share stays the firm's: "The move could help its $2
# billion offer"). Found on the session's blind check, so named as such in its closing note.
_DEFINITE_THING = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b")
_THING_REACH = 160


def its_figure_back(
    index: MentionIndex, text: str, low: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The firm "its" right before the figure stands for when the sentence names nobody before
    "its": the company named last within about two sentences (see the module's docstring).
    None for another shape, a size, a span or an age, or when another thing may be meant.
    Reads the words before the figure and a bounded look-back, once."""
    its = _ITS_BEFORE.search(text, max(low, figure[0] - _ITS_REACH), figure[0])
    if its is None or not _possessed_kind(unit) or index.between(low, its.start()):
        return None
    if anaphor_kind(text[low : its.start()]) is not None:
        return None  # "The region lost its 300 jobs": the anaphor's, which other rules read
    if not owned_sum(unit) and _DEFINITE_THING.search(
        text, max(low, its.start() - _THING_REACH), its.start()
    ):
        return None  # "the rocket ... landing its three boosters": the thing's, maybe
    company = company_named_last(index, text, its.start())
    if company is None:
        return None
    back = index.between(max(index.skip_before, its.start() - PRONOUN_BACK), its.start())
    at = max((c.end for c in back if c.entity is company), default=None)
    if at is None:
        return None
    for c in back:
        if c.start < at or c.entity is company:
            continue
        if c.entity.type in _OTHER_THINGS:
            return None  # "Vantor launched the Orbel X. ... its 12 cameras": the thing's
        possessor = text[c.end : c.end + 2] in ("'s", "\u2019s")
        if c.entity.type == "LOCATION" and not (
            possessor or _PLACE_FRAMED.search(text, max(0, c.start - 12), c.start)
        ):
            return None  # a place heading a clause may be what "its" stands for
    return company


def _possessed_kind(unit: str | None) -> bool:
    """A sum, a share, or a count a firm has ("its 23.6 billion shares", "its 11 parks", "its
    3,000 employees"); not a size, a span of time or an age, which a thing or a person has."""
    if owned_sum(unit):
        return True
    base = unit.split("/")[0] if unit is not None else None
    measured = base in MEASURE_UNITS or base in TIME_SPAN_UNITS or base == "century" or unit in AGE_UNITS
    return counts_things(unit) and not measured
