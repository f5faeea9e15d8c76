"""A section's specs and counts belong to the product its heading names.

Deal posts and buying guides head each section with the product ("$15 Off Vantor X5 Buds on
Harbor Mart") and then describe it without naming it again, or with a pronoun: "These are the
first buds with noise cancelling, and they still last up to 5 hours on a charge. Other features
include three sets of tips." The conventions give such figures to the product, named in an
earlier paragraph of the passage. ``heading_product`` reads only a section's buy line (a
price); this reads the section's other figures: counts, sizes and durations, never a price or
a share (what a reader pays, saves or earns there has rules of its own).

A wrong owner is worse than none, so only the first prose paragraph or two after the heading,
no name before the figure in its sentence, and no other product named between the heading and
the figure (a paragraph comparing two things may mean either).
"""

from __future__ import annotations

from consumer.events import Entity
from consumer.indicators.subject.cues import AGE_UNITS, counts_things
from consumer.indicators.subject.mentions import MentionIndex, made_thing

# How far back a section's heading may be, and how many prose paragraphs may stand between
_SECTION_BACK = 1200
_PROSE_BETWEEN = 1
_PROSE_END = (".", "!", "?", '."', ".\u201d", '?"', "?\u201d", ":", ")")
_BULLETS = ("-", "\u2022", "*")
# A heading is one short line: a long paragraph or one holding a sentence's end that merely stops
# without its full stop is prose cut short (a scraped page's lost words), not a heading
_HEADING_MAX = 160
_SENTENCE_INSIDE = (". ", "? ", "! ")


def section_product(
    index: MentionIndex, text: str, clause: tuple[int, int], unit: str | None
) -> Entity | None:
    """The product a section's heading names, for a count, a size or a duration with no owner
    in the first prose paragraphs under it (see the module's docstring); None otherwise."""
    if not counts_things(unit) or unit in AGE_UNITS:
        return None
    low = max(index.skip_before, clause[0] - _SECTION_BACK)
    if not any(made_thing(c.entity) for c in index.between(low, clause[0])):
        return None  # the cheap test first: most stories name no product
    end = text.rfind("\n", low, clause[0])
    if end < 0 or not _in_prose(text, end + 1, clause[1]):
        return None  # the figure's own line is a heading or a list item, not the section's prose
    prose = 0
    while end > low:
        start = text.rfind("\n", low, end)
        if start < 0 and low > index.skip_before:
            return None  # the paragraph opens out of reach
        opens = max(start + 1, low)  # the first paragraph within reach opens after the dateline
        paragraph = text[opens:end].strip()
        if paragraph.startswith(_BULLETS):
            return None  # a buy line or a list: another section's tail
        if paragraph and not paragraph.endswith(_PROSE_END):
            if len(paragraph) > _HEADING_MAX or any(m in paragraph for m in _SENTENCE_INSIDE):
                return None  # prose cut short, not a heading
            return _heading_thing(index, text, (opens, end), clause)
        if paragraph:
            prose += 1
            if prose > _PROSE_BETWEEN:
                return None
        end = start
    return None


_LINE_REACH = 600  # how far after the figure its paragraph's end is looked for


def _in_prose(text: str, start: int, figure_start: int) -> bool:
    """Whether the paragraph holding the figure is prose: it ends as a sentence does (or runs on
    past the reach), and is no list item."""
    if text.startswith(_BULLETS, start):
        return False
    line_end = text.find("\n", figure_start, figure_start + _LINE_REACH)
    return line_end < 0 or text[max(start, line_end - 8) : line_end].rstrip().endswith(_PROSE_END)


def _heading_thing(
    index: MentionIndex, text: str, heading: tuple[int, int], clause: tuple[int, int]
) -> Entity | None:
    """The one product the heading names, when nothing else is named before the figure in its
    sentence and no other product between the heading and the figure (a shorter name of the
    same thing, "the first Orbel Buds" under "Orbel Buds Pro", is the same)."""
    named = [c for c in index.between(*heading) if made_thing(c.entity)]
    if not named or any(c.entity.id != named[0].entity.id for c in named):
        return None
    thing = named[0].entity
    own = thing.name.lower()
    for c in index.between(heading[1], clause[1]):
        same = c.entity.id == thing.id or (made_thing(c.entity) and text[c.start : c.end].lower() in own)
        if not same and (made_thing(c.entity) or c.start >= clause[0]):
            return None
    return thing
