"""The entry point that corrects types: ``retype`` applies the rules of the other modules to each
candidate in a fixed order (listed products and head words first, then the context rules, then
the per-type rules of ``bodies`` and ``people``). Read it to see which rule wins.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.acting_firms import acting_firm
from consumer.entities.retype.areas import coded_area, event_venue, place_in_apposition, town_by_its_people
from consumer.entities.retype.blocs import bloc_of_countries, numbered_group
from consumer.entities.retype.bodies import (
    alone_words,
    retype_body,
    speaking_words,
    surname_alone,
    surname_speaks,
)
from consumer.entities.retype.cued_people import cued_surname, person_cue_words
from consumer.entities.retype.described_groups import described_group
from consumer.entities.retype.firm_cues import firm_by_cue
from consumer.entities.retype.grounds import ground_of_a_game
from consumer.entities.retype.heads import STRONG_HEADS, head_word, place_before_surname_head
from consumer.entities.retype.kind_predicate import kind_predicate
from consumer.entities.retype.kind_titles import described_kind_title
from consumer.entities.retype.kinds import (
    cut_at_parenthesis,
    extend_to_facility,
    kind_by_head,
    kind_by_name,
    listed_product,
    placed,
)
from consumer.entities.retype.land import land_by_context
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.named_bodies import body_read_as_place
from consumer.entities.retype.owned_kinds import retype_by_kind
from consumer.entities.retype.people import given_name_place, retype_person, street_after_preposition
from consumer.entities.retype.person_context import person_context, player, set_score_players
from consumer.entities.retype.person_names import club_of_city, initial_and_surname, looks_like_person
from consumer.entities.retype.products import has_spec, kind_before_product, launched_product
from consumer.entities.retype.shows import broadcast_programme, cast_epithet, cast_title
from consumer.entities.retype.spec_names import cue_names_product
from consumer.entities.retype.staff_cues import centre_by_staff, firm_by_staff
from consumer.entities.retype.surname_heads import person_by_surname_head
from consumer.entities.retype.titles import MODEL_NAME
from consumer.entities.retype.venues import named_venue
from consumer.entities.retype.work_kinds import programme_name, titled_by_kind
from consumer.entities.retype.works import quoted_work
from consumer.events import TextField


def _typed_by_model_or_head(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A listed product, a model name or a telling head word types a name whatever its context
    said; True when it did (the caller then stops). Kept apart so ``retype`` reads as its order.
    A provision's kind word and its number ("Section 230") come first.

    Why ``model``: about two names in three that get here are the gazetteer's, and the rules
    that retype only the model's own readings (each opens on ``cand.origin != "ner"``) are not
    called for them at all: one test here instead of a call each (the chain's cost is mostly its
    calls). A rule that may retype a listed name goes in this function, one that retypes only the
    model's names in ``_model_reading``."""
    model = cand.origin == "ner"
    if model and _numbered_provision(cand, text, surface):
        return True
    if acting_firm(cand, text, surface, gazetteer):
        cand.type, cand.entry = "ORGANIZATION", None  # "Kelvix said", "a Kelvix spokeswoman": the firm
        return True
    if (
        firm_by_cue(cand, text, surface, gazetteer)
        or firm_by_staff(cand, text, surface, gazetteer)
        or centre_by_staff(cand, text, surface)
    ):
        cand.type, cand.entry, cand.origin = "ORGANIZATION", None, "rule"  # "a stake in Kelvo": the firm
        return True
    listed = listed_product(surface, gazetteer) if cand.entry is None else None
    if listed is not None:
        cand.type, cand.entry = "PRODUCT", listed
        return True
    if model and numbered_group(cand, text, surface):
        cand.type, cand.origin = "ORGANIZATION", "rule"  # "the G-9 meeting": a group, no model
        return True
    if MODEL_NAME.match(surface) and cand.entry is None:
        cand.type = "PRODUCT"  # "Chang'e-5", "Shenzhou-12", "F-35": a craft or a model
        return True
    head = kind_by_head(cand, text, surface)
    if head is None and cand.type == "PERSON" and cand.entry is None:
        head = place_before_surname_head(surface, gazetteer)  # "on Sydney Harbour": no person
    if (
        head == "ORGANIZATION"
        and cand.entry is None
        and cand.type in ("PERSON", "ORGANIZATION")
        and person_by_surname_head(text, cand.start, cand.end, surface, gazetteer)
    ):
        cand.type = "PERSON"  # "actress Ada Press, who ...": a surname that is a paper's head word
        return True
    gazetteer_knows = cand.entry is not None and cand.origin == "gazetteer"
    overrules = not gazetteer_knows or head_word(surface) in STRONG_HEADS
    if head is not None and head != cand.type and overrules:
        cand.type, cand.entry = head, None
        return True
    if model and cand.type == "PRODUCT" and quoted_work(cand, text, gazetteer):
        cand.type, cand.entry = "MISC", None  # “Harbor Lights,”, “The Lantern,”: a work's title
        return True
    if cand.type == "NORP" and _language(cand, text):
        cand.type, cand.entry = "MISC", None  # "written in Spanish,", "she speaks Hindi": a language
        return True
    return model and _model_reading(cand, text, surface, gazetteer)


