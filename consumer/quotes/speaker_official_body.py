"""The body of an unnamed official a later 'he said' goes on from (session 42, fresh BBC stories).

`A Tarn Ministry spokesman told reporters the plan was dead. "...," he said` and `A spokeswoman for
Kelso Motors said ... "...," she said`: the pronoun carries on from the official, whose words the
conventions give to the body (as `the official said` after `a Tarn Ministry official` is the
ministry). The pronoun rule gave the body only when the official's own sentence had been read as a
quote with that speaker; a reported clause the indirect rules pass over (`told the BBC the party
avoided ...`) left the pronoun null. Here the body is read from the official's phrase itself: one
organisation named right next to the noun (`a Tarn Ministry spokesman`, `a spokesman for the Tarn
Ministry`), else null as before (`a Conservative spokeswoman`, a people, names no body).
"""

from __future__ import annotations

import re

from consumer.events import Entity

_GAP_BEFORE_NOUN = r"(?:['\u2019]s)?\s+(?:[a-z]+\s+)?"  # 'Acme's press spokesman', 'Acme official'
_LINK_AFTER_NOUN = r"\s+(?:for|of|at|with|from)\s+(?:the\s+)?"  # 'a spokesman for the Acme Trust'


def official_body(
    masked: str, noun: str, noun_at: int, named: list[tuple[int, int, Entity]]
) -> Entity | None:
    """The one organisation named right before the official's ``noun`` (at ``noun_at``) or right
    after it with a preposition; ``named``: the entities named in the official's phrase."""
    before = re.compile(rf"{_GAP_BEFORE_NOUN}{re.escape(noun)}\b")
    after = re.compile(rf"{re.escape(noun)}{_LINK_AFTER_NOUN}$")
    noun_end = noun_at + len(noun)
    bodies = {
        ent.id: ent
        for at, end, ent in named
        if ent.type == "ORGANIZATION"
        and (
            (end <= noun_at and before.fullmatch(masked, end, noun_end) is not None)
            or (at >= noun_end and after.fullmatch(masked, noun_at, at) is not None)
        )
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None
