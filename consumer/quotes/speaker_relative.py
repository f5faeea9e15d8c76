"""The antecedent of a relative pronoun heading the attribution (session 40): 'farmers met Tom
Vell, who later noted that "..."', 'talks with the president, who said "..."'. The verb's subject is
the relative pronoun, so the speaker is the name or description right before ", who"; read as a
subject phrase, the words before named the writer's subject (or no one) and the quote had no
speaker. Only the phrase's last 80 characters are read.
"""

from __future__ import annotations

import re

from consumer.quotes.cues import VERBS

# the phrase ends on ', who' and at most two adverbs before the verb ('who later', 'who also then')
_WHO_TAIL = re.compile(r",\s+who(?:\s+(?:later|also|then|once|again|[a-z]+ly)){0,2}\s*$")
# a definite description right before the comma: 'the president', 'the Kelco chief'
_DESCRIPTION = re.compile(r"\b(?:the|The)\s+(?:[\w'\u2019-]+\s+){0,2}[a-z][\w-]*$")
_REACH = 80


def relative_antecedent(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the antecedent ends (the comma before 'who'), and where a description of it starts
    (or the comma again when none stands there: a name's mention is looked up by its end)."""
    lo = max(start, end - _REACH)
    m = _WHO_TAIL.search(text, lo, end)
    if m is None:
        return None
    comma = m.start()
    desc = _DESCRIPTION.search(text, max(start, comma - 40), comma)
    return (desc.start() if desc is not None else comma), comma


# ', who later noted that "': the relative pronoun, its verb of saying and the mark, in the
# window before the mark when no attribution was read (the sentence too long for one)
_WHO_SAYS = re.compile(
    rf",\s+who(?:\s+(?:later|also|then|once|again|[a-z]+ly)){{0,2}}\s+(?P<verb>{VERBS})\b"
    r"(?:\s+that)?\s*[:,]?\s*[\"'\u201c\u2018]?\s*$",
    re.IGNORECASE,
)
_TAG_REACH = 100


def relative_tag(masked: str, gap_start: int, gap_end: int) -> tuple[int, int, str] | None:
    """Where the phrase to resolve starts and ends (up to and with ', who ...') and the verb, when
    the gap before the mark ends on ', who [adverb] VERB [that]'; None otherwise."""
    lo = max(gap_start, gap_end - _TAG_REACH)
    m = _WHO_SAYS.search(masked, lo, gap_end)
    if m is None:
        return None
    return lo, m.start("verb"), m.group("verb")
