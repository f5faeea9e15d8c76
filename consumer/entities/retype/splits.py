"""Splitting one model span into the names it holds: possessives ("Acme's Zed"), hyphened and
"and" pairs ("the Hawks-Owls game"), a party member after a state, a body and the person after
it, a place and its street, comma lists and credit lines.

These read the story's other names (``names_on_their_own``), so they run in ``cleanup`` after
the model's spans are all known.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.retype.body_pairs import split_body_pair
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, STREET_HEADS, is_head_word, is_street
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import TITLES_BEFORE, TRADE
from consumer.entities.retype.person_names import looks_like_person, name_word
from consumer.entities.retype.speakers import PARTY_MEMBERS
from consumer.entities.retype.titled_tails import split_titled_tail
from consumer.entities.retype.titles import OFFICER_ACRONYMS
from consumer.events import EntityType, TextField
from consumer.lexicon import (
    bare_title,
)
from consumer.parse.agencies import is_known_agency

PHOTO_WORDS = frozenset(word_list("Photo Photos Video File Source Credit Caption Graphic"))
_OWNING_PLACES = frozenset({"country", "first_level_division"})  # "China's Huawei", "Punjab's Bhatinda"
_POSSESSIVE_SPLIT = re.compile(r"(?<=\w)['\u2019]s?\s+(?=[A-Z])")


def _split_possessive(
    cand: Candidate,
    text: str,
    gazetteer: Gazetteer,
    named: dict[str, EntityType] | None = None,
    last_words: dict[str, EntityType] | None = None,
) -> list[Candidate]:
    """ "Vietnam's Communist Party", "Fox News' Jane Roe": the owner and the owned are two names.
    The owner is known from the gazetteer, or as a name the story gives on its own (``named``:
    "Ford's Wikipedia page" after "Ford"), or as the last word of one (``last_words``: "Vance's
    Harbor Lane Holdings" after "Rory Vance"), or by a person's shape ("Robert Jordan's Wheel")."""
    match = _POSSESSIVE_SPLIT.search(text, cand.start, cand.end)
    if match is None:
        return [cand]
    left_end, right_start = match.start(), match.end()
    right = text[right_start : cand.end]
    left = text[cand.start : left_end]
    entry = gazetteer.lookup(left)
    if entry is None and gazetteer.lookup(text[cand.start : cand.end]) is None:
        shaped = (
            looks_like_person(left, gazetteer) and len(right.split()) >= 2
        )  # not "Dick Smith's Electronics"
        surname = (last_words or {}).get(left) if len(right.split()) >= 2 else None
        owner_type = (named or {}).get(left) or surname or ("PERSON" if shaped else None)
        if owner_type is not None:
            return [
                Candidate(cand.field, cand.start, left_end, owner_type, cand.origin, None, None, cand.weak),
                Candidate(cand.field, right_start, cand.end, cand.type, cand.origin, None, None, cand.weak),
            ]
    if entry is None or gazetteer.lookup(text[cand.start : cand.end]) is not None:
        return [cand]  # "People's Liberation Army" is one name: split only at a known owner
    if len(right.split()) < 2 and not (entry.type == "LOCATION" and entry.kind in _OWNING_PLACES):
        return [cand]
    out = [Candidate(cand.field, cand.start, left_end, entry.type, "gazetteer", entry)]
    place = gazetteer.lookup(right) if len(right.split()) == 1 else None
    if place is not None and place.type == "LOCATION":
        # "Punjab's Bhatinda": a place of a place, whatever the model read it as
        out.append(Candidate(cand.field, right_start, cand.end, "LOCATION", "gazetteer", place))
    else:
        out.append(
            Candidate(cand.field, right_start, cand.end, cand.type, cand.origin, None, None, cand.weak)
        )
    return out


_HYPHEN_PAIR = re.compile(r"([A-Z][\w.&]*)-([A-Z][\w.&]*)")
_PAIR_NOUN_AFTER = re.compile(
    r"\s+(?:game|match|merger|deal|talks|war|clash|rivalry|series|derby|tie|fight|summit|meeting|"
    r"relations|trade|border|dispute|agreement)s?\b"
)


# What two places of any kind share along a line between them ("the Haryana-Punjab border", "the
# Leeds-Hull route"; session 32): each side is its own place. A game or a talk is left to
# countries and the story's bodies, as two towns' clubs play and two cities' councils talk.
_PLACE_LINE_AFTER = re.compile(
    r"\s+(?:border|frontier|corridor|route|railway|highway|expressway|motorway)s?\b"
)


def _place(name: str, gazetteer: Gazetteer) -> GazEntry | None:
    entry = gazetteer.lookup(name)
    return entry if entry is not None and entry.type == "LOCATION" else None


def _country(name: str, gazetteer: Gazetteer) -> GazEntry | None:
    entry = gazetteer.lookup(name)
    return entry if entry is not None and entry.type == "LOCATION" and entry.kind == "country" else None


def _split_pair(
    cand: Candidate, text: str, named: dict[str, EntityType] | None, gazetteer: Gazetteer
) -> list[Candidate]:
    """ "the Hawks-Owls game", "the Gannett-GateHouse merger": two organisations the story also
    names on their own (or two countries: "the U.S.-Canada border"), joined by a hyphen before
    what they take part in, are two names
    ("Coca-Cola", "Mercedes-Benz", "Bosnia-Herzegovina" are one). Each piece takes the
    gazetteer's entry for its name, so it joins the story's other mentions of it."""
    match = _HYPHEN_PAIR.fullmatch(text, cand.start, cand.end)
    if match is None or (
        _PAIR_NOUN_AFTER.match(text, cand.end) is None and _PLACE_LINE_AFTER.match(text, cand.end) is None
    ):
        return [cand]
    countries = [_country(match.group(n), gazetteer) for n in (1, 2)]
    if (countries[0] is None or countries[1] is None) and _PLACE_LINE_AFTER.match(text, cand.end):
        countries = [_place(match.group(n), gazetteer) for n in (1, 2)]
    if countries[0] is not None and countries[1] is not None:
        # "the U.S.-Canada border": two countries, whatever else the story names
        return [
            Candidate(cand.field, match.start(n), match.end(n), "LOCATION", cand.origin, countries[n - 1])
            for n in (1, 2)
        ]
    if (
        not named
        or named.get(match.group(1)) != "ORGANIZATION"
        or named.get(match.group(2)) != "ORGANIZATION"
    ):
        return [cand]
    pieces = []
    for n in (1, 2):
        entry = gazetteer.lookup(match.group(n))
        entry = entry if entry is not None and entry.type == "ORGANIZATION" else None
        pieces.append(Candidate(cand.field, match.start(n), match.end(n), "ORGANIZATION", cand.origin, entry))
    return pieces


# "Grant and Ambersley were pronounced dead", "parts of Orange and Riverside counties": two names
# joined by "and" or "&" that the model read as one body. Each side is one or two capitalised words.
_SIDE_WORDS = r"[A-Z][\w.'’+-]*(?: [A-Z][\w.'’+-]*)?"
_AND_PAIR = re.compile(rf"({_SIDE_WORDS}) (?:and|&) ({_SIDE_WORDS})")


def _side_type(
    side: str, named: dict[str, EntityType], surnames: dict[str, EntityType], gazetteer: Gazetteer
) -> tuple[EntityType, GazEntry | None] | None:
    """What one side of an "and" pair is on its own: a name the story reads alone (a person's
    surname included) or one the gazetteer knows; None when it is neither. A body only the model
    read alone is no proof: "Customs" and "Border Protection" are its pieces of one agency."""
    entry = gazetteer.lookup(side)
    if named.get(side) not in (None, "ORGANIZATION"):
        return named[side], entry if entry is not None and entry.type == named[side] else None
    if side in surnames:
        return surnames[side], None
    return (entry.type, entry) if entry is not None else None


def _split_and_pair(
    cand: Candidate,
    text: str,
    named: dict[str, EntityType] | None,
    surnames: dict[str, EntityType],
    gazetteer: Gazetteer,
) -> list[Candidate]:
    """An "A and B" span whose two sides are each a name on its own (in the story or the
    gazetteer) is two names; a whole the gazetteer knows ("Trinidad and Tobago"), a name of one
    word twice ("Johnson & Johnson") or a side known nowhere ("Simon & Schuster") stays one."""
    match = _AND_PAIR.fullmatch(text, cand.start, cand.end)
    if match is None or match.group(1) == match.group(2) or gazetteer.lookup(match.group(0)) is not None:
        return [cand]
    sides = [_side_type(match.group(n), named or {}, surnames, gazetteer) for n in (1, 2)]
    if sides[0] is None or sides[1] is None:
        return [cand]
    return [
        Candidate(cand.field, match.start(n), match.end(n), kind, cand.origin, entry)
        for n, (kind, entry) in zip((1, 2), (sides[0], sides[1]), strict=True)
    ]


def people_surnames(named: dict[str, EntityType]) -> dict[str, EntityType]:
    """The last words of the field's people of two words or more: "Grant" of "Keisha Grant"."""
    return {name.split()[-1]: kind for name, kind in named.items() if kind == "PERSON" and " " in name}


def names_last_words(named: dict[str, EntityType]) -> dict[str, EntityType]:
    """The last words of the field's names of two or three capitalised words, whatever their type
    ("Vance" of "Rory Vance", even where the model read a body): an owner's short form before a
    possessive. A head word ("Bank" of "Acme Bank") names a kind, not the owner."""
    out: dict[str, EntityType] = {}
    for name, kind in named.items():
        words = name.split()
        if (
            2 <= len(words) <= 3
            and all(w[:1].isupper() for w in words)
            and not is_head_word(words[-1].lower())
        ):
            out.setdefault(words[-1], kind)
    return out


def names_on_their_own(
    cands: list[Candidate], recased: dict[TextField, str]
) -> dict[TextField, dict[str, EntityType]]:
    """Per field, each candidate's words (with no possessive in them) and the type first read."""
    named: dict[TextField, dict[str, EntityType]] = {}
    for cand in cands:
        surface = recased[cand.field][cand.start : cand.end]
        if "'" not in surface and "\u2019" not in surface:
            named.setdefault(cand.field, {}).setdefault(surface, cand.type)
    return named


def split_joined(
    cand: Candidate,
    text: str,
    named: dict[str, EntityType] | None,
    surnames: dict[str, EntityType],
    gazetteer: Gazetteer,
    last_words: dict[str, EntityType] | None = None,
) -> list[Candidate]:
    """A model name split at a possessive, a hyphen between two sides or an "and" between two
    names that each stand alone (each split only when its own rule says so)."""
    return [
        part
        for piece in _split_possessive(cand, text, gazetteer, named, last_words)
        for pair in _split_pair(piece, text, named, gazetteer)
        for and_pair in _split_and_pair(pair, text, named, surnames, gazetteer)
        for joined in split_body_pair(and_pair, text, gazetteer)
        for street in _split_street(joined, text)
        for member in _split_party_member(street, text, gazetteer)
        for tail in _split_person_tail(member, text, gazetteer, named)
        for named_body in _split_acronym_person(tail, text, named)
        for titled in split_titled_tail(named_body, text)
        for part in _split_person_of_body(titled, text, gazetteer)
    ]


def _split_party_member(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A model person ending on a party member's noun names no one: a place the gazetteer knows
    right before it is the place ("Nevada Democrat" → Nevada); the member's noun is left out (as
    a people's word it is the gold's only where the text names the party's people as such)."""
    if cand.type != "PERSON":
        return [cand]
    words = text[cand.start : cand.end].split()
    if not words or words[-1].lower() not in PARTY_MEMBERS:
        return [cand]  # the common case, told apart without building the word spans
    spans = [m.span() for m in re.finditer(r"\S+", text[cand.start : cand.end])]
    if not spans or text[cand.start + spans[-1][0] : cand.end].lower() not in PARTY_MEMBERS:
        return [cand]
    for first in range(len(spans) - 1):
        start, end = cand.start + spans[first][0], cand.start + spans[-2][1]
        entry = gazetteer.lookup(text[start:end])
        if entry is not None and entry.type == "LOCATION":
            return [Candidate(cand.field, start, end, "LOCATION", "gazetteer", entry)]
    return []


def _title_word(word: str) -> bool:
    """A person's title or trade written before a name ("Secretary", "Educator", "CFO")."""
    return (
        bare_title(word.rstrip(".").lower()) in TITLES_BEFORE
        or TRADE.fullmatch(word) is not None
        or word in OFFICER_ACRONYMS
    )


_MIDDLE_INITIAL_WORD = re.compile(r"[A-Z]\.")
# "Director of Product Management Joe Roe": a title and "of" right before the model's body, whose
# words up to the given name are the title's portfolio, no body's name
_TITLE_OF_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w.&-]*)[ \t]+of[ \t]+$")
_TITLE_OF_REACH = 30


