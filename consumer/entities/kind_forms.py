"""A public body's name written with its kind word first or last, or without it (issue 11,
session 38).

News copy names one government body three ways: "the Department of Fisheries", "the Fisheries
Department" and, where the kind word is understood, the body's own words alone ("the Treasury
Department ... the Treasury", "the Harbor Reserve Board ... the Harbor Reserve"). The grouping
key and the short-form passes join a name to its acronym or to the longer name it opens, but not
the kind word moved from the front to the back, nor a name to the same name less a governing
kind word after it; each such pair was published as two entities, one of them a false positive.

* ``kind_last`` spells the kind word last ("Ministry of Tourism" -> "Tourism Ministry"), which
  ``duplicates.join_variant_forms`` folds and joins like any other two spellings of one name;
* ``join_dropped_kinds`` joins a body named by its own words alone to the one body of the story
  that adds a governing kind word to them; where two bodies do ("the Tourism Ministry and the
  Tourism Board") the bare words could be either and stay as they are.

Only the names are read (no text around them): one regex match per organisation.
"""

from __future__ import annotations

import re

from consumer.entities.records import CandidateGroup

# The kind words a body's name may carry first ("Ministry of Finance") or last ("Finance
# Ministry"): the inversion keeps the kind word, so "Court of Appeal" is "Appeal Court"
_KIND_FIRST = re.compile(
    r"(Department|Ministry|Bureau|Office|Court|Commission) of (?:the )?"
    r"([A-Z][\w'’.&-]*(?: (?:and|&|[A-Z][\w'’.&-]*)){0,3})"
)
# The kind words a story leaves out when it names the body again: the words before them end on a
# lower-case letter ("the Board", "the Department" alone, "NHS Board" stay as they are)
_GOVERNING_KIND_END = re.compile(r"(?<=[a-z]) (?:Department|Ministry|Board)$")


def kind_last(name: str) -> str:
    """A body's name with its kind word first spelt with the kind word last ("Department of the
    Treasury" -> "Treasury Department", "Court of Appeal" -> "Appeal Court"); any other name as
    it is."""
    first = _KIND_FIRST.fullmatch(name)
    return name if first is None else f"{first.group(2)} {first.group(1)}"


def join_dropped_kinds(groups: list[CandidateGroup]) -> list[CandidateGroup]:
    """A body named by its own words alone is the one body of the story named by those words and
    a governing kind word ("Treasury" of "Treasury Department", "Harbor Reserve" of "Harbor
    Reserve Board"); the group with a record, else the one with more mentions, keeps its name."""
    bodies = [g for g in groups if g.type == "ORGANIZATION"]
    bare = {_key(g.name): g for g in bodies}
    longer: dict[str, list[CandidateGroup]] = {}
    for g in bodies:
        words = _GOVERNING_KIND_END.sub("", kind_last(g.name))
        if words != g.name and _key(words) in bare:
            longer.setdefault(_key(words), []).append(g)
    merged: set[int] = set()
    for words, full in longer.items():
        short = bare[words]
        if len(full) != 1 or full[0] is short:
            continue
        a, b = full[0], short
        if a.entry is not None and b.entry is not None and a.entry != b.entry:
            continue
        target, other = (
            (a, b) if (a.entry is not None, len(a.cands)) >= (b.entry is not None, len(b.cands)) else (b, a)
        )
        target.cands.extend(other.cands)
        merged.add(id(other))
    return [g for g in groups if id(g) not in merged] if merged else groups


def _key(name: str) -> str:
    """A name's case-folded words without a leading "the"."""
    return _LEADING_THE.sub("", name.casefold())


_LEADING_THE = re.compile(r"^the\s+")
