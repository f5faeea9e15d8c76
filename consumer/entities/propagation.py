"""Every occurrence found: untagged repeats of a name tagged somewhere in the article are added,
and so are the parts of full names (a part two people share goes to the one named last before
it), but not where the repeat is another person's given name or surname or a piece of a longer
name found there. A statistical tagger decides each occurrence on its own; readers of a story
don't."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import PRIORITY, Candidate, era_after_year
from consumer.entities.people_joins import People
from consumer.entities.place_forms import bare_name
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.titles import title_before
from consumer.entities.rules.organisations import CORPORATE_SUFFIX_END
from consumer.events import TextField
from consumer.lexicon import HONORIFICS, MONTH_NAMES, TITLE_ABBREVIATIONS, WEEKDAYS


def _known_surfaces(cands: list[Candidate], recased: Mapping[TextField, str]) -> dict[str, Candidate]:
    """Each tagged surface and the candidate its repeats copy, with the short forms a company
    ("Acme Corp" -> "Acme") and a county ("Fenghe County" -> "Fenghe") go on to use alone."""
    known: dict[str, Candidate] = {}
    for cand in sorted(cands, key=lambda c: -PRIORITY[c.origin]):
        surface = recased[cand.field][cand.start : cand.end]
        if len(surface) >= 2 and surface[0].isupper() and surface.lower() not in STOP_WORDS:
            known.setdefault(surface, cand)
    for surface, cand in list(known.items()):
        if cand.type != "ORGANIZATION":
            continue
        base = CORPORATE_SUFFIX_END.sub("", surface)  # "Acme Corp" -> later "Acme" alone
        if base != surface and len(base) >= 3 and base.lower() not in STOP_WORDS:
            known.setdefault(base, cand)
    for surface, cand in list(known.items()):
        bare = bare_name(surface) if cand.type == "LOCATION" else None
        if bare is not None:  # "Fenghe County ... Fenghe sold": the county by its bare name
            known.setdefault(bare, cand)
    return known


_NAME_END = re.compile(r"[\w-]")


def occurrences(
    text: str, surfaces: set[str], name_end: re.Pattern[str] = _NAME_END
) -> Iterator[tuple[int, int]]:
    """Where the surfaces occur as whole names, left to right, never overlapping, the longest
    at a place first: what one regex alternation of them all finds, without compiling one per
    article (that compile cost more than the scan). Only places whose first character opens
    some surface are tried, and only that character's surfaces. A match may not run on into a
    character ``name_end`` matches."""
    return _occurrences_by(text, _by_first(surfaces), name_end)


def _by_first(surfaces: set[str]) -> tuple[dict[str, list[str]], re.Pattern[str] | None]:
    """The surfaces by first character, longest first, and the regex of the places that may
    open one: built once for all of an article's fields."""
    by_first: dict[str, list[str]] = {}
    for surface in sorted(surfaces, key=len, reverse=True):
        if surface:
            by_first.setdefault(surface[0], []).append(surface)
    if not by_first:
        return by_first, None
    if all("A" <= c <= "Z" for c in by_first):
        # the usual case: one compiled regex of every capital, the others skipped by the scan
        # (compiling a class per article cost more than the extra places)
        return by_first, _CAPITAL_START
    return by_first, re.compile(r"(?<![\w'’-])[" + "".join(re.escape(c) for c in by_first) + "]")


_CAPITAL_START = re.compile(r"(?<![\w'’-])[A-Z]")


def _occurrences_by(
    text: str,
    table: tuple[dict[str, list[str]], re.Pattern[str] | None],
    name_end: re.Pattern[str] = _NAME_END,
) -> Iterator[tuple[int, int]]:
    """``occurrences`` with the surfaces already arranged by ``_by_first``."""
    by_first, starts = table
    if starts is None:
        return
    end = 0
    for match in starts.finditer(text):
        at = match.start()
        if at < end or text[at] not in by_first:
            continue
        for surface in by_first[text[at]]:
            stop = at + len(surface)
            if text.startswith(surface, at) and not name_end.match(text, stop):
                yield at, stop
                end = stop
                break


