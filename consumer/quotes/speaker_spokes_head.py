"""A bare spokesperson right after a sentence a body heads (session 42, fresh BBC stories).

BBC copy gives a body's stand in a sentence of the writer's and then its spokesperson's words with
no body named in the tag: `But Kelso Media denied the show broke the rules. A spokesperson said:
"..."`, `The Brennor Trust said it had owned the land for years. But a spokesman added: "..."`. The
spokesperson rules read only a body named right next to the word (`a Kelso spokesman`, `a spokesman
for Kelso`), so the quote was null, though the conventions give an unnamed official's words to the
named body. Here the tag must be the bare `a spokesman <verb>` and the writer's sentence right
before it (in the paragraph or closing the one before) must name one organisation and no person,
at its head, as the subject of a verb: `Sky scooped the rights from the BBC. A spokesman said` (two
bodies) or `Roe's firm denied it.` (a person) keep the old, null reading.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.quotes.speaker_words import heads_sentence, possessive

# the whole tag: an indefinite, bare spokesperson and a verb of saying right after it
_BARE_SPOKES = re.compile(
    r"(?:an?|one|another)\s+spokes(?:man|woman|person)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|added|adds|told|tells|stated|states|insisted|insists|explained|explains|confirmed|"
    r"confirms)\b",
    re.IGNORECASE,
)
# the body's verb right after its name: a finite verb, a stand or a deed told of the body
_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+|have\s+)?"
    r"(?:said|says|denied|denies|insisted|insists|rejected|rejects|stressed|stresses|confirmed|"
    r"confirms|defended|defends|dismissed|dismisses|welcomed|welcomes|admitted|admits|argued|argues|"
    r"claimed|claims|maintained|maintains|explained|explains|is|was|were|are)\b"
)


def bare_spokesperson(masked: str, start: int) -> bool:
    """Whether the tag at ``start`` is a bare indefinite spokesperson and a verb ('a spokesman
    said', 'A spokeswoman added'); one for a body (`a spokesman for Kelso`) is read elsewhere."""
    return _BARE_SPOKES.match(masked, start) is not None


def heading_body(
    masked: str,
    bounds: tuple[int, int] | None,
    mentions: list[tuple[int, int, Entity]],
) -> Entity | None:
    """The one organisation heading the writer's sentence right before the tag's (``bounds``: that
    sentence's start and end, ``mentions``: the entities named in it), when it names no person."""
    if bounds is None or not mentions:
        return None
    if any(ent.type != "ORGANIZATION" for _, _, ent in mentions):
        return None  # a person or a place named there may be whom the spokesperson speaks for
    if len({ent.id for _, _, ent in mentions}) != 1:
        return None  # two bodies: either may have spoken
    at, end, ent = mentions[0]
    if possessive(masked, end) or not heads_sentence(masked, at, bounds[0]):
        return None
    return ent if _VERB_AFTER.match(masked, end) else None
