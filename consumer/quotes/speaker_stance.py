"""A subject reacting right before a described speaker's quote (session 37, fresh BBC stories).

'"...," said Vale. Sand, who lost here last year, was frustrated with his serve. "...," said the
25-year-old': the writer's sentence right before the quote, in its paragraph, tells how its subject
felt or what he said, and the description in the tag goes on with that subject. Read by the
description rule only where the head of that sentence has been found (`_previous_head`): someone
else speaking last in reach, or others named in that sentence after its subject, no longer leave
the tag null. The predicate is read in a bounded window right after the subject's name.
"""

from __future__ import annotations

import re

_ADVERB = (
    r"(?:also|still|later|then|clearly|visibly|equally|just|quietly|rightly|far|much|more|less|not|"
    r"so|very|left)"
)
_FEELING = (
    r"(?:happy|unhappy|delighted|pleased|thrilled|elated|satisfied|relieved|proud|confident|"
    r"optimistic|upbeat|bullish|frustrated|disappointed|upset|angry|furious|puzzled|baffled|"
    r"bemused|gutted|dejected|philosophical|defiant|adamant|unrepentant|glad|downbeat|critical|"
    r"full of praise|quick to praise|in no doubt)"
)
_BEING = r"(?:was|is|were|felt|feels|looked|looks|seemed|seems|appeared|remained|remains)"
_SAYING = (
    r"(?:said|says|agreed|agrees|disagreed|admitted|admits|insisted|insists|conceded|concedes|"
    r"believes|believed|explained|added|told|praised|hailed|defended|accepted|acknowledged|"
    r"denied|claimed|reflected|welcomed|vowed|stressed|warned)"
)
# after the subject's name: an apposition set off by commas (', who lost here last year,'), then
# adverbs and a verb of feeling or saying
_STANCE = re.compile(
    rf"(?:,[^,.;:!?\n\"\u201c\u201d]{{1,120}},)?\s+(?:{_ADVERB}\s+){{0,2}}"
    rf"(?:{_BEING}\s+(?:{_ADVERB}\s+){{0,2}}{_FEELING}|{_SAYING})\b"
)


def reacts(masked: str, name_end: int) -> bool:
    """Whether the sentence's subject named up to ``name_end`` is followed by a predicate of
    feeling or saying ('was delighted with', 'agreed', ', who ..., said he had wondered')."""
    return _STANCE.match(masked, name_end, name_end + 200) is not None


# a sentence that ends on its tag (', the Tory leader said.') reports someone's words: the name
# heading it is the reported clause's subject, not a speaker a later pronoun goes on with
_TAG_END = re.compile(
    r",\s+(?:[\w'\u2019.-]+\s+){0,4}?(?:said|says|added|adds|argued|argues|insisted|insists|claimed|"
    r"claims|warned|warns|noted|notes)\.$"
)
_QUOTE_OPEN = " \t\"'\u201c\u2018"
_MASK = "\x00"


def ends_on_tag(masked: str, start: int) -> bool:
    """Whether the sentence right before the quote whose tag is at ``start`` (in the masked text)
    ends on a tag of its own, read in a bounded window before the quote's opening mark."""
    last = masked.rfind(_MASK, max(0, start - 80), start)
    if last < 0:
        return False
    first = last
    while first > 0 and masked[first - 1] == _MASK:
        first -= 1  # the quote's masked words: each quote is read once
    before = masked[max(0, first - 160) : first].rstrip(_QUOTE_OPEN)
    return _TAG_END.search(before) is not None
