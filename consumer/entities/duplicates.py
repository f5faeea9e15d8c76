"""One thing named by two forms of its name, joined after grouping (issue 11, session 35).

The grouping key folds case, a leading "the" and corporate suffixes, and the short-form passes
join an acronym, a name's first words or its head noun to the one longer name. Two more kinds
of form were left apart and published as two entities, one of them always a false positive:

* the same name written two ways: with and without a hyphen, a space, a full stop, accents or a
  possessive's apostrophe ("Tarvo Quell-Marsh" / "Tarvo Quell Marsh", "Kelvo Airways'" /
  "Kelvo Airways"), a body's legal suffixes ("Kelvo Group Plc" / "Kelvo") or a prefix the model
  ran into it ("Ex-Kelvo"), or one form holding a list's record and the other not (a rule's
  "giant Kelvo" beside the listed "Kelvo"); a town called like its country is that country
  when it lies there (a city-state written "Harborkong" beside "Harbor Kong");
* a body named once with the country, nationality or national word that qualifies it and
  otherwise without ("the U.S. Harbor Board ... the Harbor Board said", "Afghan Quellists ...
  the Quellists", "N.V. Tarvo ... Tarvo"): the qualified name of exactly one body in the story.
"""

from __future__ import annotations

import re
import unicodedata

from consumer.entities import retype, rules
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.kind_forms import join_dropped_kinds, kind_last
from consumer.entities.records import FIELD_ORDER, CandidateGroup
from consumer.entities.short_forms import TRADE_WORDS


def join_duplicates(groups: list[CandidateGroup], gazetteer: Gazetteer) -> list[CandidateGroup]:
    """The extractor's one call: both joins, in order."""
    return join_qualified_forms(join_dropped_kinds(join_variant_forms(groups)), gazetteer)


def fold_name(name: str) -> str:
    """A name's letters and digits only, without accents, case, a leading "the" or a trailing
    possessive: what two spellings of one name share ("Quell-Marsh" and "Quell Marsh")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _POSSESSIVE_END.sub("", _LEADING_THE.sub("", text))
    return "".join(ch for ch in text if ch.isalnum())


_LEADING_THE = re.compile(r"^the\s+(?=\S)")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def join_variant_forms(groups: list[CandidateGroup]) -> list[CandidateGroup]:
    """Groups of one type whose names fold alike are one thing, unless each holds a different
    record (two namesake places), save a city-state's town beside its country."""
    by_form: dict[tuple[str, str], list[CandidateGroup]] = {}
    for g in groups:
        form = fold_name(_body_form(g.name) if g.type == "ORGANIZATION" else g.name)
        if len(form) >= 2:
            by_form.setdefault((g.type, form), []).append(g)
    merged: set[int] = set()
    for same in by_form.values():
        if len(same) < 2:
            continue
        target = max(same, key=_target_rank)
        for other in same:
            if other is target or not _compatible(target, other):
                continue
            target.cands.extend(other.cands)
            merged.add(id(other))
    return [g for g in groups if id(g) not in merged] if merged else groups


def _body_form(name: str) -> str:
    """A body's name without its legal suffixes ("Tarvo Group Plc", "Quell and Co Inc") or a
    word-prefix the model ran into it ("Ex-Tarvo", "Non-Harbor Union")."""
    bare = _PARTNERS_END.sub("", _SUFFIXES_END.sub("", _PREFIX.sub("", name)))
    bare = kind_last(bare)  # session 38: "Department of Fisheries" is "Fisheries Department"
    return bare if bare.strip() else name


_SUFFIXES_END = re.compile(rules.CORPORATE_SUFFIX_TAIL.pattern + r"$")
_PARTNERS_END = re.compile(r",?\s+(?:and|&)$")  # "Quell Marsh and" of "Quell Marsh and Co"
_PREFIX = re.compile(r"^(?:[Ee]x|[Nn]on)-(?=[A-Z])")


