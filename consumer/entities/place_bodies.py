"""Candidates for a place's own public bodies ("the Kelby County Sheriff's Office"): the rule of
`rules.local_bodies` (issue 14, session 35). The model's readings inside the name (its place,
"Kelby County") give way to the one body, and so does its reading of just the name, which the
type corrections would otherwise take by its words ("Kelby Water Board" a person by its look,
"Clark County School District" a place by its head "District"); a model name running past it on
either side stands ("Kelby Police Chief Ann Roe" is left to the title rules), so the rule never
cuts a name short.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import accumulate

from consumer.entities.candidates import Candidate
from consumer.entities.rules.local_bodies import local_bodies
from consumer.events import TextField


def place_body_cands(
    text_field: TextField, text: str, here: list[Candidate], is_place: Callable[[str], bool]
) -> list[Candidate]:
    """The place-built bodies of one field that no longer name holds."""
    found: list[Candidate] = []
    spans = sorted((c.start, c.end) for c in here)  # sorted once: each body looks at its own
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end so far
    for s, e in local_bodies(text, is_place):
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        if (lo and reach[lo - 1] > s) or any(end > e for _, end in spans[lo:hi]):
            continue  # a longer name the model or a rule read (from before it or past it): its own
        found.append(Candidate(text_field, s, e, "ORGANIZATION", "rule"))
    return found
