"""A mixed-case name that opens in lower case and a version number: "iOS 13", "eVela 10.15".

A bare number after a capitalised name is no model without a cue ("Beijing 2022", "Route 66"),
but a name that opens with one or two lower-case letters and goes on in capitals ("iOS",
"iPadOS", "eReader") is a product's or a platform's, never a place's or a reference's, and a
short number after it is its version or model. The small model misses such names.
"""

from __future__ import annotations

import re

# One or two lower-case letters, then a capital: the name's one word ("iOS", "eVela")
_LOWER_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")
# The version: one or two digits, perhaps with a point release ("10.15", "8.2.1"), no count or
# share after it ("eZed 10 million users", "iFoo 20 percent")
_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}(?![\w.-]|\.\d|[ \t]*%)")
_COUNT_AFTER = re.compile(
    r"[ \t]+(?:million|billion|thousand|hundred|percent|per|times|points?|people|users|"
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"
)


def versioned_name(text: str, name_start: int, number_start: int) -> tuple[int, int] | None:
    """The span of the last word before ``number_start`` and its version where that word is a
    lower-case-led mixed-case name ("iOS 13", "eVela 10.15"), else None."""
    words = text[name_start:number_start].split()
    if not words or not _LOWER_CAMEL.fullmatch(words[-1]):
        return None
    version = _VERSION.match(text, number_start)
    if version is None or _COUNT_AFTER.match(text, version.end()):
        return None
    return number_start - len(words[-1]) - 1, version.end()
