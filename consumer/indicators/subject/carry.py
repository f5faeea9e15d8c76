"""Carrying an owner forward from the figure before, the sentence before or the paragraph before.

``extract`` asks these after ``subject_of`` found nobody: a sum or share whose sentence names
nobody goes on with the figure before's owner, a review's specs go on with the product, a
place's agency copy gives it its unowned counts of people, and a one-sentence paragraph
opening with its owner gives it the next paragraph's measure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from consumer.events import Entity
from consumer.gate import gated
from consumer.indicators.subject.adverbial import without_opening
from consumer.indicators.subject.compared_back import compares_back
from consumer.indicators.subject.cues import (
    CORPORATE_MEASURE,
    MACRO_BEFORE,
    REPORTED,
    SENTENCE_END,
    SENTENCE_HEAD,
    TIME_SPAN_UNITS,
    is_price,
    owned_sum,
    unlisted_name,
)
from consumer.indicators.subject.mentions import (
    FOCUS_KINDS,
    OWNER_TYPES,
    WINDOW_BEFORE,
    MentionIndex,
    company_like,
)

# A sentence that opens with a measure an owner has: its head, after "the"/"its" and at most
# three modifiers ("Retail sales", "Total operating revenue", "The trade surplus")
_OPENING_MEASURE = re.compile(
    r"(?:(?:the|its|total)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:exports|imports|revenues?|sales|profits?|earnings|income|output|production|surplus|deficit|"
    r"investment|trade|turnover|consumption|spending|margins?|economy|gdp|output value|value added)\b",
    re.IGNORECASE,
)
# A sentence that restates the figure before as its subject: "The figure was up 12 percent from a
# year earlier", "That total includes 3,000 trucks": the measure, and so the owner, goes on
# (a verb right after the head: "The figure for Tarvia", "The total number of staff" say a new one)
_RESTATED = re.compile(
    r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:figure|total|tally|amount)\s+(?:also\s+)?"
    r"(?:is|was|were|has|had|will|would|rose|fell|grew|jumped|surged|climbed|dropped|slipped|edged|"
    r"declined|increased|decreased|reached|stood|stands|came|comes|includes?|included|represents?|"
    r"represented|compares?|compared|marks?|marked|amounts?|amounted|accounts?|accounted)\b"
)
_PARAGRAPH_GAP = 4  # one paragraph break ("\n\n", "\r\n\r\n"), no more
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
# Things with a figure of their own, whoever the sentence before was about: "The benchmark
# index fell 1.2 percent", "Gold prices averaged $1,900", "Crude oil slipped 2 percent"
_OWN_FIGURE = gated(
    r"\b(?:index|indices|benchmark|gauge|prices?|futures|crude|oil|gold|silver|copper|yields?|bonds?|"
    r"treasur(?:y|ies)|currency|dollar|euro|yen|yuan|interest\s+rates?)\b",
    re.IGNORECASE,
)


def carries_on(
    index: MentionIndex,
    text: str,
    previous: tuple[int, int],
    sentence: tuple[int, int],
    figure_start: int,
    owner: Entity | None,
    unit: str | None,
    figure_end: int | None = None,
) -> bool:
    """Whether a figure whose sentence names no owner goes on with ``owner``, the owner of the
    figure right before it, whose sentence (``previous``) is the one before: "Norland's exports
    rose 8 percent in May. Imports fell 3 percent." The
    conventions give a figure an owner named earlier in its passage; a wrong owner is worse
    than none, so the evidence must be strong: a sum or a share only, an organisation's or a
    place's only, nothing named before the figure (a new name may be a new owner), no
    quotation, no index, price, commodity or yield (things with figures of their own). Across
    a paragraph break only a sentence opening with a measure goes on (any sentence going on
    across a line break read worse on the holdout part). Reads the sentence's head before the
    figure, bounded by the window."""
    if owner is None or owner.type not in ("ORGANIZATION", "LOCATION"):
        return False
    if not 0 <= sentence[0] - previous[1] <= _PARAGRAPH_GAP or text[previous[1] : sentence[0]].strip():
        return False  # another sentence between (a paragraph break is a span of its own)
    low = max(sentence[0], figure_start - WINDOW_BEFORE)
    head = without_opening(text[low:figure_start]).lstrip()
    # "This compares with a 1.5 billion deficit": the figure before at another time
    restates = _RESTATED.match(head) is not None or compares_back(
        index, head, figure_start if figure_end is None else figure_end, sentence[1]
    )
    if not (owned_sum(unit) or restates):
        return False
    if index.between(sentence[0], figure_start) or _QUOTE_MARKS.search(text, low, figure_start):
        return False
    if _OWN_FIGURE.search(text, low, figure_start) is not None or unlisted_name(
        text, sentence[0], figure_start
    ):
        return False
    if "\n" not in text[previous[0] : figure_start]:
        return True
    # agency copy gives each sentence a paragraph: across one break, only a sentence that opens
    # with a measure an owner has goes on ("Imports fell 3 percent", "Net profit was $30 million")
    # or with a head that restates the figure before ("The figure was up 12 percent")
    return restates or _OPENING_MEASURE.match(head) is not None


# "sickening 55 million people worldwide": a count over the whole world is no place's
_WORLDWIDE = re.compile(r"\b(?:worldwide|globally|global|around\s+the\s+world|across\s+the\s+world)\b", re.I)


def story_place(subjects: Sequence[str | None], by_id: dict[str, Entity]) -> Entity | None:
    """The place most of a story's figures belong to (first named on a tie), or None when the
    most frequent owner is no place: whose people an agency's place story counts."""
    counts = Counter(subject for subject in subjects if subject is not None)
    if not counts:
        return None
    top = by_id.get(counts.most_common(1)[0][0])  # most_common keeps the first of a tie
    return top if top is not None and top.type == "LOCATION" else None


