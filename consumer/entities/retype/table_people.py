"""People in a table's column (session 34): web pages set rosters and results out as tables, one
cell a player ("| LB | Sione Tavita | 6 | 8% |"), and the model reads an unfamiliar name there as
a body or a place while it reads its neighbours as people. A name that fills a whole cell of a
column most of whose names are people is a person too, unless a list or its head word says
otherwise.

Only a bounded window before each name is read (the row's start within ``_ROW_REACH``
characters), so the cost stays linear in the text.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import HEAD_TYPES, head_word
from consumer.entities.retype.person_names import person_words
from consumer.events import TextField

_ROW_REACH = 240  # characters back to the row's opening bar
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|")


def _column(cand: Candidate, text: str) -> int | None:
    """The column of the cell the name fills whole, or None when it fills none: the row is a line
    opening on a bar no further than ``_ROW_REACH`` characters back."""
    low = max(0, cand.start - _ROW_REACH)
    line = text.rfind("\n", low, cand.start) + 1
    if line == 0 and low > 0:
        return None  # no line break within reach: no row of a table we read
    if not text.startswith("|", line):
        return None
    if _CELL_BEFORE.search(text, line, cand.start) is None or _CELL_AFTER.match(text, cand.end) is None:
        return None
    return text.count("|", line, cand.start)


def people_in_table_columns(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> None:
    """In a table's column where two names or more and most are people, a model body or place of
    two or three name words no list knows and no head word types is a person (in place)."""
    columns: dict[tuple[TextField, int], list[Candidate]] = {}
    for cand in cands:
        column = _column(cand, recased[cand.field])
        if column is not None:
            columns.setdefault((cand.field, column), []).append(cand)
    for (field, _), cells in columns.items():
        people = sum(1 for c in cells if c.type == "PERSON")
        if people < 2 or people * 2 <= len(cells):
            continue
        for cand in cells:
            surface = " ".join(recased[field][cand.start : cand.end].split())
            words = surface.split()
            if (
                cand.type in ("ORGANIZATION", "LOCATION")
                and cand.origin == "ner"
                and 2 <= len(words) <= 3
                and person_words(words, gazetteer)
                and gazetteer.lookup(surface) is None
                and head_word(surface) not in HEAD_TYPES
            ):
                cand.type, cand.entry = "PERSON", None
