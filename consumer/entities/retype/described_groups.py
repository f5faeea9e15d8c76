"""A band or a company the model reads as a person (a place, an event), told by a described kind of
group right before it: "Scottish band Dorran Vell", "rock band Marlo Quist", "supermarket group
Harlan Dixby", "Bristol outfit Tarvo Day". Bands and companies are organisations by the
conventions, and the cue speaks for the story (every mention).

The kind (band, group, outfit, rockers, quartet, quintet, orchestra) must have a describing word
right before it that is no article or pronoun ("the group Jo Roe founded" stays the person's),
and the name must follow it directly; "duo", "trio" and "act" are left out (two or three people
named, or one singer). A capitalised word, a possessive and one, or a number after the name (a
longer name cut: "singing group Tarla's Child", "lobby group Transit 2000") or a listed name keeps
the old reading. Session 40 (issue 11): a body's described kinds too, "fact-checking website
Harlow Fact", "investment bank Dorian Marsh", "film studio Kelvin Brothers", "electronics chain
Harlan Buy", "news agency ...", "English side ...", "phone network ..." (2004-05 BBC and 1987 wire
copy read such bodies as people or places); "publisher", "broadcaster" and "consultancy" are
left out (a person's trade: "married publisher Kimberly Vane", "fellow broadcaster Jo Roe"), an
owner's or a founder's verb after the name makes it the person ("the golf club Jo Roe owns"), and
"the other side" is no team. Only the 40 characters before the name and a few after it are read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.lexicons import word_list

_KIND_BEFORE = re.compile(
    r"(?:^|[ \t(\"\u201c])(?P<word>[\w'\u2019.&-]+)[ \t]+"
    r"(?P<kind>band|group|outfit|rockers|quartet|quintet|orchestra|"
    # a body's described kind (session 40): "investment bank", "film studio", "phone network"
    r"website|network|bank|chain|studio|label|magazine|newspaper|paper|agency|club|side)"
    r"[ \t]+(?:The[ \t]+)?$"
)
_REACH = 40
_BODY_KINDS = frozenset(
    word_list("website network bank chain studio label magazine newspaper paper agency club side")
)
_NOT_DESCRIBING = frozenset(
    word_list("the a an this that these those his her its their our my your which who and or but to")
)
# Words before "side" that make it a point of view or a part, not a team ("the other side")
_NOT_A_TEAMS_SIDE = frozenset(
    word_list("other one either each same far near right left wrong flip bright dark sunny plus down up")
)
# A capitalised word (a small word between perhaps), a possessive and one, or a number after the
# name: a longer name the model cut ("Kelby Road Boys", "Destiny's Child", "Transit 2000")
_LONGER_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+(?:(?:of|the|and|in|on|at|to|for|a)[ \t]+)*[A-Z]|[ \t]+\d")


# A verb an owner or a founder does right after the name: the kind is the object of a clause whose
# subject is the name, a person ("the golf club Jo Roe owns", "a record label Ada Quell founded")
_OWNER_VERB_AFTER = re.compile(
    r"[ \t]+(?:owns|owned|co-?founded|founded|set[ \t]+up|heads|headed|chairs|chaired|manages|managed)\b"
)


def _common_word(surface: str) -> bool:
    """One dictionary word ("Rules", "Cuts"): after a body's kind, a verb or a noun of the sentence
    (a recased headline: "U.S. AGENCY RULES AGAINST ..."), not the body's name. A band's name may
    be one ("rock band Blur"), so only the body kinds ask."""
    return " " not in surface and in_dictionary(surface.lower(), dictionary_words()[0])


def described_group(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model person, event or place right after a described kind of group: the band or the company."""
    if cand.origin != "ner" or cand.entry is not None or cand.type not in ("PERSON", "EVENT", "LOCATION"):
        return False
    if cand.start < 4 or text[cand.start - 1] not in " \t":
        return False
    found = _KIND_BEFORE.search(text, max(0, cand.start - _REACH), cand.start)
    if found is None or found.group("word").lower() in _NOT_DESCRIBING:
        return False
    if found.group().rstrip().endswith("side") and found.group("word").lower() in _NOT_A_TEAMS_SIDE:
        return False  # "on the other side Jo Roe argued": a point of view, no team
    if _LONGER_AFTER.match(text, cand.end, cand.end + 24) is not None:
        return False  # "rock band Kelby Road Boys", "singing group Destiny's Child": cut
    if _OWNER_VERB_AFTER.match(text, cand.end, cand.end + 24) is not None:
        return False  # "the golf club Jo Roe owns": the owner, a person
    if found.group("kind") in _BODY_KINDS and _common_word(surface):
        return False  # "U.S. agency Rules against ...": a recased headline's verb, no name
    return gazetteer.lookup(surface) is None
