"""Sport copy's own shapes that the model and the gazetteer read as places or people: a team
sheet of surnames ("Kelby: Roe, Quill, Marsh, Dorrance. Subs: ..."), a club named by a prefix and
its city ("Real Tarvia's win", "Dynamo Kelby") and a sentence that opens on the verb "Said"
("Said Tarvia coach Jo Roe: ...").

A team sheet's surnames are players, yet the gazetteer knows many surnames as towns ("Stubbs",
"Keane" are both): in a list a squad's label opens ("Subs:", "Replacements:", or a side's name
and a colon) whose items are one capitalised word each, with an initial or a note in brackets
at most ("G Roe (capt)"), an item read as a place (or by the model as a body or a work) is the player: a
person the story's full name joins, or a lone surname the filters of lone words judge like any
other. The side's name before
the colon, where read as a place, is the side. A list is a team sheet only in a story about
sport, and only when its label is a squad's word or two of its items are surnames of the story's
people ("Venues: Kelby, Tarvia, Harlow, Quill" stays a list of towns).

A club whose name is a prefix of clubs and a city ("Real", "Inter", "Sporting", ...) is one
body, wherever the text names it: the model often reads "Real Tarvia's" as the city alone.

"Said" opening a sentence before a place is the verb of an inverted attribution ("Said Tarvia
coach Jo Roe: ..."), no given name: the place stands alone.

Cost: one search per field for a colon before a list (a label is at most four words, so each
list is tried from a few positions only), started only where the field has a colon; the
prefix and "Said" tests read the few characters before each candidate.
"""

from __future__ import annotations

import bisect
import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.team_cues import sport_story
from consumer.events import TextField
from consumer.gate import gated

# An item of a team sheet: initials at most two, one capitalised word (a hyphenated or
# apostrophised surname too, "O'Roe", "Roe-Quill") or two ("Jo Roe"), a note in brackets
_ITEM = r"(?:[A-Z]\.?[ \t]){0,2}[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?(?:[ \t]*\([^()\n]{0,30}\))?"
_SEP = r"[ \t]*[,;][ \t]*"
# A label of up to four words and a colon, then four items or more
_SHEET = gated(  # a scan of a field with a colon: gated on the label's capital
    rf"(?<![\w'’-])(?P<label>[A-Z][\w'’&-]*(?:[ \t][\w'’&-]+){{0,3}}):[ \t]*"
    rf"(?P<items>{_ITEM}(?:{_SEP}{_ITEM}){{3,}})"
)
_ITEM_AT = re.compile(rf"(?P<item>{_ITEM})(?:{_SEP})?")
_NOTE = re.compile(r"[ \t]*\([^()\n]*\)$")
# Labels that say the list is a squad, whoever its players are
_SQUAD_LABELS = frozenset(
    (
        *("replacements", "subs", "substitutes", "subs not used", "substitutes not used"),
        *("squad", "team", "line-up", "lineup", "starting line-up", "bench", "starting xi"),
    )
)
_MIN_KNOWN = 2  # items that are words of the story's people's names
_PLACE_TYPES = ("LOCATION", "NORP")  # a rule's other types keep their reading ("Kelby FC")
_NOTE_REACH = 32  # characters of a note in brackets, as _ITEM bounds it


