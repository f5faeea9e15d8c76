"""A body's short form that the model read as a product, joined to the body: "the Kelby Comets
... the powerful Comets" (a club goes by its plural last word), "Quorvel Energy Corp ... Quorvel
said" (a firm by its first word). The small model reads a lone capitalised word after an
adjective as a product as often as a body; `short_forms.join_short_forms` and
`join_nicknames` join only bodies, places and people, so the product stayed an entity of its own
beside the body, one wrong entity more.

Only a product of one word that the model alone read (no list knows it, no rule found it) is
joined, and only to exactly one body of the story: one whose last word it is, a plural ("Comets",
never "Windows" of "Windows Kelby Advantage": no plural's look, or "Vela" of "Tarvo Vela"), or
one whose first word it is and whose last word is a firm's head or a corporate suffix ("Quorvel
Energy Corp", "Modulo Industries"; never "Vela Joint Development Association"). One pass over the
story's groups: the cost is linear in them.

Session 43: a product the story also names in the plural ("the new Zentrobook ... older
Zentrobooks", "two Vela Pros") stood as a second product beside the singular; `join_product_plurals`
joins the plural to the one product whose form it is with the "s" off.
"""

from __future__ import annotations

import re

from consumer.entities.records import CandidateGroup
from consumer.entities.retype.lexicons import word_list
from consumer.events import TextField

_PLURAL_NAME = re.compile(r"[A-Z][a-z]{2,}[^s\W]s")  # "Comets", not "Bass" or "Kiss"
_FIRM_LAST = frozenset(
    word_list(
        "corp corp. corporation inc inc. co co. ltd ltd. plc llc industries holdings group company "
        "enterprises partners"
    )
)


def _model_product(group: CandidateGroup) -> bool:
    """A product of one word that only the model read (its repeats added), with no record."""
    return (
        group.type == "PRODUCT"
        and group.entry is None
        and " " not in group.name
        and any(c.origin == "ner" for c in group.cands)
        and all(c.origin in ("ner", "prop") and c.entry is None for c in group.cands)
    )


def join_product_short_forms(groups: list[CandidateGroup]) -> list[CandidateGroup]:
    """ "the Kelby Comets ... the powerful Comets", "Quorvel Energy Corp ... Quorvel": a model
    product of one word that is exactly one story body's plural last word, or the first word of
    exactly one firm's name, joins that body."""
    by_last: dict[str, list[CandidateGroup]] = {}
    by_first: dict[str, list[CandidateGroup]] = {}
    for g in groups:
        words = g.name.split()
        if g.type != "ORGANIZATION" or len(words) < 2:
            continue
        by_last.setdefault(words[-1].casefold(), []).append(g)
        if words[-1].casefold() in _FIRM_LAST:
            by_first.setdefault(words[0].casefold(), []).append(g)
    if not by_last:
        return groups
    merged: set[int] = set()
    for short in groups:
        if not _model_product(short):
            continue
        key = short.name.casefold()
        targets = by_last.get(key, []) if _PLURAL_NAME.fullmatch(short.name) else []
        targets = targets or by_first.get(key, [])
        if len(targets) == 1:
            for cand in short.cands:
                cand.type = "ORGANIZATION"
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


# a plural's last word: a lower-case letter other than "s", "u" or "i" before the "s" ("Zentrobooks",
# "Pros"; never "Glass", "Campus", "Genesis", nor capitals, "XS")
_PLURAL_LAST = re.compile(r".*[a-hj-rtv-z]s")


def join_product_plurals(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "the Zentrobook ... older Zentrobooks": a product every form of which is a plural (and no
    list's entry) joins the one other product of the story that has a form equal to it without its
    final "s"; two such products, or none, leave it as it is."""
    forms: dict[int, set[str]] = {}
    by_form: dict[str, list[CandidateGroup]] = {}
    for g in groups:
        if g.type != "PRODUCT":
            continue
        forms[id(g)] = {" ".join(recased[c.field][c.start : c.end].split()) for c in g.cands}
        for form in forms[id(g)]:
            targets = by_form.setdefault(form.casefold(), [])
            if g not in targets:
                targets.append(g)
    merged: set[int] = set()
    for g in groups:
        own = forms.get(id(g))
        if not own or g.entry is not None or not all(_PLURAL_LAST.fullmatch(f) for f in own):
            continue
        singulars = {id(t): t for f in own for t in by_form.get(f[:-1].casefold(), []) if t is not g}
        if len(singulars) == 1:
            target = next(iter(singulars.values()))
            if id(target) not in merged:
                target.cands.extend(g.cands)
                merged.add(id(g))
    return [g for g in groups if id(g) not in merged]
