"""Types from a list a name stands in: people, places and bodies in comma-and-"and" lists ("Croton,
Ossining and Peekskill"), credit lists, and the list helpers ``initials``, ``name_full_stop`` and
``listed_place_name`` that ``extractor`` and ``rules`` use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.bodies import about_sport
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_word
from consumer.entities.retype.person_context import CREDIT_BEFORE, CREDIT_BODY_WORDS, CREDIT_REACH
from consumer.entities.retype.person_names import looks_like_person, name_word
from consumer.entities.retype.splits import CORPORATE_TAIL
from consumer.entities.retype.table_people import people_in_table_columns
from consumer.events import EntityType, TextField


def initials(name: str) -> str:
    """ "China Aerospace Science and Industry Corporation" -> "CASIC"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


# fullmatch()ed in place between two candidates (no copy of the text between them, which can be long)
_LIST_GLUE = re.compile(r",\s*|\s+and\s+|,\s+and\s+|\s+&\s+")


def _list_chains(cands: list[Candidate], recased: dict[TextField, str]) -> Iterator[list[Candidate]]:
    """The runs of candidates of one field joined only by a list's glue ("A, B and C"); one pass
    over the candidates in text order."""
    chain: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.field, c.start)):
        if chain and (
            cand.field != chain[-1].field
            or not _LIST_GLUE.fullmatch(recased[cand.field], chain[-1].end, cand.start)
        ):
            yield chain
            chain = []
        chain.append(cand)
    if chain:
        yield chain


