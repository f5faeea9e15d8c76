"""Spotting numbers in news copy and turning their spelling into a float.

Wire copy writes the same figure as "1,500", "1.5 thousand", "1.5k" or "fifteen hundred";
analysts chart floats, so everything ends up as one value. Nothing here decides whether a
number is an indicator: that is ``filters``' job, which needs the context we keep in spans.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from consumer.gate import gated, lowered
from consumer.lexicon import NUMBER_WORDS

_SMALL = NUMBER_WORDS
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
_GLUED_SCALES = {"k": 1e3, "m": 1e6, "b": 1e9}

_WORD = "|".join(sorted([*_SMALL, "hundred", "thousand", "million", "billion", "trillion", "dozen"], key=len))
# Each pattern opens with a look-ahead on its possible first characters: the regex engine then
# skips every other position at once instead of trying the whole pattern there (2-4x faster).
_WORD_FIRST = "".join(sorted({word[0] for word in _WORD.split("|")} | {"a"}))
_WORD_NUMBER = gated(
    rf"(?=[{_WORD_FIRST}])\b(?:an?\s+(?=hundred|thousand|million|billion|trillion|dozen))?(?:{_WORD})"
    # "and" joins only after a scale word ("seven hundred and sixty-eight"): "between two and three
    # million people" is two numbers, not five million (session twenty-five)
    # a hyphen joins tens and units ("twenty-five"), or a scale to what follows; "a one-two punch"
    # is no three
    r"(?:(?:(?:(?<=ty)|(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))-"
    r"|-(?=hundred|thousand|million|billion|trillion)"
    # a space joins tens and units ("twenty four"), a scale to what follows ("one hundred two")
    # or a number to its scale; never two small numbers ("scored three four times", a slip for
    # "three or four", is no seven: session 43)
    r"|(?<=ty)\s+(?=one|two|three|four|five|six|seven|eight|nine)"
    r"|\s+(?=hundred|thousand|million|billion|trillion|dozen)"
    r"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)|(?<=dozen))\s+"
    r"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+)"
    rf"(?:{_WORD}))*\b",
    re.IGNORECASE,
)
# The same words read case-sensitively on the lower-cased copy (`gate.lowered`): the same spans,
# in half the case-blind reading's time (issue 11)
_WORD_NUMBER_LOWER = gated(_WORD_NUMBER.pattern)
# Digits: "1,234.5", "1234", ".001". Letters glued before ("PS2.7m", "G20") are judged by filters.
_DIGITS = gated(
    r"(?=[-\u2212\d.mn])"
    r"(?:(?<![\w-])(?<!plus or )(?<!plus-or-)(?P<minus>minus[- ]|negative\s)(?=[\d.])"
    r"|(?<![\w\-.,])(?P<sign>[-\u2212])(?=[\d.])|(?<![\d.,]))"
    r"(?P<core>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,30}(?:\.\d+)?|\.\d+)(?![\d])"
    r"(?:/(?P<den>\d{1,2})(?![\d/]))?"
)
_SCALE_AFTER = re.compile(
    r"(?:\s*-?\s*|\s+)(?P<scale>(?:hundred|thousand|million|billion|trillion|lakh|crore)"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion))*)\b"
    r"|\s?(?P<abbr>mn|mln|mil|bn|bln|tn|trn)\b"
    r"|(?P<glued>[kKmMbB])(?![\w\u00b2\u00b3])",
    re.IGNORECASE,
)


# Wire shorthand scales a spelled number as it does digits: "one mln", "the three-mln dlr cost"
# (session 31: "one mln" was 1 with the unit "mln")
_WORD_ABBR_SCALE = re.compile(r"[ \t-](mln|bln|mn|bn)\b", re.IGNORECASE)
_ENDS_IN_SCALE = re.compile(r"(?:thousand|million|billion|trillion|dozen)$", re.IGNORECASE)


def _word_abbr_scaled(text: str, match: re.Match[str], value: float) -> tuple[float, int]:
    """A spelled number's value and end with a wire scale after it ("one mln" is 1e6)."""
    abbr = _WORD_ABBR_SCALE.match(text, match.end())
    if abbr is None or _ENDS_IN_SCALE.search(text, match.start(), match.end()):
        return value, match.end()
    return value * SCALES[abbr.group(1).lower()], abbr.end()


@dataclass(frozen=True, slots=True)
class Number:
    """A spelled figure: ``start``/``end`` cover sign, digits and scale words."""

    start: int
    end: int
    value: float
    spelled: bool  # written in words ("two million")
    glued_m: bool = False  # "5m": million or metre, decided by units


_WORD_PARTS = re.compile(r"[-\s]+")  # compiled once: _word_value runs per spelled number