def _title_of_before(text: str, start: int) -> bool:
    before = _TITLE_OF_BEFORE.search(text, max(0, start - _TITLE_OF_REACH), start)
    return before is not None and _title_word(before.group(1))


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,5}")


def _named_acronym(body: list[str], named: dict[str, EntityType] | None) -> bool:
    """One all-capitals word the story also names on its own as a body ("EADS"): a company's
    acronym the model ran into the name of the person after it."""
    return (
        named is not None
        and len(body) == 1
        and _ACRONYM_WORD.fullmatch(body[0]) is not None
        and named.get(body[0]) == "ORGANIZATION"
    )


def _split_acronym_person(cand: Candidate, text: str, named: dict[str, EntityType] | None) -> list[Candidate]:
    """ "defence maker BRAX Etienne Morvan": a model person whose first word is an acronym the
    story names on its own as a body is that body and the person (two or three name words)."""
    if cand.type != "PERSON" or named is None:
        return [cand]
    first = _ACRONYM_WORD.match(text, cand.start, cand.end)
    if first is None or text[first.end() : first.end() + 1] != " ":
        return [cand]
    rest = text[first.end() + 1 : cand.end].split()
    if (
        not 2 <= len(rest) <= 3
        or not all(name_word(w) for w in rest)
        or not _named_acronym([first.group()], named)
    ):
        return [cand]
    return [
        Candidate(cand.field, cand.start, first.end(), "ORGANIZATION", cand.origin, None, None, cand.weak),
        Candidate(cand.field, first.end() + 1, cand.end, "PERSON", cand.origin, None, None, cand.weak),
    ]


