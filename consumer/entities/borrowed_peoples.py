"""Model "peoples" (NORP) that are a word of a name the story gives a person or a body.

The small model reads a capitalised word it does not know as a nationality when the word ends
like one: a surname ("the Zhardovians" beside Mira Zhardovian), a company's first word
("Kelvanian" beside Kelvanian Therapeutics), a given name cut off a surname it did not know
("Sean" of "Sean O'Kelvey"). A people's word is a closed class: the list's group words, or an
adjective derived from a place the gazetteer knows ("Majorcan", "Hawaiian", "Victorian"). A
word that is neither, and that the story also uses inside a person's name or as a body's own
(non-final) name word, names that person or body, never a people: the group is dropped, the
name it belongs to stays. A body's last word is its kind and may be a people's plural ("the
9th Marines", "Young Democrats"), so it is no evidence. A lone word before an unknown capitalised
word is cut off a name only when it is a given name: other such words were right peoples on
hand-annotated copy.
"""

from __future__ import annotations

import re

from consumer.entities.cand_joins import PEOPLES
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.gazetteer.lists import group_words
from consumer.entities.records import CandidateGroup
from consumer.entities.retype.given_names import is_given_name
from consumer.events import TextField

# How a place's adjective ends, and what the place's name may end on instead: "Canad-ian" +
# "a", "Japan-ese", "Israel-i", "Hawai-ian" + "i", "Rom-an" + "e", "Afgh-an" + "istan".
_ADJECTIVE_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "n")
_PLACE_ENDINGS = ("", "a", "ia", "e", "o", "i", "y", "istan")
_BODY_TYPES = frozenset(("ORGANIZATION", "PRODUCT", "MISC"))
# A people's word listed with another: "the British and Tarvinese governments", "Tarvinese or
# Thai buyers" (the word next to the mention, across "and", "or" or a comma)
_LISTED_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)(?:,|,? and|,? or) $")
_LISTED_AFTER = re.compile(r"(?:,|,? and|,? or) ([A-Z][\w'\u2019-]*)")
_LIST_REACH = 40
# A capitalised word right after a mention, one space on: "Sean O'Kelvey", "Sean Dwyerholt"
_WORD_AFTER = re.compile(r" ([A-Z](?:[a-z]|['\u2019][A-Z])[\w'\u2019-]*)")


def _place_adjective(word: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` (singular) is derived from a place the gazetteer knows: a bounded number
    of lookups (seven endings by eight name endings at most), asked only of suspects."""
    for ending in _ADJECTIVE_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) < 3:
            continue
        for tail in _PLACE_ENDINGS:
            entry = gazetteer.lookup(stem + tail)
            if entry is not None and entry.type == "LOCATION":
                return True
    return False


def _suspect(group: CandidateGroup) -> str | None:
    """The word of a one-word model people no list knows, else None (a rule's or the
    gazetteer's people is never judged)."""
    words = group.name.split()
    if group.type != "NORP" or group.entry is not None or len(words) != 1:
        return None
    if any(c.origin != "ner" for c in group.cands):
        return None
    word = words[0]
    if not word.isalpha() or word in group_words() or word in PEOPLES:
        return None
    return word


def _name_words(groups: list[CandidateGroup]) -> set[str]:
    """Every word of a person's name, and a body's, a product's or a work's words but its last
    (a one-word name is its own last word and counts whole)."""
    words: set[str] = set()
    for g in groups:
        parts = g.name.split()
        if g.type == "PERSON" or (len(parts) == 1 and g.type != "NORP"):
            words.update(parts)
        elif g.type in _BODY_TYPES:
            words.update(parts[:-1])
    return words


def _opens_names(group: CandidateGroup, recased: dict[TextField, str], gazetteer: Gazetteer) -> bool:
    """Whether every mention of the group is in the body and opens a longer name with a word no
    list knows ("Sean O'Kelvey"): the model cut a given name off a surname it did not know. A
    people's word before a person's name is the person's nationality ("Texan Jo Roe", a given
    name after it), before a known name a body's ("Zulu Kingdom"); a headline's capitals prove
    nothing. One match at each mention's end: no rescan."""
    for c in group.cands:
        after = _WORD_AFTER.match(recased[c.field], c.end) if c.field == "body" else None
        if after is None:
            return False
        word = after.group(1)
        if is_given_name(word) or gazetteer.lookup(word) is not None:
            return False
    return True


def _listed_with_peoples(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """Whether a mention stands in a list beside a people's word the list knows ("the British
    and Tarvinese governments"): a people the gazetteer lacks, whatever firm bears its name.
    One bounded window on each side of each mention."""
    known = group_words()
    for c in group.cands:
        text = recased[c.field]
        before = _LISTED_BEFORE.search(text, max(0, c.start - _LIST_REACH), c.start)
        after = _LISTED_AFTER.match(text, c.end)
        if (before is not None and before.group(1) in known) or (
            after is not None and after.group(1) in known
        ):
            return True
    return False


def drop_borrowed_peoples(
    groups: list[CandidateGroup], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[CandidateGroup]:
    """Without the model peoples whose word names a person or a body of the story (see the
    module's docstring); a group of any other kind is never touched."""
    suspects = [(g, w) for g in groups if (w := _suspect(g)) is not None]
    if not suspects:
        return groups  # most stories: no unknown people, no name to collect
    names = _name_words(groups)
    dropped = {
        id(g)
        for g, word in suspects
        if (
            word in names
            or word.removesuffix("s") in names
            or (is_given_name(word) and _opens_names(g, recased, gazetteer))
        )
        and not _place_adjective(word.removesuffix("s"), gazetteer)
        and not _listed_with_peoples(g, recased)
    }
    return [g for g in groups if id(g) not in dropped]
