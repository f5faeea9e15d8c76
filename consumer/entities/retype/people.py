"""People and places read the other way round: a model "person" that is a street after a
preposition of place, a facility, a headland, a major place or a town (``retype_person``), and a
model place that is one common given name no list knows (``given_name_place``).

``placed_by_context`` (a preposition of place before a name, a state after it) is shared with
``extractor``.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import STREET_WORD, SURNAME_STREET_HEADS, head_word
from consumer.entities.retype.kinds import KIND_REACH, place_context
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.owned_kinds import retype_by_kind
from consumer.entities.retype.person_names import (
    HEADLAND_HEADS,
    facility_head,
    looks_like_person,
    major_place,
    town_by_its_name,
)
from consumer.entities.retype.speakers import attributed

# Words before a name that make it a place ("moved to X", "from X", "at X"), besides place_context's
_TO_PLACE_BEFORE = re.compile(r"\b(?:to|from|at|of|across|across from|via)[ \t]+$")
_TOWN_AFTER = re.compile(r",[ \t]+[A-Z]")  # "Dylan, Texas": a town before its state or county
_PLACE_AFTER_REACH = 3


def given_name_place(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model place that is one common given name the gazetteer does not know ("Dylan",
    "Billie", "Kinsley"), with no preposition of place before it nor a state after it: the
    model's guess at an unknown capitalised word, which a story names people by."""
    if cand.type != "LOCATION" or cand.origin != "ner" or cand.entry is not None or " " in surface:
        return False
    if not is_given_name(surface) or gazetteer.lookup(surface) is not None:
        return False
    return not placed_by_context(text, cand.start, cand.end)


def placed_by_context(text: str, start: int, end: int) -> bool:
    """Words around a name that say it is a place: a preposition of place before it ("in X",
    "moved to X"), or a state or county after it ("X, Texas")."""
    before = max(0, start - KIND_REACH)
    return (
        place_context(text, start)
        or _TO_PLACE_BEFORE.search(text, before, start) is not None
        or _TOWN_AFTER.match(text, end, end + _PLACE_AFTER_REACH) is not None
    )


# A preposition of place right before "<Given name> Street/Lane": "parked on Elmer Street", "a
# house near Grace Lane", "the 1200 block of Elmer Street"; never "of" alone, "with" or "into"
# ("the family of Grace Lane", "bumped into Grace Lane": people's).
_STREET_PREPOSITION = re.compile(r"\b(?:on|at|along|off|onto|near|across|block of)[ \t]+$")
_STREET_PREPOSITION_REACH = 10  # characters before the name: "block of" and its space


# Heads of a short street or a row of houses that name a street only where a preposition of
# place says so ("lived on Quarry Place", "at Harlow Terrace"): alone they name shows, malls and
# works as often ("Melrose Place", "The Good Place")
_PLACED_STREET_HEADS = SURNAME_STREET_HEADS | frozenset(word_list("place terrace crescent mews"))
_ARTICLES = frozenset({"The", "A", "An"})


def street_after_preposition(cand: Candidate, text: str, surface: str) -> bool:
    """A given name and "Street" or "Lane" after a preposition of place: the street, which
    ``is_street`` leaves to the person it reads on its own ("Della Street said"); so is a name
    ending on "Place", "Terrace", "Crescent" or "Mews" there ("on St Olave Place"), whatever the
    model read (a body, a person), but one opening on an article ("on The Good Place")."""
    words = surface.split()
    return (
        len(words) >= 2
        and words[-1].lower() in _PLACED_STREET_HEADS
        and words[0] not in _ARTICLES
        and all(STREET_WORD.fullmatch(w) for w in words)
        and _STREET_PREPOSITION.search(text, max(0, cand.start - _STREET_PREPOSITION_REACH), cand.start)
        is not None
    )


def retype_person(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> None:
    """A model "person" whose name says it is a place (or, by the kind around it, a made thing)."""
    if retype_by_kind(cand, text, surface, gazetteer):
        return  # "Quorvex's Lexa assistant": a body's made thing, though a person's look
    if street_after_preposition(cand, text, surface):
        # the preposition says what the name is for the whole story, as "the town of X" does
        cand.type, cand.entry, cand.origin = "LOCATION", None, "rule"
        return
    headland = len(surface.split()) == 2 and head_word(surface) in HEADLAND_HEADS
    if (facility_head(surface) or headland) and not is_given_name(surface.split()[0]):
        # "Lane County Jail", "Long Island Sound" read as people ("Anne Center" may be one); a
        # centre that speaks is the body that runs it
        cand.type = "ORGANIZATION" if attributed(text, cand.start, cand.end) else "LOCATION"
        cand.entry = None
        return
    place = major_place(surface, gazetteer) or town_by_its_name(surface, gazetteer)
    if place is not None and not looks_like_person(surface, gazetteer):
        # "Kyiv", "Sioux Falls" read as people: a country, a major division or a city of
        # about a million is the place (a surname of the story's person is joined back
        # to that person later, by people_joins.join_people)
        cand.type, cand.entry = "LOCATION", place