def _titled_surname(text: str, surname: str) -> bool:
    """The story names the person on its own by title and surname ("Mr Lemaire"): a given name
    the list does not know ("Pierre") then still opens a person."""
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(surname)}\b", text) is not None


def _split_person_tail(
    cand: Candidate, text: str, gazetteer: Gazetteer, named: dict[str, EntityType] | None = None
) -> list[Candidate]:
    """ "the Ministry of Finance Brian Manning", "Arts Educator Owen Ellis": a model body that
    ends on a given name and a surname after a body's name or a title is the body and a person
    (the person named last, two or three words). The part before is kept only when it names a
    body by a head word ("Ministry") or the gazetteer knows it, or is an acronym the story names
    on its own as a body ("group KVTA Pierre Lemaire" after "KVTA"); a title alone is the
    person's."""
    if cand.type != "ORGANIZATION":
        return [cand]
    spans = [m.span() for m in re.finditer(r"\S+", text[cand.start : cand.end])]
    words = [text[cand.start + s : cand.start + e] for s, e in spans]
    if len(words) < 3:
        return [cand]
    for i in range(max(1, len(words) - 3), len(words) - 1):
        rest = words[i:]
        opens = (
            is_given_name(rest[0])
            or words[i - 1] in OFFICER_ACRONYMS
            or (i == 1 and _named_acronym(words[:1], named) and _titled_surname(text, rest[-1]))
        )
        if not opens or not all(
            name_word(w) or (0 < j < len(rest) - 1 and _MIDDLE_INITIAL_WORD.fullmatch(w))
            for j, w in enumerate(rest)
        ):
            continue  # a given name opens the person ("Thomas M. Hoenig" with his middle initial),
            # or an officer's title ends what is before
        if any(w.lower() in HEAD_TYPES or w.lower() in TITLES_BEFORE for w in rest):
            continue
        body = words[:i]
        while body and _title_word(body[-1]):
            body.pop()
        known = gazetteer.lookup(" ".join(body)) if body else None
        is_body = (
            any(HEAD_TYPES.get(w.lower()) == "ORGANIZATION" for w in body)
            or (known is not None and known.type == "ORGANIZATION")
            or _named_acronym(body, named)
        )
        if len(body) == i and not is_body and not _title_of_before(text, cand.start):
            continue  # neither a title nor a body's name before the given name
        start = cand.start + spans[i][0]
        out = [Candidate(cand.field, start, cand.end, "PERSON", cand.origin, None, None, cand.weak)]
        if body and is_body:
            end = cand.start + spans[len(body) - 1][1]
            body_cand = Candidate(cand.field, cand.start, end, cand.type, cand.origin, None, None, cand.weak)
            out.insert(0, body_cand)
        return out
    return [cand]


