"""Joining of short forms to the long names they stand for.

A story names a body in full once and then by an acronym, a bare head noun, a nickname or
a city ("the Statehouse", "NASA", "the Reds"); these passes fold such groups into the
group of the long name so that one thing is one entity.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities import retype, rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.records import CandidateGroup
from consumer.entities.span_filters import TRAVEL_BEFORE, singular_nickname
from consumer.events import TextField


def spells_name(short: str, name: str, gazetteer: Gazetteer) -> bool:
    """ "CSL" spells "Chinese Super League", "AGE" (with an ampersand: "A&E") spells "Atlantic
    Gas & Electric Co." without its corporate suffix, and "PSB" spells "Northland Public
    Safety Board" without the place that leads it (wire copy drops the place in short forms)."""
    letters = short.replace("&", "")
    words = rules.CORPORATE_SUFFIX_END.sub("", name).split()
    if retype.initials(" ".join(words)) in (short, letters):
        return True
    if len(letters) >= 3 and len(words) >= 2 and retype.initials(name) == letters:
        return True  # the suffix's letter too: "Energy Future Holdings ... EFH", "HDC" (Corporation)
    for lead in (1, 2):
        rest = words[lead:]
        if len(letters) >= 3 and len(rest) >= 2 and retype.initials(" ".join(rest)) == letters:
            entry = gazetteer.lookup(" ".join(words[:lead]))
            if entry is not None and entry.type == "LOCATION":
                return True
    return False


