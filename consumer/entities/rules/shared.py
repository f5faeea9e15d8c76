"""Word tables and helpers that several rule modules share.

Kept apart so that the place, work, event and organisation rules can use them without
importing one another (no cycles).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from consumer.gate import may_hold
from consumer.lexicon import (
    COMPANY_TITLE_WORDS,
    MONTH_NAMES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    WEEKDAYS,
)

# "According to a survey by X, the firm's sales rose": a sentence that opens with a
# prepositional phrase closes it at the comma, and "the firm" starts the main clause.
OPENING_PREPOSITIONAL_PHRASE = re.compile(
    r"(?:^|[.!?]\s+|\n|\s(?:--|\u2014)\s+)"
    r"(?:according to|in|at|on|after|before|by|for|from|under|with|despite|as|when|while|"
    r"since|unlike|like|during|following|amid)\s[^,.!?\n]*$",
    re.IGNORECASE,
)


OPENING_WINDOW = 200


TITLE_WORDS = frozenset((*COMPANY_TITLE_WORDS, *ROLE_NOUNS, *ROLE_MODIFIERS, *ROLE_WORDS))


def tried_where(
    pattern: re.Pattern[str], text: str, words: Iterable[str], back: int = 0, where: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens ``back`` characters before
    one of ``words``: tried only at those places, found by substring search (C speed), instead
    of at every letter that can open it. Each place is tried in text order, and a match ends
    past the next try, as finditer's do: the same matches. ``where``, a copy of ``text`` that
    lines up with it letter for letter (`gate.lowered`), is searched for the words instead: a
    case-blind pattern's lower-case words are found in the lower-cased copy."""
    look = text if where is None else where
    starts: set[int] = set()
    for word in words:
        if where is None and not may_hold(text, word):
            continue  # most words are in no text: a test of its words, not a walk of the text
        at = look.find(word, back)
        while at >= 0:
            starts.add(at - back)
            at = look.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        match = pattern.match(text, at)
        if match is not None:
            end = match.end()
            yield match


def title_case(title: str) -> bool:
    """A title of one to ten words, half of them or more capitalised (or numbers)."""
    words = title.split()
    return 1 <= len(words) <= 10 and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= len(words) / 2


WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")


NOT_PRODUCT_WORD = re.compile("^(?:" + "|".join(w.title() for w in (*MONTH_NAMES, *WEEKDAYS)) + r")$|['’]s$")


def matches_at_literals(
    pattern: re.Pattern[str], text: str, literals: Iterable[str]
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` finds, for a pattern every match of which starts
    with one of ``literals``: ``str.find`` walks to each literal and the pattern is tried only
    there (a rare literal, a currency sign or an edition word, costs next to nothing to find; a
    scan of every position costs a few tenths of a millisecond per story). Matches do not overlap."""
    starts: list[int] = []
    for literal in literals:
        if not may_hold(text, literal):
            continue  # most literals are in no text: a test of its words, not a walk of the text
        pos = text.find(literal)
        while pos != -1:
            starts.append(pos)
            pos = text.find(literal, pos + 1)
    end = -1
    for pos in sorted(starts):
        if pos < end:
            continue
        match = pattern.match(text, pos)
        if match is not None:
            end = match.end()
            yield match
