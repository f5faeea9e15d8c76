"""A listicle's or a review's heading that is a maker's model: the product, whole.

"3. Kelbrook Swift 3", "Best overall: Quillon Vela Air", "Quorvo Blade 15 ($1,799)" on a line of
its own, above the paragraph that gives the thing's specs and price, or a review's headline
("Kelbrook Swift 3 review: ..."): the model reads a person ("Kelbrook Swift"), a body ("Quillon
Vela Air") or nothing there, and the figures below lose their owner. A line is taken only when
it holds nothing but a list's number or a pick's label, model words (perhaps a listed maker's
first) and perhaps a price, and a listed maker and a model's mark (a digit, an inner capital,
an edition word), or one of them and a price or a spec in the paragraph below, say it is a
model. The heading's model words less its first word are its later mentions ("The Swift 3").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import HEAD_TYPES
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.products import CAR_BRANDS, DIVISION_WORDS

# A line of its own: a list's number ("3.", "#3", "3)") or a pick's label ("Best overall: "), one
# or two maker words and one to five model words ("Swift 3", "iPad Air", "x360", "Mach-E"), and
# perhaps a price after it ("(\u0024649)", "\u2013 \u0024649 at Amazon"); nothing else
_NAME = r"(?P<name>[A-Z][\w&'\u2019-]*(?:[ \t][A-Za-z0-9][\w.+'\u2019-]*){1,5}?)"
_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?:#\d{1,2}[.):]?|\d{1,2}[.):])[ \t]+|[A-Z][a-z]+(?:[ \t][a-z-]+){0,4}:[ \t]+)?"
    + _NAME
    + r"(?:[ \t]*\([^()\n]{0,30}[$\u00a3\u20ac]\d[^()\n]{0,30}\)"
    r"|[ \t]+[\u2013\u2014-][ \t]+[$\u00a3\u20ac]\d[^\n]{0,40})?[ \t]*$"
)
# A review's headline: "Kelbrook Swift 3 review: ...", "Review: Kelbrook Swift 3", "... hands-on"
_REVIEWED = re.compile(
    r"^(?:(?:Review|Hands-on|First look):[ \t]+)?" + _NAME + r"(?:[ \t]+(?:review|hands-on)\b|[ \t]*$)"
)
_REVIEW_CUE = re.compile(r"^(?:Review|Hands-on|First look):|\b(?:review|hands-on)\b")
_MARK = re.compile(r"\d|[a-z][A-Z]|^(?:Pro|Max|Plus|Ultra|Mini|Lite|Air|Go|SE|XL)$")
# What a paragraph below prices or measures: a price, a memory, a screen, a battery, power
_SPEC_BELOW = re.compile(
    r"[$\u00a3\u20ac]\s?\d|\d\s?(?:GB|TB|mAh|Wh|kWh|hp|mph|Hz|MP)\b|\d(?:-inch|\s?inch(?:es)?)\b|"
    r"\d\s?(?:pounds|grams|ounces)\b"
)
_SHORT_MARK = re.compile(r"\d|[a-z][A-Z]")
# A year, a quarter or a half, a fiscal year, an ordinal: no model's mark ("Kelby Q3 2020")
_YEAR = re.compile(r"(?:19|20)\d\d|[QH][1-4]|FY\d{2,4}|\d{1,2}(?:st|nd|rd|th)")
# Words a heading names no model with: a firm's division, a section, a story's kind
NOT_MODEL_WORDS = DIVISION_WORDS | frozenset(
    word_list(
        "review reviews deal deals sale sales update updates event earnings results launch price prices "
        "pricing specs verdict conclusion design performance features battery camera display software "
        "overview summary faq news best top our the and or vs versus winner winners"
    )
)
_BELOW_REACH = 400  # characters of the paragraph below read for a price or a spec
_HEADING_CHARS = 80  # the longest heading line read


def headed_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """The span of a heading line's maker and model words (``_HEADING``), or of a review's
    headline (``_REVIEWED``): every word a model's word (no body's, division's or kind's word),
    and a maker the gazetteer lists or a model's mark, with a price or a spec in the paragraph
    below unless both (or a review's cue) say it is a model. Also the later mentions of a
    heading's model words less its first word, where they bear a model's mark ("The Swift 3
    weighs ..." after "3. Kelbrook Swift 3"): found in one pass over the text for all headings."""
    found: list[tuple[int, int]] = []
    for match in _HEADING.finditer(text):
        if match.end() - match.start() > _HEADING_CHARS or not _own_paragraph(text, match):
            continue
        makers, marked = _model_name(match.group("name"), gazetteer)
        if (makers and marked) or ((marked or makers) and _priced_below(text, match.end())):
            found.append(match.span("name"))
    yield from found
    yield from _short_forms(text, found)
    review = _REVIEWED.match(text) if _REVIEW_CUE.search(text, 0, _HEADING_CHARS * 2) else None
    if review is not None and "\n" not in text[: review.end()]:
        makers, marked = _model_name(review.group("name"), gazetteer)
        if makers or marked:
            yield review.span("name")


def _short_forms(text: str, headings: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Later mentions of each heading's name less its first word, when the rest bears a model's
    mark (a digit or an inner capital: "Swift 3", "ZenBook 14"); one regex pass over the text."""
    parts: dict[str, int] = {}
    for start, end in headings:
        rest = text[start:end].split(" ", 1)[1] if " " in text[start:end] else ""
        if rest and _SHORT_MARK.search(rest) and rest not in parts:
            parts[rest] = end
    if not parts:
        return
    pattern = re.compile(
        r"(?<![\w'\u2019.&+-])(?:"
        + "|".join(map(re.escape, sorted(parts, key=len, reverse=True)))
        + r")(?![\w+-])"
    )
    for match in pattern.finditer(text):
        if match.start() >= parts[match.group()]:  # after the heading that named it in full
            yield match.span()


def _model_name(name: str, gazetteer: Gazetteer) -> tuple[int, bool]:
    """How many maker words the gazetteer lists open the name, and whether a model's mark is in
    its other words; (0, False) when a word is no model's or the gazetteer lists the name as no
    product."""
    listed = gazetteer.lookup(name)
    if listed is not None and listed.type != "PRODUCT":
        return 0, False
    words = name.split()
    makers = _maker_words(words, gazetteer)
    if not all(_model_token(w) for w in words[makers:]):
        return 0, False
    return makers, any(_MARK.search(w) and not _YEAR.fullmatch(w) for w in words[max(makers, 1) :])


def _priced_below(text: str, end: int) -> bool:
    return _SPEC_BELOW.search(text, end, min(len(text), end + _BELOW_REACH)) is not None


def _own_paragraph(text: str, match: re.Match[str]) -> bool:
    """A line that a blank line or the text's edge sets off below: a heading, not a wrapped line."""
    return text.startswith("\n\n", match.end()) or match.end() == len(text)


def _maker_words(words: list[str], gazetteer: Gazetteer) -> int:
    """How many words open the line as a maker the gazetteer lists (one or two) or a carmaker's
    brand (one), 0 if none."""
    if len(words) > 1 and words[0] in CAR_BRANDS:
        return 1
    for n in (2, 1):
        if len(words) > n:
            entry = gazetteer.lookup(" ".join(words[:n]))
            if entry is not None and entry.type == "ORGANIZATION":
                return n
    return 0


def _model_token(word: str) -> bool:
    """A word of a model's name: capitalised or bearing a model's mark ("iPad", "x360", "75t",
    "Stick+"), no body's, division's or kind's head word ("Electronics", "University", "Review")."""
    if _MARK.search(word):
        return True
    low = word.lower().rstrip(".+")
    return word[:1].isupper() and low not in NOT_MODEL_WORDS and low not in HEAD_TYPES
