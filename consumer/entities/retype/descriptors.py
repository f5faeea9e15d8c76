"""A sentence's capitalised first word that describes the company named right after it, which the
model reads as a body of its own: "Software giant Quorvex is ...", "Budget carriers Tarvo Air and
...", "Mystery firm Kelby Finance Group ...", "Upscale department store Marlow's said": the word
(a trade, a kind, a quality) names nothing; the company after the noun is the story's.

Only one word, at a sentence's or a line's start, that no list knows and that is not capitals alone
("ZBC firm ..."), before at most two lower-case words (no small word, past tense or present
tense's -s: "Quorvex said its firm Tarvo", "Quorvex buys rival firm Tarvo"; no relation between
firms: "Quorvex rival firm Tarvo", "Quorvex parent company Tarvo"), a lower-case company
noun and a capitalised word that is no title ("Quorvex group CEO Jo Roe" keeps Quorvex). Only the
48 characters after the word and the 4 before it are read.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.lexicon import COMPANY_TITLE_WORDS, ROLE_NOUNS, ROLE_WORDS

_NOUN_AFTER = re.compile(
    r"[ \t]+(?P<between>(?:[a-z][a-z-]*[ \t]+){0,2})"
    r"(?:firm|firms|giant|giants|group|maker|makers|company|carrier|carriers|airline|airlines|retailer|"
    r"retailers|chain|store|lender|insurer|operator|band|outfit|conglomerate|manufacturer|developer|"
    r"start-?up)[ \t]+(?P<next>[A-Z][\w'\u2019&.-]*)"
)
_AFTER_REACH = 48
_OPENS = re.compile(r"(?:^|[.!?:;][\"'\u201d\u2019)]?\s+|\n\s*|[\"\u201c(]\s*)$")
_WORD = re.compile(r"[A-Z][a-z][\w-]*")
_TITLES = frozenset((*COMPANY_TITLE_WORDS, *ROLE_NOUNS, *ROLE_WORDS))
# A relation between two firms before the noun: the first word is the other firm's name ("Quorvex
# rival firm Tarvo said", "Quorvex parent company Tarvo", "Quorvex sister company Tarvo")
_RELATIONS = frozenset(("rival", "parent", "sister", "partner", "unit", "subsidiary", "affiliate", "owner"))


def _verb_or_small(word: str) -> bool:
    """A word between the first word and the company noun that makes a clause of them: a small
    word, a past tense or a present tense's -s ("said", "its", "buys"); a kind's plural in -ics or
    -ss stays ("electronics", "glass")."""
    if word in STOP_WORDS or word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "ics"))


def company_descriptor(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """A model body of one word opening a sentence before a company noun and a name: the
    company's description, no name (True: drop it)."""
    if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
        return False
    surface = text[cand.start : cand.end]
    if _WORD.fullmatch(surface) is None or is_given_name(surface):
        return False
    noun = _NOUN_AFTER.match(text, cand.end, cand.end + _AFTER_REACH)
    if noun is None or noun.group("next").lower() in _TITLES:
        return False
    if any(_verb_or_small(word) for word in noun.group("between").split()):
        return False  # "Quorvex said its firm Tarvo", "Quorvex buys rival firm Tarvo": a clause
    if any(word in _RELATIONS for word in noun.group("between").split()):
        return False  # "Quorvex rival firm Tarvo", "Quorvex parent company Tarvo": a firm's name
    if _OPENS.search(text, max(0, cand.start - 4), cand.start) is None:
        return False
    return gazetteer.lookup(surface) is None