def _target_rank(group: CandidateGroup) -> tuple[bool, bool, bool, int]:
    """The group that keeps its name: a country's record, any record, a name with no trailing
    apostrophe or full stop and no prefix run into it, the most mentions."""
    entry = group.entry
    return (
        entry is not None and entry.kind == "country",
        entry is not None,
        not group.name.endswith(("'", "’", ".")) and _PREFIX.match(group.name) is None,
        len(group.cands),
    )


def _compatible(target: CandidateGroup, other: CandidateGroup) -> bool:
    a, b = target.entry, other.entry
    if a is None or b is None or a == b:
        return True
    # "Harbor Kong" the country and "Harborkong" its town: the town lies in the country
    return a.kind == "country" and b.kind == "city" and b.country is not None and b.country == a.iso3166


def join_qualified_forms(groups: list[CandidateGroup], gazetteer: Gazetteer) -> list[CandidateGroup]:
    """An organisation named as the rest of exactly one longer organisation's name is that
    organisation: the rest after a qualifier (a place or a people the gazetteer knows,
    "National", a listed body's capitals before two words or more, a company's initials or
    legal form), the first partner of a comma partnership ("Tarvo, Quell and Co ... Tarvo
    said"), or a later word of a company's legal name ("Harlow Kelvex Corp ... Kelvex said")
    once that name has been given and no other entity holds the word ("Kelvex" first, or
    "Kelvex Holdings" beside it, is a body of its own, as a parent beside its subsidiary).
    The short form's own corporate suffix makes it a company of its own ("Tarvo Co" beside
    "Harlow Tarvo"); a listed record on each side that differs keeps both."""
    orgs = [g for g in groups if g.type == "ORGANIZATION"]
    if len(orgs) < 2:
        return groups
    home = _dateline_country(groups)
    longer: dict[str, dict[int, CandidateGroup]] = {}
    later_only: set[tuple[str, int]] = set()  # a legal name's later word, by no other way
    for g in orgs:
        forms, later = _short_forms(g.name, gazetteer, home)
        for form in forms | later:
            longer.setdefault(form.casefold(), {})[id(g)] = g
        later_only.update((form.casefold(), id(g)) for form in later - forms)
    if not longer:
        return groups
    holders: dict[str, int] = {}  # how many entities' names hold a word
    if later_only:
        for g in groups:
            for word in _name_words(g.name):
                holders[word] = holders.get(word, 0) + 1
    merged: set[int] = set()
    for short in orgs:
        if id(short) in merged or rules.CORPORATE_SUFFIX_END.search(short.name):
            continue
        targets = [g for g in longer.get(short.name.casefold(), {}).values() if g is not short]
        if len(targets) != 1 or id(targets[0]) in merged:
            continue
        target = targets[0]
        if target.entry is not None and short.entry is not None and target.entry != short.entry:
            continue
        key = short.name.casefold()
        if (key, id(target)) in later_only and (
            holders.get(key, 0) > 2 or _first_mention(short) < _first_mention(target)
        ):
            continue  # another entity's word too, or written before the legal name: a body of its own
        if short.entry is not None and target.entry is None:
            target, short = short, target  # the listed form keeps its record and name
        target.cands.extend(short.cands)
        merged.add(id(short))
    return [g for g in groups if id(g) not in merged] if merged else groups


def _short_forms(name: str, gazetteer: Gazetteer, home: str | None) -> tuple[set[str], set[str]]:
    """The shorter names a body's full name may be written by: its rest after a qualifier, a
    comma partnership's first partner; and apart, a legal name's later words."""
    forms: set[str] = set()
    later: set[str] = set()
    words = _without_suffixes(name).split()
    for lead in range(1, min(3, len(words) - 1) + 1):
        if _qualifier(words[:lead], len(words) - lead, gazetteer) and not _foreign_institution(
            words[:lead], words[-1], gazetteer, home
        ):
            forms.add(" ".join(words[lead:]))
    partner = _PARTNER.match(name)
    if partner is not None and rules.CORPORATE_SUFFIX_END.search(name):  # never a list, "Roe, Lamm"
        forms.add(partner.group(1))
    plain = not any(w.endswith(",") or w[0].islower() for w in words)  # "Tarvo, Quell and"
    if plain and rules.CORPORATE_SUFFIX_END.search(name) and 2 <= len(words) <= 3:
        later.update(w for w in words[1:] if _core_word(w))
    return forms, later