def join_acronyms(
    groups: list[CandidateGroup], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[CandidateGroup]:
    """An acronym joins the one name it abbreviates: defined in parentheses right after the
    name ("Chinese Super League (CSL)"), or after a place that ends the name and that the model
    left out ("Rally for Democracy in Norland (RDN)"), or spelling its capitals ("CSL")."""
    acronyms = [
        (g, form)
        for g in groups
        if (g.type != "PERSON" or _person_acronym(g)) and (form := _acronym_form(g, recased))
    ]
    if not acronyms:
        return groups
    full = [g for g in groups if g.type != "PERSON" and " " in g.name]
    merged: set[int] = set()
    for short, form in acronyms:
        defined = [
            g
            for g in full
            if g is not short and any(_defines(recased[c.field], c.end, form) for c in g.cands)
        ]
        if short.name.upper() != form:
            # a gazetteer expansion ("ICC" as the cricket council) yields to the story's own
            # definition ("International Criminal Court (ICC)"), and to nothing else: a name of
            # its type that starts with its letter ("LOS ANGELES (AP)" is a dateline)
            defined = [g for g in defined if g.type == short.type and g.name[:1].upper() == form[0]]
            if len(defined) == 1:
                defined[0].cands.extend(short.cands)
                merged.add(id(short))
            continue
        spelled = [g for g in full if spells_name(form, g.name, gazetteer)]
        targets = defined or spelled
        if short.type == "PERSON":
            # the model reads a bare acronym as a person ("WCC said"): only a body it spells takes it
            targets = [g for g in targets if g.type == "ORGANIZATION"]
            if len(targets) != 1:
                continue
        if len(targets) == 1:
            target = targets[0]
            target.cands.extend(short.cands)
            merged.add(id(short))
        elif short.name == form and _unknown_short_acronym(short, recased):
            # "DL", "CB": table column heads, not organisations; a headline's re-cased word
            # ("Att" of "ATT <T> LAUNCHES") heads a story, no table
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _person_acronym(group: CandidateGroup) -> bool:
    """A "person" named by three capitals or more and nothing else ("WCC said"): the model's
    reading of a body's acronym, which a name in the story may spell ("JFK" spells no body)."""
    return group.entry is None and len(group.name) >= 3 and _ACRONYM_RE.fullmatch(group.name) is not None


def _acronym_form(group: CandidateGroup, recased: dict[TextField, str]) -> str | None:
    """The acronym a group is named by, or that all its mentions spell ("ICC" expanded by the
    gazetteer), or that its capitals spell where a re-cased ALL-CAPS headline reads it as a word
    ("Ec" of "EC OILS TAX" beside the body's "EC", session 42: 1987 wire copy); None for any
    other name."""
    if _ACRONYM_RE.fullmatch(group.name):
        return group.name
    forms = {recased[c.field][c.start : c.end] for c in group.cands}
    capitals = [f for f in forms if _ACRONYM_RE.fullmatch(f)]
    if len(capitals) != 1 or any(f.upper() != capitals[0] for f in forms):
        return None
    return capitals[0]


_ACRONYM = r"[A-Z][A-Z&]{1,6}"
_ACRONYM_RE = re.compile(_ACRONYM)


def join_short_forms(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "Yale University ... Yale", "Ulta Beauty ... Ulta": an organisation named later by the
    first words of exactly one longer organisation name in the story is that organisation;
    so is one named by the head noun of exactly one ("the Party", "the Ministry").
    A gazetteer entry of its own keeps the short form apart ("Morgan Stanley" is a bank),
    except a town's: "Alden Global Capital ... Alden" is the fund when nothing says a place
    ("in Alden", "Alden-based", "Alden, N.Y.")."""
    orgs = [g for g in groups if g.type == "ORGANIZATION"]
    # the model often reads the bare short form as a person ("Harwick said"): a one-word
    # "person" that no full name in the story carries is a short form too
    lone = [
        g for g in groups if g.type == "PERSON" and " " not in g.name and not any(c.group for c in g.cands)
    ]
    towns = [g for g in groups if _town_in_name(g, recased)]
    town_ids = {id(g) for g in towns}
    merged: set[int] = set()
    by_head: dict[str, list[CandidateGroup]] = {}
    for g in orgs:
        by_head.setdefault(_head_noun(g.name), []).append(g)
    for short in orgs + lone + towns:
        if (short.entry is not None and id(short) not in town_ids) or len(short.name.split()) > 2:
            continue
        prefix = short.name.casefold() + " "
        targets = [g for g in orgs if g is not short and g.name.casefold().startswith(prefix)]
        if not targets and _bare_head(short, recased):
            # "the Workers' Party of Norland ... the Party said": the head noun of exactly one
            # longer name in the story, used alone with its capital, is that organisation
            targets = [g for g in by_head.get(short.name.casefold(), []) if g is not short]
        if id(short) in town_ids:
            # a town names a fund or firm ("Alden Global Capital"), never a team ("Buffalo Bills");
            # a legal suffix ends a firm's name too ("Quarrow Petroleum Ltd", "Kelby Mines SA":
            # session 39, 1987 wire copy)
            targets = _firms_named(targets)
        if len(targets) == 1 and id(targets[0]) not in merged:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return _join_suffixless_people([g for g in groups if id(g) not in merged], orgs, recased)


def _join_suffixless_people(
    groups: list[CandidateGroup], orgs: list[CandidateGroup], recased: dict[TextField, str]
) -> list[CandidateGroup]:
    """ "Tarlin Viyella Plc said ... Tarlin Viyella shares rose": a model "person" of two or
    three words whose name is exactly one story company's name less its corporate suffixes is that
    company (session 31); never a person the story names by a surname alone or a listed one. A
    firm's first word alone ("Tarlin said") is its short name, no surname (session 39)."""
    if not orgs:
        return groups
    # a surname alone ("Kessel said") carries its full name as its group, shorter than that name
    referenced = {
        c.group
        for g in groups
        for c in g.cands
        if c.group and c.end - c.start < len(c.group) and not _first_word_alone(c, recased)
    }
    merged: set[int] = set()
    for short in groups:
        if short.type != "PERSON" or short.entry is not None or not 2 <= len(short.name.split()) <= 3:
            continue
        if short.name in referenced:
            continue
        size = len(short.name)
        targets = [
            g
            for g in orgs
            if g.name.startswith(short.name) and rules.CORPORATE_SUFFIX_TAIL.fullmatch(g.name, size)
        ]
        if not targets and not retype.is_given_name(short.name.split()[0]):
            targets = _leading_words_of(short.name, orgs)
        if len(targets) == 1:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged] if merged else groups


def _leading_words_of(name: str, orgs: list[CandidateGroup]) -> list[CandidateGroup]:
    """The story's companies whose legal name opens on ``name`` and runs on to a corporate suffix
    ("Quellan Mohr" of "Quellan Mohr Power Corp", session 39: 1987 wire copy names a firm so after
    its full name, and the model reads the two words as a person). Never a listed given name
    first: "Jo Harlan" of "Jo Harlan Associates Inc" is as often the founder."""
    prefix = name + " "
    return [g for g in orgs if g.name.startswith(prefix) and rules.CORPORATE_SUFFIX_END.search(g.name)]


def _first_word_alone(cand: Candidate, recased: dict[TextField, str]) -> bool:
    """A mention of a name's first word alone ("Tarlin" of "Tarlin Viyella"): a firm's short name,
    where a person's is the surname, the last."""
    words = (cand.group or "").split()
    return len(words) > 1 and recased[cand.field][cand.start : cand.end] == words[0]


# Buildings a story names in full and then by their kind alone ("the Ohio Statehouse ... the
# Statehouse lawn"); kinds that also name a body alone ("the County said", "the Airport") are none
_BARE_FACILITIES = frozenset(
    retype.word_list(
        "statehouse courthouse cathedral monument stadium arena coliseum colosseum amphitheatre "
        "amphitheater pavilion abbey basilica"
    )
)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)\s+$")  # "the Statehouse steps", "in a Statehouse hallway"


