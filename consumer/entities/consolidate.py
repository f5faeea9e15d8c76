"""Document-level consistency: one type per name.

A statistical tagger decides each occurrence on its own; readers of a story don't.
So a surface form gets the type most of its (weighted) occurrences received. The other
document-level steps have modules of their own: untagged repeats of a tagged name added
(``propagation``), a surname or given name used alone joined to the one person in the
article who carries it (``people_joins``), a product named again by its bare model code
or line (``model_joins``).
"""

from __future__ import annotations

from collections.abc import Mapping

from consumer.entities.candidates import Candidate
from consumer.events import EntityType, TextField

_VOTE_WEIGHT = {"rule": 4.0, "gazetteer": 2.0, "ner": 1.0, "prop": 0.0}


def key_of(surface: str) -> str:
    return " ".join(surface.split()).lower()


# The order a tie between rules' types is settled in (a product's name over a work's, a
# person's over a body's): stated so the outcome never depends on the order rules ran in.
_TIE_ORDER: tuple[EntityType, ...] = (
    "PERSON",
    "LOCATION",
    "NORP",
    "ORGANIZATION",
    "PRODUCT",
    "EVENT",
    "MISC",
)


def vote_types(cands: list[Candidate], recased: Mapping[TextField, str]) -> None:
    """One type per surface form, so that a name is published once, not twice with two types.

    A form a rule found takes the rule's type on every mention, whatever the model or the
    gazetteer read elsewhere: the rule saw the context ("the sitcom called Harbor Nights"),
    the model a window of words. Before, a rule outvoted (or tied) kept its type while the
    other mentions kept theirs, so both readings were published and one was always wrong.
    Rules that disagree are settled by weight, then ``_TIE_ORDER``. A form no rule found takes
    the weighted majority of its mentions; a tie there is left alone (measured: settling it by
    any fixed order or by the first mention lost more right entities than it removed wrong ones),
    save a tie between a work and one other reading (``_work_in_a_tie``).
    """
    votes: dict[str, dict[EntityType, float]] = {}
    ruled: dict[str, dict[EntityType, float]] = {}
    keys = [key_of(recased[cand.field][cand.start : cand.end]) for cand in cands]
    for cand, key in zip(cands, keys, strict=True):
        weight = _VOTE_WEIGHT[cand.origin] + (1.0 if cand.entry and cand.entry.kind == "country" else 0.0)
        tally = (ruled if cand.origin == "rule" else votes).setdefault(key, {})
        tally[cand.type] = tally.get(cand.type, 0.0) + weight
    _titles_without_article(ruled, votes)
    # the tallies are final here: each form's winner is settled once, not once per mention
    winners: dict[str, EntityType] = {}
    for cand, key in zip(cands, keys, strict=True):
        best = winners.get(key)
        if key in ruled:
            if best is None:
                best = winners[key] = _winner(ruled[key])
        else:
            counter = votes[key]
            if best is None:
                best = winners[key] = (
                    "MISC" if _work_in_a_tie(counter) else max(sorted(counter), key=lambda t: counter[t])
                )
            if counter[best] <= counter[cand.type] and not _work_in_a_tie(counter):
                continue
        if best != cand.type:
            cand.type = best
            if cand.entry is not None and cand.entry.type != best:
                cand.entry = None


def _work_in_a_tie(counter: Mapping[EntityType, float]) -> bool:
    """Whether the form is MISC by a tie: the model read it as a work (or a law, a prize) and
    as one other type as often ("Harbor Lights" MISC at the film's first mention, a body at its
    second). The model's MISC survived every retype rule, and a name read two ways as often is
    a title far more often than a body the model once took for one (read on 800 fresh BBC
    stories: films, a musical, a campaign's slogan and a service's nickname had each been
    published twice, once as a body or an event). A three-way tie ("Louvre" a work, a body and
    a person) says nothing and is left alone."""
    return len(counter) == 2 and "MISC" in counter and len(set(counter.values())) == 1


def _titles_without_article(ruled: dict[str, dict[EntityType, float]], votes: Mapping[str, object]) -> None:
    """A work a rule found with its title's article ("The Harbor Lights", read from "the film
    The Harbor Lights") rules the bare title the model tags on the other mentions ("Harbor
    Lights won two prizes"): the model leaves a title's "The" out of its span, so the bare form
    was voted on alone and the work published twice, once as a body or a person. Only a form
    no rule found itself, and only a work's reading (a body's "The" is no part of its name)."""
    for key in [k for k in ruled if k.startswith("the ")]:
        bare = key[4:]
        if bare in votes and bare not in ruled and _winner(ruled[key]) == "MISC":
            ruled[bare] = ruled[key]


def _winner(tally: Mapping[EntityType, float]) -> EntityType:
    """The type with the most weight, a tie settled by ``_TIE_ORDER``."""
    return max(tally, key=lambda t: (tally[t], -_TIE_ORDER.index(t)))
