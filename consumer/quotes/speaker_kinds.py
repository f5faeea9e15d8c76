"""Bodies in a tag (session 36, Reuters copy of 1987). A body whose name says it is of another kind
than the noun of an unnamed official's tag: 'one company spokesman said' after the Global Tea
Organization is named speaks for some company the text does not name, never for that organisation;
the kind's word must fit the body's own name, as a place's service must (``speaker_services``).
Unnamed people of a person's body or of the person ('a Roe administration official', 'an aide to
Roe'), and an employer whose name holds 'and' ('said Wilf Roe of Peters and Co Ltd')."""

from __future__ import annotations

import re

from consumer.events import Entity

# tag nouns for a business, and the name heads that say a body is no business
_BUSINESS = frozenset({"company", "firm", "corporation"})
_OTHER_KINDS = frozenset(
    {
        "organization",
        "organisation",
        "council",
        "association",
        "federation",
        "union",
        "ministry",
        "department",
        "agency",
        "commission",
        "committee",
        "government",
        "authority",
        "institute",
        "university",
        "party",
        "league",
        "office",
        "board",
        "court",
        "parliament",
        "congress",
        "senate",
        "assembly",
        "police",
        "army",
        "navy",
        "fund",
        "foundation",
        "society",
        "school",
        "college",
    }
)


def another_kind(body: Entity, key: str) -> bool:
    """Whether ``body``'s name ends on a noun of another kind than the business ``key`` names
    ('company' never the Kelby Trade Council); False for other keys."""
    if key not in _BUSINESS:
        return False
    words = body.name.lower().replace("'s", "").split()
    return bool(words) and words[-1].strip(".,()") in _OTHER_KINDS


# 'a Roe administration official', 'a Roe campaign spokeswoman': a person's name as the
# modifier of a body that bears it, then one of its people (session 36, Reuters copy of 1987)
_PERSONS_BODY = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Ss]enior)\s+(?:senior\s+|top\s+|former\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:administration|campaign|government|transition|camp|cabinet)\s+"
    r"(?:senior\s+)?(?:officials?|spokes(?:man|woman|person|people|men|women)|aides?|sources?|advis[eo]rs?|staffers?)"
    r"[\s,]*"
    # 'an aide to Agriculture Secretary Jo Roe', 'a senior adviser to Roe': someone of Roe's, as
    # 'Roe's lawyer' is
    r"|\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:senior|top|close|former|longtime|political)\s+)?"
    r"(?:aide|advis[eo]r|assistant)\s+to\s+[^\x00,;:.!?\"\u201c\u201d]{2,60}?[\s,]*"
)


def persons_body_official(text: str, start: int, end: int) -> bool:
    """Whether the subject phrase ``text[start:end]`` is an unnamed member of a body a person's name
    modifies ('a Roe administration official said') or a person's unnamed aide ('an aide to
    Roe said'): someone unnamed, never that person, whose name had been read as the speaker."""
    return _PERSONS_BODY.fullmatch(text, start, end) is not None


# 'Wilf Roe of Peters and Co Ltd', 'analyst Ann Lee at Smith and Jones Inc': a name and its
# employer, whose own name holds "and" between capitalised words, to the phrase's end
_FIRM_WITH_AND = re.compile(
    r"\s*(?:[A-Za-z][\w.'\u2019-]*\s+){0,2}(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:of|at|from|with)\s+(?:the\s+)?"
    # the words after "and" are whole words, each after a space: "\s*" between them had let a run
    # of capitals split at every letter, L^4 ways for a phrase that fails
    r"(?:[A-Z][\w.'\u2019-]*,?\s+){1,4}(?:and|&)\s+[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}[,.]?\s*"
)


def firm_with_and(text: str, start: int, end: int) -> bool:
    """Whether the subject phrase is a name and an employer whose name holds 'and' ('said Wilf Roe
    of Peters and Co Ltd', session 36, Reuters copy of 1987): the conjunction joins no clause, so
    the phrase's subject is the name, not the words after 'and' (it had been 'Co Ltd', no one, or a
    partner's surname typed a person, 'Henderson')."""
    return _FIRM_WITH_AND.fullmatch(text, start, end) is not None
