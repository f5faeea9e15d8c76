"""A statement brought in by its issuer's tag, for a later 'the statement said' (session 42, BBC
stories).

`"...," the club said in its statement.` and `In a statement, the party said ...` bring in a
statement whose issuer the tag's subject phrase names (a description resolved to a body, a name, a
pronoun), and a later `"...," the statement said` quotes it. The statement rule
(``DescribedSpeakers.statement_author``) reads only a name in the statement's sentence or a few body
nouns there (`the company`, `the ministry`), so after `the club` or `the party` the later quote was
null. Here the issuer the tag was resolved to is remembered with the statement
(``SpeakerIndex.tagged_statements``) and read only when the statement rule finds no issuer; a
statement of its own brought in since (`a new statement`) still leaves the later one unread, and a
joint statement or a plural subject (`they said in a joint statement`) is no one speaker's. Only a
body's statement is remembered: a person's (`In a statement, Roe's lawyer, Ann Lee, said`) is left
to the statement rule, which gives it null. Both windows are bounded: the tag's words right after
the subject phrase, the opening right before it.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.speaker_words import NEW_DOCUMENT, SINCE_LAST

_NOUN = r"(?P<noun>statement|release|communique|announcement)"
_OWNER = r"(?:a|an|the|its|their|his|her)\s+(?!joint\b)(?:[\w-]+\s+){0,2}?"
# after the subject phrase: its verb and the statement ('the club said in its statement', 'said the
# club in a statement', 'the party said on Monday in a written statement')
_AFTER = re.compile(
    r"\s+(?:(?:also\s+|later\s+)?(?:said|says|added|adds|stated|states|declared|declares|insisted|"
    r"insists|stressed|stresses|argued|argues|confirmed|confirms|warned|warns)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?)?in\s+" + _OWNER + _NOUN + r"\b"
)
# before it: an opening phrase ('In a statement, the party said')
_BEFORE = re.compile(r"\b(?:In|Through)\s+" + _OWNER + _NOUN + r"\b[^,.;:\x00]{0,100},\s+(?:the\s+)?$")
_AFTER_REACH = 90
# a plural subject issues the statement with others ('they said in a joint statement'): no one alone
_PLURAL = frozenset(("they", "we", "both"))
_BEFORE_REACH = 150


def statement_of_tag(masked: str, start: int, end: int) -> tuple[str, int] | None:
    """The statement noun a tag whose subject phrase is ``masked[start:end]`` brings in, and the
    offset to remember it at (after the noun: a later 'a new statement' is another one)."""
    if masked[start:end].strip().lower() in _PLURAL:
        return None
    after = _AFTER.match(masked, end, end + _AFTER_REACH)
    if after is not None:
        return after.group("noun"), after.end()
    before = _BEFORE.search(masked, max(0, start - _BEFORE_REACH), start)
    if before is not None:
        return before.group("noun"), start
    return None


def tagged_issuer(
    statements: dict[str, tuple[Entity, int]], masked: str, noun: str, start: int
) -> Entity | None:
    """The issuer a tag brought the statement ``noun`` in with, in reach before ``start``, when no
    statement of that kind was brought in since ('a new statement'); else None."""
    found = statements.get(noun)
    if found is None or not 0 < start - found[1] <= SINCE_LAST:
        return None
    others = NEW_DOCUMENT.finditer(masked, found[1], start)
    return None if any(m.group("noun").lower() == noun for m in others) else found[0]
