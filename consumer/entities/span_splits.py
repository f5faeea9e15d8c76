"""Where one model span holds two names: a competition's stage label run into its name ("the
Harbor Cup Group C match"), two bodies or two laws joined by "and", the two parties of a deal
("the Harlow-Quillon merger") and a named building run into the town after "in" ("the Palace of
Rest in Harbin"). Each works on the candidate list in place or returns a new one, before types
are corrected (``retype``); kept apart from ``extractor`` so the order of stages stays readable
there."""

from __future__ import annotations

import re

from consumer.entities import rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import is_head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.person_names import is_place
from consumer.events import TextField

# Head words that end a government body's name ("... Commission", "... Office")
BODY_HEADS = frozenset(
    word_list(
        "Bureau Commission Ministry Administration Department Committee Office Agency Authority Center "
        "Centre Institute Council Academy"
    )
)


# What a competition's stage label is followed by: a game or the stage's table ("Group G match",
# "Pool 2 opener"); a company's "Group B shares" is no stage.
_STAGE_GAME = re.compile(
    r" (?:[A-H]|\d{1,2}) (?:match|matches|game|games|stage|fixture|fixtures|clash|opener|tie|ties"
    r"|standings|table|phase|qualifier|qualifiers|encounter|decider|leaders|rivals|opponents"
    r"|winners?|runners-up|contest|draw|round|meeting|finale)(?![\w'’-])"
)


