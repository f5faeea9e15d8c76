"""Relative clauses: a figure inside "X, which ..." is the antecedent's when the pronoun is the subject.

"Harlow Bank, which bought Vantor Group for $5 billion" is Harlow Bank's, never that of the
first name after the verb (an object); a place's count only when the clause says the place
has, gains or loses it.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.adverbial import break_comma
from consumer.indicators.subject.clauses import RELATIVE
from consumer.indicators.subject.cues import REPORTED, counts_things
from consumer.indicators.subject.mentions import Candidate, MentionIndex


def relative_antecedent(
    owners: list[Candidate],
    text: str,
    clause: re.Match[str] | None,
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """ "the Republican Governors Association, which gave nearly $5.9 million", "Smith, who
    scored 20 points": a relative clause that names no owner of its own is about the name it
    hangs on. Not when the clause reports ("Acme, which said 45 people died")."""
    if clause is None or not clause.group(0).rstrip().endswith(("which", "who")):
        return None
    if REPORTED.search(text, clause.end(), figure[0]) or break_comma(text, clause.end(), figure[0]) >= 0:
        return None  # "Beta, which had revenue of $3 billion, for $12 billion": past its end
    for c in owners:
        if c.end == clause.start() and not _LOCATIVE_OR_AND_BEFORE.search(
            text, max(0, c.start - 12), c.start
        ):
            # "Yuma, which saw 45 people die": a count in a place is its own only when it has them
            if c.entity.type == "LOCATION" and counts_things(unit) and not _HAS.match(text, clause.end()):
                return None
            return c.entity
    return None


# "Norland, which has 40 ports", and (session twenty-seven) a place gaining, losing or winning what
# it then has: "Tarvia, which is set to pick up two new seats", "Kessel, which lost 3,000 jobs"
_HAS = re.compile(
    r"\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:(?:is|was|are|were)\s+(?:set|expected|likely|poised|due)\s+to\s+|(?:will|would|could|has|have|had)\s+)?"
    r"(?:has|have|had|gain(?:s|ed)?|add(?:s|ed)?|los(?:e|es|t)|w(?:in|ins|on)|pick(?:s|ed)?\s+up|"
    r"receiv(?:e|es|ed)|hold(?:s)?|held|own(?:s|ed)?)\b"
)
# "Honda's plant in Ohio, which employs ...", "Acme and Beta, which will create ...": the
# clause hangs on the plant or on both, not on the place or the last name
_LOCATIVE_OR_AND_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside|inside|and|or)\s+(?:the\s+)?$", re.IGNORECASE
)


# A subject relative clause: the pronoun, at most an adverb, then its verb ("which owns", "who
# also beat"); a determiner or a pronoun after "which" opens an object relative ("which the bank
# bought", "which it sold"), whose subject is named inside the clause
_SUBJECT_RELATIVE_VERB = re.compile(
    r"\s+(?:(?:also|still|now|later|then|already|once|recently|previously)\s+)?"
    r"(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|it|he|she|they|we|i|you)\b)[a-z]"
)


def subject_relative_owner(
    owners: list[Candidate],
    text: str,
    breaks: list[re.Match[str]],
    local: list[Candidate],
    clause_start: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity | None] | None:
    """ "Harlow Bank, which bought Vantor Group for $5 billion", "the Hawks, who beat the Rams by
    12 points", "Vantor, which owns the Star, the Post and 90 other papers": in a relative clause
    whose pronoun is its subject, the names after the verb are objects, and the figure belongs to
    the name the clause hangs on, not to the first name inside it (a place's count only when the
    place has them: "Norland, which borders Tarvia and 40 other countries" is nobody's). Only
    while the clause is open (the figure inside it), not when it reports ("Acme, which said Beta
    lost $3 million"). None when the rule does not apply. Reads the clause, which the window
    bounds."""
    last = breaks[-1] if breaks else None
    if last is None or not local or clause_start != last.end() or not RELATIVE.match(last.group()):
        return None
    if not _SUBJECT_RELATIVE_VERB.match(text, last.end()) or REPORTED.search(text, last.end(), figure[0]):
        return None
    for c in owners:
        if c.end == last.start() and not _LOCATIVE_OR_AND_BEFORE.search(text, max(0, c.start - 12), c.start):
            if c.entity.type == "LOCATION" and counts_things(unit) and not _HAS.match(text, last.end()):
                return (None,)
            return (c.entity,)
    return None


# The predicate that closes a long apposition or relative clause: the comma, then the verb of the
# sentence's subject (an auxiliary, a past form or a common irregular one) and no comma after it
_PREDICATE_AFTER_COMMA = re.compile(
    r",\s+(?:(?:also|now|still|recently|already|then)\s+)?"
    r"(?:has|have|had|is|was|are|were|will|would|can|could|plans?|plans?\s+to|expects?\s+to|"
    r"[a-z]{3,}ed|rose|fell|grew|won|sold|made|took|drew|saw|got|gave|paid|spent|lost|held|brought|"
    r"raised|employs|operates|owns|holds|runs|sells|makes|serves)\s(?:[^,;:()\"\u201c\u201d]|(?<=\d),(?=\d))*$"
)
_SUBJECT_OPENS = re.compile(r"\s*(?:[\"\u201c\u2018(]\s*)?(?:[Tt]he\s+)?")
_APPOSITION_OPENS = re.compile(r",\s+(?:which|who|an?|the|[a-z])")
_SUBJECT_TYPES = frozenset({"ORGANIZATION", "LOCATION", "PERSON"})
_HEAD_REACH = 60  # how far into the sentence its opening name may end


def long_apposition_subject(
    index: MentionIndex, text: str, sentence: tuple[int, int], low: int, figure: tuple[int, int]
) -> Entity | None:
    """ "Vantor Group, a provider of video tools that works over cellular networks and is used by
    media companies (including Harlow Media and the Kessel Times), has raised $27 million": the
    sentence's subject, set off by an apposition or a relative clause longer than the window the
    rules read, owns the figure of the predicate that closes it, as a short one's would ("Vantor
    Group, a maker of steel pipes, has raised $27 million"). Only when the window starts after
    the sentence's opening name; the predicate must follow the last comma before the figure and
    name nobody; no reported clause between the name and the figure. Reads the sentence's first
    words and the clause before the figure."""
    if low <= sentence[0]:
        return None  # the window covered the sentence's opening: the usual rules read it
    predicate = _PREDICATE_AFTER_COMMA.search(text, low, figure[0])
    if predicate is None or index.between(predicate.start(), figure[0]):
        return None
    opening = index.between(sentence[0], min(sentence[1], sentence[0] + _HEAD_REACH))
    if not opening:
        return None
    first = opening[0]
    lead = _SUBJECT_OPENS.match(text, sentence[0], first.start)
    if (
        first.entity.type not in _SUBJECT_TYPES
        or lead is None
        or lead.end() != first.start
        or _APPOSITION_OPENS.match(text, first.end) is None
        or REPORTED.search(text, first.end, figure[0]) is not None
    ):
        return None
    return first.entity
