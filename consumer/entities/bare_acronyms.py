"""Bare acronyms of a body the story names in full, which nothing found: "the Football
Association ... said an FA statement", "the Financial Times ... the FT said" (session 42, BBC
copy). The small model reads a lone two- or three-capital word as nothing; the acronym passes
only join groups that exist, so the mention was lost and a quote it says stayed without speaker.

A whole word of capitals that no candidate covers joins the one organisation of the story whose
capitalised words it spells (``short_forms.spells_name``: small words such as "of" skipped,
never a part of the name). Not an acronym a list knows (its own entry), nor one two bodies or a
person of the story spell; never a word that a capitalised word runs into ("the FA Cup", "IRB
Sevens": part of a longer name) or follows ("the Scottish FA": another body). One scan of each
field's acronym-shaped words, after one look at the groups: most stories spell no body.
"""

from __future__ import annotations

import bisect
import itertools
import re

from consumer.entities import retype, rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.records import CandidateGroup
from consumer.entities.short_forms import spells_name
from consumer.events import TextField
from consumer.gate import gated

# never a wire's ticker in angle brackets ("<GE>", "<SPC.N>"): a symbol, no name of the story
_ACRONYM_WORD = gated(r"(?<![\w&.<-])[A-Z][A-Z&]{1,5}(?![\w&>-])")
_NAME_AFTER = re.compile(r"(?:'s)?\s+(?:[A-Z]|\d)")  # "FA Cup", "IRB Sevens", "CPL 2005"
# "Scottish FA", "US FDA"; an article or a sentence's first word before it is no name
_NAME_BEFORE = re.compile(
    r"(?<![\w.'-])(?!(?:The|An?|But|And|If|As|In|On|At|By|For|With|From)\s)[A-Z][\w.'-]*\s+$"
)


def add_bare_acronyms(
    groups: list[CandidateGroup], recased: dict[TextField, str], gazetteer: Gazetteer
) -> None:
    """Give each organisation the bare acronyms of its name that no candidate covers."""
    bodies = [g for g in groups if g.type == "ORGANIZATION" and len(retype.initials(g.name)) >= 2]
    if not bodies:
        return
    people = {retype.initials(g.name) for g in groups if g.type == "PERSON"}
    by_key = _bodies_by_key(bodies)
    seen: dict[str, CandidateGroup | None] = {}
    for field, text in recased.items():
        spans: tuple[list[int], list[int]] | None = None  # the field's candidates, when first asked
        for m in _ACRONYM_WORD.finditer(text):
            s, e, acr = m.start(), m.end(), m.group()
            if acr not in seen:
                seen[acr] = _body_spelled(acr, by_key, bodies, people, gazetteer)
            body = seen[acr]
            if body is None or not _bare(text, s, e):
                continue
            if spans is None:
                spans = _spans(groups, field)
            if not _covered(*spans, s, e):
                body.cands.append(Candidate(field, s, e, "ORGANIZATION", "rule"))


def _spans(groups: list[CandidateGroup], field: TextField) -> tuple[list[int], list[int]]:
    """The starts of the field's candidates in order, and the running maximum of their ends."""
    cands = sorted((c.start, c.end) for g in groups for c in g.cands if c.field == field)
    return [s for s, _ in cands], list(itertools.accumulate((e for _, e in cands), max))


def _bodies_by_key(bodies: list[CandidateGroup]) -> dict[str, list[int]]:
    """The bodies (by position) under each run of capitals ``spells_name`` can accept for them:
    the initials of the name, of the name without its corporate suffix, and of the name without
    one or two leading words (a place). An acronym then asks only the bodies filed under it, so
    an item of many bodies and many capital words costs their sum, not their product."""
    keys: dict[str, list[int]] = {}
    for k, group in enumerate(bodies):
        words = rules.CORPORATE_SUFFIX_END.sub("", group.name).split()
        forms = {
            retype.initials(group.name),
            *(retype.initials(" ".join(words[lead:])) for lead in (0, 1, 2)),
        }
        for form in forms:
            keys.setdefault(form, []).append(k)
    return {key: sorted(set(found)) for key, found in keys.items()}


def _body_spelled(
    acr: str,
    by_key: dict[str, list[int]],
    bodies: list[CandidateGroup],
    people: set[str],
    gazetteer: Gazetteer,
) -> CandidateGroup | None:
    """The one body whose name the acronym spells; None when a list knows it, a person of the
    story has its initials, or no body or two do."""
    letters = acr.replace("&", "")
    if letters in people or gazetteer.lookup(acr) is not None:
        return None
    filed = sorted({*by_key.get(acr, ()), *by_key.get(letters, ())})
    spelled = [bodies[k] for k in filed if spells_name(acr, bodies[k].name, gazetteer)]
    return spelled[0] if len(spelled) == 1 else None


def _covered(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    """Whether a candidate starting before ``e`` ends after ``s`` (``ends`` is the running
    maximum of the candidates' ends in order of start)."""
    i = bisect.bisect_left(starts, e)
    return i > 0 and ends[i - 1] > s


def _bare(text: str, s: int, e: int) -> bool:
    """The acronym alone, no word of a longer name next to it."""
    return _NAME_AFTER.match(text, e) is None and _NAME_BEFORE.search(text, max(0, s - 30), s) is None