# "according to Daniel Oster of Quillon Advisors": a person's name and the body the person works
# for, after "of", read by the model as one person or one body. The person is a given name and one or two name
# words; the body is capitalised words with a body's head word, a body the gazetteer lists, or two
# words or more that name no place ("Joan of Arc", "Mary Queen of Scots", "Jo Roe of Texas" stay).
_PERSON_OF_BODY = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}) of (?:the )?"
    r"([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|for|and|&))*(?<=[\w.]))"
)


# a body's unit after a place or a given name's namesake ("Florida Division of ...")
_UNIT_WORDS = frozenset(
    word_list("division unit branch section service services directorate force corps command center centre")
)


def _split_person_of_body(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A model person or body "Given Surname of Some Body" is the person and the body; a body's
    head word or a listed name among the person's words keeps a body whole ("Georgia Institute of
    Technology")."""
    if cand.type not in ("PERSON", "ORGANIZATION") or " of " not in text[cand.start : cand.end]:
        return [cand]
    match = _PERSON_OF_BODY.fullmatch(text, cand.start, cand.end)
    if match is None:
        return [cand]
    person, body = match.group(1).split(), match.group(2)
    if not is_given_name(person[0]) or not all(name_word(w) for w in person):
        return [cand]
    if any(w.lower() in HEAD_TYPES or w.lower() in _UNIT_WORDS for w in person):
        return [cand]
    if gazetteer.lookup(match.group(1)) is not None or gazetteer.lookup(person[0]) is not None:
        return [cand]  # "Florida Division of Emergency Management": a place opens a body's name
    known = gazetteer.lookup(body)
    if known is not None and known.type != "ORGANIZATION":
        return [cand]
    headed = HEAD_TYPES.get(body.split()[-1].lower()) == "ORGANIZATION"
    if known is None and not headed and (len(body.split()) < 2 or looks_like_person(body, gazetteer)):
        return [cand]
    return [
        Candidate(cand.field, *match.span(1), "PERSON", cand.origin, None, None, cand.weak),
        Candidate(cand.field, *match.span(2), "ORGANIZATION", cand.origin, known, None, cand.weak),
    ]


_ON_STREET = re.compile(r"[ \t]+(?:on|at|off)[ \t]+(?=[A-Z0-9])")


def _split_street(cand: Candidate, text: str) -> list[Candidate]:
    """ "Rosie's Diner on Main Street", "the Harbor Brewery at 5th Avenue": a place or a body and
    the street it stands on, which the model ran into one name, are two names (the street a
    place). "Council on Foreign Relations" names no street and stays whole."""
    if cand.type not in ("ORGANIZATION", "LOCATION"):
        return [cand]
    match = _ON_STREET.search(text, cand.start, cand.end)
    if match is None or match.start() == cand.start:
        return [cand]
    words = text[match.end() : cand.end].split()
    if not words or words[-1].lower() not in STREET_HEADS or not is_street(words):
        return [cand]
    return [
        Candidate(cand.field, cand.start, match.start(), cand.type, cand.origin, None, None, cand.weak),
        Candidate(cand.field, match.end(), cand.end, "LOCATION", cand.origin, None, None, cand.weak),
    ]


CORPORATE_TAIL = re.compile(
    r"(?:Ltd|Inc|Co|Corp|LLC|LLP|Plc|PLC|plc|AG|SA|NV|GmbH|Limited|Incorporated|Jr|Sr|II|III|IV)\.?"
)
_INTERJECTIONS = frozenset(word_list("hey hi hello oh ok okay yes no well dear thanks"))
_LIST_PART = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&'’.-]*)*")


def _known_bodies(head: str, tail: str, gazetteer: Gazetteer) -> bool:
    """ "Facebook, Instagram": two bodies the gazetteer knows are two items of a list."""
    first, second = gazetteer.lookup(head), gazetteer.lookup(tail)
    return first is not None and second is not None and first.type == second.type == "ORGANIZATION"


# "Goldman, Sachs and Co": a partnership's old styling with a comma, one firm
_PARTNERSHIP_TAIL = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? (?:and|&) Co\b\.?(?:,? (?:Inc|Ltd|Limited)\b\.?)?"
)


