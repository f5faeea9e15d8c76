"""Owners inside quotations: the first person is the speaker named in the tag.

'"I scored 31 points," Lee said' is Lee's, and a quoted "we" / "our" / "us" is the firm
the tag names with the speaker's role ('said Ann Lee, head of sales at Vantor Group').
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.adverbial import without_opening
from consumer.indicators.subject.anaphora import company_named_last
from consumer.indicators.subject.cues import APPROXIMATELY, inside_quotation
from consumer.indicators.subject.mentions import Candidate, MentionIndex, company_like

# '"Of my 300 students, only 12 passed," Ann Lee said', '"I scored 31 points," said Lee': a first
# person in a quotation is its speaker, named right after the closing mark
_MY_BEFORE = re.compile(rf"\bmy\s+{APPROXIMATELY}$", re.IGNORECASE)
_I_OPENS = re.compile(r"[\"\u201c\u2018(]?\s*I\s+(?:[a-z][\w']*\s+){0,3}$")
_QUOTE_CLOSES = re.compile(r"[^\"\u201c\u201d\n]{0,50}?[,.!?]?[\"\u201d]\s+")
_SAID_NAME = re.compile(r"(?:said|says|told\s+\w+|added|recalled|explained|joked)\s+(?:[a-z][\w-]*\s+){0,2}")
_ROLE_WORDS_BEFORE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")
_NAME_SAID = re.compile(r"\s+(?:said|says|told|added|recalled|explained|joked)\b")


def quoted_speaker(
    candidates: list[Candidate],
    local: list[Candidate],
    text: str,
    clause_start: int,
    figure: tuple[int, int],
) -> tuple[Entity] | None:
    """The speaker of a quotation whose first person ("my", or "I" heading the figure's clause)
    owns the figure: the person named in the tag right after the closing mark. Reads the
    figure's window only."""
    mine = _MY_BEFORE.search(text, max(clause_start, figure[0] - 30), figure[0]) is not None
    if not mine and (local or not _I_OPENS.fullmatch(without_opening(text[clause_start : figure[0]]))):
        return None
    if not inside_quotation(text, figure[0]):
        return None
    closes = _QUOTE_CLOSES.match(text, figure[1])
    if closes is None:
        return None
    for c in candidates:
        if c.entity.type != "PERSON" or c.start < closes.end():
            continue
        if _SAID_NAME.fullmatch(text, closes.end(), c.start) or (
            _ROLE_WORDS_BEFORE.fullmatch(text, closes.end(), c.start) and _NAME_SAID.match(text, c.end)
        ):
            return (c.entity,)
        return None
    return None


# A first person plural in a quotation: "we" heading the figure's clause, "our" right before the
# figure, or "us" after a figure heading its clause ("More than 30 investors came to us")
_WE_OPENS = re.compile(
    r"(?:(?:[a-z]+ly|then|now|so|also)\s+)?(?:[Ww]e|[Oo]ur)\s+(?:[a-z][\w'\u2019]*\s+){0,3}$"
)
_OUR_BEFORE = re.compile(rf"\bour\s+{APPROXIMATELY}(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)
_US_AFTER = re.compile(r"[^,;\"\u201d\n]{0,40}?\b(?:to|for|with|from|by)\s+us\b")
# the quotation closing after the figure (a longer stretch than for "I": a plural speaker's
# sentence may run on), and the tag: "said Ann Lee, general manager of Vantor Group", "said Ann
# Lee, Vantor Group's chief executive", "Ann Lee, head of Vantor Group, said"
_WE_QUOTE_CLOSES = re.compile(r"[^\"\u201c\u201d\n]{0,120}?[,.!?]?[\"\u201d]\s+")
_TAG_SAID = re.compile(r"(?:said|says|told\s+\w+|added|explained)\s+$")
_ROLE_OF_FIRM = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,5}?(?:of|at|with|for|from)\s+(?:the\s+)?"
)
_ROLE_OF_THE_COMPANY = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){1,5}?(?:of|at|with|for|from)\s+the\s+(?:company|firm|group)\b"
)
_BARE_COMMA = re.compile(r",\s+(?:the\s+)?")
_FIRM_ROLE_AFTER = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*")
_SAID_AFTER = re.compile(r",?\s+(?:said|says|told|added|explained)\b")
_TAG_BACK = 160  # how far after the closing mark the tag may name the speaker's firm


def speakers_firm(
    index: MentionIndex, local: list[Candidate], text: str, clause_start: int, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """ "'We sold 3,000 cars this year,' said Ann Lee, general manager of Vantor Group": the first
    person plural of a quotation is the speaker's firm, named in the tag with the speaker's role
    (a company, no public body or agency: a ministry's "we" may be a country). Reads the figure's
    clause and a bounded stretch after the closing mark."""
    head = without_opening(text[clause_start : figure[0]]).lstrip(' "\u201c\u2018(')
    ours = _OUR_BEFORE.search(text, max(clause_start, figure[0] - 40), figure[0]) is not None
    # "More than 30 investors came to us": a figure heading its clause, "us" after it
    if (
        not ours
        and (local or not _WE_OPENS.fullmatch(head))
        and (local or _APPROX_ONLY.fullmatch(head) is None or _US_AFTER.match(text, figure[1]) is None)
    ):
        return None
    if not inside_quotation(text, figure[0]):
        return None
    closes = _WE_QUOTE_CLOSES.match(text, figure[1])
    if closes is None:
        return None
    tag = index.between(closes.end(), closes.end() + _TAG_BACK)
    speaker = next((c for c in tag if c.entity.type == "PERSON"), None)
    if speaker is not None and _ROLE_OF_THE_COMPANY.match(text, speaker.end):
        # "said Ann Lee, vice president of the company": the company named last before the quotation
        said = _TAG_SAID.fullmatch(text, closes.end(), speaker.start) is not None
        named = company_named_last(index, text, clause_start) if said else None
        return (named,) if named is not None else None
    firm = next((c for c in tag if speaker is not None and c.start >= speaker.end), None)
    if (
        speaker is None
        or firm is None
        or not company_like(firm.entity)
        or "\n" in text[closes.end() : firm.start]
    ):
        return None
    # "said Ann Lee, general manager of Vantor Group", or "said Ann Lee, Vantor Group's chief"
    role = _ROLE_OF_FIRM.fullmatch(text, speaker.end, firm.start) is not None
    owns = (
        _FIRM_ROLE_AFTER.match(text, firm.end)
        if _BARE_COMMA.fullmatch(text, speaker.end, firm.start)
        else None
    )
    if not role and owns is None:
        return None
    said_before = _TAG_SAID.fullmatch(text, closes.end(), speaker.start) is not None
    if not said_before and _SAID_AFTER.match(text, owns.end() if owns is not None else firm.end) is None:
        return None
    return (firm.entity,)


_APPROX_ONLY = re.compile(APPROXIMATELY, re.IGNORECASE)
