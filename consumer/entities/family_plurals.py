"""A family named by its plural surname ("the Harlows moved to Ohio") is no body nor group.

The model reads "the Quennels" after a story's "Ada Quennel" as an organisation (a firm's
plural look) or a people; the story names a household by the surname of its person, which the
conventions list as no body, no place and no people. Null is better than the guess.
"""

from __future__ import annotations

from consumer.entities import rules
from consumer.entities.records import CandidateGroup
from consumer.events import TextField

_MIN_SURNAME = 3
_THE = "the "


def drop_family_plurals(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """Without a model body, people or place of one word that is the plural of the surname of a
    person the story names in full ("Ada Quennel ... the Quennels", "Jo Marsh ... the Marshes"),
    where "the" stands before every mention. Never a listed name or one a rule found, nor one
    with a word of sport near it (``rules.sport_near``: "coach", "league", "scored"; not the
    looser ``about_sport``, whose "won" or "final" a feature on a family uses too), where "the
    Browns" beside a "Jo Brown" is a club."""
    surnames = {g.name.split()[-1] for g in groups if g.type == "PERSON" and len(g.name.split()) > 1}
    surnames = {s for s in surnames if len(s) >= _MIN_SURNAME and s.isalpha()}
    if not surnames:
        return groups
    dropped = {id(g) for g in groups if _family(g, surnames, recased)}
    return [g for g in groups if id(g) not in dropped] if dropped else groups


def _family(group: CandidateGroup, surnames: set[str], recased: dict[TextField, str]) -> bool:
    name = group.name
    if group.type == "PERSON" or group.entry is not None or " " in name or not name.endswith("s"):
        return False
    if name[:-1] not in surnames and not (name.endswith("es") and name[:-2] in surnames):
        return False
    if any(c.origin not in ("ner", "prop") for c in group.cands):
        return False
    for c in group.cands:
        text = recased[c.field]
        if text[max(0, c.start - len(_THE)) : c.start].lower() != _THE:
            return False
        if rules.sport_near(text, c.start, c.end):
            return False  # "the Browns' coach": a club
    return True