def propagate(
    cands: list[Candidate], recased: Mapping[TextField, str], parts: Mapping[str, set[str]]
) -> list[Candidate]:
    """Add untagged repeats of names already tagged somewhere in the article, and of the
    parts of full names (a part two people share goes to the one named last before it)."""
    known = _known_surfaces(cands, recased)
    surfaces = set(known) | set(parts)
    if not surfaces:
        return cands
    taken: dict[TextField, list[Candidate]] = {}
    for cand in cands:
        taken.setdefault(cand.field, []).append(cand)
    added: list[Candidate] = []
    pieces: list[Candidate] = []
    people = People(cands, recased)
    table = _by_first(surfaces)
    for field, text in recased.items():
        # Matches come in text order and never overlap one another, so a match overlaps a
        # tagged span exactly when a span starting before it ends past its start or a span
        # starts inside it: one sweep over the spans sorted by start, not a scan per match.
        spans = sorted(taken.get(field, []), key=lambda c: (c.start, c.end))
        cursor, furthest, reach = 0, -1, 0
        for s, e in _occurrences_by(text, table):
            while cursor < len(spans) and spans[cursor].start < s:
                furthest = max(furthest, spans[cursor].end)
                cursor += 1
            inside = cursor
            while inside < len(spans) and spans[inside].start < e:
                inside += 1
            surface = text[s:e]
            if furthest > s or s < reach or era_after_year(text, s, surface):
                continue  # ``reach``: inside another person's full name just added
            if surface.lower() in _TITLE_WORDS and _title_used(text, s, e):
                continue  # "Oona King ... the King of Spain": the word used as a title
            if inside > cursor:
                within = spans[cursor:inside]
                if parts.get(surface) or not _pieces_of_whole(surface, known.get(surface), within, s, e):
                    continue
                pieces.extend(within)  # "Customs" + "Border Protection": the whole name wins
            free = (max(furthest, 0), spans[inside].start if inside < len(spans) else len(text))
            apart = _another_person(field, text, (s, e), free, known, parts)
            if apart is not None:
                # "Anupam Kumar ... Deepak Kumar", "Tim Lauer ... Tim Marks": a piece of one
                # person's name beside another given name or surname names another person, in full
                added.append(Candidate(field, *apart, "PERSON", "prop", None, None))
                added[-1].group = " ".join(text[apart[0] : apart[1]].split())
                reach = apart[1]
            elif surface in known and len(parts.get(surface, ())) <= 1:
                src = known[surface]
                added.append(Candidate(field, s, e, src.type, "prop", src.entry, src.group))
            else:
                added.append(Candidate(field, s, e, "PERSON", "prop", None, None))
                names = parts[surface]
                added[-1].group = (
                    next(iter(names)) if len(names) == 1 else people.nearest_before(added[-1], names)
                )
    if pieces:
        cut = set(map(id, pieces))
        cands = [c for c in cands if id(c) not in cut]
    return sorted(cands + added, key=lambda c: (c.field, c.start))


