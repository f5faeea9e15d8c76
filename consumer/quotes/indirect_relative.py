"""A verb of saying inside a relative clause of the subject (session 45, fresh web pages).

`Kelco, which maintains 900 miles of track in the region, records about 50 faults a month`,
`Ann Roe, a senator who warned of the dangers in the past, played down the threat`, `Roe, who
denies any wrongdoing, now runs the fund`: the attribution pattern read the relative pronoun as
the end of the subject phrase and the verb of the relative clause as the sentence's verb of saying,
so the verb's object and the main clause after it (`records about 50 faults`, `played down ...`)
became one reported clause of the antecedent's. A relative clause closed by its comma reports a
clause of its own only up to that comma, and only when the words there read as a clause: a
`that` after the verb or a finite auxiliary (`Roe, who said the plan would fail, resigned`: `the
plan would fail`); else they are the verb's object and no quote. A relative clause that runs to
the sentence's end (`It was Roe who said the plan would fail.`) is left as it was.

Cost: one search for a comma and one for an auxiliary over the clause already found.
"""

from __future__ import annotations

import re

from consumer.quotes.cues import FINITE

# the subject phrase ends on a relative pronoun after its comma ('Kelco, which', 'Roe, a senator who')
_RELATIVE_SUBJECT = re.compile(r",[^,\x00]*\b(?:who|which)\s*$", re.IGNORECASE)


def relative_subject(who: str) -> bool:
    """Whether the subject phrase ends on a relative pronoun after a comma: its verb is the
    relative clause's, not the sentence's."""
    return _RELATIVE_SUBJECT.search(who) is not None


def relative_report(masked: str, that: bool, start: int, end: int) -> tuple[int, int] | None:
    """The reported clause of a relative clause's verb of saying, ``start``-``end`` being what
    follows the verb: up to the comma that closes the relative clause, when it holds a clause
    (a ``that`` after the verb or an auxiliary); None when those words are the verb's object.
    With no comma the relative clause runs to the sentence's end and keeps its words."""
    comma = masked.find(",", start, end)
    if comma < 0:
        return start, end
    if not that and FINITE.search(masked, start, comma) is None:
        return None
    return start, comma
