"""A subsidiary the lead names as the story's subject, rather than its parent, as the story's company.

The story's company (what "it", "the company" and a clause that names nobody fall back on) is
the most salient firm of the headline and lead. Agency copy about a unit names its parent in the
headline ("VANTOR <VNT> UNIT SETTLES ...") and the unit in the lead with its parentage
("Harlow Securities Inc, the brokerage subsidiary of Vantor Corp, agreed ...", "Vantor Corp's
Harlow Securities unit said ..."); the parent then gains the salience of the headline and took
the unit's figures. A firm the lead names as a unit of the story's company is the story's
company instead: the story is about it, and its parent is named only to place it. Reads the few
characters around the parent's mentions in the lead.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import MentionIndex, company_like

_LEAD_CHARS = 300  # the lead sentence, about, as the focus reads it
_UNIT_WORDS = r"(?:subsidiary|unit|arm|affiliate|division|offshoot)"
# "<unit>, the brokerage subsidiary of <parent>", "<unit>, a unit of <parent>"
_APPOSED_UNIT = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?" + _UNIT_WORDS + r"\s+of\s+(?:the\s+)?", re.IGNORECASE
)
# "<parent>'s <unit> unit", "<parent>'s <unit> subsidiary"
_POSSESSED = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}")
_UNIT_AFTER = re.compile(r"\s+" + _UNIT_WORDS + r"\b", re.IGNORECASE)


def subsidiary_in_focus(index: MentionIndex, text: str) -> Entity | None:
    """The firm the lead names as a unit of the story's company, or None (the focus stands).
    Only the lead's subject: the first firm it names is the unit, its parent apposed right
    after it, or the parent, its unit possessed right after it; "Vantor Corp said profit rose
    ... at Vantor Corp's Harlow unit" stays the parent's story."""
    parent = index.focus.get("company")
    if parent is None:
        return None
    lead = index.between(index.skip_before, min(len(text), index.skip_before + _LEAD_CHARS))
    firms = [c for c in lead if _is_firm(c.entity)][:2]
    if len(firms) < 2 or firms[0].entity.id == firms[1].entity.id:
        return None
    first, second = firms
    if second.entity.id == parent.id and _APPOSED_UNIT.fullmatch(text, first.end, second.start):
        return first.entity
    if first.entity.id == parent.id:
        possessed = _POSSESSED.match(text, first.end)
        if possessed is not None and second.start == possessed.end() and _UNIT_AFTER.match(text, second.end):
            return second.entity
    return None


def focus_on_unit(index: MentionIndex, text: str) -> None:
    """Make the lead's unit of the story's company the story's company (see the module)."""
    unit = subsidiary_in_focus(index, text)
    if unit is not None:
        index.focus["company"] = unit


def _is_firm(entity: Entity) -> bool:
    return entity.type == "ORGANIZATION" and company_like(entity)
