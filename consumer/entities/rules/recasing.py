"""Re-casing of ALL-CAPS lines before NER.

ALL-CAPS headlines and datelines defeat a model trained on mixed case, so such lines
are re-cased before NER using the casing the same article uses elsewhere. Re-casing
never changes a string's length, so every offset found in the re-cased text is an
offset in the original, and mention text is always cut from the original.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer


def _split(text: str) -> list[str]:
    return text.split()


_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_WORD_OR_MARK = re.compile(r"([^\W\d_][\w'’.&-]*)|(\S)")  # _WORD, or any other non-space character
_LEADING_CAPS = re.compile(r"^\s*([A-Z][A-Z.'’\- ]{1,40}[A-Z.])(?=\s*,|\s+\(|\s+-|\s+\d)")
_SENTENCE_END = frozenset(".!?\"'“”‘’:•-([")
_VOWELS = frozenset("AEIOUY")
_DROP_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")  # translate() drops them


def is_caps_line(line: str) -> bool:
    # Exact quick answer for prose: when ASCII lower-case letters alone are over a fifth of the
    # line's characters, capitals cannot be 80% of its letters (a C pass, not a Python loop;
    # translate() counts them about twice as fast as a regex substitution).
    if (len(line) - len(line.translate(_DROP_ASCII_LOWER))) * 5 > len(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.8


def is_title_case(line: str) -> bool:
    """Most longer words capitalised ("Moon Could Host Life, Study Finds"): such a line's
    capitals mark every word, not names."""
    words = re.findall(r"[A-Za-z]{4,}", line)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitalised >= 0.7 * len(words)


def case_map(texts: Iterable[str]) -> dict[str, str]:
    """How this article spells each word when it is not shouting and not sentence-initial."""
    words: list[str] = []
    for text in texts:
        for line in text.splitlines():
            if is_caps_line(line):
                continue
            # One C pass yields each word and each other non-space character in order (the word
            # alternative is tried first at every position, so the words are _WORD's own matches
            # and what lies between two tokens is white space): the last character before a word,
            # spaces skipped, is the previous token's last. A line's start reads as a sentence end.
            prev = "."
            for word, mark in _WORD_OR_MARK.findall(line):
                if not word:
                    prev = mark
                    continue
                if prev not in _SENTENCE_END and not (word.isupper() and len(word) > 1):
                    words.append(word)
                prev = word[-1]
    # Counted once at the end; a spelling seen first wins a tie, as Counter.most_common keeps it.
    best: dict[str, tuple[int, str]] = {}
    for word, count in Counter(words).items():
        low = word.lower()
        if low not in best or count > best[low][0]:
            best[low] = (count, word)
    return {low: word for low, (_, word) in best.items()}


def _title(word: str) -> str:
    out = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return out if len(out) == len(word) else word


def _recase_word(word: str, cases: dict[str, str], gazetteer: Gazetteer) -> str:
    if word in gazetteer.acronyms:
        return word
    low = word.lower()
    if len(low) != len(word):
        return word
    form = cases.get(low)
    if form is not None:
        return form
    if low in STOP_WORDS:
        return low
    if low in gazetteer.proper_tokens:
        return _title(word)
    if len(word) <= 4 and not (_VOWELS & set(word)):
        return word
    return _title(word)


def _recase_span(text: str, cases: dict[str, str], gazetteer: Gazetteer) -> str:
    return _WORD.sub(
        lambda m: _recase_word(m.group(), cases, gazetteer) if m.group().isupper() else m.group(), text
    )


def recase(text: str, cases: dict[str, str], gazetteer: Gazetteer) -> str:
    """Re-case ALL-CAPS lines and leading ALL-CAPS dateline places; same length as ``text``."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if is_caps_line(line):
            line = _recase_span(line, cases, gazetteer)
        else:
            lead = _LEADING_CAPS.match(line)
            if lead:
                line = (
                    line[: lead.start(1)]
                    + _recase_span(lead.group(1), cases, gazetteer)
                    + line[lead.end(1) :]
                )
        out.append(line)
    result = "".join(out)
    return result if len(result) == len(text) else text
