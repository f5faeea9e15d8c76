"""Plans, laws, bills and prizes named after a determiner other than "the", and treaties whose
name opens before their kind word.

"a new Harbor Workers' Relief Act", "its Medium Term Savings Strategy", "her Safer Streets
Plan", "an Orvell Award", "the Kelp Farming Bill", "the Tarvian Convention on Fishing Rights":
the kind word says the name is MISC by the conventions (laws, plans, prizes), but
``events.named_plans`` reads a name only after "the", and "Bill" (a given name too) is no kind
there; the model reads such names as bodies or misses them. After "the" and a describing word
("the so-called Tarvo Plan", "the new Kelp Farming Act") ``named_plans`` reads nothing either (it
wants the name right after "the"), so these are read here too. ``events.named_treaties`` starts a
treaty at its kind word, so "European" of "the European Convention on ..." was left a people's
word and the treaty cut.

Cost: the kind words are found by ``str.find`` (a capital after a space, rare); at each a
bounded window before it is read once, so a story costs one walk per kind word it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.rules.shared import NOT_PRODUCT_WORD
from consumer.gate import may_hold

# Kinds after "a", "an", an owner's word or a possessive. "Programme"/"Program" and "Bill" only
# here, never after "the" but for "Bill": "the World Food Programme" is a body, and
# ``retype.programme_name`` reads "the ... Program" already.
_KINDS = (
    "Act",
    "Plan",
    "Strategy",
    "Agreement",
    "Accord",
    "Treaty",
    "Pact",
    "Scheme",
    "Initiative",
    "Programme",
    "Program",
    "Award",
    "Prize",
    "Medal",
    "Charter",
    "Bill",
    "Law",
)
_LITERALS = tuple(f" {kind}" for kind in _KINDS)
# the kind ends the name: no word glued on, no capitalised word after it ("Plan Ltd", "Bill
# Gates", "Act Up"), no "of" and a capital ("the Bill of Rights", "an Act of Parliament": the
# name runs on, left to the other rules)
_KIND_END = re.compile(
    r" (?:" + "|".join(_KINDS) + r")(?![\w'’-]|[ \t]+(?:[A-Z]|of[ \t]+(?:the[ \t]+)?[A-Z]))"
)
_OWNER_WORDS = r"an?|its|their|his|her|our|[A-Z][\w.&-]*['’]s"
_NAME_BEFORE_KIND = re.compile(
    r"(?<![\w'’.&-])(?P<det>" + _OWNER_WORDS + r"|[Tt]he)[ \t]+"
    r"(?:(?P<mod>new|proposed|draft|revised|landmark|controversial|so-called|annual|planned|original|"
    r"current|existing|forthcoming|latest|first|second|national|federal)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?<!['’]s)"
    r"(?:[ \t](?:(?:of|for|and|on|to|in|the|&)[ \t]){0,2}[A-Z][\w'’-]*(?<!['’]s)){0,5})$"
)
_REACH = 90  # characters looked back from the kind for the determiner and the name
# kinds read after "the" too: the plan rule reads the others there
_THE_KINDS = frozenset({"Bill"})
# kinds that name a body as often after a possessive or an agency's first word ("the UN's World
# Food Programme", "a UN Development Programme")
_BODY_KINDS = frozenset({"Programme", "Program"})
_AGENCY_OPENINGS = frozenset({"UN", "United", "World", "International", "Global", "European"})
# kinds whose word is a given name or a surname as well ("Jude Law", "Buffalo Bill"): never after
# a given name
_NAME_KINDS = frozenset({"Bill", "Law"})


def owned_plans(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Plans, laws, bills and prizes named with their kind word after "a", "an", an owner's word
    or a possessive ("its Harbor Savings Strategy"), and bills after "the": (start, end) of the
    name with its kind, the determiner left out; never a date word in it, a name ``is_listed``
    knows, another type's head word before the kind, one stop word, nor a given name before
    "Bill" or "Law"."""
    starts: list[int] = []
    for literal in _LITERALS:
        if not may_hold(text, literal):
            continue  # most kinds are in no story: a test of its words, not a walk of the text
        at = text.find(literal)
        while at >= 0:
            starts.append(at)
            at = text.find(literal, at + 1)
    for at in sorted(set(starts)):
        kind_match = _KIND_END.match(text, at)
        if kind_match is None:
            continue
        kind = kind_match.group().strip()
        found = _NAME_BEFORE_KIND.search(text, max(0, at - _REACH), at)
        if found is None:
            continue
        if found.group("det").lower() == "the" and kind not in _THE_KINDS and found.group("mod") is None:
            continue  # "the ... Plan": events.named_plans reads it, but not after "the so-called", "the new"
        words = found.group("name").split()
        if any(NOT_PRODUCT_WORD.match(w) for w in words):
            continue  # "a Monday Plan", "its April Act"
        if len(words) == 1 and (words[0].lower() in STOP_WORDS or (words[0].isupper() and len(words[0]) < 2)):
            continue  # "a New Plan"
        if "The" in words[1:] or " and the " in found.group("name"):
            continue  # "Jo Roe and The Law", "the Harbor Office and the UN Food Programme": two names
        if kind in _NAME_KINDS and (is_given_name(words[-1].strip("'’")) or is_given_name(words[0])):
            continue  # "a Jude Law film", "the Wild Bill", "Jimmy Quell and The Law"
        if kind in _BODY_KINDS and (found.group("det")[-2:] in ("'s", "’s") or words[0] in _AGENCY_OPENINGS):
            continue  # "the UN's World Harbor Programme", "a United Nations Programme": an agency
        if head_type(" ".join(words)) not in (None, "MISC"):
            continue  # "its Kelby Council Plan": the body's, named by its owner
        start, end = found.start("name"), kind_match.end()
        if is_listed(text[start:end]):
            continue  # "the World Food Programme": a listed body
        yield start, end


# "the European Convention on Fishing Rights", "the UN Convention on Harbors", "the Geneva Treaty
# on ...": one to three capitalised words between "the" and the kind word are the name's
_TREATY_OPENING = re.compile(
    r"(?<![\w'’-])[Tt]he[ \t]+(?P<words>(?:(?:[A-Z][\w.'’-]*(?<!['’]s))[ \t]+){1,3})$"
)
_TREATY_REACH = 50


def treaty_opening(text: str, start: int) -> int:
    """Where a treaty named from its kind word at ``start`` ("Convention on ...") really opens:
    at the first of one to three capitalised words after "the" right before it ("the European
    Convention on ..."), else ``start``; never a date word, one capital letter or a word of
    another type's head ("the Harbor Council Convention on ...")."""
    found = _TREATY_OPENING.search(text, max(0, start - _TREATY_REACH), start)
    if found is None:
        return start
    words = found.group("words").split()
    if any(NOT_PRODUCT_WORD.match(w) for w in words) or head_type(" ".join(words)) not in (None, "MISC"):
        return start
    return found.start("words")