# Measures of weather, distance and time a place "has" only as where they happened ("5 inches of
# rain in the past two months"): they do not make a story about a place's people
_SCENE_UNITS = frozenset(
    {"in", "mm", "cm", "m", "km", "mi", "ft", "foot", "yard", "mile", "C", "F", "mph", "km/h", "kph"}
    | TIME_SPAN_UNITS
)


def places_story(subject: str | None, unit: str | None, by_id: dict[str, Entity]) -> bool:
    """Whether a row's owner counts towards the story place: not a place's measure of weather,
    distance or time, which it owns as the scene of a storm ("2 inches of rain in Harlow") and
    which so says nothing of whose people the story counts. Other owners' rows all count."""
    if unit not in _SCENE_UNITS or subject is None:
        return True
    owner = by_id.get(subject)
    return owner is None or owner.type != "LOCATION"


# How far before a people count its sentence is read for another party: a long clause. A bound,
# so a sentence of many counts costs each count a bounded look, not a rescan of the sentence.
_PARTY_BACK = 300


def count_sentence(sentence: str, figure_start: int, text: str) -> tuple[int, bool] | None:
    """Where a figure's sentence starts in its field, and whether it counts over the world
    ("sickening 55 million people worldwide": no place's). Read once per sentence, not per count;
    None when the figure's text is not in its sentence."""
    at = sentence.find(text)
    if at < 0:
        return None
    # the sentence is stored stripped, so its start is the figure's less its offset
    return figure_start - at, _WORLDWIDE.search(sentence) is not None


def counts_place_people(
    index: MentionIndex, sentence_start: int, figure: tuple[int, int], text: str, place: Entity
) -> bool:
    """Whether a count of people with no owner of its own is the story place's: agency copy filed
    from a place counts that place's people ("More than 3,000 residents were relocated", "Of the
    new cases, 12 were imported"), as the conventions let an owner be named earlier in the
    passage. Not when its sentence names another party before it (the source "According to the
    Acme Bureau, 9 million people ..." or a new owner), not a compound ("a four-man crew": a
    size). Reads a bounded window of the figure's own sentence."""
    if "-" in text:
        return False
    window = index.between(max(sentence_start, figure[0] - _PARTY_BACK), figure[0])
    return not any(c.entity.type in OWNER_TYPES and c.entity.id != place.id for c in window)


# A people count's own place right after it: "800,000 people in Kessel", "residents of Kessel",
# "3,000 workers across Kessel" (a counted noun's word or two, then the preposition)
_PLACE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:in|across|of|from|throughout)\s+(?:the\s+)?")


def place_after_count(
    index: MentionIndex, sentence: str, sentence_start: int, figure: tuple[int, int], place: Entity
) -> bool:
    """Whether a people count names another place of its own right after it ("A total of 800,000
    people in Kessel were relocated"): it is no count of the story's place, which only gets the
    counts that name nobody. Reads the words right after the figure in its sentence."""
    found = _PLACE_AFTER.match(sentence, figure[1] - sentence_start, figure[1] - sentence_start + 40)
    if found is None:
        return False
    at = sentence_start + found.end()
    return any(
        c.start == at and c.entity.type == "LOCATION" and c.entity.id != place.id
        for c in index.between(at, min(sentence_start + len(sentence), at + 80))
    )


