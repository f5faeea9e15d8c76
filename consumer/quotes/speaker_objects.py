"""A person named only as an object before a tag's pronoun is not who says it (session 39).

`But standing next to Mr Vale he added: "..."`, `When he refused to back premier Jo Vale, he said:`,
`After talks with Vale she said`: the person is the object of a verb or a preposition in the
sentence the pronoun heads, so the pronoun (its subject) means someone else; the pronoun had gone to
that person, the nearest named. Read in a bounded window from the sentence's start to the pronoun.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.speaker_words import SENTENCE_END, TITLE_WORDS

_REACH = 240  # how far back the pronoun's sentence is read
_TITLE_SKIP = 3  # title and role words read past before the name ('prime minister Jo Vale')
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# words before a name that leave it the head of a clause or a subject, not an object
_NOT_OBJECT = frozenset(
    (
        "when",
        "while",
        "as",
        "after",
        "before",
        "if",
        "though",
        "although",
        "since",
        "because",
        "once",
        "until",
        "unless",
        "whereas",
        "where",
        "why",
        "how",
        "what",
        "whether",
        "and",
        "but",
        "or",
        "nor",
        "that",
        "so",
        "then",
        "the",
        "a",
        "an",
        "said",
        "says",
        "added",
        "told",
        "according",
    )
)


_PREPOSITIONS = frozenset(
    [
        "to",
        "with",
        "by",
        "of",
        "for",
        "from",
        "about",
        "against",
        "at",
        "on",
        "beside",
        "alongside",
        "behind",
        "towards",
        "toward",
        "like",
        "than",
        "without",
        "near",
        "over",
        "under",
        "between",
        "among",
        "via",
        "past",
        "into",
        "onto",
        "upon",
    ]
)


_HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"))


def sentence_start(masked: str, pronoun: int, floor: int) -> int:
    """Where the sentence holding ``pronoun`` opens, read back at most ``_REACH`` characters (one
    character past the pronoun is read: a stop after a closing mark looks at the capital after it)."""
    low = max(floor, pronoun - _REACH)
    stops = [m for m in SENTENCE_END.finditer(masked, low, pronoun + 1) if m.end() <= pronoun]
    return stops[-1].end() if stops else low


def _is_object(text: str, lo: int, at: int, stop: int) -> bool:
    """Whether the name at ``[at, stop)`` follows a preposition, or a lower-case verb right before
    it (its titles read past), and no verb follows it: not the head of a clause ('research team
    head Jo Vale says' is a subject; 'next to Mr Vale he', 'to back premier Jo Vale and' are not)."""
    after = _WORD.match(text, stop + 1) if text[stop : stop + 1] == " " else None
    if after is not None and after.group(0).islower() and after.group(0).endswith(("s", "ed")):
        return False
    words = _WORD.findall(text, max(lo, at - 60), at)
    skipped = roles = 0
    while words and skipped < _TITLE_SKIP and words[-1].lower().rstrip(".") in TITLE_WORDS:
        roles += words.pop() not in _HONORIFICS
        skipped += 1
    if not words:
        return False
    word = words[-1]
    if word in _PREPOSITIONS:
        return True
    # after a role word ('research team head Jo Vale') the word before may be the role's own noun
    return roles == 0 and word.islower() and word not in _NOT_OBJECT


def object_only(text: str, mentions: list[tuple[int, int, Entity]], person: Entity, lo: int) -> bool:
    """Whether ``person`` is named in ``mentions`` (those from ``lo`` to the pronoun) and every
    time as an object."""
    found = [(at, stop) for at, stop, ent in mentions if ent is person and at >= lo]
    return bool(found) and all(_is_object(text, lo, at, stop) for at, stop in found)
