""" "It" after a sentence that opened with a product: the product, not the story's company.

A review introduces the thing and goes on with a pronoun: "The Draxel Viper 3 weighs 58 grams.
It will be available next month for $79." The company rules read a sentence-opening "it" as
the firm the sentence before opened with, else the story's company (the maker, in a review);
the conventions give the thing its own price and specs. Also across one paragraph break, where
a review's next paragraph goes on with "It has ...".
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PRONOUN_BACK, SENTENCE_END, is_price
from consumer.indicators.subject.mentions import MentionIndex, made_thing
from consumer.indicators.subject.products import BUY_LINE

# What may stand before the product opening its sentence: "The", a word of novelty, a maker's
# possessive ("Tessel's Nova A52 offers", the maker's mention read separately); before a heading's
# product a list's number or a pick's label ("3. ", "Best overall: ")
_OPENER_BEFORE = re.compile(
    r"\s*(?:(?:#\d{1,2}[.):]?|\d{1,2}[.):])\s+|[A-Z][a-z]+(?:\s[a-z-]+){0,4}:\s+)?(?:[Tt]he\s+)?(?:(?:new|latest)\s+)?"
)
# a maker's possessive, or the maker's name before the product's ("The Orbis Note 12 weighs")
_POSSESSIVE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:(?:new|latest)\s+)?")
# Results a firm has and a thing has not: "Its revenue rose" after a product's sentence is the maker's
_FIRMS_MEASURE = re.compile(
    r"\b(?:revenues?|profits?|earnings|income|shares?|stock|staff|employees|workers|dividends?)\b",
    re.IGNORECASE,
)
_OPENING_MARKS = ' "\u201c\u2018('


def product_opening_previous(index: MentionIndex, text: str, start: int, end: int) -> Entity | None:
    """The product the sentence right before opened with (its subject), or a heading line right
    before named, when "it" / "its" opens the sentence at ``start``: the sentence before, in the
    same paragraph or the last of the paragraph before, names no other made thing. None for a
    firm's own measure in the clause (``text[start:end]``). Reads about two sentences back
    (``PRONOUN_BACK``)."""
    low = max(index.skip_before, start - PRONOUN_BACK)
    if not any(made_thing(c.entity) for c in index.between(low, start)):
        return None  # the cheap test first: most stories name no product
    close = _opening_close(text, low, start)
    if close is None or _FIRMS_MEASURE.search(text, start, end) is not None:
        return None
    ends = list(SENTENCE_END.finditer(text, low, close))
    opens = max(ends[-1].end() if ends else low, text.rfind("\n", low, close) + 1)
    if opens == low and low > index.skip_before:
        return None  # the sentence before starts out of reach
    named = index.between(opens, close)
    if not named:
        return None
    first = named[0]
    if _OPENER_BEFORE.fullmatch(text, opens, first.start) is None:
        return None
    if not made_thing(first.entity) and len(named) > 1:
        possessive = _POSSESSIVE_AFTER.match(text, first.end)  # "Tessel's Nova A52", "Tessel Nova A52"
        if possessive is None or named[1].start != possessive.end():
            return None
        if not possessive.group(0).startswith(("'", "\u2019")) and first.entity.type != "ORGANIZATION":
            return None  # "The Norland Orbel 7 launch": only a maker's bare name stands before its thing
        first = named[1]
    if not made_thing(first.entity):
        return None
    if any(made_thing(c.entity) and c.entity.id != first.entity.id for c in named):
        return None  # two things in the sentence before: which one "it" is, is unclear
    return first.entity


def _opening_close(text: str, low: int, start: int) -> int | None:
    """Where the sentence or the line before ends, when the pronoun at ``start`` opens a sentence
    (after a sentence's end or a paragraph break, one at most); None when it does not."""
    head = text[low:start].rstrip(_OPENING_MARKS + "\n")
    close = low + len(head)
    between = text[close:start]
    if between.count("\n") > 2:
        return None  # more than one paragraph break between
    if "\n" in between:
        return close
    ends = list(SENTENCE_END.finditer(text, max(low, close - 4), min(len(text), start + 2)))
    return ends[-1].start() if ends and not text[ends[-1].end() : start].strip(_OPENING_MARKS) else None


# How far back a deal post's section heading may be from its buy line
_SECTION_BACK = 1500
_PROSE_END = (".", "!", "?", '."', ".\u201d", '?"', "?\u201d", ":")


def heading_product(
    index: MentionIndex, text: str, clause: tuple[int, int], unit: str | None
) -> Entity | None:
    """ "$15 Off Vantor X5 Buds on Harbor Mart" ... "- Get it on Harbor Mart for $234.98": a deal
    post's buy line, unowned and at a price its heading never gave, is the product its section's
    heading names first (the last paragraph before with no sentence's end, not a bullet). Reads
    the paragraphs back to that heading, at most ``_SECTION_BACK`` characters."""
    if not is_price(unit) or BUY_LINE.fullmatch(text, clause[0], clause[1]) is None:
        return None
    low = max(index.skip_before, clause[0] - _SECTION_BACK)
    end = text.rfind("\n", low, clause[0])
    while end > low:
        start = text.rfind("\n", low, end)
        if start < 0 and low > index.skip_before:
            return None  # the paragraph opens out of reach
        paragraph = text[start + 1 : end].strip()
        if (
            paragraph
            and not paragraph.startswith(("-", "\u2022", "*"))
            and not paragraph.endswith(_PROSE_END)
        ):
            named = [c for c in index.between(start + 1, end) if made_thing(c.entity)]
            return named[0].entity if named else None
        end = start
    return None