def _model_reading(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """The last of ``_typed_by_model_or_head``'s rules, which retype only the model's own readings
    (the caller asks them for no listed or rule-found name): a product by its cues, a show's or a
    work's title, a described group. True when one did."""
    if cand.type in ("ORGANIZATION", "PERSON", "LOCATION", "MISC") and (
        kind_before_product(cand, text, surface, gazetteer)
        or has_spec(cand, text, surface, gazetteer)
        or kind_predicate(cand, text, surface, gazetteer)  # "Velmo Tab is a tablet for children"
    ):
        cand.type = "PRODUCT"  # "the rover Tessaly", "an app called Zorbly", "Vela X has 402 hp"
        if cue_names_product(cand, text, surface):
            cand.origin = "rule"  # "The Orvex Slate has a 10.9-inch display": every mention's type
        return True
    if (
        broadcast_programme(cand, text, surface, gazetteer)
        or cast_title(cand, text, surface, gazetteer)
        or cast_epithet(cand, text, surface, gazetteer)
    ):
        cand.type, cand.entry, cand.origin = "MISC", None, "rule"  # "ZBC's Harbor Nights show", "... actor"
        return True
    if described_kind_title(cand, text, surface, gazetteer):
        cand.type, cand.entry, cand.origin = "MISC", None, "rule"  # "British film Vera Quell"
        return True
    if described_group(cand, text, surface, gazetteer):
        cand.type, cand.entry, cand.origin = "ORGANIZATION", None, "rule"  # "rock band Marlo Quist"
        return True
    return False


# A nationality's word that names a language: after a verb of speaking, learning or translating or
# after "in"/"into"/"from", and ending its noun phrase (a punctuation mark, a function word, the word
# "language", or "and"/"or" and a second such word), so "in Chinese consumer goods" stays the people's
# (NORP). Only this mention is retyped: a story that also writes "Chinese firms" has its majority of
# readings decide the name's one type.
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into|from|speaks?|spoke|speaking|spoken|fluent|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|"
    r"translat(?:e|es|ed|ing|ion))[ \t]+"
    r"(?:(?:fluent|perfect|broken|basic|plain|native|conversational)[ \t]+)?"
    r"(?:[A-Z][a-z]+,?[ \t]+(?:and|or)[ \t]+)?$"  # the second of two: "in English and French."
)
_LANGUAGE_REACH = 40  # characters looked back for the verb or the preposition
_LANGUAGE_AFTER = re.compile(
    r"(?:[,.;:)!?”\"]|[ \t]*$|[ \t]+(?:(?:and|or)[ \t]+[A-Z][a-z]+"
    r"(?=[,.;:)!?]|[ \t]*$|[ \t]+(?:language|as|by|with|to|on|at|for|but|is|was)\b)"
    r"|as|by|with|to|on|at|for|but|while|when|because|than|is|was|are|were|"
    r"language|languages|speakers?|subtitles|translation|version|edition)\b)"
)


def _language(cand: Candidate, text: str) -> bool:
    """A people's word in a language's place ("written in Spanish,", "translated into French and
    German"): one capitalised word, a verb or a preposition before it, nothing it modifies after it."""
    surface = text[cand.start : cand.end]
    return (
        surface.isalpha()
        and surface[:1].isupper()
        and _LANGUAGE_BEFORE.search(text, max(0, cand.start - _LANGUAGE_REACH), cand.start) is not None
        and _LANGUAGE_AFTER.match(text, cand.end) is not None
    )


