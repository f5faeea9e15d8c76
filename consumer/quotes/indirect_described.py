"""An unnamed speaker described by a noun of a person, people or body (session 48, fresh web pages).

`Police said that ...`, `The uncle said they dug ...`, `..., a family spokeswoman said`, `Diplomats
said the meeting ...`: the reported clause is an indirect quote whoever the description turns out
to be, with a null speaker when no entity holds it (null beats a guess). These had been dropped
with every subject no entity stood for, which also drops what a clock, a version or a page "said";
only a phrase whose head is a person's, people's or body's noun is kept.
"""

from __future__ import annotations

import re

from consumer.quotes.cues import FINITE
from consumer.quotes.speaker_words import (
    DESCRIBED_PEOPLE,
    FEMALE_NOUNS,
    KIN_NOUNS,
    MALE_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLAIN_PERSON_NOUNS,
)
from consumer.quotes.text import split_words

_HEADS = frozenset(
    (
        *PERSON_NOUNS,
        *DESCRIBED_PEOPLE,
        *KIN_NOUNS,
        *FEMALE_NOUNS,
        *MALE_NOUNS,
        *ORG_NOUNS,
        *PLAIN_PERSON_NOUNS.replace("neighbou?r", "neighbour|neighbor").split("|"),
        *split_words("source investigator rescuer paramedic people women men children"),
    )
)
# the head and up to four words before it, then at most one phrase placing it ('A ministry spokesman
# in Berlin', 'a spokesperson for the council', 'Officials and witnesses in Nice')
_DESCRIPTION = re.compile(
    r"(?P<words>(?:[\w'\u2019-]+\s+){0,4}?)(?P<head>[a-z][a-z-]*)"
    r"(?P<place>\s+(?:in|for|of|at|from|with|on|close\s+to)\s+[^,\x00]{1,60})?",
    re.IGNORECASE,
)
# ... nor the reader's own ('even your friends say'), who is no one of the story's
_NOT_BEFORE_HEAD = frozenset(
    ("who", "which", "that", "what", "it", "he", "she", "they", "we", "i", "you", "your")
)
# a subject joined on to the writer's clause ('Witnesses describe the scene, and local officials have
# told people to stay indoors') is no tag of that clause
_JOINING = frozenset(("and", "but", "or", "so", "yet", "while"))
# a verb that takes a thing as often as a clause ('reported sporadic gunfire', 'announced plans to'):
# with no "that", its clause must open with a determiner, a pronoun or a name
_THING_VERBS = frozenset(
    split_words(
        "report reported reports announce announced announces confirm confirmed confirms reveal revealed"
        " reveals claim claimed claims describe described describes"
    )
)
_CLAUSE_OPENERS = frozenset(
    split_words(
        "the a an this these those that its their his her our my he she it they we there no some all one"
        " more most many"
    )
)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"  # 'authorities' is listed whole; 'companies' -> 'company'
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]  # 'witnesses'
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def described_source(who: str) -> bool:
    """A subject phrase that describes a person, people or a body by its noun and names nobody's
    entity: its clause is reported speech all the same."""
    if len(who) > 90:
        return False  # a short phrase only: the match stays bounded
    m = _DESCRIPTION.fullmatch(who.strip())
    if m is None:
        return False
    head = m.group("head").lower()
    if head not in _HEADS and _singular(head) not in _HEADS:
        return False
    if m.group("place") and " and " in m.group("place"):
        return False  # 'the team's CEO, director of scouting and executive vice president': a list, not a tag
    words = m.group("words").split()
    if words and words[0].lower() in _JOINING:
        return False
    if FINITE.search(m.group("words")) is not None:
        return False
    return not any(w.lower() in _NOT_BEFORE_HEAD for w in words)


def described_report(who: str, verb: str, before: str, clause: str) -> bool:
    """``described_source`` reporting a clause, not a thing: after a verb that takes either, the
    clause opens on "that" (``before``, the few characters before it) or as a clause does (a
    determiner, a pronoun, a number or a name)."""
    if not described_source(who):
        return False
    if verb.lower() not in _THING_VERBS or before.rstrip().lower().endswith("that"):
        return True
    first = clause.split(maxsplit=1)[0] if clause.strip() else ""
    return first[:1].isupper() or first[:1].isdigit() or first.lower() in _CLAUSE_OPENERS
