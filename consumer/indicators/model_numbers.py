"""Numbers that name a model of a made thing rather than count it (session 43).

The conventions exclude "identifiers and numbers inside names (Boeing 737, iPhone 11)". The name
rule (`filters.not_a_figure`) drops a number after a capitalised word ("Boeing 737"), but a
model also appears without its maker, and then two shapes read as figures:

- a variant after a hyphen, "the 868-4 jet", "30 of Kelby's 868-4 airliners": a model number of
  three or four digits, a hyphen and a shorter number. No range is written so (a range rises,
  "120-150"), nor a year span ("2019-20" opens with a year); a score so written ("121-14") is no
  figure either. Both numbers name the model. A tally of votes ("voted 405-11") is left to the
  score rules.
- a model number before the capitalised word of its line ("the troubled 868 Max jets", "the
  14 Pro Max", "a 3 Plus"), which is no counted noun. "5 Pro Bowls", "3 Pro Models" count a
  capitalised noun after that word, so a second capitalised word outside the line's words
  keeps the figure.

Both tests read a few characters at the number, never the sentence.

Session 48 (scraped news pages): a capital letter that reads as a unit may be a model's letter.
Glued to the number with no word of heat near, after a capitalised name or beside a sibling
code, it names the model ("a Long March 4C rocket", "the 5, 5S and 5C": no 4 degrees Celsius),
and the number with it; spaced before a hyphen and digits it is a model's code ("five F-1
engines", "two C-130s": no farads), and the count stays a count without that unit.
"""

from __future__ import annotations

import re

_VARIANT_AFTER = re.compile(r"-(\d{1,3})(?![\d%]|[.,]\d)")
_MODEL_BEFORE = re.compile(r"(?<![\d,.$\u00a3\u20ac])(\d{3,4})-$")
_VOTE_BEFORE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)
_LINE_WORDS = r"(?:Max|Pro|Plus|Mini|Ultra|Lite|XL|XS)"
_LINE_AFTER = re.compile(rf"[ \t]{_LINE_WORDS}(?:[ \t]{_LINE_WORDS})?(?![\w-])(?![ \t]+[A-Z])")


# the units a single capital letter after a number reads as
_LETTER_UNITS = frozenset({"degC", "degF", "farad"})
_CODE_HYPHEN = re.compile(r"-\d")
# words of heat or weather near a glued C or F: then it is a temperature ("a scorching 33C")
_HEAT_NEAR = re.compile(
    r"\b(?:temperatures?|heat\w*|hot\w*|cold\w*|warm\w*|cool\w*|freez\w*|weather|forecast|highs?|lows?|"
    r"fever|oven|thermo\w*|mercury|chill\w*|degrees?|celsius|fahrenheit|scorch\w*|sizzl\w*|swelter\w*|"
    r"balmy|sunny|summer|winter|climate)\b",
    re.IGNORECASE,
)
_HEAT_REACH = 80
# a capitalised name right before a one-digit number, not a sentence's first word ("Long March
# 4C", "iPhone 5C")
_NAME_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<!^)\b[a-z]?[A-Z][A-Za-z]+[ \t]$")
# a sibling code in the list before it: "5, 5S and 5C"
_SIBLING_BEFORE = re.compile(r"\d[A-Z](?![\w-])")


def letter_model(text: str, number_start: int, number_end: int, unit: str, unit_end: int) -> bool:
    """ "a Long March 4C rocket", "the 5, 5S and 5C": a capital letter glued to the number, read
    as a unit, names a model when no word of heat is near and a name or a sibling code with
    another letter is before."""
    if unit not in _LETTER_UNITS or unit_end != number_end + 1 or not text[number_end].isupper():
        return False
    if _HEAT_NEAR.search(text, max(0, number_start - _HEAT_REACH), unit_end + _HEAT_REACH) is not None:
        return False
    low = max(0, number_start - 24)
    if number_end - number_start == 1 and _NAME_BEFORE.search(text[low:number_start]) is not None:
        return True  # one digit after a name: a weather list's "Paris 32C" has two
    # a sibling with another letter: "5S" beside "5C" ("35C ... and 30C" are two temperatures)
    return any(m.group()[1] != text[number_end] for m in _SIBLING_BEFORE.finditer(text, low, number_start))


def letter_code(text: str, unit: str, unit_end: int) -> bool:
    """ "five F-1 engines": a capital letter read as a unit before a hyphen and digits is a
    model's code, no unit."""
    return unit in _LETTER_UNITS and _CODE_HYPHEN.match(text, unit_end) is not None


def _year(digits: str) -> bool:
    return len(digits) == 4 and 1800 <= int(digits) <= 2100


def _model_pair(model: str, variant: str) -> bool:
    return len(variant) < len(model) and not _year(model)


def model_variant(text: str, start: int, end: int, digits: str) -> bool:
    """Either number of "868-4": a model number and its variant."""
    if not digits.isdigit() or _VOTE_BEFORE.search(text, max(0, start - 30), start) is not None:
        return False
    previous = text[start - 1 : start]
    if len(digits) in (3, 4) and previous not in ("-", ",", ".") and not previous.isdigit():
        after = _VARIANT_AFTER.match(text, end)
        if after is not None and _model_pair(digits, after.group(1)):
            return True
    if len(digits) > 3 or previous != "-" or _VARIANT_AFTER.match(text, start - 1) is None:
        return False
    before = _MODEL_BEFORE.search(text, max(0, start - 6), start)
    return before is not None and _model_pair(before.group(1), digits)


def model_line(text: str, end: int, digits: str) -> bool:
    """ "the 868 Max jets", "the 14 Pro Max": a model number before its line's word (one word
    after three or four digits, two after fewer: "3 Plus cards" counts cards)."""
    if not digits.isdigit() or _year(digits):
        return False
    line = _LINE_AFTER.match(text, end)
    return line is not None and (len(digits) >= 3 or line.group().count(" ") + line.group().count("\t") == 2)


# A model between a count and its noun: "400 868 Max jets", "30 Kelby 868 jets", "of the
# troubled 868-4 airliners" (up to two words before it: a maker, an adjective)
_LINK = r"(?:and|or|to|in|of|from|than|by|for|with|at|on|per|the|a|an|over|under|about|between|vs)"
_MODEL_SPAN = re.compile(
    rf"(?:[ \t]+(?!{_LINK}\b)[A-Za-z][\w'\u2019-]*){{0,2}}?"  # a maker, an adjective
    rf"[ \t]+(\d{{3,4}})(?:-\d{{1,3}})?(?:[ \t]{_LINE_WORDS}){{0,2}}(?=[ \t]+[a-z])"
)


def model_end(text: str, position: int) -> int | None:
    """Where a model named right after ``position`` ends, so that the noun after it is counted
    by the number before it ("400 868 Max jets" counts jets); None when no model follows."""
    match = _MODEL_SPAN.match(text, position, position + 60)
    if match is None or _year(match.group(1)):
        return None
    return match.end()
