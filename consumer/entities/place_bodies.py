"""Candidates for a place's own public bodies ("the Kelby County Sheriff's Office"): the rule of
`rules.local_bodies` (issue 14, session 39). The model's readings inside the name (its place,
"Kelby County") give way to the one body, and so does its reading of just the name, which the
type corrections would otherwise take by its words ("Kelby Water Board" a person by its look,
"Clark County School District" a place by its head "District"); a model name running past it on
either side stands ("Kelby Police Chief Ann Roe" is left to the title rules), so the rule never
cuts a name short.
"""

from __future__ import annotations

from collections.abc import Callable

from consumer.entities.candidates import Candidate
from consumer.entities.rules.local_bodies import local_bodies
from consumer.events import TextField


def place_body_cands(
    text_field: TextField, text: str, here: list[Candidate], is_place: Callable[[str], bool]
) -> list[Candidate]:
    """The place-built bodies of one field that no longer name holds."""
    found: list[Candidate] = []
    for s, e in local_bodies(text, is_place):
        over = [c for c in here if c.start < e and s < c.end]
        if any(c.start < s or e < c.end for c in over):
            continue  # a longer name the model or a rule read: its own
        found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
    return found