def split_list(cand: Candidate, text: str, gazetteer: Gazetteer) -> list[Candidate] | None:
    """ "Draper, Firefly Aerospace", "Mueller, Stormy": two names of a list the model read as one,
    each on its own with the model's type. A place after the comma ("Fort Worth, Texas"), a
    corporate suffix ("Acme Co., Ltd.") or anything but capitalised names keeps the span whole."""
    surface = text[cand.start : cand.end]
    head, _, tail = surface.partition(", ")
    if not _LIST_PART.fullmatch(head) or not _LIST_PART.fullmatch(tail) or ", " in tail:
        return None
    if (
        CORPORATE_TAIL.fullmatch(tail)
        or _PARTNERSHIP_TAIL.fullmatch(tail)
        or (gazetteer.lookup(tail) is not None and not _known_bodies(head, tail, gazetteer))
    ):
        return None
    tail_start = cand.start + len(head) + 2
    tail_cand = Candidate(
        cand.field, tail_start, cand.end, cand.type, cand.origin, None, cand.group, cand.weak
    )
    if head.lower() in _INTERJECTIONS:
        return [tail_cand]  # "Hey, Siri": the call is no name
    head_end = cand.start + len(head)
    head_cand = Candidate(
        cand.field, cand.start, head_end, cand.type, cand.origin, None, cand.group, cand.weak
    )
    return [head_cand, tail_cand]


