"""A tag set into the reported sentence (session 46, fresh web pages): `If all towns met the rules,
Vale added, the state could avoid a new plant.`, `Before the storm hit, Roe said, the crew moved
the boats.`, `A major part of the reason staff are needed, Roe said, is the rise in claims.`

`..., X said` read the words before the tag as the whole reported clause and the words after it
as a time or a manner (`..., the union said on Tuesday, after talks broke down`), so the indirect
quote was an opening with no main clause (`If all towns met the rules`) or a subject with no
predicate. The reported sentence runs on past the tag when its first part cannot stand alone:
an opening clause or phrase (a subordinator or a preposition first, no comma of its own) before a
subject, or a subject before its finite verb. Then the quote has two spans, the words before the
tag and the words after it, as a direct quote split by its tag has. A participle (`, citing ...`),
a preposition or a conjunction after the tag (`, after talks broke down`, `, but ...`) is the
writer's, and a first part that is a clause of its own (`Sales rose in May, Roe said, ...`) keeps
its one span.

Cost: two anchored matches on the words already found (the tail after the tag is at most 250
characters, the first part's first word), run only for a sentence the `..., X said` shape read.

Session 47 (fresh web pages): an opening phrase of any kind the lead-ins skip (`Finally,`,
`Instead,`, `A minute or two later,`, `In spite of the delays,`, `For all its faults,`) is no clause
of its own either, and a name or a pronoun with its verb right after it (`Finally, Roe said, the
managers were ...`) is a tag set into the sentence (`opening_tag`): an opening shorter than the
`..., X said` shape reads had given no quote, a longer one an indirect quote of the opening alone
(`A minute or two later`). `one`, `some`, `many`, `most` and `both` open a subject after the tag.
Cost: the lead-ins' anchored opening match and one anchored tag match per sentence read.
"""

from __future__ import annotations

import re

from consumer.quotes.leadins import opening_phrase

# the first word of an opening that is no clause of its own: a subordinator or a preposition
_OPENING = re.compile(
    r"(?:If|As|When|Whenever|While|Whilst|Before|After|Because|Since|Until|Unless|Once|Although|Though|"
    r"Whether|Despite|During|Without|Given|Even\s+(?:if|though)|Now\s+that)\s",
)
# after the tag and an optional time ('said on Tuesday'): a comma, then the sentence going on with a
# subject (a name, a determiner, a pronoun) or a finite verb whose subject came before the tag
_REST = re.compile(
    r"(?:\s+(?:on|late|early|last|this)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r",\s+(?:(?P<subject>(?-i:[A-Z][\w.'\u2019-]*)\s|(?:the|a|an|his|her|its|their|this|these|those|"
    r"he|she|it|they|we|there|one|some|many|most|both)(?=\s|['\u2019]))|(?P<finite>(?:is|are|was|were|will|would|could|can|may|might|should|"
    r"must|has|have|had|does|did|remains|remained)\s))"
    r"(?P<rest>[^\x00;]{8,}?)(?:;[^\x00]*?)?[.!]?\s*$",
    re.IGNORECASE,
)
# a capitalised word after the tag that opens no subject: a preposition, a conjunction, an adverb
_NOT_SUBJECT = frozenset(
    ("After", "Before", "But", "And", "Or", "In", "On", "At", "As", "While", "When", "Since", "Though")
)


def interposed_rest(masked: str, first: tuple[int, int], tag_end: int, end: int) -> tuple[int, int] | None:
    """The words after a tag set into the reported sentence, as (start, end) in ``masked``, when
    the words before the tag (``first``) cannot stand alone; None otherwise (the tag closes the
    reported clause, or what follows it is the writer's). ``tag_end`` is where the tag's verb
    (or its inverted subject) ends, ``end`` the sentence's end."""
    m = _REST.match(masked, tag_end, end)
    if m is None:
        return None
    if m.group("subject"):
        if m.group("subject").strip() in _NOT_SUBJECT:
            return None
        # an opening, no clause of its own: a subordinator or a preposition first, or a phrase the
        # lead-ins skip (session 47); no comma inside
        if "," in masked[first[0] : first[1]] or not _opening(masked, first):
            return None
        return m.start("subject"), m.end("rest")
    # a finite verb right after the tag: the words before it were its subject, no clause of their own
    if "," in masked[first[0] : first[1]]:
        return None
    return m.start("finite"), m.end("rest")


def _opening(masked: str, first: tuple[int, int]) -> bool:
    """The words before the tag open the sentence with no clause of their own."""
    if _OPENING.match(masked, first[0], first[1]) is not None:
        return True
    after = opening_phrase(masked, first[0])
    return after is not None and masked.rfind(",", first[1], after) == first[1]


# a name (up to four capitalised words, a title's stop inside) or a subject pronoun, and its verb
_TAG = re.compile(
    r"(?P<who>he|she|they|we|(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3})\s+"
    r"(?P<verb>said|says|added|adds|explained|explains|noted|notes|recalled|recalls|argued|argues|"
    r"insisted|insists)(?=[\s,])",
    re.IGNORECASE,
)


def opening_tag(
    masked: str, start: int, end: int
) -> tuple[str, tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """ "Finally, Roe said, the managers were ...": the verb, the tag's subject, the opening and the
    reported words after the tag, as spans of ``masked``; None when the sentence from ``start``
    opens no such way."""
    after = opening_phrase(masked, start)
    if after is None or after >= end:
        return None
    tag = _TAG.match(masked, after, end)
    if tag is None:
        return None
    first = (start, masked.rindex(",", start, after))
    rest = interposed_rest(masked, first, tag.end("verb"), end)
    if rest is None:
        return None
    return tag.group("verb"), tag.span("who"), first, rest