_TITLE_WORDS = frozenset(HONORIFICS)
# a title's use of the word: an article or a possessive before it, "of" or a name after it
_TITLE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]|[Aa]n)|['’]s)[ \t]+$")
_TITLE_AFTER = re.compile(r"[ \t]+(?:of\b|[A-Z][a-z])")
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$")


def _title_used(text: str, start: int, end: int) -> bool:
    """A title's word that ends a story person's name ("Oona King") used as a title where it
    stands alone: "the King", "Spain's King", "King of Spain", "King Juan Carlos"; after a
    courtesy title it is the surname ("accused Ms King of ..."). Read only for the few title
    words, over a few characters either side."""
    window = max(0, start - 8)
    if _COURTESY_BEFORE.search(text, window, start) is not None:
        return False
    return _TITLE_BEFORE.search(text, window, start) is not None or _TITLE_AFTER.match(text, end) is not None


def _another_person(
    field: TextField,
    text: str,
    piece: tuple[int, int],
    free: tuple[int, int],
    known: Mapping[str, Candidate],
    parts: Mapping[str, set[str]],
) -> tuple[int, int] | None:
    """The span of another person's full name around a piece of a story person's name, or None:
    another given name before a surname, or (in the body's prose only: a headline's title case
    is no cue) another surname after a given name. ``free`` is where no found span stands."""
    start, end = piece
    owners = parts.get(text[start:end], set())
    other = _other_given_name(text, start, owners, free[0])
    if other is not None:
        return other, end
    if field != "body":
        return None
    tail = _other_surname(text, start, end, owners, known, parts)
    return (start, tail) if tail is not None and tail <= free[1] else None


# A capitalised word right before a surname, the only name word there ("chaired by Deepak" + "Kumar")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][a-z]{1,12})[ \t]+$")
_WORD_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][\w'’.-]*)[ \t]+$")
_NAME_WORD_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_NOT_GIVEN_BEFORE = frozenset((*HONORIFICS, *MONTH_NAMES, *WEEKDAYS, *TITLE_ABBREVIATIONS))


def _other_given_name(text: str, start: int, owners: Iterable[str], free_from: int) -> int | None:
    """Where a name opens on a common given name right before a full name's surname at ``start``
    that is no given name of the surname's owners (None otherwise): "Anupam Kumar ... Nitish
    Kumar" names two people. The given name opens the name (no name word before it, "Ravi
    Deepak Kumar" is left alone) and no span found before covers it (``free_from``)."""
    owners = list(owners)
    if not owners or any(text.startswith(o.split()[-1], start) is False for o in owners):
        return None  # a given name used alone ("Tim ... Tim Marks") is left as it was
    if _NAME_WORD_NEXT.match(text, start + len(owners[0].split()[-1])):
        return None  # a third name word after the surname: "Alberto Garcia Aspe" is one name
    before = _GIVEN_BEFORE.search(text, max(0, start - 16), start)
    if before is None or before.start(1) < free_from:
        return None
    word = before.group(1)
    if word.lower() in _NOT_GIVEN_BEFORE or word.lower() in STOP_WORDS or title_before(word):
        return None  # "My Girls", "In May Weber", "Rep. Weber"
    if not is_given_name(word):
        return None
    if any(o.split()[0].startswith(word) or word.startswith(o.split()[0]) for o in owners):
        return None  # the owner's own given name or its short form ("Philip Roe ... Phil Roe")
    opener = _WORD_BEFORE.search(text, max(0, before.start(1) - 24), before.start(1))
    if opener is not None and not title_before(opener.group(1)):
        return None  # "Ravi Deepak Kumar", "Rep. Jo Kumar" aside: a name word before it
    return before.start(1)


# Another surname right after a given name: one name word, then a line's or a clause's end or a
# lower-case word ("- Tim Marks\n", "Tim Marks, a drummer", "Tim Marks said"), never a third name word
_SURNAME_NEXT = re.compile(
    r"[ \t]([A-Z](?:[a-z]+|['’][A-Z][a-z]+|c[A-Z][a-z]+)(?:-[A-Z][a-z]+)?)"
    r"(?=[ \t]*(?:$|[\n.,;:()–—]|[ \t]+[a-z]))"
)


def _other_surname(
    text: str,
    start: int,
    end: int,
    owners: Iterable[str],
    known: Mapping[str, Candidate],
    parts: Mapping[str, set[str]],
) -> int | None:
    """Where a name that a full name's common given name opens at ``start`` and another surname
    ends really ends (None otherwise): "Tim Lauer ... Tim Marks" names two people. The given
    name opens the name (no name word before it); the surname is no stop word, month, day or
    title, no name the story tags itself ("Tim Lauer ... Tim Hortons" is its own) and no story
    person's surname ("Phil Roe ... Philip Roe" may be one person)."""
    owners = list(owners)
    word = text[start:end]
    if not owners or any(len(o.split()) < 2 or o.split()[0] != word for o in owners):
        return None
    if word.lower() in _NOT_GIVEN_BEFORE or not is_given_name(word):
        return None  # "June Medical Services ... June Medical", "Coconut Oil ... Coconut Flour"
    after = _SURNAME_NEXT.match(text, end)
    if after is None:
        return None
    surname = after.group(1)
    lower = surname.lower()
    if lower in STOP_WORDS or lower in _NOT_GIVEN_BEFORE or title_before(surname):
        return None
    if surname in known or surname in parts:
        return None
    opener = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if opener is not None and not title_before(opener.group(1)):
        return None
    return after.end(1)


def _pieces_of_whole(
    surface: str, src: Candidate | None, within: list[Candidate], start: int, end: int
) -> bool:
    """ "Customs and Border Protection ... Customs" + "Border Protection", "Lockheed" + "Martin":
    the model's pieces of a body's name the story writes whole elsewhere, which the whole takes
    over. Only model pieces no list knows, all inside the name, and a whole of two words or more
    the model or a rule read as a body."""
    return (
        src is not None
        and src.type == "ORGANIZATION"
        and src.origin in ("ner", "rule")
        and " " in surface
        and all(
            c.end <= end and (c.start, c.end) != (start, end) and c.origin == "ner" and c.entry is None
            for c in within
        )
    )