def cut_stage_groups(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    """ "the Harbor Cup Group C match", "the Champions League Pool 2 game": the stage's "Group"
    or "Pool" the model ran into a competition's name ends it (in place); the competition's
    head word then types it."""
    for cand in cands:
        if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
            continue
        text = recased[cand.field]
        cut = text.rfind(" ", cand.start, cand.end)
        if (
            cut > cand.start
            and rules.stage_group(text, cand.start, cand.end)
            and _STAGE_GAME.match(text, cand.end) is not None
        ):
            cand.end = len(text[:cut].rstrip())


# "(Deworm the Harbor Initiative and Kestrel Lean Season)": two bodies in one model span, the
# first ended by its head word, the second of two capitalised words or more. A name whose first
# part holds its "of" or "for" ("Institute of Museum and Library Services") is one body, and so
# is one whose second part ends on a head word too ("Harbor Bank and Trust Company").
_AND_SPLIT = re.compile(r" and (?=[A-Z])")
_FIELD_GLUE = re.compile(r" (?:of|for|on) ")
_CAPITALISED_TAIL = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|the|for|de|on))* [A-Z][\w'’.-]*")


def split_and_bodies(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body of the form "<X head> and <Y Z>" split into its two bodies."""
    out: list[Candidate] = []
    for cand in cands:
        if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
            out.append(cand)
            continue
        text = recased[cand.field]
        surface = text[cand.start : cand.end]
        marks = list(_AND_SPLIT.finditer(surface))
        if len(marks) != 1:
            out.append(cand)
            continue
        first, second = surface[: marks[0].start()], surface[marks[0].end() :]
        words = first.split()
        if (
            len(words) >= 2
            and is_head_word(words[-1].lower())
            and _FIELD_GLUE.search(first) is None
            and _CAPITALISED_TAIL.fullmatch(second) is not None
            and not is_head_word(second.split()[-1].lower())
            and second.split()[-1] not in BODY_HEADS
        ):
            # each part keeps the model's reading, a body: a charity named "... Initiative" is no
            # plan, which its head word alone would make it
            split_at = cand.start + marks[0].start()
            out.append(Candidate(cand.field, cand.start, split_at, "ORGANIZATION", "rule", weak=cand.weak))
            out.append(
                Candidate(
                    cand.field, split_at + len(" and "), cand.end, "ORGANIZATION", "rule", weak=cand.weak
                )
            )
            continue
        out.append(cand)
    return out


# "the Harlow-Quillon merger", "the Vantor/Kestrel deal": two companies joined by a hyphen or a
# slash before a word of a deal, which the model reads as one body
_DEAL_PAIR = re.compile(r"([A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*)?)[-/]([A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*)?)")
_DEAL_AFTER = re.compile(
    r"[ \t]+(?:merger|mergers|deal|deals|tie-up|takeover|alliance|partnership|joint venture|combination"
    r"|pact|acquisition|buyout|venture|transaction|marriage)(?![\w'’-])"
)


def split_deal_pairs(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body "A-B" or "A/B" before a word of a deal ("merger", "deal", "tie-up") is the two
    parties when the story names each alone ("Harlow laid off staff ... Quillon"): a company named
    with a hyphen ("Hewlett-Packard", "Rolls-Royce") has no halves the story names alone."""
    pairs = [
        c
        for c in cands
        if c.type == "ORGANIZATION"
        and c.origin == "ner"
        and c.entry is None
        and _DEAL_AFTER.match(recased[c.field], c.end) is not None
        and _DEAL_PAIR.fullmatch(recased[c.field], c.start, c.end) is not None
    ]
    if not pairs:
        return cands
    alone = {recased[c.field][c.start : c.end].lower() for c in cands}
    paired = set(map(id, pairs))
    out: list[Candidate] = []
    for cand in cands:
        match = (
            _DEAL_PAIR.fullmatch(recased[cand.field], cand.start, cand.end) if id(cand) in paired else None
        )
        if match is None or not (match.group(1).lower() in alone and match.group(2).lower() in alone):
            out.append(cand)
            continue
        out.extend(
            Candidate(cand.field, *match.span(side), "ORGANIZATION", "ner", weak=cand.weak) for side in (1, 2)
        )
    return out


def split_kind_pairs(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """ "the Treaty of Marlow and the Convention on Harbors": a model law or event that joins two
    names, each with its kind word, is two names of its type (``rules.kind_pair``)."""
    out: list[Candidate] = []
    for cand in cands:
        pair = None
        if cand.origin == "ner" and cand.type in ("MISC", "EVENT"):
            pair = rules.kind_pair(recased[cand.field], cand.start, cand.end)
        if pair is None:
            out.append(cand)
            continue
        out.extend(Candidate(cand.field, s, e, cand.type, cand.origin) for s, e in pair)
    return out


# "the Great Hall of the People in Beijing", "the Palace of Rest in Harbin": the model runs a
# named building or body into the town after "in". The town is a place of its own and the name
# ends before "in" (the conventions never count the town inside the name). Only a tail the
# gazetteer knows as a place is cut, and only a place: a body's "in" is often its own ("United
# Nations Mission in ..."), and so a university's ("Washington University in St. Louis").
_IN_PLACE = re.compile(
    r"(?P<head>[A-Z][\w'’.-]*(?: [\w'’.&-]+)*? [A-Z][\w'’.-]*) in "
    r"(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
)


def cut_in_places(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A model place "<Name> in <Town>" split into the name and the town."""
    out: list[Candidate] = []
    for cand in cands:
        if cand.origin != "ner" or cand.type != "LOCATION" or cand.entry is not None:
            out.append(cand)
            continue
        text = recased[cand.field]
        match = _IN_PLACE.fullmatch(text, cand.start, cand.end)
        if (
            match is None
            or " in " in match.group("head")
            or match.group("head").rsplit(" ", 1)[-1] in ("University", "College")
            or not is_place(match.group("place"), gazetteer)
        ):
            out.append(cand)
            continue
        out.append(Candidate(cand.field, cand.start, match.end("head"), cand.type, cand.origin))
        s, e = match.span("place")
        out.append(Candidate(cand.field, s, e, "LOCATION", cand.origin, gazetteer.lookup(text[s:e])))
    return out


# "plants in Kelby (Marlow, Tessing and Varno)", "exports to Norland, Vastria and Ostrel": the
# model runs two listed places over the comma between them into one place. Each part is a place
# the gazetteer knows, and the whole is none ("Washington, D.C." stays one); a town and its
# state are two names as well ("Harlow, Kelby"), as the conventions list them (session 32).
_COMMA_PARTS = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})+"
)


def split_comma_places(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A model place "<Place>, <Place>" split into its places."""
    out: list[Candidate] = []
    for cand in cands:
        text = recased[cand.field]
        if (
            cand.origin != "ner"
            or cand.type != "LOCATION"
            or cand.entry is not None
            or text.find(", ", cand.start, cand.end) < 0
            or _COMMA_PARTS.fullmatch(text, cand.start, cand.end) is None
            or gazetteer.lookup(text[cand.start : cand.end]) is not None
        ):
            out.append(cand)
            continue
        parts = []
        start = cand.start
        for part in text[cand.start : cand.end].split(", "):
            parts.append((start, start + len(part)))
            start += len(part) + 2
        if not all(is_place(text[s:e], gazetteer) for s, e in parts):
            out.append(cand)
            continue
        out.extend(
            Candidate(cand.field, s, e, "LOCATION", cand.origin, gazetteer.lookup(text[s:e]))
            for s, e in parts
        )
    return out
