"""Small text helpers every quote rule shares: the mask character, word splits, the last
character of quoted words, trimming and normalising.

Kept apart so that the rule modules import them from one place and never from each other.
"""

from __future__ import annotations

import re
import unicodedata


def split_words(text: str) -> list[str]:
    return text.split()


MASK = "\x00"


WORD = re.compile(r"\w+")


def last_char(content: str) -> str:
    """The quoted words' last character, past a nested quote closing with the outer one."""
    return content.rstrip().rstrip("'\u2019\u201d\"").rstrip()[-1:]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# compiled once: verb_text and normalise run per quote candidate
_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"[\u2018\u2019\u201c\u201d\"']")


# 'is quoted after the final as saying': the verb without where or when it was quoted
_QUOTED_WHERE = re.compile(r"\bquoted\s+\S.*?\s+as\s+saying$")


def verb_text(raw: str) -> str:
    return _QUOTED_WHERE.sub("quoted as saying", _SPACES.sub(" ", raw.lower()))


def normalise(words: str) -> str:
    text = unicodedata.normalize("NFKC", words).casefold()
    text = _QUOTE_MARKS.sub("", text)
    return _SPACES.sub(" ", text).strip()
