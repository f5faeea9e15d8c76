"""A one-word body named in the slot of an office holder's role ("Quorvex chief executive Jo Roe").

A firm's, a club's or an agency's name stands right before its officer's role and the officer's
name: "said Tarvo chairman Ada Quell", "Kelvo CEO Jo Roe", "Quorvex spokesman Ivo Drake", "the
ZVTA's managing director ...". The model often reads the three as one person and the title cuts
leave only the person, or it tags nothing, and the body goes missing (issue 11, session 40: one
word organisations were the largest class of missed gold bodies). Where no candidate holds the
word, it is added as a body found by a rule, so that its other mentions follow it.

The word is one capitalised token (a hyphen or an "&" inside: "Tarvo-Mobile", "K&Q"), a
possessive perhaps after it; never a word the gazetteer lists as no body (a country's "US
president", a people's "French president", a town's club), a given name, a word of the
dictionary ("Former boss", "Consumer spokesman", "Party chairman"), a stop word or a title's
own word, and never a word right after another capitalised word that is no stop word ("Liberal
Democrat spokesman": the tail of a longer name; "Former Kelby chairman": the sentence's opener
may be one). A one-word person the model read there is the body too ("Dunmere chairman Ada
Quell": the filters drop a lone word's person). The role words are found by one scan of the
field; each is read in a window of ``_REACH`` characters before it, and whether a candidate holds
the word is a bisection.

Session 47 (L): the same body after its officer's role and "of"/"at", where the name ends its
noun phrase ("the chief executive of Tarvo, Jo Roe,", "Chairman and CEO of Kelvex;", "he was CEO
at Quorn, another firm"): the role says the word is the body the officer runs, and the model
often tags nothing or only the officer. One capitalised word, then a punctuation mark, the end of
the line or a small word ("and", "who", ...); a longer name is left to the model and the suffix
rules, and the word passes the same test as in the slot before the role (no place, given name,
dictionary word or title: "the founder of Rome", "chairman of Finance").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import retype
from consumer.entities.candidates import Candidate
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import Gazetteer
from consumer.events import TextField

# an officer's role between a body's name and the officer's capitalised name
_ROLE = re.compile(
    r"[ \t](?:CEO|chief[ \t]+executive|chairman|chairwoman|spokesman|spokeswoman|spokesperson|"
    r"managing[ \t]+director|director[ \t]+general|co-founder|founder)[ \t]+"
    r"(?=(?:Mr|Mrs|Ms|Dr|Sir|Dame)\b|[A-Z][a-z])"
)
_REACH = 40  # characters read before the role
# an officer's role, "of"/"at" and one word that ends its noun phrase
_ROLE_OF = re.compile(
    r"\b(?:CEO|CFO|COO|[Cc]hief[ \t]+[Ee]xecutive(?:[ \t]+[Oo]fficer)?|[Cc]hair(?:man|woman)|"
    r"[Cc]o-?founder|[Ff]ounder|[Mm]anaging[ \t]+[Dd]irector)[ \t]+(?:of|at)[ \t]+"
    r"(?P<name>[A-Z][\w&-]*[A-Za-z0-9])"
    r"(?=[,;:)]|\.(?:\s|$)|[ \t]*(?:\n|$)|[ \t]+(?:and|who|which|since|until|from|for)\b)"
)
# the one word before the role, a possessive perhaps after it, at the end of the window
_NAME = re.compile(r"(?P<name>[A-Z][\w&\u2019'-]*?[A-Za-z0-9])(?:['\u2019]s)?$")
_WORD_BEFORE = re.compile(r"(?P<word>[\w&.\u2019'-]+)[ \t]+$")


def role_slot_bodies(
    cands: list[Candidate], text_field: TextField, text: str, gazetteer: Gazetteer
) -> Iterator[Candidate]:
    """Bodies named right before an officer's role and name, or right after a role's "of",
    that no candidate holds (or only the model's lone misreading of the word)."""
    if not any(cue in text for cue in _CUES):
        return
    held = sorted((c.start, c.end) for c in cands if c.field == text_field)
    exact = {
        (c.start, c.end): c
        for c in cands
        if c.field == text_field and c.type in _AFTER_KINDS and c.origin == "ner" and c.group is None
    }
    starts = [s for s, _ in held]
    reach: list[int] = []  # the furthest end among the candidates starting so far
    for _, end in held:
        reach.append(max(end, reach[-1]) if reach else end)
    for found, kinds in _slot_names(text):
        start, end = found.span("name")
        index = bisect.bisect_left(starts, end)
        if index and reach[index - 1] > start:
            # a candidate holds the word: the model's lone person on just the word is the body
            lone = exact.get((start, end))
            if (
                lone is not None
                and lone.type in kinds
                and _body_word(found.group("name"), text, start, gazetteer)
            ):
                lone.type, lone.origin = "ORGANIZATION", "rule"
            continue
        if _body_word(found.group("name"), text, start, gazetteer):
            yield Candidate(text_field, start, end, "ORGANIZATION", "rule")


# the model's lone readings of the word that the slot makes a body: before the role a person
# ("Dunmere chairman Ada Quell"); after "of" a people's or a place's word too, which no list
# knows (the gazetteer's places and peoples fail `_body_word`): "a cofounder of Kelvio."
_BEFORE_KINDS = frozenset({"PERSON"})
_AFTER_KINDS = frozenset({"PERSON", "NORP", "LOCATION"})
_FOUNDER_KINDS = frozenset({"PERSON", "NORP"})  # a town has founders too: "the founder of Kelby"


def _slot_names(text: str) -> Iterator[tuple[re.Match[str], frozenset[str]]]:
    """The words in a body's slot, each with the model readings it turns into the body: before
    an officer's role and name, then after a role's "of"/"at"."""
    for role in _ROLE.finditer(text):
        low = max(0, role.start() - _REACH)
        found = _NAME.search(text, low, role.start())
        if found is None:
            continue
        start = found.start("name")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "&.'\u2019-"):
            continue  # the name's tail only
        yield found, _BEFORE_KINDS
    for found in _ROLE_OF.finditer(text):
        yield found, _FOUNDER_KINDS if "ounder" in found.group(0) else _AFTER_KINDS


_CUES = (
    "CEO",
    "chief executive",
    "Chief Executive",
    "chairman",
    "Chairman",
    "CFO",
    "COO",
    "chairwoman",
    "spokes",
    "managing director",
    "director general",
    "founder",
    "Founder",
    "Managing Director",
)


def _body_word(word: str, text: str, start: int, gazetteer: Gazetteer) -> bool:
    """A word that may name a body: no listed non-body, given name, stop word, title or
    dictionary word, and no capitalised word right before it."""
    low = word.casefold()
    if low in STOP_WORDS or retype.is_given_name(word) or low in _TITLE_WORDS:
        return False
    if not word.isupper() and in_dictionary(low, dictionary_words()[0]):
        return False
    entry = gazetteer.lookup(word)
    if entry is not None and entry.type != "ORGANIZATION":
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return True
    previous = before.group("word")
    return not previous[:1].isupper() or previous.casefold() in STOP_WORDS  # "The Tarvo chairman"


_TITLE_WORDS = frozenset(
    retype.word_list(
        "deputy acting interim former outgoing incoming vice assistant associate senior executive"
    )
)
