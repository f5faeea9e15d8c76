"""A verb of saying far before the mark, its reported clause running on to the quoted words
(session 43, fresh web pages): `Roe explained that fares need to be checked and verified by the
board, and notices about them cannot be "made casually."`, `The board assured the public on its
site, a forum for riders, that the risks were "extremely low."`.

The attribution pattern before a mark (`cues.BEFORE`) lets at most 80 characters stand between the
verb and the mark, so a reported clause longer than that left its quoted end with no attribution,
and a partial needs one: the fragment was dropped. This reads up to 200 characters, only for the
words that finish such a clause: lower-case quoted words (a fragment going on with the writer's
clause, not a sentence or title of their own) that are four words or more, open on an auxiliary
(`claim "is patently false," and`: a predicate, never a term) or close the sentence (`"extremely
low."`); a short scare term mid-sentence (`a "good deal" for the town`) stays none.
A clause break of another subject (`;`, `but`, `while`, `whereas`, `although`) in between leaves
the verb's clause behind, so nothing is read there; so does `according to`, whose source comes
after it (`Roe, according to the board, made a trip for a "quick check-up"` is not Roe's).
"""

from __future__ import annotations

import re

from consumer.quotes.cues import AUX, STEP, VERBS

_NEAR = 80  # characters cues.BEFORE reads between the verb and the mark
_FAR = 200  # the reach here: one long reported clause, never the rest of a long sentence
_LONG_FRAGMENT = 4  # words: shorter quoted words mid-sentence may be a term

_FAR_BEFORE = re.compile(
    rf"(?P<who>[^\x00;!?\"\u201c\u201d]{{1,160}})\s+{STEP}"
    rf"(?<!['\u2019]s\s)(?P<verb>{VERBS})\b(?P<rest>[^\x00;]{{{_NEAR + 1},{_FAR}}})$",
    re.IGNORECASE,
)
# Another clause's subject taking over between the verb and the mark
_CLAUSE_BREAK = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b", re.IGNORECASE)
_CLOSERS = " .!?\"'\u201d\u2019)"


def far_before(
    masked: str, start: int, end: int, words: list[str], close: int, s_end: int
) -> re.Match[str] | None:
    """The attribution before the mark at ``end`` whose verb stands 81 to 200 characters before
    it, read from ``start`` (past the sentence's opening) for the quoted ``words`` closed at
    ``close``; None unless they finish the verb's reported clause as described above."""
    if not words or not words[0][:1].islower():
        return None
    short = len(words) < _LONG_FRAGMENT and words[0].lower() not in AUX
    if short and masked[close + 1 : s_end].strip(_CLOSERS):
        return None
    found = _FAR_BEFORE.match(masked, start, end)
    if found is None or _CLAUSE_BREAK.search(found.group("rest")) is not None:
        return None
    if found.group("verb").lower().startswith("according"):
        return None  # 'Roe, according to the board, made a trip for a "quick ...": the source follows
    return found
