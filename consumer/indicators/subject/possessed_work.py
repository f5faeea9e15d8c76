"""A work its maker's possessive describes: "Ana Vell's romantic comedy Harbor Lights took $21m",
"Kelvo Films' animated feature Rootless drew 3 million viewers".

Film, music and book copy names a work after its director's, star's, band's or studio's
possessive and the work's kind ("Smith's romantic comedy Hitch", "Clint Eastwood's boxing drama
Million Dollar Baby"). The possessor stands in the subject's position, so it took the work's
takings, chart places and nominations; the phrase's head is the work. The title right after the
kind owns the figure when the entity stage found it (any type: titles are often typed as people
or bodies), and nothing does when it did not: the possessor is not the owner either way. Reads at
most 60 characters after the possessor.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import Candidate, MentionIndex

_WORK_NOUNS = (
    "film|movie|comedy|drama|thriller|documentary|musical|cartoon|sequel|biopic|blockbuster|"
    "western|epic|adventure|romance|horror|fantasy|animation|album|single|song|book|novel|memoir|"
    "sitcom|series|show|play|opera"
)
# a describing word: lower-case, no article, auxiliary or small word ("is issuing a novel 100 mln
# dlr bond" describes no work)
_SMALL = "a|an|the|is|are|was|were|be|has|have|had|will|would|to|of|in|and|its|his|her"
_WORD = rf"(?:(?!(?:{_SMALL})\s)[a-z][\w-]*\s+)"
_TITLE = r"\s+(?=[A-Z\"\u201c'\u2018])"
# "'s" (or a plural's bare apostrophe: "Kelvo Films' ..."), up to three describing words
# ("romantic", "boxing", "road-trip"), the kind and a capitalised title (a digit opens sums)
_DESCRIBED_WORK = re.compile(rf"['\u2019]s?\s+{_WORD}{{0,3}}?(?:{_WORK_NOUNS}){_TITLE}")
# with no possessive ("Ann Lee thriller Rootless") two describing words at most and only kinds
# that are no verb, adjective or round: "Vantor play Kelvo", "a novel approach", "series B"
_NAMED_KINDS = "film|movie|comedy|drama|thriller|documentary|biopic|musical|album|memoir|sitcom"
_NAMED_WORK = re.compile(rf"\s+{_WORD}{{0,2}}?(?:{_NAMED_KINDS}){_TITLE}")
_REACH = 60
_MAKERS = ("PERSON", "ORGANIZATION")
_AFTER_NAME = ("'", "\u2019", " ")
_QUOTES = "\"\u201c'\u2018"


def possessed_work(index: MentionIndex, owner: Candidate, text: str) -> tuple[Entity | None] | None:
    """(the work,) when the owner's possessive (or name) describes a work whose title follows,
    (None,) when the title is no entity, None when the owner describes no work."""
    if owner.entity.type not in _MAKERS or text[owner.end : owner.end + 1] not in _AFTER_NAME:
        return None
    kinds = _NAMED_WORK if text[owner.end] == " " else _DESCRIBED_WORK
    found = kinds.match(text, owner.end, min(len(text), owner.end + _REACH))
    if found is None:
        return None
    start = found.end() + (1 if text[found.end()] in _QUOTES else 0)
    # the tagger may leave a title's article out of its name ("The Pacifier" as "Pacifier")
    starts = (start, start + 4) if text.startswith("The ", start) else (start,)
    title = next((c for c in index.between(start, start + _REACH) if c.start in starts), None)
    return (title.entity if title is not None else None,)