def join_bare_facilities(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "the Ohio Statehouse ... the Statehouse": a building's kind alone, capitalised after "the"
    (or "a": "a Statehouse hallway") on every mention and never speaking, is the one place the
    story names with that head word (the model reads the bare word as a body or a place)."""
    by_head: dict[str, list[CandidateGroup]] = {}
    for g in groups:
        words = g.name.split()
        if g.type == "LOCATION" and len(words) >= 2 and words[-1].casefold() in _BARE_FACILITIES:
            by_head.setdefault(words[-1].casefold(), []).append(g)
    if not by_head:
        return groups  # most stories name no building by its kind
    merged: set[int] = set()
    for short in groups:
        if short.type not in ("ORGANIZATION", "LOCATION") or short.entry is not None or " " in short.name:
            continue
        targets = by_head.get(short.name.casefold(), [])
        if len(targets) != 1 or not all(
            _THE_BEFORE.search(recased[c.field], max(0, c.start - 5), c.start)
            and not retype.attributed(recased[c.field], c.start, c.end)
            for c in short.cands
        ):
            continue
        targets[0].cands.extend(short.cands)
        merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


_AWAY_BEFORE = re.compile(r"\b(?:[Aa]t|[Ff]rom)\s+$")


def join_club_cities(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "the Cleveland Hawks ... Cleveland really needs a pass rusher", "Shanghai vs. Perth" beside
    "Shanghai Shenhua FC": sports copy names a club by its city. A town named alone is the one
    club of the story whose name opens with it (a plural nickname or a club suffix after it) on
    each mention in a report of a game where nothing marks a place: "in", "at" or "from" before
    it, its state after it, a trip to it ("the game in Cleveland" stays the city's mention)."""
    clubs = [g for g in groups if g.type == "ORGANIZATION" and _club_group(g)]
    if not clubs:
        return groups  # most stories name no club
    merged: set[int] = set()
    for short in groups:
        if (
            short.type != "LOCATION"
            or len(short.name.split()) > 2
            or (short.entry is not None and short.entry.kind != "city")
        ):
            continue
        prefix = short.name.casefold() + " "
        targets = [g for g in clubs if g.name.casefold().startswith(prefix)]
        if len(targets) != 1 or (short.entry is None and not rules.club_shaped(targets[0].name)):
            continue  # a singular nickname only after a town the gazetteer knows ("Harlow Glory")
        sides = [c for c in short.cands if _club_side(c, recased[c.field])]
        targets[0].cands.extend(sides)
        short.cands = [c for c in short.cands if c not in sides]
        if not short.cands:
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _club_group(group: CandidateGroup) -> bool:
    """A club's name: a plural nickname or a club suffix last, or a singular nickname a rule
    found after a city ("Harlow Glory", see ``_city_club``)."""
    words = group.name.split()
    return rules.club_shaped(group.name) or (
        len(words) >= 2 and singular_nickname(words[-1]) and any(c.origin == "rule" for c in group.cands)
    )


def _club_side(cand: Candidate, text: str) -> bool:
    """A town's mention that may stand for its club: in a report of a game, with nothing before or
    after it that makes it the place."""
    before = max(0, cand.start - 30)
    return (
        rules.about_a_game(text, cand.start, cand.end)
        and not retype.place_context(text, cand.start)
        and _AWAY_BEFORE.search(text, before, cand.start) is None
        and TRAVEL_BEFORE.search(text, before, cand.start) is None
        and _PLACE_AFTER.match(text, cand.end) is None
    )


def join_editions(groups: list[CandidateGroup], recased: dict[TextField, str]) -> list[CandidateGroup]:
    """ "the Beijing 2022 Olympic Winter Games ... Beijing 2022 organizers": an event named by a
    host city and a year alone is the one event of the story whose name opens with them."""
    events = [g for g in groups if g.type == "EVENT"]
    if len(events) < 2:
        return groups
    surfaces = {id(g): {" ".join(recased[c.field][c.start : c.end].split()) for c in g.cands} for g in events}
    merged: set[int] = set()
    for short in events:
        forms = surfaces[id(short)]
        if len(forms) != 1 or not rules.EDITION_YEAR_SUFFIX.search(next(iter(forms))):
            continue
        prefix = next(iter(forms)) + " "
        targets = [g for g in events if g is not short and any(f.startswith(prefix) for f in surfaces[id(g)])]
        if len(targets) == 1 and id(targets[0]) not in merged:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


_PART_NUMBER = re.compile(r"-[A-Za-z0-9]{1,8}")


def join_part_numbers(groups: list[CandidateGroup]) -> list[CandidateGroup]:
    """ "the Core i5-9300H ... a Core i5", "COVID-19 ... COVID": a product or a named thing
    named with its part number or variant code after a hyphen, and the same name without it,
    are one thing when exactly one coded form of the name is in the story ("i5-9300H" and
    "i5-8250U" beside "i5" join neither)."""
    by_base: dict[tuple[str, str], list[CandidateGroup]] = {}
    for g in groups:
        if g.type in ("PRODUCT", "MISC") and "-" in g.name:
            base, dash, code = g.name.rpartition("-")
            if base and _PART_NUMBER.fullmatch(dash + code) and any(ch.isdigit() for ch in code):
                by_base.setdefault((g.type, base.casefold()), []).append(g)
    if not by_base:
        return groups  # most stories name nothing by a part number
    merged: set[int] = set()
    for short in groups:
        targets = by_base.get((short.type, short.name.casefold()), [])
        if len(targets) == 1 and targets[0] is not short:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


_MODEL_MARK = re.compile(r"\d|[a-z][A-Z]")  # "Swift 3", "ZenBook": a model's number or inner capital
# an edition's word ending a model's words is its mark too ("Kelvo Vela Mini ... the Vela Mini",
# session 43): a listicle names a maker no list knows once, in the heading
_EDITION_END = re.compile(r"\s(?:Mini|Pro|Max|Ultra|Lite)$")


def join_maker_products(groups: list[CandidateGroup], gazetteer: Gazetteer) -> list[CandidateGroup]:
    """ "Quillon AirPods ... the first AirPods": a product named later without its maker's name
    (a company the gazetteer knows) is the one product the story named with it; it takes the
    maker's form as its name. Two products of that name ("Acme Nova", "Zed Nova") join neither.
    Session 43: the model words without the line's word too, where they bear a number ("Quillon
    Vela Note 7 Plus ... the Note 7 Plus"), and an event a listed body holds named later without
    the body's name ("the KFA Harbor Cup ... the Harbor Cup", two words or more): the story's
    second form was a second entity beside the first."""
    by_model: dict[str, list[CandidateGroup]] = {}
    by_marked: dict[str, list[CandidateGroup]] = {}
    for g in groups:
        words = g.name.split()
        if g.type not in ("PRODUCT", "EVENT") or len(words) < 2:
            continue
        lead = gazetteer.lookup(words[0])
        listed = lead is not None and lead.type == "ORGANIZATION"
        rest = " ".join(words[1:])
        if g.type == "EVENT":
            if listed and len(words) >= 3:
                by_model.setdefault(rest.casefold(), []).append(g)
            continue
        forms = [rest]
        if len(words) >= 4 and words[2][:1].isupper() and any(ch.isdigit() for ch in "".join(words[3:])):
            forms.append(" ".join(words[2:]))  # "Quillon Vela Note 7 Plus" -> "Note 7 Plus"
        for form in forms:
            if listed:
                by_model.setdefault(form.casefold(), []).append(g)
            elif _MODEL_MARK.search(form) or _EDITION_END.search(form):
                # a maker no list knows before a model that bears a mark: "Kelbrook Swift 3 ... the
                # Swift 3" (session 34; a listicle's heading names the maker once)
                by_marked.setdefault(form.casefold(), []).append(g)
    merged: set[int] = set()
    for short in groups:
        key = short.name.casefold()
        targets = (by_model.get(key) or by_marked.get(key, [])) if short.type in ("PRODUCT", "EVENT") else []
        targets = [t for t in targets if t.type == short.type]
        if len(targets) == 1 and id(targets[0]) not in merged and id(short) not in merged:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


# Bodies a story names alone for another of their kind than the one it names in full: "the Army"
# in an IRA story is the British Army, "Parliament" next to the European Parliament is a
# national one, "Police" in Paris are not the Metropolitan Police.
_NATIONAL_HEADS = frozenset(
    retype.word_list(
        "army navy police parliament court government assembly senate congress cabinet house legislature"
    )
)
_PLACE_QUALIFIER = re.compile(r"\s+(?:in|of|at|for)\s+(?:the\s+)?[A-Z]")
_PLACE_BEFORE = re.compile(r"\b(?:In|in|At|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,?\s+(?:the\s+)?$")


def join_nicknames(groups: list[CandidateGroup]) -> list[CandidateGroup]:
    """ "Aston Villa ... Villa", "the Phoenix Suns ... the Suns": a club, like a person, goes by
    its last word. A one-word place or organisation the gazetteer does not know, that ends
    exactly one longer organisation's name in the story, is that organisation when the word is
    a plural ("Suns") or the longer name played a side of a result ("a win over Aston Villa");
    "the moon Europa" is no club of "Europa"."""
    by_last: dict[str, list[CandidateGroup]] = {}
    for g in groups:
        if g.type == "ORGANIZATION" and " " in g.name:
            by_last.setdefault(g.name.casefold().rsplit(" ", 1)[1], []).append(g)
    merged: set[int] = set()
    for short in groups:
        if (
            short.type not in ("LOCATION", "ORGANIZATION")
            or short.entry is not None
            or not _nickname(short.name)
        ):
            continue
        plural = short.name.endswith("s")
        targets = [
            g
            for g in by_last.get(short.name.casefold(), [])
            if id(g) not in merged and (plural or any(c.origin == "rule" for c in g.cands))
        ]
        if len(targets) == 1:
            targets[0].cands.extend(short.cands)
            merged.add(id(short))
    return [g for g in groups if id(g) not in merged]


def _nickname(name: str) -> bool:
    """A one-word name that may be the last word of a longer organisation's name used alone: not
    a head noun of bodies ("Bank", "Party", "Group" are found by ``_bare_head``), nor a stop
    word."""
    low = name.casefold()
    return " " not in name and low not in STOP_WORDS and not retype.is_head_word(low)


def _bare_head(short: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """A one-word organisation that may be the head noun of a longer name: not a national
    institution, and never qualified by a place ("the Court in Oslo", "In London, Parliament")."""
    if short.type != "ORGANIZATION" or " " in short.name or short.name.casefold() in _NATIONAL_HEADS:
        return False
    for c in short.cands:
        text = recased[c.field]
        if _PLACE_QUALIFIER.match(text, c.end) or _PLACE_BEFORE.search(text, max(0, c.start - 40), c.start):
            return False
    return True


# "(CSL)" right after a name, or after a place that ends it ("... Democracy in Norland (RDN)")
_DEFINITION_AFTER = re.compile(  # after the wire's angle bracket too: "<Harlow Press Ltd> (HP)"
    r">?(?:\s+(?:in|of|for|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s+\(([^()\s]{1,16})\)"
)


def _defines(text: str, end: int, form: str) -> bool:
    found = _DEFINITION_AFTER.match(text, end, end + 80)
    return found is not None and found.group(1) == form


# Words between a company's name and its legal suffix that say its trade, not who it is
TRADE_WORDS = frozenset(
    retype.word_list(
        "Motor Motors Holding Holdings Group Industries Industrial International Electronics Electric "
        "Enterprises Technologies Technology Systems Communications Petroleum Pharmaceuticals"
    )
)


def _head_noun(name: str) -> str:
    """ "Communist Party of China" -> "party", "Ministry of Commerce" -> "ministry"; a one-word
    name has no head of its own ("")."""
    words = name.casefold().split(" of ", 1)[0].split()
    return words[-1] if len(words) >= 2 or " of " in name.casefold() else ""


_SMALL_TOWN_RANK = 5  # gazetteer rank: population in hundreds of thousands
_FIRM_HEADS = frozenset(
    retype.word_list(
        "Capital Partners Group Holdings Investments Management Advisors Advisers Associates Ventures Media "
        "Bank Bancorp Securities Insurance Industries Enterprises Company Corp Corporation Inc"
    )
)


def _firms_named(targets: list[CandidateGroup]) -> list[CandidateGroup]:
    """The names that end on a firm's head word, else those that end on a legal suffix: a
    head word is the surer sign ("Kelby Corp" beside "Kelby and Tarvo and Co", a pair)."""
    headed = [g for g in targets if g.name.split()[-1] in _FIRM_HEADS]
    if headed:
        return headed
    # "Kelby and Tarvo and Co": two names the model ran together, no firm of the town's own
    return [
        g for g in targets if " and " not in g.name and rules.CORPORATE_SUFFIX_END.search(g.name) is not None
    ]


_PLACE_AFTER = re.compile(r"-based\b|,\s+[A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?)?(?=[,.;)\s])")


def _town_in_name(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """A one-word town (or unknown place) nothing in its mentions marks as a place."""
    if group.type != "LOCATION" or " " in group.name:
        return False
    if group.entry is not None and (group.entry.kind != "city" or group.entry.rank >= _SMALL_TOWN_RANK):
        return False  # a city of half a million or more is the city ("Guilin" stays Guilin)
    for c in group.cands:
        text = recased[c.field]
        if retype.place_context(text, c.start) or _PLACE_AFTER.match(text, c.end):
            return False
        if TRAVEL_BEFORE.search(text, max(0, c.start - 30), c.start):
            return False  # "we've been to Boulder"
    return True


def _unknown_short_acronym(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """Two or three capitals that only the model tagged, that no gazetteer entry knows, no name in
    the story spells out, and that only ever start a line or fill a table's cell alone ("| DL |"):
    table heads and positions ("DL", "CB"), not names."""
    return (
        len(group.name) <= 3
        and group.entry is None
        and all(c.origin in ("ner", "prop") for c in group.cands)
        and all(_line_start_or_cell(recased[c.field], c.start, c.end) for c in group.cands)
    )


def _line_start_or_cell(text: str, start: int, end: int) -> bool:
    return (
        start == 0
        or text[start - 1] == "\n"
        or (text[start - 2 : start] == "| " and text[end : end + 2] == " |")
    )