# A law's or a document's part is named by its kind word and its number ("Section 230", "Article
# 50", "Bill 10", "Proposition 22"); the model keeps the kind word alone as MISC or a product.
_PROVISION_WORDS = frozenset(
    word_list("section article chapter clause bill amendment proposition measure resolution title rule")
)
_PROVISION_NUMBER = re.compile(r"[ \u00a0](?:\d+[A-Za-z]?|[IVXL]+)(?![\w.-])")  # one space: no run


def _numbered_provision(cand: Candidate, text: str, surface: str) -> bool:
    """A model MISC or product that is a provision's kind word, perhaps with its number ("Section",
    "Bill 2"), before that number: the name runs over the number and is a MISC ("Section 230",
    "Bill 2"). True when it changed the candidate."""
    if cand.type not in ("MISC", "PRODUCT") or cand.origin != "ner":
        return False
    words = surface.split()
    if not words or words[0].lower() not in _PROVISION_WORDS or not words[0][:1].isupper():
        return False
    if len(words) == 1:
        number = _PROVISION_NUMBER.match(text, cand.end)
        if number is None:
            return False
        cand.end = number.end()
    elif len(words) != 2 or _PROVISION_NUMBER.fullmatch(" " + words[1]) is None:
        return False
    cand.type, cand.entry = "MISC", None
    return True


def retype(
    cands: list[Candidate],
    recased: dict[TextField, str],
    gazetteer: Gazetteer,
    cases: dict[str, str] | None = None,
) -> None:
    """Correct each candidate's type from its own words (in place). ``cases``: how the article
    spells each word in mid-sentence (rules.case_map), when known."""
    speaking = {fld: speaking_words(text) for fld, text in recased.items()}
    players = {fld: set_score_players(text) for fld, text in recased.items()}
    alone = alone_words(cands, recased, cases or {})
    cued: dict[TextField, frozenset[str]] = {}  # filled per field on the first name that asks
    for cand in cands:
        text = recased[cand.field]
        cut_at_parenthesis(cand, text)
        if cand.origin != "rule" and extend_to_facility(cand, text):
            continue
        kind = kind_by_name(cand, text, gazetteer)
        if kind is not None:
            cand.type, cand.entry = kind, None
            continue
        surface = " ".join(text[cand.start : cand.end].split())
        if cand.origin == "rule":
            continue
        if _typed_by_model_or_head(cand, text, surface, gazetteer):
            continue
        gazetteer_knows = cand.entry is not None and cand.origin == "gazetteer"
        if placed(cand, text, surface, gazetteer) or (
            cand.origin == "ner"  # land and venue retype only the model's readings: asked of no other
            and (
                land_by_context(cand, text, surface, gazetteer)
                or _venue(cand, text, surface, gazetteer)
                or _apposed_place(cand, text, surface, gazetteer)
            )
        ):
            continue
        place_or_org = cand.type in ("LOCATION", "ORGANIZATION")
        if place_or_org and street_after_preposition(cand, text, surface):
            # "parked on Elmer Street": the street on all its mentions, though a person's look
            cand.type, cand.entry, cand.origin = "LOCATION", None, "rule"
        elif (
            place_or_org
            and not gazetteer_knows
            and (
                # "two children, Hopper and Dylan": a given name no list knows as a place
                looks_like_person(surface, gazetteer)
                or given_name_place(cand, text, surface, gazetteer)
                or (cand.origin == "ner" and initial_and_surname(surface, text, gazetteer))
            )
        ):
            cand.type, cand.entry = "PERSON", None
        elif (
            place_or_org
            and cand.entry is None
            and (
                person_context(text, cand.start, cand.end, surface, gazetteer)
                or player(cand, surface, players[cand.field], gazetteer)
            )
        ):
            # "Braun, 38, ...", "Vale, who ...", "guard Rondo", "Horbach beat Wierzbicki 6-2, 6-1"
            cand.type = "PERSON"
        elif (
            place_or_org
            and cand.origin == "ner"
            and (
                surname_speaks(surface, speaking[cand.field], gazetteer)
                or (
                    cand.entry is None
                    and surname_alone(surface, alone.get(cand.field, frozenset()), gazetteer)
                )
                or _cued_person(surface, recased, cand.field, cued, gazetteer)
            )
        ):
            cand.type, cand.entry = "PERSON", None
        elif cand.type in ("ORGANIZATION", "LOCATION") and cand.origin == "ner":
            _retype_model_body(cand, text, surface, gazetteer)
        elif (
            cand.type == "MISC" and cand.origin == "ner" and launched_product(cand, text, surface, gazetteer)
        ):
            cand.type = "PRODUCT"  # "Quillon introduced the Vela Air"
        elif cand.type == "PERSON" and cand.origin == "ner" and club_of_city(surface, gazetteer):
            cand.type, cand.entry = "ORGANIZATION", None  # "Dynamo Vestby", "Legia Warsaw": a club
        elif cand.type == "PERSON" and cand.origin == "ner":
            retype_person(cand, text, surface, gazetteer)


