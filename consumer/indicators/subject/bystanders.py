"""Names a figure's sentence mentions that are no owner of it: bystanders of the clause.

The owner rules take the first unframed name of a clause as its subject. Some names stand
there without being the subject: the hearer of a telling verb ("He told Harbor News: "20
officials forgot""), a person credited in a participle apposition ("The comedy, starring Ann
Lee, took $33m": the film's takings), and a list of names that a count restates in apposition
("Vantor and Orbis, the two biggest insurers": how many they are, nobody's quantity). A wrong
owner is worse than none, so these names are dropped and the figure falls to the later rules
(the figure before's owner, else none). Each check reads a few words next to one mention.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import Candidate

# "He told Harbor News:", "she tells Vantor Radio", "telling the Norland Post": the hearer of a
# telling verb is no subject of what is told
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|tell)\s+(?:the\s+)?$", re.IGNORECASE)


def addressed(candidate: Candidate, text: str) -> bool:
    """Whether the mention is the hearer right after a telling verb ("told Harbor News")."""
    return _TOLD_BEFORE.search(text, max(0, candidate.start - 12), candidate.start) is not None


# ", starring Ann Lee,", ", directed by Tom Bale,", ", featuring Kim Roe and ...": a person
# credited in a participle apposition describes the work the clause is about
_CREDIT_BEFORE = re.compile(
    r",\s+(?:(?:also|and)\s+)?(?:starring|co-starring|featuring|(?:directed|written|produced|voiced|"
    r"narrated|presented|hosted|illustrated|composed)\s+by)\s+$",
    re.IGNORECASE,
)


def credited(candidate: Candidate, text: str) -> bool:
    """Whether the mention is a person credited in a participle apposition (", starring X,")."""
    return (
        candidate.entity.type == "PERSON"
        and _CREDIT_BEFORE.search(text, max(0, candidate.start - 30), candidate.start) is not None
    )


# "Vantor and Orbis, two file-sharing networks", "Harlow Re and Kessel Re, the world's two biggest
# reinsurers": the count right after a list's comma restates how many names the list has
_APPOSED_COUNT = re.compile(
    r",\s+(?:the\s+|both\s+)?(?:(?:world|country|nation|region|industry|sector|city|state)['\u2019]s\s+)?"
    r"(?:only\s+|other\s+)?$",
    re.IGNORECASE,
)
# the rest of a name the entity stage cut short ("Swiss" of "Swiss Re")
_NAME_TAIL = re.compile(r"(?:\s+[A-Z][\w.&'\u2019-]*){0,2}")
# a capitalised word (a name the entity stage may have missed) and a list's joint before the last name
_LIST_BEFORE = re.compile(r"[A-Z][\w.&'\u2019-]*\s*(?:,|,?\s+(?:and|&))\s+$")


def restates_list(candidates: list[Candidate], text: str, figure_start: int, counted: bool) -> bool:
    """Whether a count stands in apposition to a list of two or more names right before it:
    the list's size, owned by none of them. ``candidates`` are the mentions near the figure; the
    list's other members need only be capitalised words (the entity stage may miss one)."""
    if not counted:
        return False
    apposed = _APPOSED_COUNT.search(text, max(0, figure_start - 40), figure_start)
    if apposed is None:
        return False
    last = max((c for c in candidates if c.end <= apposed.start()), key=lambda c: c.end, default=None)
    if last is None or _NAME_TAIL.fullmatch(text, last.end, apposed.start()) is None:
        return False
    return _LIST_BEFORE.search(text, max(0, last.start - 40), last.start) is not None


# A person's own people are kin: "leaves a son and two daughters", "Mr Lee's two sons"
_KIN = re.compile(
    r"\b(?:sons?|daughters?|child|children|kids|grandchildren|grandsons?|granddaughters?|brothers?|"
    r"sisters?|siblings?|twins|nephews?|nieces?|cousins|parents|wives|husbands|stepchildren)\b",
    re.IGNORECASE,
)
# a count governed by a preposition or "the": an object or a complement of the clause, whose subject
# does something to, with or among those people ("spoke to 100 pupils", "one of four captains")
_GOVERNED_BEFORE = re.compile(
    r"\b(?:the|to|of|with|among|against|between|by|for|on|at|alongside)\s+"
    r"(?:(?:other|some|about|around|nearly|almost|all|another|more\s+than|at\s+least|over|up\s+to)\s+)*$",
    re.IGNORECASE,
)


def persons_people(
    owner: Entity | None, text: str, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """The owner of a count of people, None where it would be a person who only acts on them in
    its clause: "Ann Lee welcomed the return of the four detainees", "Lee spoke to 100 pupils",
    "Lee is one of four captains". The people are not the person's (the conventions' owner is
    the one whose quantity it is, else null), but kin are ("Lee leaves a son and two daughters"),
    and so is a count that heads a clause of its own ("Lee learned 100 people view his page")."""
    acted_on = (
        owner is not None
        and owner.type == "PERSON"
        and unit == "people"
        and _KIN.search(text, figure[0], figure[1]) is None
        and _GOVERNED_BEFORE.search(text, max(0, figure[0] - 30), figure[0]) is not None
    )
    return None if acted_on else owner
