"""People the model reads as bodies or places, told by how the story names them again: a name of
one to three name words whose last word the story writes after a courtesy title ("Mr Quell",
"Ms Dorne"), before an age in apposition ("Quell, 38,"), before a verb of speech and "he"/"she"
("Quell said she ...") or before kin ("Quell's wife"), or that opens a sentence going on in its
own lower-case words to "he", "she" or "his" ("Quell has released code he says ...") is a person's.
A body is never "Mr", has no age or wife and says "it".

``person_cue_words`` reads each field once (five linear scans) and gives the words so named;
``cued_surname`` then asks only a set per candidate, so the cost stays linear in the text
whatever the number of names.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_word
from consumer.entities.retype.person_names import NAME_OPENERS, NOT_SURNAMES, is_place, person_words
from consumer.gate import gated
from consumer.lexicon import KIN_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS, ROLE_WORDS

_WORD = r"([A-Z][\w'\u2019-]+)"
# "Mr Quell", "Mrs. Dorne's": a courtesy title only a person bears (a rank or an office is left
# to ``person_context``: "Governor" heads bodies' names too)
_TITLED = gated(rf"(?<![\w'\u2019.-])(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{_WORD}")
# "Quell, 38, ...", "Quell, 38 - who ...": an age in apposition
_AGED = gated(rf"(?<![\w'\u2019.-]){_WORD},[ \t]+\d{{1,2}}(?=[ \t]*[,;)\u2013\u2014]|[ \t]+-[ \t])")
# "Quell said she would ...", "Quell told reporters he ...": speech going on with a person's pronoun
_SAYS_PRONOUN = gated(
    rf"(?<![\w'\u2019.-]){_WORD}[ \t]+(?:said|says|added|told[ \t]+[a-z]+)[ \t]+"
    r"(?:that[ \t]+)?(?:he|she)[ \t]"
)
# "Quell's wife", "Quell's late father": kin only a person has
_KIN_AFTER = gated(
    rf"(?<![\w'\u2019.-]){_WORD}['\u2019]s[ \t]+(?:late[ \t]+|former[ \t]+)?"
    r"(?:wife|husband|widow|widower|son|daughter|father|mother|brother|sister|girlfriend|boyfriend|fianc[eé]e?)\b"
    r"(?![ \t]+(?:company|companies|firms?|banks?|units?|groups?|brands?))"  # "its daughter company"
)
# "Quell has released the code he says ...", "Quell spent the rest of his life", "Ada Quell wrote
# in The Harbor Ledger about his ...": a sentence that opens on the name (one or two words) and
# runs on in lower-case words (a title after "the" aside: no other name) to "he", "she" or "his".
# A body's sentence goes on to "it" and "its"; the given name need not be one the census lists,
# so this cue reads a name of any origin. At most eight words between; "The" never runs on a
# title ("the The The ..." would try every split).
_OPENS_FOR_PRONOUN = gated(
    rf"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"\u201d\u2019][ \t]))(?:([A-Z][\w'\u2019-]+)[ \t]+)?{_WORD}"
    r"((?:[ \t]+(?:[a-z][\w'\u2019-]*|[Tt]he(?:[ \t]+(?!The\b)[A-Z][\w'\u2019-]*)+)){1,8}?)"
    r"[ \t]+(he|she|his)(?![\w-])"
)
# Words after which the pronoun may be another person's: a noun of a person ("fired the chef after
# he ..."), a report of what someone else does ("said that he", "announced he")
_PRONOUN_HOLDERS = frozenset(
    (*PEOPLE_NOUNS, *ROLE_NOUNS, *ROLE_WORDS, *KIN_NOUNS, "him", "her", "them", "who", "whom", "whose")
)
_REPORTED_BEFORE = frozenset(
    ("that", "said", "says", "told", "announced", "confirmed", "reported", "added", "stated", "claimed")
)


def _opening_pronoun_words(text: str) -> set[str]:
    """The name words of ``_OPENS_FOR_PRONOUN``'s sentences: no stop word opening the name ("In
    Tarvo he ..."), no person's noun between it and the pronoun, no report just before it, and at
    least two words before "his" ("Tarvo suspended his account" is a firm's act on someone else)."""
    found: set[str] = set()
    for m in _OPENS_FOR_PRONOUN.finditer(text):
        first, last, between = m.group(1), m.group(2), m.group(3).split()
        if (first is not None and first.lower() in STOP_WORDS) or last.lower() in STOP_WORDS:
            continue
        lowered = [w.lower() for w in between]
        if _PRONOUN_HOLDERS.intersection(lowered) or lowered[-1] in _REPORTED_BEFORE:
            continue
        if m.group(4) == "his" and len(between) < 2:
            continue
        found.add(last)
    return found


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_TITLE_WORDS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr"))


def person_cue_words(text: str) -> frozenset[str]:
    """Every word the text writes after a courtesy title, before an age, before speech and a
    person's pronoun, before kin (a possessive's clitic cut off) or opening a sentence about a
    person: one pass of each pattern over the field."""
    found: set[str] = set()
    for pattern in (_TITLED, _AGED, _SAYS_PRONOUN, _KIN_AFTER):
        found.update(_POSSESSIVE.sub("", m.group(1)) for m in pattern.finditer(text))
    found.update(_opening_pronoun_words(text))
    return frozenset(found)


def cued_surname(surface: str, cued: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A name of one to three name words whose last word ``cued`` holds: a person's (one word: the
    surname alone, "Quell ... Mr Quell said"). Never a name the gazetteer knows, one a place that is
    no given name or an opener's word starts ("Lisbon Quell", "New Dorne"), one with a body's head
    word ("Dorne Holdings") or a title inside ("Tarvia Mr Quell")."""
    words = surface.split()
    return (
        1 <= len(words) <= 3
        and words[-1] in cued
        and person_words(words, gazetteer)
        and words[-1] not in NOT_SURNAMES
        and words[0].lower() not in NAME_OPENERS
        and not _TITLE_WORDS.intersection(words)
        and head_word(surface) not in HEAD_TYPES
        and gazetteer.lookup(surface) is None
        and not (is_place(words[0], gazetteer) and not is_given_name(words[0]))
    )
