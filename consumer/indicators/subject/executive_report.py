"""A firm's officer reporting the firm's own result: "Ann Lee, chief executive of Vantor Corp,
said revenue rose 5%", "Vantor Corp's finance director said profit rose 7 pct", "A Vantor
spokesman said sales fell 3 pct", "Chief executive Ann Lee said revenue rose 5%".

The own-report rules (``anaphora``) give a result to the firm or "the company" speaking; an
officer speaking for it left the result unowned, as any person's report is (session 42). The
officer's title says whose result it is: the firm named with the title, else, for a title only
a firm has (a chief executive, a finance chief, a spokesman), the story's company. Not an
analyst, a minister or a trade body's officer ("president" names a firm's officer only next to
the firm), and only the result the reported clause opens with (the caller's test).
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import MentionIndex, company_like

# the officer's title in the words before the reporting verb
_TITLE = re.compile(
    r"\b(?:chief\s+(?:executive|financial|operating)(?:\s+officer)?|CEO|CFO|COO|chairman|chairwoman|"
    r"president|finance\s+(?:director|chief)|managing\s+director|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)
# titles only a firm has: enough without the firm's name when the story is about one firm
_FIRM_TITLE = re.compile(
    r"chief\s+(?:executive|financial|operating)|CEO|CFO|COO|finance\s+(?:director|chief)|"
    r"managing\s+director|spokes",
    re.IGNORECASE,
)
# an analyst, a minister or an official speaks for no firm of its own results
_OTHER_SPEAKER = re.compile(
    r"\b(?:analysts?|economists?|ministers?|officials?|strategists?|brokers?|dealers?|traders?)\b",
    re.IGNORECASE,
)
_TRADE_BODY = re.compile(r"\b(?:Association|Federation|Institute|Union|Chamber|Society|Council|Board)\b")
_REACH = 120  # the speaker's words before the verb
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"\u201c])|\n")


def officer_owner(index: MentionIndex, text: str, verb: int) -> Entity | None:
    """The firm whose officer speaks in the words before the reporting verb at ``verb``, or None.
    Reads those words only (up to the sentence's start)."""
    low = max(0, verb - _REACH)
    ends = list(_SENTENCE_END.finditer(text, low, verb))
    if ends:
        low = ends[-1].end()
    title = _TITLE.search(text, low, verb)
    if title is None or _OTHER_SPEAKER.search(text, low, verb) is not None:
        return None
    named = [c for c in index.between(low, verb) if c.entity.type == "ORGANIZATION"]
    if named:
        firm = named[-1].entity
        if not company_like(firm) or _TRADE_BODY.search(firm.name):
            return None
        return firm
    if _FIRM_TITLE.match(title.group(0)) is None:
        return None
    company = index.focus.get("company")
    if company is None or _TRADE_BODY.search(company.name):
        return None
    return company
