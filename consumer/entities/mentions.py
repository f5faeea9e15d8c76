"""Mentions and entity ids: the fields every published entity carries.

Building a ``Mention`` is on the hot path (one per mention of every entity), so it is made
without the dataclass constructor; ids are stable hashes of type and name.
"""

from __future__ import annotations

import hashlib
import re

from consumer.entities.candidates import Candidate
from consumer.entities.records import FIELD_ORDER, CandidateGroup
from consumer.events import EntityType, Mention, TextField
from consumer.parse.agencies import canonical_agency, is_known_agency


def without_slug(cands: list[Candidate], slug_end: int) -> list[Candidate]:
    """Cut a headline's desk slug off names: "Soccer-Arsenal beat Chelsea" names Arsenal."""
    if slug_end == 0:
        return cands
    kept: list[Candidate] = []
    for cand in cands:
        if cand.field == "headline" and cand.start < slug_end:
            if cand.end <= slug_end:
                continue
            cand.start = slug_end
        kept.append(cand)
    return kept


def entity_within(
    drafts: list[tuple[CandidateGroup, list[Mention]]],
    text_field: TextField,
    span: tuple[int, int],
    types: set[str],
    last: bool = False,
) -> CandidateGroup | None:
    hits: list[tuple[int, CandidateGroup]] = []
    for group, mentions in drafts:
        if group.type not in types:
            continue
        hits.extend(
            (m.start, group)
            for m in mentions
            if m.field == text_field and span[0] <= m.start and m.end <= span[1]
        )
    if not hits:
        return None
    hits.sort(key=lambda h: h[0])
    return hits[-1][1] if last else hits[0][1]


_new_object = object.__new__
_set_attribute = object.__setattr__


def new_mention(text: str, field: TextField, start: int, end: int) -> Mention:
    """``Mention.model_construct(text=..., field=..., start=..., end=...)``: the same instance state
    (fields in declaration order, all four set, no extra or private values), without its loop over
    the model's fields and aliases, at about a third of its cost; an item has tens of mentions."""
    mention: Mention = _new_object(Mention)
    _set_attribute(mention, "__dict__", {"text": text, "field": field, "start": start, "end": end})
    _set_attribute(mention, "__pydantic_fields_set__", {"text", "field", "start", "end"})
    _set_attribute(mention, "__pydantic_extra__", None)
    _set_attribute(mention, "__pydantic_private__", None)
    return mention


def first_offset(mentions: list[Mention]) -> int:
    return min((FIELD_ORDER.index(m.field) * 1_000_000 + m.start for m in mentions), default=10_000_000)


_AGENCY_WORDS = re.compile(r"\s+(?:news\s+agency|news\s+service|news|agency)$", re.IGNORECASE)


def agency_key(name: str) -> str:
    """'Yonhap News Agency', '(XINHUA)' and 'Xinhua' compare as their agency; others by case-folding."""
    for form in (name, _AGENCY_WORDS.sub("", name.strip())):
        if is_known_agency(form):
            return (canonical_agency(form) or form).casefold()
    return " ".join(name.split()).casefold()


def entity_id(kind: EntityType, name: str, seen: set[str]) -> str:
    """Stable across re-runs and versions of a story: derived from type and canonical name."""
    digest = hashlib.blake2b(f"{kind}|{name}".encode(), digest_size=6).hexdigest()
    ent_id = f"ent_{digest}"
    n = 2
    while ent_id in seen:
        ent_id = f"ent_{digest}_{n}"
        n += 1
    seen.add(ent_id)
    return ent_id
