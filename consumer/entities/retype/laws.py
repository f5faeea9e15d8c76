"""A law named without "the" that the model reads as a body: "an ordinance based on Tarvel Currency
Control Law", "deals reported under Norland Banking Law rules", "Article 12 of the Harwick Patent
Convention". The conventions make laws and treaties MISC; "Act", "Treaty", "Accord" and "Charter"
are head words already (``heads``), but "Law", "Code" and "Convention" are not: each ends the
names of bodies and people as often ("Dana Law", "Kelby Equity & Law", "Harlow College of Law",
"the Southern Baptist Convention").

So a head word alone is no evidence (measured in session 41: two fixes against four breaks on
fresh copy). The name must also stand in a law's context, read in a bounded window right before
it ("under", "based on", "in accordance with", "amend", "violated", "Article 12 of") or right
after it ("... was enacted"), and pass guards that keep the bodies and the people: no "of", "&" or
"and" right before the head (a school or a firm "of Law"), no given name right before it (a
person), and no body's word inside ("Tressel University Law", "Marlow Partners Law"). A
convention is a body or a meeting more often than a law, so it takes the narrower cues only.
Only a body that no list knows is retyped (``kinds.kind_by_head`` asks, when no head word typed the name).
"""

from __future__ import annotations

from consumer.entities.candidates import Candidate
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.lexicons import word_list
from consumer.gate import gated

_LAW_HEADS = ("Law", "Code", "Convention")
# Words that make the name a body's (a law school, a law firm, a law journal), not a law's
_BODY_WORDS = frozenset(
    word_list(
        "university college school institute academy faculty firm firms group partners associates "
        "llp llc inc corp corporation ltd plc co center centre society journal review clinic"
    )
)
_JOINS_BEFORE_HEAD = frozenset(word_list("of & and for on"))
_NAME_JOINS = frozenset(word_list("and of"))
_REACH_BEFORE = 48
_REACH_AFTER = 40
# What a law's name follows: an article or a section "of", or a verb of applying or changing a
# law, then "the" or "its" and a year at most ("amends Article 52 of the 1973 ...")
_PROVISION_OF = r"(?:Article|Section|Clause|Paragraph|Chapter|Art\.|Sec\.)\s+\d+[A-Za-z]?\s+of"
_STRICT_VERBS = (
    r"amend(?:s|ed|ing)?|amendments?\s+to|violat(?:e|es|ed|ing)|violations?\s+of|breach(?:es|ed|ing)?"
    r"(?:\s+of)?|ratif(?:y|ies|ied|ying)|repeal(?:s|ed|ing)?|invok(?:e|es|ed|ing)"
)
_TAIL = r"\s+(?:(?:the|its|their|this|that)\s+)?(?:(?:19|20)\d\d\s+)?[\"“]?$"
_LAW_BEFORE = gated(
    r"(?<![\w-])(?:under|based\s+on|in\s+accordance\s+with|pursuant\s+to|in\s+line\s+with|"
    r"compl(?:y|ies|ied|iance)\s+with|enact(?:s|ed|ing)?|pass(?:es|ed|ing)?|revis(?:e|es|ed|ing)|"
    rf"{_STRICT_VERBS}|{_PROVISION_OF}){_TAIL}"
)
_CONVENTION_BEFORE = gated(rf"(?<![\w-])(?:{_STRICT_VERBS}|{_PROVISION_OF}){_TAIL}")
_LAW_AFTER = gated(
    r"^[\"”]?,?\s+(?:(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be|would\s+be)\s+)?"
    r"(?:enacted|amended|ratified|repealed)\b"
)


def law_by_context(cand: Candidate, text: str, surface: str) -> bool:
    """A model's body ending on "Law", "Code" or "Convention" that a law's context names."""
    if not surface.endswith(_LAW_HEADS) or cand.type != "ORGANIZATION" or cand.entry is not None:
        return False  # the cheap test first: nearly no name ends on these words
    words = surface.split()
    if len(words) < 2 or words[-1] not in _LAW_HEADS:
        return False
    if words[-2].lower() in _JOINS_BEFORE_HEAD or is_given_name(words[-2]):
        return False  # "College of Law", "Equity & Law": a body; "Dana Law": a person
    if any(w.lower().strip(".,") in _BODY_WORDS for w in words[:-1]):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINS for w in words):
        return False
    before = text[max(0, cand.start - _REACH_BEFORE) : cand.start]
    if words[-1] == "Convention":
        return _CONVENTION_BEFORE.search(before) is not None
    if _LAW_BEFORE.search(before):
        return True
    return _LAW_AFTER.search(text[cand.end : cand.end + _REACH_AFTER]) is not None
