"""Page furniture's label lines: a menu entry, a section's label or a widget's caption.

An HTML page's body keeps lines such as "Release News", "Label Profile" or "Found This
Useful": title-case ordinary words on a line of their own, which the model reads as a body, a
work or a person. A real name may stand so too (a list of partners, a sign-off), but then it sits
among other names: the line before or after it is another short line of capitalised words. A
label sits between prose, bullets and buttons ("Pick a Size"), so only a label of dictionary
words with no name line beside it is taken for furniture.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import retype
from consumer.entities.dictionary import dictionary_words, in_dictionary

LABEL_TYPES = ("ORGANIZATION", "MISC", "PERSON", "PRODUCT")

# a line's lead before a label: spaces, a table row's bars (empty cells before it), a bullet or
# a list number ("5. ", "- ", "| | ")
_LEAD = re.compile(r"[ \t]*(?:\|[ \t]*){0,4}(?:[-*\u2022\u2013]\s*|\d{1,2}[.)]\s*)?")
_TRAIL = re.compile(r"\s*(?:\|\s*){0,4}")  # after a label: spaces, the row's closing bars
_LEAD_CHARS = 16
_LINE_REACH = 120  # a neighbour longer than this is prose, no name line
_NAME_LINE_WORDS = 6
# lower-case words a name line may hold between its capitalised ones ("Bank of Kelby")
_NAME_SMALL = frozenset(("of", "and", "&", "the", "de", "du", "van", "von", "for"))
_LINE_END = (".", "!", "?", ":", ",", ";")


def label_words(name: str) -> bool:
    """Every word an English word of the dictionary or a function word ("Found This Useful",
    "All Past Issues"), at least one a dictionary word; a coined word ("Quillon") or a
    person's given name first ("Grace Young") makes a name."""
    words = name.split()
    if not words or retype.is_given_name(words[0]):
        return False
    english = dictionary_words()[0]
    content = [w for w in words if w != "&" and w.lower() not in STOP_WORDS]
    return (
        bool(content)
        and all(w.isalpha() and in_dictionary(w.lower(), english) for w in content)
        and all(w == "&" or w.isalpha() for w in words)
    )


def menu_label(body: str, start: int, end: int) -> bool:
    """The mention is a whole line (after a bullet or a list number) and neither neighbouring
    line is a name line. Reads at most two bounded neighbours."""
    before = body[max(0, start - _LEAD_CHARS) : start]
    newline = before.rfind("\n")
    if (newline < 0 and start > _LEAD_CHARS) or not _LEAD.fullmatch(before[newline + 1 :]):
        return False
    line_start = start - len(before) + newline + 1
    line_end = body.find("\n", end, end + _LEAD_CHARS + 1)
    if line_end < 0:
        line_end = len(body) if len(body) - end <= _LEAD_CHARS else -1
    if line_end < 0 or not _TRAIL.fullmatch(body[end:line_end]):
        return False
    return not _name_line(_previous_line(body, line_start)) and not _name_line(_next_line(body, line_end))


def _previous_line(body: str, line_start: int) -> str:
    """The last non-empty line before ``line_start``, or "" (none within reach, or prose)."""
    window = body[max(0, line_start - _LINE_REACH * 2) : line_start].rstrip()
    cut = window.rfind("\n")
    if cut < 0 and line_start > _LINE_REACH * 2:
        return ""
    return window[cut + 1 :].strip()


def _next_line(body: str, line_end: int) -> str:
    window = body[line_end : line_end + _LINE_REACH * 2].lstrip()
    cut = window.find("\n")
    if cut < 0 and line_end + _LINE_REACH * 2 < len(body):
        return ""
    return (window if cut < 0 else window[:cut]).strip()


def _name_line(line: str) -> bool:
    """A short line of capitalised words with no sentence end: another entry of a list of names
    ("Quillon Labs", "- Bank of Kelby")."""
    lead = _LEAD.match(line)
    words = [w for w in line[lead.end() if lead else 0 :].split() if w != "|"]
    if not words or len(words) > _NAME_LINE_WORDS or line.rstrip(" \t|").endswith(_LINE_END):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_SMALL for w in words)
