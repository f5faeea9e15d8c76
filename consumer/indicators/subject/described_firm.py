"""A body a possessive describes: "China's largest carmaker SAIC Motor sold 6.2 million vehicles".

Agency copy introduces a firm by its place and its kind before its name ("Britain's biggest bank
Barclays", "New Zealand's investment group <Rainbow Corp Ltd>", "Vantor's chip rival Kelco"):
the possessive says where the firm is from or whose rival it is, and the name after the
lower-case kind words heads the phrase, so the clause's figures are the firm's, not the
possessor's. Only plain kind words between the two (no preposition, verb or conjunction, which
would make the name an object: "China's exports to Vantor Group") and only a body after them.
"""

from __future__ import annotations

import re

from consumer.indicators.subject.mentions import Candidate

# the possessive, one to four lower-case words (the kind and its modifiers), an optional "<" of a
# wire ticker-style name, then the name itself
_DESCRIBED = re.compile(r"['\u2019]s\s+((?:[a-z][a-z-]*\s+){1,4}?)<?(?=[A-Z])")
# words that make what follows an object or a new clause, not a name the kind words describe
_NOT_KIND_WORDS = (
    "to from with by of for in on at into over than as and or but nor that which who "
    "is was are were has had have be been will would could can may might said says told "
    "the a an its their his her this these those "
    "not also now then while after before since until per via against between among"
)
_NOT_KIND = frozenset(_NOT_KIND_WORDS.split())
_APOSTROPHES = ("'", "\u2019")
_REACH = 60  # the kind words after the possessive: a few words at most


def described_firm(owner: Candidate, candidates: list[Candidate], text: str) -> Candidate | None:
    """The body named right after ``owner``'s possessive and a few kind words ("China's largest
    carmaker SAIC Motor"), which heads the phrase; None when the words between are no plain kind
    words or no body follows them."""
    if text[owner.end : owner.end + 1] not in _APOSTROPHES or owner.entity.type not in (
        "LOCATION",
        "ORGANIZATION",
    ):
        return None  # one character read first: most names are no possessive
    found = _DESCRIBED.match(text, owner.end, owner.end + _REACH)
    if found is None or any(word in _NOT_KIND for word in found.group(1).split()):
        return None
    return next(
        (
            c
            for c in candidates
            if c.start == found.end() and c.entity.type == "ORGANIZATION" and c is not owner
        ),
        None,
    )
