"""An age used as the epithet of a person named before: "The 29-year-old later returned".

Sports and arts copy names a person once and then calls them by their age: "The 28-year-old's
contract expires", "The 21-year-old Kessel prop is uncapped", "added the 30-year-old". The
conventions give an age to the person it describes, so such an age is the one person named
within about two sentences before it (two people there leave it unowned), as
``ages._epithet_owner`` reads the shapes it knows ("The 64-year-old, who ...", "the 37-year-old
mayor"). Here the epithet is told by what follows it:
a possessive, a verb (a modal, an adverb, a past tense), a sports or arts role after a few
modifiers with no name after it, or a reporting verb before it. "The 50-year-old plant will
close" names a thing (a noun follows the age), and stays unowned.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.cues import PRONOUN_BACK
from consumer.indicators.subject.mentions import MentionIndex

_OPENING = re.compile(r"\s*[\"\u201c]?The\s+")
# roles of sport and the arts that the role lexicon, written for news of firms and states, lacks
_ROLES = (
    r"prop|lock|hooker|flanker|fly-half|scrum-half|full-back|centre|winger|forward|keeper|playmaker|"
    r"international|batsman|bowler|all-rounder|sprinter|hurdler|jumper|thrower|jockey|boxer|golfer|"
    r"athlete|runner|swimmer|cyclist|skater|skier|rower|champion|star|player|winner|rookie|veteran|"
    r"singer|actor|actress|rapper|comedian|presenter|novelist|author|number\s+one"
)
_AFTER = re.compile(
    r"['\u2019]s\s+[a-z]"  # "The 28-year-old's contract"
    r"|\s+(?:would|could|can|may|might|must|should|are|were|have|did|does|also|later|then|now|still|"
    r"already|never|recently|previously|eventually|first|again|only|just|won|set|made|took|became|left|"
    r"came|went|joined|signed|spent|told|beat|lost|ran|began|broke|saw|got|gave|hit|led|held|met|"
    r"scored|finished|helped|returned|moved|missed|played|suffered|claimed|insisted|admitted|added|"
    r"believes|says|hopes|wants|knows|feels|thinks)\b"
    r"|\s+[a-z]{3,}ed\s+(?:the|a|an|his|her|to|in|on|at|for|with|from|after|as|that|\d)\b"
    rf"|(?:\s+(?:[A-Z][\w'\u2019-]*|[a-z][\w-]*)){{0,3}}?\s+(?:{_ROLES})(?:['\u2019]s)?\b(?![\w-]|\s+[A-Z])"
)
# "added the 30-year-old," / "said the 24-year-old." : the epithet heads a reporting clause's subject
_REPORTED_BY = re.compile(
    r"\b(?:said|says|added|admitted|insisted|explained|revealed|told|conceded|warned)\s+the\s+$",
    re.IGNORECASE,
)
_REPORTER_AFTER = re.compile(r"\s*(?:[,.;:]|\s+who\b)")


def epithet_age_owner(
    index: MentionIndex, text: str, sentence_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The person an age epithet stands for: the only person named within about two sentences,
    when the age ("The 29-year-old") opens its sentence before a verb, a possessive or a sports or
    arts role, or follows a reporting verb ("added the 30-year-old,"). Reads a few words next to
    the figure and the mentions of a bounded window before it."""
    if "year" not in text[figure[0] : figure[1]].lower() or "old" not in text[figure[0] : figure[1]].lower():
        return None
    opening = _OPENING.fullmatch(text, sentence_start, figure[0]) is not None
    if opening:
        if _AFTER.match(text, figure[1], figure[1] + 80) is None:
            return None
    elif not (
        _REPORTED_BY.search(text, max(sentence_start, figure[0] - 20), figure[0])
        and _REPORTER_AFTER.match(text, figure[1])
    ):
        return None
    back = index.between(max(0, figure[0] - PRONOUN_BACK), figure[0])
    people = {c.entity.id: c.entity for c in back if c.entity.type == "PERSON"}
    # two people named there ("Ivanovic beat Czink. The 17-year-old ...") leave it unowned
    return next(iter(people.values())) if len(people) == 1 else None
