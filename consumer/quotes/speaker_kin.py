"""A relative named by a possessor and a given name heading the sentence before a pronoun's tag
(session 36, BBC stories): 'Marsh's sister Rachel makes an emotional appeal. "...," she said' is
the sister's, whom the entity stage may not name; read as the last woman named, the quote went to
someone else of the story. Null when no entity holds her, never the possessor."""

from __future__ import annotations

import re

from consumer.quotes.speaker_words import FEMALE_NOUNS, MALE_NOUNS

_KIN = "|".join(sorted(FEMALE_NOUNS | MALE_NOUNS))
# 'Marsh's sister Rachel makes', 'Edwards' brother Tom, a teacher, said': a possessor's name, the
# relative and one or two capitalised given names, then the sentence goes on in lower case
NAMED_KIN_HEAD = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n)(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:['\u2019]s?)\s+"
    rf"(?:[a-z][\w-]*\s+)?(?P<noun>{_KIN})\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?=,?\s+[a-z])"
)
_REACH = 400


def named_kin_before(masked: str, para_start: int, start: int, pronoun: str) -> tuple[int, int] | None:
    """The span of the given name of a relative of the pronoun's sex heading a sentence of the
    paragraph before ``start`` (within ``_REACH`` characters), the last such; None if there is none."""
    found = None
    # from the character before the window, so that a paragraph break before it opens a sentence
    for m in NAMED_KIN_HEAD.finditer(masked, max(0, max(para_start, start - _REACH) - 1), start):
        found = m
    if found is None:
        return None
    noun = found.group("noun").lower()
    sex = "she" if noun in FEMALE_NOUNS else "he" if noun in MALE_NOUNS else None
    return found.span("name") if sex == pronoun else None
