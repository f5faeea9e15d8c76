"""Where a clause's opening phrase ends: its last comma, but not one inside a list of words.

The owner rules read a clause's head after any opening phrase ("During 1986, the company cut
..."), and the phrase ends at the clause's last comma. A comma inside a coordinated list of
lower-case words ("the company cut operating, administrative and marketing expenses by 91 mln
dlrs", "it sells wool, cotton or silk worth ...") closes no phrase, and cutting there lost the
subject before it ("the company"), so the figure went unowned. Such a comma is skipped when the
words before it (back to the previous comma) are no opening phrase of their own: at least two
words, the last lower-case, none opening on a preposition or a time or linking word ("In
addition, sales and profits rose", "Last year, costs and prices fell" still open with a phrase).
A comma between two digits ("It cut 6,000 jobs") is part of a number and never ends a phrase:
cutting there lost the clause's head ("It", "The company") and the figure its owner.
"""

from __future__ import annotations

import re
from functools import lru_cache

# After the comma: single lower-case words, commas between them, then "and"/"or" and one more
# word ("administrative and marketing", "b, c, or d"); bounded, so each comma is read once
_LIST_GOES_ON = r"\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*){0,5},?\s+(?:and|or)\s+[a-z]"
# Words that open a phrase of their own before a comma, whatever follows it
_OPENER = (
    r"(?:in|on|at|during|for|after|before|since|over|under|by|with|without|through|throughout|within|"
    r"from|until|despite|unlike|like|as|amid|among|following|according|compared|excluding|including|"
    r"last|this|next|earlier|later|also|meanwhile|however|but|and|so|yet|still|then|overall|all|taken|"
    r"separately|besides|moreover|furthermore|instead|now|today|yesterday|thus|up|once|when|while)\b"
)
_QUOTES = '[ \\t"\u201c\u2018(]*'
# A phrase's run: anything but a line break or a comma, or a comma between two digits; a word's
# run: no space and no comma but one inside a number ("6,000"). Written as a run of one class
# with the number's commas between runs, which the regex engine steps over in C, where a
# repeated alternation of single characters costs a branch per character (five times the time)
_RUN = r"[^,\n]*(?:(?<=\d),(?=\d)[^,\n]*)*"
_WORD_RUN = r"[^\s,]*(?:(?<=\d),(?=\d)[^\s,]*)*"
# A comma that may end a phrase: not one between two digits
_COMMA = r"(?:(?<!\d),|,(?!\d))"
# The opening phrase: any comma-ended stretches, then a last one whose comma ends a phrase: no
# list follows it, or its last word is no lower-case word, or it is one word or opens on an opener
_BREAK = (
    _RUN + _COMMA + r"(?!" + _LIST_GOES_ON + r")"
    r"|" + _RUN + r"(?<![^\s\"\u201c\u2018(])[^a-z\s,]" + _WORD_RUN + _COMMA + r""
    r"|" + _QUOTES + r"(?i:" + _OPENER + r")" + _RUN + _COMMA + r""
    r"|" + _QUOTES + r"[^\s,]" + _WORD_RUN + _COMMA
)
OPENING_PHRASE = re.compile(r"^(?:" + _RUN + _COMMA + r")*(?:" + _BREAK + r")\s*")
_BREAK_COMMA = re.compile(_COMMA)


# Several owner rules read the same clause head for the same figure (about eight reads per
# distinct head on news copy), and the phrase's alternatives backtrack over each comma: the
# reads of short heads are memoised. The cache is bounded by count and by key length, so an
# item of long clauses holds no more than 1,024 short strings; a longer head is read afresh.
_CACHED_HEAD = 400


def opening_end(head: str) -> int:
    """Where the opening phrase of ``head`` (a clause up to its figure or name) ends, or 0. Every
    phrase the pattern reads ends on a comma: a head without one has none, said without trying
    the pattern's alternatives at each of its characters (most heads; issue 11's cost bound)."""
    if "," not in head:
        return 0
    return _opening_end(head) if len(head) <= _CACHED_HEAD else _opening_end.__wrapped__(head)


@lru_cache(maxsize=1024)
def _opening_end(head: str) -> int:
    found = OPENING_PHRASE.match(head)
    return 0 if found is None else found.end()


def without_opening(head: str) -> str:
    """``head`` after its opening phrase ("During 1986, the company cut" -> "the company cut")."""
    return head[opening_end(head) :]


def break_comma(text: str, start: int, end: int) -> int:
    """Where the first comma between ``start`` and ``end`` that may close a phrase or a clause
    stands, or -1: a comma between two digits ("12,000 people") is part of a number."""
    found = _BREAK_COMMA.search(text, start, end)
    return -1 if found is None else found.start()