def _venue(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model person, place or body that is a venue by its head and the words before it ("the
    concert at the Dorian Vell Theatre"): the place, never the person its first words look like.
    True when it was."""
    if not named_venue(cand, text, surface, gazetteer):
        return False
    cand.type, cand.entry = "LOCATION", None
    return True


def _apposed_place(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model person that an apposition calls a kind of place ("Fort Kelby, an Army base ...",
    "Lan Quorn, a nightlife district in ..."): no person is one, so the place on all its mentions
    (origin ``rule``). A model body asks the same later (``_place_or_work``), after the person
    rules. True when it was."""
    if cand.type != "PERSON" or not place_in_apposition(cand, text, surface, gazetteer):
        return False
    entry = gazetteer.lookup(surface)
    cand.type, cand.origin = "LOCATION", "rule"
    cand.entry = entry if entry is not None and entry.type == "LOCATION" else None
    return True


def _cued_person(
    surface: str,
    recased: dict[TextField, str],
    field: TextField,
    cued: dict[TextField, frozenset[str]],
    gazetteer: Gazetteer,
) -> bool:
    """ "Tavro Keski ... Mr Keski", "Keski, 38,": the story's cue words for its field, read once
    and only when a name of one to three words gets this far (``cued_people``)."""
    if not 1 <= len(surface.split()) <= 3:
        return False
    if field not in cued:
        cued[field] = person_cue_words(recased[field])
    return cued_surname(surface, cued[field], gazetteer)


def _retype_model_body(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> None:
    """A model body's or place's last rules: a place or a work by the words around it, else (a
    body) ``retype_body``. A model place only a work's kind before it retypes ("the BBC comedy
    Quell Street"): the place rules ran before."""
    if cand.type == "LOCATION":
        if titled_by_kind(cand, text, surface, gazetteer):
            cand.type, cand.entry, cand.origin = "MISC", None, "rule"
        elif bloc_of_countries(cand, text, surface, gazetteer) or body_read_as_place(
            cand, text, surface, gazetteer
        ):
            # "the QUORV countries", "G9", "Kelby Comets", "the Tarvia Assembly"
            cand.type, cand.origin = "ORGANIZATION", "rule"
        else:
            retype_by_kind(cand, text, surface, gazetteer)  # "his Lantern Nights album"
    elif not _place_or_work(cand, text, surface, gazetteer):
        retype_body(cand, text, surface, gazetteer)


def _place_or_work(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body that is an area ("in Tarvo-NCR"), a venue ("the match at Tarvfield"), a place
    by its apposition ("Quorna, a resort town") or a work by the kind before it ("cult TV show
    Harbor Nights"): retyped in place on all its mentions (origin ``rule``: the cue speaks for the
    story); or a programme by its own name ("the Harbor Soil Reserve Program"), this mention only.
    True when it was."""
    if (
        coded_area(cand, text, surface, gazetteer)
        or event_venue(cand, text, surface, gazetteer)
        or ground_of_a_game(cand, text, surface, gazetteer)  # "a victory over Tarvia at Kelbyfield"
    ):
        cand.type, cand.entry = "LOCATION", None
    elif place_in_apposition(cand, text, surface, gazetteer) or town_by_its_people(
        cand, text, surface, gazetteer
    ):
        entry = cand.entry or gazetteer.lookup(surface)
        cand.type, cand.entry = "LOCATION", entry if entry is not None and entry.type == "LOCATION" else None
    elif titled_by_kind(cand, text, surface, gazetteer):
        cand.type, cand.entry = "MISC", None
    elif programme_name(cand, text, surface, gazetteer):
        cand.type, cand.entry = "MISC", None  # by its own name: each mention votes (one may act)
        return True
    else:
        return False
    cand.origin = "rule"
    return True
