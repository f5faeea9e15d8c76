"""People named by a given name alone after a relative's or a friend's noun ("his wife Grace",
"my brother Brett", "my friend Helen").

Copy names a relative or a friend of a story's person once, by the given name only, right after
the relation: the small model misses the name or reads it as a lone person, which the filters
drop (a lone given name is a misread nineteen times in twenty, `span_filters.lone_word_person`).
The relation says it is a person, so the name is found here as a rule's person and kept. Only a
common given name (the census list) after a lower-case singular noun of `lexicon.KIN_NOUNS`
counts ("Sister Bernice" is a nun's style, "his sons Tom and ..." a list, "its sister Chase" a
firm's), and never one a capitalised word follows (the model reads the full name, "his wife
Grace Roe") or a stop word, a month or a weekday ("her son Will", "his daughter May" stay
unread: null over a guess).
"""

from __future__ import annotations

from collections.abc import Iterator

from consumer.entities.retype.given_names import given_names
from consumer.entities.retype.person_names import NOT_SURNAMES
from consumer.gate import gated
from consumer.lexicon import KIN_NOUNS

# the relative's noun ("ex-wife" too; never a firm's "its sister ..."), perhaps a comma, then one
# capitalised word that no capitalised word, digit or hyphened piece runs on from; a possessive's
# clitic after it is left out
_KIN_THEN_NAME = gated(
    rf"(?<![\w'’-])(?<!\bits )(?:ex-)?(?:{'|'.join(sorted(KIN_NOUNS, key=len, reverse=True))}),?[ \t]+"
    r"(?P<name>[A-Z][a-z]+)(?=['’]s\b|[^\w'’-]|$)(?![ \t]+[A-Z0-9])"
)


def kin_named_people(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each common given name right after a relative's noun: "his wife
    Grace and two aides", "her son Jason, and", "sister Bernice found"; one pass over the text."""
    names = given_names()
    for match in _KIN_THEN_NAME.finditer(text):
        name = match.group("name")
        if name in names and name not in NOT_SURNAMES:
            yield match.span("name")
