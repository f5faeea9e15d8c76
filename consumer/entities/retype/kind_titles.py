"""A work's title the model reads as a person, a body or a place, told by a described kind of work
right before it: "British film Vera Quell", "the low-budget horror film Harrowgate", "medical
sitcom Kelby Ward", "Mike Roe's abortion drama Ada Marsh", "long-running show Harbor Nights".
A title is a work (MISC by the conventions), and the cue speaks for the story: the model read the
same title as a person ("Ada Marsh") or a body on its other mentions, and the vote kept that.

``work_kinds.titled_by_kind`` takes a bare kind ("the album Salt Roads") for bodies and places
only, and "film"/"show" only after a short list of words. Here the kind must have a word that
describes it right before it (an adjective, a noun, a possessive, a people's word: "Finnish film",
"horror film", "Sony horror film", "MTV documentary series"), and the name must follow it
directly, "The" perhaps between. A verb's reading of "film"/"show" is kept out by the word before
it: an auxiliary, "to", a pronoun, or a plural noun, the subject of a verb ("figures show Kelby
Motors", "crews film Marlow"; "news show" is the kind). A person's name after the kind needs a word
other than an article before the kind ("the show Jo Roe hosts" stays the person's): people come as
"film star Jo Roe", "film director Jo Roe", a noun between. A capitalised word or a number after the name (a
longer title cut), a listed name but a place, a head word's name or capitals alone keep the old
reading. Only the 48 characters before the name and a few after it are read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.lexicons import word_list

# The kinds of work; "play", "single", "track", "hit", "epic" and "western" are left out (verbs, or
# adjectives: "a single Kelby bank", "the western Gulf of Kelby")
_KINDS = (
    "film|movie|drama|comedy|thriller|sitcom|musical|documentary|series|show|album|novel|cartoon|"
    "biopic|blockbuster|miniseries|soap|song|opera|animation"
)
# The word before the kind and the kind, at the window's end ("The" may open the title)
_KIND_BEFORE = re.compile(
    r"(?:^|[ \t(\"\u201c])(?P<word>[\w'\u2019.&-]+)[ \t]+(?P<kind>" + _KINDS + r")[ \t]+(?:The[ \t]+)?$"
)
_REACH = 48
# Words before "film"/"show" that make them verbs, or begin a clause they end
_VERB_CONTEXT = frozenset(
    word_list(
        "to will would could can may might shall should must did do does didn't don't doesn't won't "
        "wouldn't not never also then and or but nor they we i you he she it who which that this these "
        "those data evidence research"
    )
)
_VERB_KINDS = frozenset(("film", "show"))
_DAYS = frozenset(word_list("monday tuesday wednesday thursday friday saturday sunday"))
# A capitalised word (a small word between perhaps), a possessive and one, or a number after the
# name: a longer title the model cut ("Kelby's Revenge", "Harbor 9/11")
_CAPITAL_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:(?:of|the|and|in|on|at|to|for|a)[ \t]+)*[A-Z]|[ \t]*/?\d"
)
_CAPITALS = re.compile(r"[A-Z0-9&.+-]+")
_ARTICLES = frozenset(("the", "a", "an"))
_TYPES = frozenset(("PERSON", "ORGANIZATION", "LOCATION"))


def _describes_kind(word: str, kind: str) -> bool:
    """The word before the kind describes it (not a verb's context for "film"/"show")."""
    low = word.lower()
    if low in _VERB_CONTEXT:
        return False
    if kind in _VERB_KINDS:
        if low in _DAYS:
            return False  # "figures released Tuesday show Kelby Motors ..."
        plural = low.endswith("s") and not low.endswith(("'s", "\u2019s", "ss", "us")) and low != "news"
        if plural:
            return False  # "figures show Kelby Motors lost", "crews film Marlow"
    return True


describes_kind = _describes_kind  # shared with ``rules.described_works``


def described_kind_title(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model person, body or place right after a described kind of work: its title."""
    if cand.origin != "ner" or cand.entry is not None or cand.type not in _TYPES:
        return False
    if cand.start < 4 or text[cand.start - 1] not in " \t":
        return False
    found = _KIND_BEFORE.search(text, max(0, cand.start - _REACH), cand.start)
    if found is None or not _describes_kind(found.group("word"), found.group("kind")):
        return False
    if cand.type == "PERSON" and found.group("word").lower() in _ARTICLES:
        return False  # "the show Jo Roe hosts": a bare article leaves the person's reading
    if _CAPITAL_AFTER.match(text, cand.end, cand.end + 24) is not None:
        return False  # "the film Sailors of the Kelp Sea": a longer title, cut
    if _CAPITALS.fullmatch(surface.replace(" ", "")) or head_type(surface) is not None:
        return False  # "a TV show ZBC made", "the film Harlow Studios released"
    listed = gazetteer.lookup(surface)
    return listed is None or listed.type == "LOCATION"