def _name_words(name: str) -> set[str]:
    return {w.strip(",.'’").casefold() for w in name.split()}


def _first_mention(group: CandidateGroup) -> tuple[bool, int, int]:
    """Where a group is first written: the body's first mention, else the other fields' first
    (a headline's short form is no sign the body names the company that way first)."""
    return min(
        ((c.field != "body", FIELD_ORDER.index(c.field), c.start) for c in group.cands),
        default=(True, len(FIELD_ORDER), 0),
    )


# "Tarvo, Quell and Co": the first partner's one word before the comma
_PARTNER = re.compile(r"([A-Z][a-z]+),\s")


def _core_word(word: str) -> bool:
    """A word of a company's legal name that may stand for it alone: a capitalised name word,
    no trade's or body's head word ("Motors", "Bank"), no initials."""
    return (
        len(word) >= 3
        and word[0].isupper()
        and word[1:].islower()
        and word not in TRADE_WORDS
        and not retype.is_head_word(word.casefold())
    )


def _without_suffixes(name: str) -> str:
    while (shorter := rules.CORPORATE_SUFFIX_END.sub("", name)) != name:
        name = shorter
    return name


# a company's initials or legal form before its name: "N.V.", "AB", "J.C.", "W"
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{1,2}")


def _dateline_country(groups: list[CandidateGroup]) -> str | None:
    """The country of the place the dateline names, where one does."""
    for g in groups:
        if g.type == "LOCATION" and g.entry is not None and any(c.field == "dateline" for c in g.cands):
            return g.entry.country or g.entry.iso3166
    return None


def _foreign_institution(lead: list[str], last: str, gazetteer: Gazetteer, home: str | None) -> bool:
    """ "U.S. Treasury" in a story datelined in another country: its bare "Treasury" is as likely
    that country's own ("Treasury Secretary Ana Roe" of the dateline's government)."""
    if home is None or last.casefold() not in _NATIONAL_HEADS:
        return False
    entry = gazetteer.lookup(" ".join(lead))
    return entry is not None and entry.kind == "country" and (entry.country or entry.iso3166) != home


# the bodies every country has one of
_NATIONAL_HEADS = frozenset(
    retype.word_list(
        "army navy force police parliament court government assembly senate congress cabinet treasury "
        "ministry department"
    )
)


def _qualifier(lead: list[str], rest: int, gazetteer: Gazetteer) -> bool:
    """Words before a body's name that qualify it rather than name it."""
    text = " ".join(lead)
    if text == "National":
        return True
    if all(_INITIALS.fullmatch(w) for w in lead) and (rest >= 2 or all("." in w for w in lead)):
        # capitals without full stops may be a body's own letters: a one-word rest after them
        # ("AP News", "BT Sport") is that body's unit, as after a listed body's capitals, unless
        # the gazetteer knows them as a place ("US Congress")
        return True
    entry = gazetteer.lookup(text)
    if entry is None:
        return False
    if entry.type == "NORP" or (entry.type == "LOCATION" and entry.kind in _PLACE_KINDS):
        # a town by its own name only: a list's alternate spelling may be a word ("Sues")
        return entry.kind != "city" or entry.name.casefold() == text.casefold()
    # "UN Harbor Council ... the Harbor Council"; a one-word rest after a body ("BBC News") is
    # that body's unit, never a body of its own
    return entry.type == "ORGANIZATION" and text.isupper() and rest >= 2


_PLACE_KINDS = frozenset({"country", "first_level_division", "city", "region", "continent"})
