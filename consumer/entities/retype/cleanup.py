"""The entry point that tidies model spans before their types are corrected: ``tidy`` splits,
cuts and drops spans in a fixed order, calling the rules of ``splits``, ``cuts``, ``non_names``
and ``titles``.
"""

from __future__ import annotations

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.cuts import cut_at_line_break, cut_loose_end, cut_model_name
from consumer.entities.retype.descriptors import company_descriptor
from consumer.entities.retype.non_names import names_nothing, no_persons_name, post_nominal, ticker
from consumer.entities.retype.splits import (
    PHOTO_WORDS,
    names_last_words,
    names_on_their_own,
    people_surnames,
    split_credit,
    split_joined,
    split_list,
)
from consumer.entities.retype.title_tails import name_ends, title_tail
from consumer.entities.retype.titles import cut_officer_title, job_title_only
from consumer.events import TextField


def tidy(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> list[Candidate]:
    """Split credit lines and possessives, cut names at prose, drop spans that are no names."""
    out: list[Candidate] = []
    pieces: list[Candidate] = []
    named = names_on_their_own(cands, recased)
    surnames = {fld: people_surnames(names) for fld, names in named.items()}
    last_words = {fld: names_last_words(names) for fld, names in named.items()}
    for cand in cands:
        if cand.origin == "ner" and cand.entry is None:
            pieces.extend(
                split_joined(
                    cand,
                    recased[cand.field],
                    named.get(cand.field),
                    surnames.get(cand.field, {}),
                    gazetteer,
                    last_words.get(cand.field),
                )
            )
        else:
            pieces.append(cand)
    ends = name_ends(pieces)
    for cand in pieces:
        text = recased[cand.field]
        if (
            ticker(cand, text, gazetteer)
            or names_nothing(cand, text, text[cand.start : cand.end])
            or title_tail(cand, text, gazetteer, ends.get(cand.field, frozenset()))
            or company_descriptor(cand, text, gazetteer)
        ):
            continue  # no name; "Shadow of the [Kelp Raider]" (a title's tail), "[Software] giant Acme"
        if post_nominal(cand, text, text[cand.start : cand.end], gazetteer):
            continue  # "Jane Rowe, MD, MPH": her degrees, no place or body
        surface = text[cand.start : cand.end]
        if "/" in surface and cand.origin != "rule":
            out.extend(split_credit(cand, text))
            continue
        if ", " in surface and cand.origin == "ner" and cand.entry is None:
            split = split_list(cand, text, gazetteer)
            if split is not None:
                out.extend(split)
                continue
        if ("\n" in surface or " @ " in surface) and cand.origin != "rule":
            surface = cut_at_line_break(cand, text)
        if not surface.strip():
            continue
        if cand.entry is None and cand.origin != "rule":
            # a listed product grown by its model words keeps its lower-case lead ("iPad Air")
            listed_tail = cand.origin == "gazetteer" and cand.type == "PRODUCT"
            if (surface[:1].islower() and not listed_tail) or no_persons_name(cand, text, gazetteer):
                continue  # "a Grocery Store", "s Hoa Lo": a name starts with a capital
            cut_model_name(text, cand, gazetteer)  # may leave nothing: dropped at the end
        cut_officer_title(text, cand)
        if cand.entry is None and cand.origin == "ner" and job_title_only(text, cand):
            continue  # "Founder & Principal Consultant", "Lead Designer" + " Pia Holm": a job, no name
        cut_loose_end(text, cand)
        if cand.end > cand.start and text[cand.start : cand.end] not in PHOTO_WORDS:
            out.append(cand)
    return out