def spec_goes_on(text: str, previous_end: int, start: int, owner: Entity | None, unit: str | None) -> bool:
    """Whether a figure with no owner of its own goes on with the product that owns the figure
    right before it in the same paragraph: a review lists one thing's specs in a row ("The Orbel
    7 has 402 hp ... 0-60 mph arrives in 5.0 seconds ... tops up to 80 percent in 30 minutes").
    Not a price: what "you'd be paying" for several things is no one thing's. Reads the gap
    between the two figures only."""
    if owner is None or owner.type != "PRODUCT" or "\n" in text[previous_end:start]:
        return False
    base = unit.split("/")[0] if unit is not None else None
    return not is_price(base)


def another_thing_between(index: MentionIndex, start: int, end: int, owner: Entity | None) -> bool:
    """Whether a product other than ``owner`` is named between the figure before and this one:
    "... will fit into 64 full racks. ... Silicon Graphics' Columbia ... reached 42.7 teraflops"
    is another machine's spec, not a spec run of the first. Reads the mentions of the gap only."""
    return any(
        c.entity.type == "PRODUCT" and owner is not None and c.entity.id != owner.id
        for c in index.between(start, end)
    )


_SPEAKER_REACH = 40  # a reporting verb this close after the name makes it the speaker
_PARAGRAPH_BACK = 600  # how far back the paragraph before may open (agency copy: one sentence)
_PARAGRAPH_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n[ \t]*$")


def paragraph_opener(
    index: MentionIndex, text: str, sentence: tuple[int, int], figure_start: int, unit: str | None
) -> Entity | None:
    """The owner of a sum or a share whose sentence opens a paragraph, names nobody before the
    figure and opens with a measure an owner has ("In the first three quarters, foreign direct
    investment reached 5 billion dollars"), when the paragraph right before is one sentence
    that opens with a name, its subject ("Chengdu has stepped up efforts to draw investors.",
    "Vantor Group, a steel maker, reported results on Tuesday."): agency copy gives each
    sentence a paragraph, and a measure with no owner goes on with what the paragraph before
    was about. A place owns an economy's measure, a company its own; not when the paragraph
    before names a second owner, reports (a source's clause is no subject of the story), or
    is quoted. Reads the two paragraphs' heads, bounded by ``_PARAGRAPH_BACK``."""
    if not owned_sum(unit) or _PARAGRAPH_BREAK.search(text, max(0, sentence[0] - 8), sentence[0]) is None:
        return None
    low = max(sentence[0], figure_start - WINDOW_BEFORE)
    if index.between(sentence[0], figure_start) or _QUOTE_MARKS.search(text, low, figure_start):
        return None
    if _OWN_FIGURE.search(text, low, figure_start) is not None or unlisted_name(
        text, sentence[0], figure_start
    ):
        return None
    head = without_opening(text[low:figure_start]).lstrip()
    if _OPENING_MEASURE.match(head) is None:
        return None
    back = max(index.skip_before, sentence[0] - _PARAGRAPH_BACK)
    brk = text.rfind("\n", back, sentence[0])
    previous_end = text.rfind("\n", back, brk)  # the paragraph before ends at the break
    while previous_end > back and text[previous_end - 1] in "\r\n \t":
        previous_end -= 1
    opens = text.rfind("\n", back, previous_end)
    if opens < 0 and back > 0 and back != index.skip_before:
        return None  # the paragraph before is longer than the look-back
    opens = max(opens + 1, index.skip_before)
    paragraph = text[opens:previous_end]
    if not paragraph.strip() or _QUOTE_MARKS.search(paragraph) or SENTENCE_END.search(paragraph):
        return None  # no paragraph, a quotation, or more than one sentence
    names = [c for c in index.between(opens, previous_end) if c.entity.type in ("ORGANIZATION", "LOCATION")]
    if not names or any(c.entity is not names[0].entity for c in names):
        return None  # nobody, or a second owner named
    first = names[0]
    if SENTENCE_HEAD.search(text, max(opens, first.start - 8), first.start) is None and text[
        opens : first.start
    ].strip(' \t"\u201c'):
        return None  # the name does not open the paragraph: not its subject
    if REPORTED.search(text, first.end, min(previous_end, first.end + _SPEAKER_REACH)):
        return None  # "Harlow Bank said ...", "Kessel officials told ...": a source, no subject
    entity = first.entity
    corporate_at = CORPORATE_MEASURE.search(head)
    corporate = corporate_at is not None and not MACRO_BEFORE.search(head, 0, corporate_at.start())
    if entity.type == "ORGANIZATION":
        return entity if company_like(entity) and corporate else None
    if entity.links is None or entity.links.kind not in FOCUS_KINDS or corporate:
        return None
    return entity