def people_in_lists(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """In "A, B and C" where most names are people, a name the model typed otherwise, with no
    gazetteer entry or organisation/place head word, is a person too (in place). So is each name
    of a list a credit cue opens ("Reporting by Jo Roe and Ada Quill"), when its first name is a
    person: the cue is read once, before the list, not before its later names."""
    for chain in _list_chains(cands, recased):
        people = sum(1 for c in chain if c.type == "PERSON")
        credited = len(chain) >= 2 and chain[0].type == "PERSON" and _credit_opens(chain[0], recased)
        if credited or (people >= 2 and people * 2 > len(chain)) or _person_pair(chain, recased):
            for c in chain:
                surface = recased[c.field][c.start : c.end]
                words = surface.split()
                if (
                    c.type != "PERSON"
                    and c.origin != "rule"
                    and 2 <= len(words) <= 3
                    and all(w[:1].isupper() for w in words)
                    and gazetteer.lookup(surface) is None
                    and head_word(surface) not in HEAD_TYPES
                    and not (credited and any(w.lower() in CREDIT_BODY_WORDS for w in words))
                ):
                    c.type, c.entry = "PERSON", None
    people_in_table_columns(cands, recased, gazetteer)  # "| LB | Sione Tavita | 6 |": a roster's column


_PAIR_AND = re.compile(r"[ \t]+and[ \t]+")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")


def _person_pair(chain: list[Candidate], recased: dict[TextField, str]) -> bool:
    """ "Aryo Kessman and Marta Quill", "Tavi Reeves and Jo Roe": two names of two words joined by
    "and", one of them a person the model read with a listed given name first, the other a model
    body of name words: a pair of people (session 34). Never a possessive after either ("Verdi's
    Harbor Nights and Jo Roe's ..."), nor a pair of companies, which the gazetteer or a head word
    tells (checked by the caller)."""
    if len(chain) != 2:
        return False
    first, second = chain
    text = recased[first.field]
    if _PAIR_AND.fullmatch(text, first.end, second.start) is None:
        return False
    if any(_POSSESSIVE_AFTER.match(text, c.end) for c in chain):
        return False
    people = [c for c in chain if c.type == "PERSON"]
    others = [c for c in chain if c.type == "ORGANIZATION" and c.origin == "ner"]
    if len(people) != 1 or len(others) != 1:
        return False
    person = text[people[0].start : people[0].end].split()
    other = text[others[0].start : others[0].end].split()
    return (
        len(person) == 2
        and len(other) == 2
        and is_given_name(person[0])
        and all(name_word(w) and w[-1].isalpha() for w in (*person, *other))  # "Ferry, Mackay": a list
    )


def _credit_opens(cand: Candidate, recased: dict[TextField, str]) -> bool:
    """Whether a credit or billing cue stands right before the candidate ("Photos by ")."""
    text = recased[cand.field]
    return CREDIT_BEFORE.search(text, max(0, cand.start - CREDIT_REACH), cand.start) is not None


# What the model reads a town in a list as: a body ("Peekskill"), or a people ("Yonkers", a plural).
_LISTED_PLACE_MISREADINGS = ("ORGANIZATION", "NORP")


def places_in_lists(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """In "Reston, Tysons and Leesburg", "Bonaire, St Eustatius and Saba", where most names are
    places (two or more: a pair, "Ford and Michigan", proves nothing), a name of one to three
    capitalised words that only the model read as a body or a people is a place too (in place): a town or an
    island the gazetteer lacks. A name the gazetteer knows otherwise, one with a head word of its
    own ("... University"), a corporate suffix or a person's look keeps its type, and so does
    every name of a story about sport, where "Chelsea, Porto and Barcelona" are clubs."""
    cands.extend(_missed_list_places(cands, recased, gazetteer))
    for chain in _list_chains(cands, recased):
        places = sum(1 for c in chain if c.type == "LOCATION")
        if places < 2 or places * 2 <= len(chain):
            continue
        for c in chain:
            if (
                c.type not in _LISTED_PLACE_MISREADINGS
                or c.origin != "ner"
                or (c.entry and c.entry.type != "LOCATION")
            ):
                continue
            text = recased[c.field]
            if not _bare_place_name(text[c.start : c.end], gazetteer):
                continue
            if not about_sport(text, c.start, c.end):
                entry = gazetteer.lookup(text[c.start : c.end])
                c.type, c.entry = "LOCATION", entry if entry is not None else c.entry


def bodies_in_lists(
    cands: list[Candidate],
    recased: dict[TextField, str],
    gazetteer: Gazetteer,
    examples: Callable[[str], Iterator[tuple[int, int]]],
) -> None:
    """A name only the model read as a place, which the gazetteer does not know at all, is a body
    in a list where most names are bodies ("Amazon, Keldra and Netflix": two bodies or more,
    as `places_in_lists` asks of places) or in one a plural kind of business opens ("companies
    including Zenthor, Harlow and Quillon": ``examples``, `rules.example_bodies`): a company or a platform
    the model took for a town. Found by a rule, so the name's other mentions follow it."""
    _lone_words_in_body_lists(cands, recased, gazetteer)
    cands.extend(_missed_list_bodies(cands, recased, gazetteer))
    if not any(c.type == "LOCATION" and c.origin == "ner" and c.entry is None for c in cands):
        return  # no model place the gazetteer lacks: nothing to retype, no list to read
    listed: set[tuple[TextField, int, int]] = set()
    for chain in _list_chains(cands, recased):
        bodies = sum(1 for c in chain if c.type == "ORGANIZATION")
        if bodies >= 2 and bodies * 2 > len(chain):
            listed.update((c.field, c.start, c.end) for c in chain)
    fields = {c.field for c in cands if c.type == "LOCATION" and c.origin == "ner" and c.entry is None}
    for field in fields:
        listed.update((field, s, e) for s, e in examples(recased[field]))
    for c in cands:
        if c.type != "LOCATION" or c.origin != "ner" or c.entry is not None:
            continue
        if (c.field, c.start, c.end) not in listed:
            continue
        surface = recased[c.field][c.start : c.end]
        words = surface.split()
        if (
            1 <= len(words) <= 3
            and gazetteer.lookup(surface) is None
            and head_word(surface) not in HEAD_TYPES
            and not looks_like_person(surface, gazetteer)
        ):
            c.type, c.origin = "ORGANIZATION", "rule"


# Names the model missed in a list of bodies: one to three after a body and before another
# ("Acme, Zorbly, Quillcast and Harbo"), or one after the "or"/"and" that ends a list two bodies
# open ("Acme, Harbo and Zorbly.", "Acme, Harbo, Zorbly, and other sites"). A brand's name may be
# camel-cased ("TechCrunch") and may hold "&", "!" or a dot ("Yahoo!", "Reputation.com").
_BODY_WORD = r"[A-Z][\w'’&!-]*(?:\.[a-z]{2,4}\b)?"
_BODY_NAME = rf"{_BODY_WORD}(?: {_BODY_WORD}){{0,2}}"
_BODY_GLUE = r"(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)"
_BODY_GAP = re.compile(rf"(?:{_BODY_GLUE}(?P<name>{_BODY_NAME})){{1,3}}{_BODY_GLUE}")
_BODY_ONE = re.compile(rf"{_BODY_GLUE}(?P<name>{_BODY_NAME})")
_BODY_FIRST = re.compile(rf"(?P<name>{_BODY_NAME}){_BODY_GLUE}")
_BODY_GLUE_AT = re.compile(_BODY_GLUE)
_BODY_TAIL = re.compile(
    rf",?[ \t]+(?:and|or)[ \t]+(?P<name>{_BODY_NAME})"
    r"(?=[.,;:)!?]|[ \t]+(?:on|in|at|to|for|from|with|by|and|or)\b|$)"
    rf"|,[ \t]*(?P<open>{_BODY_NAME}),?[ \t]+(?:and|or)[ \t]+"
    r"(?:others|more|other|many|dozens|the[ \t]+like)\b"
)
# Names before the first body found of a list that a colon or an example cue opens ("nine
# firms: Zorbly, Harbo Space, Acme, Netflix", "sites like Zorbly, Acme and Netflix").
_BODY_HEAD = re.compile(
    rf"(?:(?<=:[ \t])|(?<=\blike[ \t])|(?<=\bincluding[ \t])|(?<=\bsuch[ \t]as[ \t]))"
    rf"{_BODY_NAME}(?:{_BODY_GLUE}{_BODY_NAME}){{0,2}},[ \t]*"
)
_BODY_REACH = 120  # characters after a body: three names of up to three words and their glue


def _lone_words_in_body_lists(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> None:
    """In a list where most names are bodies (two or more, one of them by a name the gazetteer
    lists), one word only the model read as a person, which is no given name, no common word of the text,
    no name the gazetteer knows and no last word of a longer name ("Ed Balls"), is a body too
    ("Instacart, Trevvo and Amazon"): the model's guess at a made-up brand, which the filters of
    lone words would drop (in place)."""
    if not any(c.type == "PERSON" and c.origin == "ner" for c in cands):
        return
    last_words: set[str] | None = None
    for chain in _list_chains(cands, recased):
        bodies = sum(1 for c in chain if c.type == "ORGANIZATION")
        if bodies < 2 or bodies * 2 <= len(chain):
            continue
        if not any(
            c.type == "ORGANIZATION"
            and _known_as(recased[c.field][c.start : c.end], gazetteer) == "ORGANIZATION"
            for c in chain
        ):
            continue  # no body the gazetteer lists by that name: perhaps people the model typed as bodies
        for c in chain:
            if c.type != "PERSON" or c.origin != "ner":
                continue
            text = recased[c.field]
            surface = text[c.start : c.end]
            if " " in surface or not _bare_body_name(surface, gazetteer) or _common_word(surface, text):
                continue
            if last_words is None:
                last_words = {
                    words[-1] for o in cands if len(words := recased[o.field][o.start : o.end].split()) > 1
                }
            if surface not in last_words:
                c.type, c.entry, c.origin = "ORGANIZATION", None, "rule"


def _common_word(surface: str, text: str) -> bool:
    """Whether one capitalised word stands in lower case elsewhere in the text ("Choice,
    Circumstance, and Coercion" in a title; "the threat of coercion"): a word, no brand."""
    return (
        " " not in surface
        and re.search(rf"(?<![\w-]){re.escape(surface.lower())}(?![\w-])", text) is not None
    )


def _listed_neighbours(
    cands: list[Candidate], recased: dict[TextField, str], type_: str, reach: int
) -> Iterator[tuple[Candidate, Candidate | None, Candidate | None, str, int]]:
    """Each candidate of a type with the candidates right before and after it in its field, its
    field's text and how far a missed name after it may reach (the next candidate, or `reach`
    characters): the one walk the list finders for bodies and places share."""
    ordered = sorted(cands, key=lambda c: (c.field, c.start))
    for i, a in enumerate(ordered):
        if a.type != type_:
            continue
        text = recased[a.field]
        b = ordered[i + 1] if i + 1 < len(ordered) and ordered[i + 1].field == a.field else None
        prev = ordered[i - 1] if i > 0 and ordered[i - 1].field == a.field else None
        limit = min(b.start if b is not None else len(text), a.end + reach)
        if limit > a.end:
            yield a, prev, b, text, limit


def _missed_list_bodies(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """Bodies no candidate covers inside a list between two bodies, or after the "and"/"or" that
    ends a list two bodies open (see `_bare_body_name`): the sites, apps and firms a story names
    in a row, which the small model reads one by one and misses when they are made-up words.
    One look at the text after each body, up to the next candidate."""
    found: list[Candidate] = []
    for a, prev, b, text, limit in _listed_neighbours(cands, recased, "ORGANIZATION", _BODY_REACH):
        if text[a.end : a.end + 1] not in (",", " "):
            continue
        spans: list[tuple[int, int]] = []
        if b is not None and b.type == "ORGANIZATION" and b.start == limit and not _and_headed(b, text):
            gap = _BODY_GAP.fullmatch(text, a.end, limit)
            if gap is not None:
                at = a.end
                while at < gap.end("name"):
                    one = _BODY_ONE.match(text, at, gap.end("name"))
                    if one is None:
                        break
                    spans.append(one.span("name"))
                    at = one.end()
        listed = prev is not None and prev.type == "ORGANIZATION" and text[prev.end : a.start] in (", ", "/")
        tail = _BODY_TAIL.match(text, a.end, limit) if not spans else None
        if tail is not None and (listed or tail.group("open")):
            # a list two bodies open, or one that "and others" closes ("Acme, Zorbly and others")
            s, e = tail.span("name" if tail.group("name") else "open")
            spans.append((s, e - name_full_stop(text[s:e], lambda name: gazetteer.lookup(name) is not None)))
        if (
            not listed
            and b is not None
            and b.type == "ORGANIZATION"
            and _BODY_GLUE_AT.fullmatch(text, a.end, b.start)
        ):
            # the first body of a list of two or more: names a colon or an example cue opens before it
            floor = max(prev.end if prev is not None else 0, a.start - _BODY_REACH)
            head = _BODY_HEAD.search(text, floor, a.start)
            if head is not None and head.end() == a.start:
                at = head.start()
                while at < a.start:
                    one = _BODY_FIRST.match(text, at, a.start)
                    if one is None:
                        break
                    spans.append(one.span("name"))
                    at = one.end()
        # a body the gazetteer lists by that very name beside the names says the list is one of
        # firms and sites (the model's bodies alone are often a title's words or a product line:
        # "Choice, Circumstance", "the Ford Focus Electric, Fusion Energi")
        known = any(
            c is not None
            and c.type == "ORGANIZATION"
            and _known_as(text[c.start : c.end], gazetteer) == "ORGANIZATION"
            for c in (prev if listed else None, a, b if b is not None and b.start == limit else None)
        )
        if (
            spans
            and known
            and all(
                _bare_body_name(text[s:e], gazetteer) and not _common_word(text[s:e], text) for s, e in spans
            )
        ):
            found.extend(Candidate(a.field, s, e, "ORGANIZATION", "rule") for s, e in spans)
    return found


def _and_headed(b: Candidate, text: str) -> bool:
    """ "and" before a body a head word ends: one name with commas ("the National Heart, Lung and
    Blood Institute"), no list."""
    return (
        text[max(0, b.start - 5) : b.start] == " and "
        and HEAD_TYPES.get(head_word(text[b.start : b.end])) == "ORGANIZATION"
    )


def _bare_body_name(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name in a list of bodies may be one: one to three capitalised words (a brand's
    camel case too, never capitals only: "HDMI, VGA"), no stop word, date word or given name alone,
    no head word but a body's, no gazetteer entry but a body's, and no person's look."""
    words = surface.split()
    if not 1 <= len(words) <= 3 or any(w.isupper() for w in words):
        return False
    first = words[0].lower()
    if first in STOP_WORDS or first in _DATE_NAMES or (len(words) == 1 and is_given_name(surface)):
        return False
    head = HEAD_TYPES.get(head_word(surface))
    return (
        head in (None, "ORGANIZATION")
        and _known_as(surface, gazetteer) in (None, "ORGANIZATION")
        and not looks_like_person(surface, gazetteer)
    )


# A name the model missed between two listed places ("Denver, Tessing and Omaha"), or after the
# "and" that ends a list of places ("Ohio, Kentucky and Brannock."), where the list goes on no further.
_LIST_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
_GAP_MEMBER = re.compile(rf"(?:,\s*|,?\s+and\s+)(?P<name>{_LIST_NAME})(?:,\s*|,?\s+and\s+)")
_TAIL_MEMBER = re.compile(
    rf",?\s+and\s+(?P<name>{_LIST_NAME})"
    r"(?=[.,;:)]|\s+(?:on|in|at|to|for|from|with|by|last|this|next|during|over|after|before|until)\b|$)"
)
# A route's end the model missed after a place it found ("from Chicago to Brannock").
_ROUTE_END = re.compile(rf" to (?P<name>{_LIST_NAME})(?=[.,;:)]|\s+[a-z]|$)")
_DATE_NAMES = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "monday", "tuesday", "wednesday"),
        *("thursday", "friday", "saturday", "sunday"),
    )
)
_GAP_REACH = 48  # characters between two listed places: one name of up to three words and its glue


def _missed_list_places(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """Places no candidate covers inside or at the end of a list of two places or more joined by
    a list's glue, and a route's end after "from" and a place ("from Chicago to Brannock"): a bare
    name (see `_bare_place_name`) outside stories about sport. One look at the text after each
    place, up to the next candidate."""
    found: list[Candidate] = []
    for a, prev, b, text, limit in _listed_neighbours(cands, recased, "LOCATION", _GAP_REACH):
        member = None
        if b is not None and b.type == "LOCATION" and b.start == limit:
            member = _GAP_MEMBER.fullmatch(text, a.end, limit)
        listed = prev is not None and prev.type == "LOCATION" and text[prev.end : a.start] == ", "
        if member is None and listed:
            # a place a place and a comma come before: the list is open, a name may end it
            member = _TAIL_MEMBER.match(text, a.end, limit)
        if member is None and text[max(0, a.start - 5) : a.start].lower() == "from ":
            member = _ROUTE_END.match(text, a.end, limit)  # "from Chicago to Brannock"
            if member is not None and member.group("name").split()[0].lower() in _DATE_NAMES:
                member = None  # "from Ohio to March": a time, no place
        if member is not None:
            s, e = member.span("name")
            e -= name_full_stop(text[s:e], lambda name: gazetteer.lookup(name) is not None)
            if _bare_place_name(text[s:e], gazetteer) and not about_sport(text, s, e):
                found.append(Candidate(a.field, s, e, "LOCATION", "rule", gazetteer.lookup(text[s:e])))
    return found


def name_full_stop(name: str, known: Callable[[str], bool]) -> int:
    """1 where a name's last dot is a sentence's full stop ("Brannock."), 0 for an abbreviation's
    ("Va.", "U.S.", "Calif." when the gazetteer knows it)."""
    if not name.endswith("."):
        return 0
    last = name.rsplit(maxsplit=1)[-1]
    return 0 if len(last) <= 4 or "." in last[:-1] or known(name) else 1


def listed_place_name(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name a kind of place lists as an example may be one (see `_bare_place_name`)."""
    return _bare_place_name(surface, gazetteer)


def _bare_place_name(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a name may be a place: one to three capitalised words, no head word, corporate
    suffix or acronym, no gazetteer entry but a place's, and no person's look."""
    words = surface.split()
    return (
        1 <= len(words) <= 3
        and all(name_word(w) for w in words)
        and head_word(surface) not in HEAD_TYPES
        and CORPORATE_TAIL.fullmatch(words[-1]) is None
        and _known_as(surface, gazetteer) in (None, "LOCATION")
        and not looks_like_person(surface, gazetteer)
    )


def _known_as(surface: str, gazetteer: Gazetteer) -> EntityType | None:
    entry = gazetteer.lookup(surface)
    return entry.type if entry is not None else None