def team_sheets(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """Retype, in place, the candidates of team sheets, clubs a prefix names and "Said" before a
    place (see the module's docstring)."""
    _said_openings(cands, recased, gazetteer)
    _prefixed_clubs(cands, recased, gazetteer)
    _sheet_players(cands, recased)


def _sheet_players(cands: list[Candidate], recased: dict[TextField, str]) -> None:
    sheets: dict[TextField, list[re.Match[str]]] = {}
    for field, text in recased.items():
        if ":" in text:
            found = list(_SHEET.finditer(text))
            if found:
                sheets[field] = found
    if not sheets or not sport_story(recased.values()):
        return
    people_words = {
        word
        for c in cands
        if c.type == "PERSON"
        for word in recased[c.field][c.start : c.end].split()
        if word[:1].isupper()
    }
    for field, matches in sheets.items():
        text = recased[field]
        here = sorted((c for c in cands if c.field == field), key=lambda c: c.start)
        starts = [c.start for c in here]
        for match in matches:
            if not _is_team_sheet(match, people_words):
                continue
            label_end, low, high = match.end("label"), match.start("items"), match.end("items")
            left = max(0, bisect.bisect_left(starts, match.start("label")) - 1)
            right = bisect.bisect_left(starts, high)
            for cand in here[left:right]:
                if cand.end <= match.start("label"):
                    continue
                if _in_note(text, low, cand.start):
                    continue  # "Roe (Hampshire)": a note's place or club is no player of the sheet
                if cand.start < label_end < cand.end <= high and _one_item(text, low, cand.end):
                    cand.start = low  # "Kelby: Roe" read as one name: the label is no part of it
                    cand.type, cand.entry, cand.origin = "PERSON", None, "ner"
                elif cand.end == label_end and cand.type == "LOCATION":
                    cand.type, cand.entry, cand.origin = "ORGANIZATION", None, "rule"  # the side
                elif (
                    low <= cand.start
                    and cand.end <= high
                    and cand.type != "PERSON"
                    and (cand.type in _PLACE_TYPES or cand.origin != "rule")
                    and len(text[cand.start : cand.end].split()) <= 2
                ):
                    cand.type, cand.entry, cand.origin = "PERSON", None, "ner"


def _in_note(text: str, low: int, start: int) -> bool:
    """Whether a name stands inside a note in brackets of a sheet's item (read back no further
    than a note is long)."""
    floor = max(low, start - _NOTE_REACH)
    return text.rfind("(", floor, start) > text.rfind(")", floor, start)


def _one_item(text: str, low: int, end: int) -> bool:
    """Whether a name from the sheet's first item on holds no separator: one player."""
    return text.find(",", low, end) < 0 and text.find(";", low, end) < 0


def _is_team_sheet(match: re.Match[str], people_words: set[str]) -> bool:
    """A squad's label, or two items that are words of the story's people's names; most
    items must be one word (with an initial at most): a sheet names players by surname."""
    text = match.string
    items: list[str] = []
    at, high = match.start("items"), match.end("items")
    while at < high:
        one = _ITEM_AT.match(text, at, high)
        if one is None or one.end() == at:
            break
        items.append(_NOTE.sub("", one.group("item")))
        at = one.end()
    words = [item.split() for item in items]
    single = sum(1 for w in words if len(w) == 1 or (len(w) == 2 and len(w[0].rstrip(".")) == 1))
    if single * 4 < len(items) * 3:
        return False
    label = " ".join(match.group("label").lower().split())
    if label in _SQUAD_LABELS:
        return True
    known = sum(1 for w in words if w[-1] in people_words)
    return known >= _MIN_KNOWN


# Prefixes of clubs named by their city ("Real Tarvia", "Inter Kelby", "Dynamo Harlow")
_CLUB_PREFIXES = frozenset(
    (
        *("Real", "Inter", "Atletico", "Atlético", "Sporting", "Dynamo", "Dinamo", "Olympique"),
        *("Racing", "Deportivo", "Athletic", "Borussia", "Lokomotiv", "Spartak", "Partizan"),
        *("Steaua", "CSKA", "Hapoel", "Maccabi", "Hertha", "Werder", "Eintracht", "Slavia"),
    )
)
_PREFIX_BEFORE = re.compile(r"(?<![\w'’.-])(?P<prefix>[A-Z][\w]+)[ \t]$")
_PREFIX_REACH = 12  # characters before the city: the longest prefix and its space


def _prefixed_clubs(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A city read as the place right after a club's prefix: the prefix and the city are the
    club; a candidate over the prefix alone goes."""
    clubs: list[Candidate] = []
    for cand in cands:
        if cand.type != "LOCATION" or cand.start == 0:
            continue
        text = recased[cand.field]
        before = _PREFIX_BEFORE.search(text, max(0, cand.start - _PREFIX_REACH), cand.start)
        if before is None or before.group("prefix") not in _CLUB_PREFIXES:
            continue
        entry = cand.entry or gazetteer.lookup(text[cand.start : cand.end])
        if entry is None or entry.type != "LOCATION" or entry.kind not in ("city", "first_level_division"):
            continue
        cand.start = before.start("prefix")
        cand.type, cand.entry, cand.origin = "ORGANIZATION", None, "rule"
        clubs.append(cand)
    if clubs:
        spans = {(c.field, c.start, c.end) for c in clubs}
        covered = {(c.field, c.start) for c in clubs}
        cands[:] = [
            c for c in cands if (c.field, c.start, c.end) in spans or (c.field, c.start) not in covered
        ]


# "Said" opening a sentence: the field's start, or after a full stop, a line break or a quote
_SAID = re.compile(r"Said[ \t]+")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"'”’]?[ \t]+|\n[ \t]*)$")
_SAID_REACH = 8  # characters before "Said": a full stop, a quote and spaces
_SAID_PLACE_KINDS = ("country", "first_level_division", "city")
# The rest of an inverted attribution: its speaker and a colon or a comma and a quote, in the sentence
_ATTRIBUTION_AFTER = re.compile(r"[^.!?\n:\"“]*(?::|,[ \t]*[\"“])")
_ATTRIBUTION_REACH = 80  # characters after the place: a role and the speaker's name


def _said_openings(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """ "Said Tarvia coach Jo Roe: ...": a name that opens on the verb "Said" at a sentence's start,
    whose rest is a place the gazetteer knows and which a colon or a comma and a quote follow in
    its sentence (an inverted attribution), is the place."""
    for cand in cands:
        text = recased[cand.field]
        said = _SAID.match(text, cand.start, cand.end)
        if said is None or cand.type == "LOCATION":
            continue
        if _SENTENCE_BEFORE.search(text, max(0, cand.start - _SAID_REACH), cand.start) is None:
            continue
        rest = text[said.end() : cand.end]
        entry = gazetteer.lookup(rest)
        if entry is None or entry.type != "LOCATION" or entry.kind not in _SAID_PLACE_KINDS:
            continue
        if _ATTRIBUTION_AFTER.match(text, cand.end, cand.end + _ATTRIBUTION_REACH) is None:
            continue  # "Said Ali won the race": a runner named Said, no attribution
        cand.start = said.end()
        cand.type, cand.entry, cand.origin = "LOCATION", entry, "gazetteer"
