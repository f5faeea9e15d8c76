"""The head of a subject phrase where a clause or an opening hid it (session 38, fresh BBC stories).

Two shapes had given a quote to someone the tag does not mean:

- a relative clause on the name with no comma before it (`"...," said Roe who joined Ann Bell and
  Tom Ames on stage`): the names inside the clause are its objects, never the speaker, so the
  phrase ends before `who`; read whole, the last person of the clause (Tom Ames) took the quote;
- an opening phrase with no comma of its own, run on to a name and its apposition (`After the
  ruling Ann Bell, director of the Acme Trust, said:`): the comma after the name closes no opening,
  so the name heads the sentence; skipped as an opening, the apposition's body (the Acme Trust)
  took the quote.

Both read a bounded stretch of the phrase once; no rescan of the sentence.
"""

from __future__ import annotations

import re

from consumer.quotes.cues import STEP, VERBS
from consumer.quotes.speaker_words import person_noun

# a capitalised word (a name's last word), then a relative pronoun with no comma between
_NAME_RELATIVE = re.compile(r"\b(?P<name>[A-Z][\w'\u2019-]*)\s+(?=(?:who|whose|whom)\s)")
_PHRASE_REACH = 240

# an opening's tail: a lower-case word, then a name of two to three capitalised words ending at the
# opening's comma ('the ruling Ann Bell')
_NAME_AT_END = re.compile(r"(?<=[a-z,])\s+(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,2}),\s+$")
# the rest: an apposition in lower case closed by a comma, none inside it, then the reporting verb
_APPOSITION = re.compile(
    rf"(?-i:[a-z])[\w-]*\b[^,\x00\"\u201c\u201d;:.]{{0,120}},\s+{STEP}(?:{VERBS})\b", re.IGNORECASE
)


def relative_cut(text: str, start: int, end: int) -> int:
    """Where the subject phrase ``text[start:end]`` ends: before a relative pronoun right after a
    capitalised word ('Roe who joined ...'), else ``end``."""
    m = _NAME_RELATIVE.search(text, start, min(end, start + _PHRASE_REACH))
    if m is None:
        return end
    return m.end("name") if m.end() < end else end


def apposed_opening_name(masked: str, opening_start: int, opening_end: int, end: int) -> int | None:
    """Where the subject starts when an opening phrase read up to its comma (``masked[opening_start:
    opening_end]``) ends with a name and the rest up to the verb (``end``) is that name's apposition:
    'After the ruling Ann Bell, director of the Acme Trust, said' heads on Ann Bell."""
    if _APPOSITION.match(masked, opening_end, end) is None:
        return None
    name = _NAME_AT_END.search(masked, opening_start, opening_end)
    return name.start("name") if name is not None else None


# a spokesperson's portfolio before the holder's name: 'spokeswoman for health Ann Bell'; the words
# after "for" are a field in lower case, not a person's title ('a spokesman for the minister Ann
# Bell' is someone else's spokesman) nor an article
_PORTFOLIO = re.compile(r"spokes(?:man|woman|person)\s+for\s+(?P<field>(?:[a-z][\w-]*\s+){1,3})$")
_NOT_FIELD = frozenset(
    ("the", "a", "an", "his", "her", "their", "its", "our", "prince", "princess", "king", "queen")
)


def portfolio_holder(phrase: str) -> bool:
    """Whether ``phrase`` (the words before a person's name) ends with a spokesperson's title and a
    portfolio ('Tory spokeswoman for health '): the name is the title holder's, not someone the
    spokesperson speaks for."""
    m = _PORTFOLIO.search(phrase[-80:])
    if m is None:
        return False
    words = m.group("field").split()
    return not _NOT_FIELD.intersection(words) and not any(person_noun(w) for w in words)
