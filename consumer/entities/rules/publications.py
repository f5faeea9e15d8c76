"""Publications named right after their kind: "the journal Kelby Astronomy", "gadget magazine
Quillo", "Scottish magazine The Roster", "the tabloid Harbor Daily". By the conventions a
newspaper, a magazine or a journal is an ORGANIZATION; the small model reads such titles as a
work (MISC), a product, a person ("UK magazine Marlo Format") or nothing at all, and a short
title that is a common word ("Stuff", "Nature") it never reads as a name.

The kind is found first (``str.find`` of four lower-case words), then the title right after it:
"The" perhaps, then capitalised words (small words between them), cut at a date's word. The word
before the kind must describe it (an article, an adjective, a place's word: "the", "medical",
"US"), never a verb's subject or object ("told the newspaper Monday" is cut to nothing; "the
newspaper Jo Roe founded" is a person's name, left alone). Only the characters of the kind's own
phrase are read: the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from consumer.entities.rules.shared import NOT_PRODUCT_WORD, matches_at_literals

_KIND_LITERALS = (" journal", " magazine", " newspaper", " tabloid")
# the kind, a comma perhaps, then the title: "The" and one to five capitalised words, small words
# between ("Business and Finance", "Journal of the Kelby Society" stops at its own words)
_KIND_THEN_TITLE = re.compile(
    r" (?:journal|magazine|newspaper|tabloid)[ \t]+"
    r"(?P<title>(?:The[ \t]+)?[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|and|&|the|for)[ \t]+)?[A-Z][\w'’&-]*){0,4})"
    r"(?![\w'’&-])"
)
# the word before the kind: an article, a describing word or an owner's possessive ("Roe's
# magazine Harbor"), never an auxiliary, "to" or a pronoun that makes the kind a verb ("they
# journal", "to journal")
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“])(?P<word>[\w'’.&-]+)$")
_NOT_DESCRIBING = frozenset(
    (
        *("to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "do", "does"),
        *("i", "you", "we", "they", "he", "she", "it", "who", "which", "that", "not", "never", "and"),
        *("or", "but"),
    )
)
_TITLE_WORD = re.compile(r"[^ \t]+")
_REACH = 30  # characters before the kind looked at for the word that describes it


def named_publications(text: str, is_person: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """ "the journal Kelby Astronomy", "gadget magazine Quillo": the spans of publications' titles
    right after a described kind of publication. A title that reads as a person's name ("the
    newspaper Jo Roe founded") or opens on a date's word ("told the newspaper Monday") is none."""
    for match in matches_at_literals(_KIND_THEN_TITLE, text, _KIND_LITERALS):
        before = _WORD_BEFORE.search(text, max(0, match.start() - _REACH), match.start())
        if before is None or before.group("word").lower() in _NOT_DESCRIBING:
            continue
        words = list(_TITLE_WORD.finditer(text, match.start("title"), match.end("title")))
        cut = next((i for i, w in enumerate(words) if NOT_PRODUCT_WORD.match(w.group())), len(words))
        while cut > 0 and words[cut - 1].group().islower():
            cut -= 1  # "Kelby Review of Tuesday" -> "Kelby Review"
        if cut == 0 or (cut == 1 and words[0].group() == "The"):
            continue
        start, end = match.start("title"), words[cut - 1].end()
        if text.endswith(("'s", "’s"), start, end):
            end -= 2  # "US magazine Kelby Stone's annual list": the owner, less its clitic
        if is_person(" ".join(w.group() for w in words[:cut] if w.group() != "The")):
            continue
        yield start, end