def _word_value(text: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for token in _WORD_PARTS.split(text.lower()):
        if token in ("a", "an"):
            current = 1.0
        elif token == "and":
            continue
        elif token in _SMALL:
            current += _SMALL[token]
            seen = True
        elif token == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif token == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif token in SCALES:
            total += (current or 1.0) * SCALES[token]
            current = 0.0
            seen = True
    return total + current if seen else None


def _scale_value(words: str) -> float:
    factor = 1.0
    for token in words.lower().split():
        factor *= SCALES.get(token, 1.0)
    return factor


_WHOLE = re.compile(r"\d{1,3}")
# A fraction character glued after digits: "5\u00bd" is five and a half.
_VULGAR_FRACTIONS = {
    "\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75, "\u2153": 1 / 3, "\u2154": 2 / 3,
    "\u215b": 0.125, "\u215c": 0.375, "\u215d": 0.625, "\u215e": 0.875,
}  # fmt: skip


def _whole_before(text: str, found: list[Number], start: int) -> bool:
    """A small whole number then one space or a hyphen right before a fraction: the two write one
    mixed number ("2 1/2 inches", agency style "a 5-1/2 year low"); a year, a decimal or a scaled
    figure before it is a figure of its own."""
    if not found or found[-1].end != start - 1 or text[start - 1] not in " -":
        return False
    whole = found[-1]
    return _WHOLE.fullmatch(text, whole.start, whole.end) is not None and whole.value > 0


def _scaled(text: str, core: str, value: float, end: int) -> tuple[float, int, bool]:
    """The value and end of digits with the scale after them ("2.4 million", "5bn", "3m"), and
    whether the scale is a glued "m" (million or metre, decided by units)."""
    scale = _SCALE_AFTER.match(text, end)
    if scale is None:
        return value, end, False
    glued_m = False
    if scale.group("scale"):
        factor = _scale_value(scale.group("scale"))
    elif scale.group("abbr"):
        factor = SCALES[scale.group("abbr").lower()]
    else:
        letter = scale.group("glued").lower()
        glued_m = letter == "m"
        factor = _GLUED_SCALES[letter]
    # in decimal, so "34.62 trillion" is 34620000000000.0, not 34619999999999.996
    return float(Decimal(core.replace(",", "")) * Decimal(repr(factor))), scale.end(), glued_m


# "four-and-a-half years", "two and a half hours", "one and a half million people", "two and
# one-half hours": a whole number and a half is one figure (it was read as the whole number and
# lost its unit: "five-and-a-half points" gave 5 with none); a scale word after it scales both
_AND_A_HALF = re.compile(
    r"(?:\s+|-)and(?:\s+|-)(?:a|one)(?:\s+|-)half(?P<scale>\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    r"(?![\w-])",
    re.IGNORECASE,
)


def _and_a_half(text: str, number: Number) -> Number:
    """The number with "and a half" after a whole number folded in, else the number."""
    if number.value <= 0 or number.value != int(number.value) or number.glued_m:
        return number
    half = _AND_A_HALF.match(text, number.end)
    if half is None:
        return number
    value = number.value + 0.5
    if half.group("scale"):
        value *= SCALES[half.group("scale").strip().lower()]
    return Number(number.start, half.end(), value, number.spelled)


# The denominators fractions are written with ("1/2 cup", "3/8 inch", "1/100 second"); "9/11" and
# "4/20" are days, "24/7" an idiom (session twenty-five: "9/11" was published as 0.818)
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64})


def find_numbers(text: str) -> list[Number]:
    """Every number written in digits or words, in text order, with scales folded in."""
    found: list[Number] = []
    for match in _DIGITS.finditer(text):
        core = match.group("core")
        try:
            value = float(core.replace(",", ""))
        except ValueError:  # pragma: no cover - the pattern only admits floats
            continue
        den = match.group("den")
        if den is not None:
            if int(den) == 0 or value >= int(den) or int(den) not in _DENOMINATORS:
                continue  # "24/7", "9/11", dates like 4/20: not fractions
            value /= int(den)
        end = match.end()
        glued_m = False
        vulgar = _VULGAR_FRACTIONS.get(text[end : end + 1]) if den is None else None
        spaced = 0
        if vulgar is None and den is None and text[end : end + 1] == " " and core.isdigit():
            vulgar, spaced = _VULGAR_FRACTIONS.get(text[end + 1 : end + 2]), 1  # "6 \u00bd minutes"
        if vulgar is not None:  # "5\u00bd games back", "an 18\u00bd-minute gap": one mixed number
            value, end = value + vulgar, end + 1 + spaced
        if den is None and vulgar is None:
            value, end, glued_m = _scaled(text, core, value, end)
        if match.group("minus") or match.group("sign"):
            value = -value
        if not math.isfinite(value):
            continue
        start = match.start()
        if den is not None and value > 0 and _whole_before(text, found, start):
            whole = found.pop()  # "1 1/2 cups": one mixed number, 1.5 cups, not 1 and 0.5
            start, value = whole.start, whole.value + value
        number = Number(start, end, value, False, glued_m)
        found.append(_and_a_half(text, number) if den is None and vulgar is None else number)
    low = lowered(text)
    words = _WORD_NUMBER.finditer(text) if low is None else _WORD_NUMBER_LOWER.finditer(low)
    for match in words:
        word_value = _word_value(text[match.start() : match.end()])
        if word_value is None or not math.isfinite(word_value):
            continue
        word_value, end = _word_abbr_scaled(text, match, word_value)
        found.append(_and_a_half(text, Number(match.start(), end, word_value, True)))
    found.sort(key=lambda n: n.start)
    # Digits followed by scale words ("4 hundred million") were folded already; drop the
    # word-number that re-reads their scale.
    kept: list[Number] = []
    for number in found:
        if kept and number.start < kept[-1].end:
            continue
        kept.append(number)
    return kept