def split_credit(cand: Candidate, text: str) -> list[Candidate]:
    """ "Xinhua/Jane Roe", "Photo/Site", "Acme/": each side on its own; an agency is an
    organisation and the name credited with it a person."""
    parts: list[tuple[int, int]] = []
    cursor = cand.start
    for piece in text[cand.start : cand.end].split("/"):
        stripped = piece.strip()
        if stripped:
            begin = cursor + piece.index(stripped)
            parts.append((begin, begin + len(stripped)))
        cursor += len(piece) + 1
    agencies = [is_known_agency(text[s:e]) for s, e in parts]
    if not any(agencies) and any(text[s:e].isdigit() for s, e in parts):
        # "suit No. FHC/ABJ/03/095/2018", "file KL/HR/12/2019": a court's or an office's reference,
        # whose pieces (codes of the court, the place, the year) are no names (session 43)
        return []
    out: list[Candidate] = []
    for (s, e), agency in zip(parts, agencies, strict=True):
        word = text[s:e]
        if word in PHOTO_WORDS or "." in word:
            continue  # "Photo/cctv.com": the credit word and a site address are no entities
        if agency:
            out.append(Candidate(cand.field, s, e, "ORGANIZATION", "rule"))
        elif any(agencies) and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", word):
            out.append(Candidate(cand.field, s, e, "PERSON", "rule"))
        else:
            out.append(Candidate(cand.field, s, e, cand.type, cand.origin, None, cand.group, cand.weak))
    return out
