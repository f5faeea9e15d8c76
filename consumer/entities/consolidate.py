"""Document-level consistency: one type per name, every occurrence found, people joined.

A statistical tagger decides each occurrence on its own; readers of a story don't.
So a surface form gets the type most of its (weighted) occurrences received, untagged
repeats of a tagged name are added, and a surname or given name used alone joins
the one person in the article who carries it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import PRIORITY, Candidate, era_after_year
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.place_forms import bare_name
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.titles import title_before
from consumer.entities.rules.organisations import CORPORATE_SUFFIX_END
from consumer.events import EntityType, TextField
from consumer.lexicon import HONORIFICS, MONTH_NAMES, TITLE_ABBREVIATIONS, WEEKDAYS
from consumer.parse.agencies import is_known_agency

_VOTE_WEIGHT = {"rule": 4.0, "gazetteer": 2.0, "ner": 1.0, "prop": 0.0}
_TITLES = frozenset(HONORIFICS)


def key_of(surface: str) -> str:
    return " ".join(surface.split()).lower()


# The order a tie between rules' types is settled in (a product's name over a work's, a
# person's over a body's): stated so the outcome never depends on the order rules ran in.
_TIE_ORDER: tuple[EntityType, ...] = (
    "PERSON",
    "LOCATION",
    "NORP",
    "ORGANIZATION",
    "PRODUCT",
    "EVENT",
    "MISC",
)


def vote_types(cands: list[Candidate], recased: Mapping[TextField, str]) -> None:
    """One type per surface form, so that a name is published once, not twice with two types.

    A form a rule found takes the rule's type on every mention, whatever the model or the
    gazetteer read elsewhere: the rule saw the context ("the sitcom called Harbor Nights"),
    the model a window of words. Before, a rule outvoted (or tied) kept its type while the
    other mentions kept theirs, so both readings were published and one was always wrong.
    Rules that disagree are settled by weight, then ``_TIE_ORDER``. A form no rule found takes
    the weighted majority of its mentions; a tie there is left alone (measured: settling it by
    any fixed order or by the first mention lost more right entities than it removed wrong ones).
    """
    votes: dict[str, dict[EntityType, float]] = {}
    ruled: dict[str, dict[EntityType, float]] = {}
    keys = [key_of(recased[cand.field][cand.start : cand.end]) for cand in cands]
    for cand, key in zip(cands, keys, strict=True):
        weight = _VOTE_WEIGHT[cand.origin] + (1.0 if cand.entry and cand.entry.kind == "country" else 0.0)
        tally = (ruled if cand.origin == "rule" else votes).setdefault(key, {})
        tally[cand.type] = tally.get(cand.type, 0.0) + weight
    # the tallies are final here: each form's winner is settled once, not once per mention
    winners: dict[str, EntityType] = {}
    for cand, key in zip(cands, keys, strict=True):
        best = winners.get(key)
        if key in ruled:
            if best is None:
                best = winners[key] = _winner(ruled[key])
        else:
            counter = votes[key]
            if best is None:
                best = winners[key] = max(sorted(counter), key=lambda t: counter[t])
            if counter[best] <= counter[cand.type]:
                continue
        if best != cand.type:
            cand.type = best
            if cand.entry is not None and cand.entry.type != best:
                cand.entry = None


def _winner(tally: Mapping[EntityType, float]) -> EntityType:
    """The type with the most weight, a tie settled by ``_TIE_ORDER``."""
    return max(tally, key=lambda t: (tally[t], -_TIE_ORDER.index(t)))


def _person_parts(
    cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer
) -> dict[str, set[str]]:
    """Single-word parts (first or last word) of multi-word person names, and whose they are."""
    owners: dict[str, set[str]] = {}
    for cand in cands:
        if cand.type != "PERSON":
            continue
        full = " ".join(recased[cand.field][cand.start : cand.end].split())
        words = full.split()
        if not 2 <= len(words) <= 4:
            continue
        named = _without_suffix(words)
        for word in (words[0], named[-1], *_first_surname(named, gazetteer)):
            clean = word.strip(".,")
            if (
                len(clean) >= 2
                and clean[0].isupper()
                and not clean.isupper()
                and clean.lower() not in _TITLES
                and clean.lower() not in _ADDRESS_FORMS  # "Lord Harwick": "Lord" stands for no one
                and clean.lower() not in STOP_WORDS
            ):
                owners.setdefault(clean, set()).add(full)
    return owners


# Generational suffixes that close a person's name after the surname ("Tom Roe Jr.", "Ann Roe III");
# the story goes on to name the person by the surname before it ("Roe said"), never by "Jr.".
_NAME_SUFFIX = re.compile(r",?(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?")


def _without_suffix(words: list[str]) -> list[str]:
    """The name's words without a generational suffix at its end ("Tom O'Dwyer Jr." → Tom O'Dwyer)."""
    if len(words) >= 3 and _NAME_SUFFIX.fullmatch(words[-1]):
        return [*words[:-2], words[-2].rstrip(",")]
    return words


def _first_surname(words: list[str], gazetteer: Gazetteer) -> list[str]:
    """ "Lourdes Marín Quintero ... Marín said": a three-word name's middle word, where it is no
    given name and no place or body a list knows, is a Spanish or Portuguese first surname, by
    which the story names her (an English middle name is seldom used alone)."""
    if len(words) != 3 or "." in words[1] or not words[1][1:].islower() or not words[1][:1].isupper():
        return []
    if is_given_name(words[1]) or gazetteer.lookup(words[1]) is not None:
        return []
    return [words[1]]


_OWNER_LOOKBACK = 40  # full-name mentions looked back over: a bounded window, not the story


class _People:
    """Multi-word person candidates of one article in text order, for a bounded walk back from
    a place. A candidate's name is read when it is asked for: its group (the full name it was
    joined to) once ``join_people`` has set one, else its own words."""

    def __init__(self, cands: list[Candidate], recased: Mapping[TextField, str]) -> None:
        found = sorted(
            ((c.field, c.start), i)
            for i, c in enumerate(cands)
            if c.type == "PERSON" and " " in recased[c.field][c.start : c.end].strip()
        )
        self._keys = [key for key, _ in found]
        self._cands = [cands[i] for _, i in found]
        self._recased = recased
        self._places: dict[str, list[tuple[TextField, int]]] | None = None

    def _name(self, cand: Candidate) -> str:
        return cand.group or " ".join(self._recased[cand.field][cand.start : cand.end].split())

    def nearest_before(self, cand: Candidate, names: set[str]) -> str | None:
        """ "Tom Hale ... Ann Hale ... Hale said": a surname two people share is the one named
        last before it in the same field (a reader's reading), else None."""
        at = bisect.bisect_left(self._keys, (cand.field, cand.start))
        for i in range(at - 1, max(-1, at - 1 - _OWNER_LOOKBACK), -1):
            if self._keys[i][0] != cand.field:
                break
            name = self._name(self._cands[i])
            if name in names:
                return name
        return self._last_named(cand, names, at)

    def _last_named(self, cand: Candidate, names: set[str], at: int) -> str | None:
        """ "Roger Vale ... (forty other people) ... Vale said ... Ann Vale": past the walk's
        window, the owner named last before the mention in its field, found by a bisection per
        owner over where each full name stands (built once, on the first such mention)."""
        if self._places is None:
            self._places = {}
            for key, person in zip(self._keys, self._cands, strict=True):
                self._places.setdefault(self._name(person), []).append(key)
        best: tuple[int, str] | None = None
        for name in names:
            keys = self._places.get(name, [])
            i = bisect.bisect_left(keys, (cand.field, cand.start)) - 1
            if i >= 0 and keys[i][0] == cand.field and (best is None or keys[i][1] > best[0]):
                best = (keys[i][1], name)
        return best[1] if best is not None else None


def _full_name_ending(surface: str, full_names: list[str]) -> str | None:
    """ "De la Fuente" ends exactly one longer name ("Maria de la Fuente"): that name."""
    tail = " " + surface.lower()
    owners = {n for n in full_names if n.lower().endswith(tail)}
    return owners.pop() if len(owners) == 1 else None


# Particles that open the rest of a Portuguese, Spanish, Dutch, German, French, Italian or
# Arabic surname ("da Costa", "de la Cruz", "van der Berg", "bin Salman")
_SURNAME_PARTICLES = frozenset(
    ("da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "y", "bin")
)


def _full_name_opening(surface: str, full_names: list[str]) -> str | None:
    """ "Ana Roe ... Ana Roe da Costa", "Teo Marl ... Teo Marl van der Hoek": a name of two or
    more words that opens exactly one longer name in the story whose rest is a surname opened
    by a particle is that person named without the end of the surname. A capitalised word
    after it may be a trade ("Jo Roe Music", "Jo Roe Presents"), and "Jr." a son: neither joins.
    """
    head = surface + " "
    owners = [n for n in full_names if n.startswith(head)]
    if len(owners) != 1:
        return None
    rest = owners[0][len(head) :].split()
    if rest[0] not in _SURNAME_PARTICLES or len(rest) < 2 or not rest[-1][:1].isupper():
        return None
    return owners[0]


_MISREAD_SURNAME = frozenset({"ORGANIZATION", "MISC"})  # what the model reads a lone surname as
# Forms of address written before a surname with no full stop in British and Commonwealth copy
# ("Mrs Dai", "Dr Blessing", "Lord Barlow"); never a given name, unlike "Dean" or "Major".
_ADDRESS_FORMS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "lord",
        "lady",
        "baroness",
        "dame",
        "sir",
        "hon",
        "honourable",
        "honorable",
    )
)


def _titled_surname(cand: Candidate, recased: Mapping[TextField, str]) -> str | None:
    """The name word of a model span that is a title and one word ("Mrs Dai", "Supt Roe",
    "Oceanographer Velloran"), read as a person or a body; None for any other span."""
    if cand.origin not in ("ner", "prop") or cand.type not in ("PERSON", *_MISREAD_SURNAME):
        return None
    words = recased[cand.field][cand.start : cand.end].split()
    if len(words) != 2 or not words[1][:1].isupper() or words[1].isupper():
        return None
    title = words[0].rstrip(".").lower()
    if title in _ADDRESS_FORMS or (title_before(words[0]) and not is_given_name(words[0])):
        return words[1]
    # a title in the plural before the first of two surnames ("Officers Liu and Ramos", "Drs Nair")
    if title.endswith("s") and (title[:-1] in _ADDRESS_FORMS or title_before(title[:-1])):
        return words[1]
    return None


def _cut_titles(
    cands: list[Candidate], recased: Mapping[TextField, str], owners: dict[str, set[str]]
) -> list[Candidate]:
    """ "Margaret Holloway ... Mrs Holloway said": a title and a surname of a full name the story
    gives are that person, the title cut off so the surname joins the full name. The others
    are returned: with no full name to join, the titled form stays the person's name."""
    kept = []
    for cand in cands:
        word = _titled_surname(cand, recased)
        if word is None:
            continue
        if word in owners:
            text = recased[cand.field]
            cand.start = text.index(word, cand.start + len(text[cand.start : cand.end].split()[0]))
            cand.type, cand.entry = "PERSON", None
        elif cand.type == "PERSON":
            kept.append(cand)
    return kept


def _tied_people(cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer) -> None:
    """ "talent manager Tavo Ranek said ... Tavo Ranek's company": a full name the model read as
    a person on one mention and as a body or a place on as many others (a tie ``vote_types``
    leaves) is one person, named in full; published twice, one reading was always wrong. Only
    the model's readings with no list's entry, of two or three capitalised words that no list
    knows and that no body's or place's head word ends."""
    people: set[str] = set()
    others: list[tuple[Candidate, str]] = []
    for cand in cands:
        surface = " ".join(recased[cand.field][cand.start : cand.end].split())
        if not 2 <= surface.count(" ") + 1 <= 3:
            continue
        if cand.type == "PERSON":
            people.add(surface)
        elif (
            cand.type in ("ORGANIZATION", "LOCATION")
            and cand.origin in ("ner", "prop")
            and cand.entry is None
        ):
            others.append((cand, surface))
    settled: dict[str, bool] = {}
    for cand, surface in others:
        if surface not in people:
            continue
        if surface not in settled:
            settled[surface] = _plain_name(surface, gazetteer) and _surname_alone(recased.values(), surface)
        if settled[surface]:
            cand.type = "PERSON"


def _plain_name(surface: str, gazetteer: Gazetteer) -> bool:
    words = surface.split()
    return (
        all(w[:1].isupper() and not w.isupper() for w in words)
        and head_type(surface) is None
        and gazetteer.lookup(surface) is None
        and gazetteer.lookup(words[0]) is None
    )


def _surname_alone(texts: Iterable[str], surface: str) -> bool:
    """The name's last word stands in the article more often than the whole name: the story
    goes on to call the person by surname ("Ranek said"), a body's last word ("Wireless")
    seldom stands alone. Asked only of tied names, a few per article: one count each."""
    last = re.compile(rf"(?<![\w'’-]){re.escape(surface.rsplit(None, 1)[-1])}(?![\w-])")
    alone = whole = 0
    for text in texts:
        alone += len(last.findall(text))
        whole += text.count(surface)
    return alone > whole


def join_people(
    cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer
) -> dict[str, set[str]]:
    """Group each person's mentions under the full name; returns the single-word parts of
    full names and whose they are, for ``propagate``."""
    _tied_people(cands, recased, gazetteer)
    titled = {id(c) for c in cands if _titled_surname(c, recased) is not None}
    owners = _person_parts([c for c in cands if id(c) not in titled], recased, gazetteer)
    for part, names in _person_parts(_cut_titles(cands, recased, owners), recased, gazetteer).items():
        owners.setdefault(part, set()).update(names)
    parts = {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}
    people = _People(cands, recased)
    full_names = sorted(
        {
            " ".join(recased[c.field][c.start : c.end].split())
            for c in cands
            if c.type == "PERSON" and len(recased[c.field][c.start : c.end].split()) >= 3
        }
    )
    for cand in cands:
        surface = recased[cand.field][cand.start : cand.end]
        if cand.type == "PERSON" and len(surface.split()) >= 2:
            name = " ".join(surface.split())
            cand.group = _full_name_ending(name, full_names) or _full_name_opening(name, full_names) or name
        elif surface in parts and cand.origin in ("ner", "prop", "gazetteer"):
            cand.type, cand.entry, cand.group = "PERSON", None, parts[surface]
        elif len(owners.get(surface, ())) > 1 and _company_entry(cand):
            # "John Ford ... Mike Ford ... Ford said": a surname of people in the story is a
            # person, not the company the gazetteer knows by that word (a country or a news
            # organisation keeps its entry: "Jordan closed its border", "Bloomberg reported")
            cand.type, cand.entry = "PERSON", None
            cand.group = people.nearest_before(cand, owners[surface])
        elif len(owners.get(surface, ())) > 1 and (
            cand.type == "PERSON" or (cand.origin in ("ner", "prop") and cand.type in _MISREAD_SURNAME)
        ):
            # "Wang Yi ... Wang Wenbin ... Wang said": the surname two people share is the one named
            # last before it, also where the model read it as a body ("Wang" was an organisation)
            cand.type, cand.entry = "PERSON", None
            cand.group = people.nearest_before(cand, owners[surface])
    return owners


def _company_entry(cand: Candidate) -> bool:
    entry = cand.entry
    return (
        cand.origin == "gazetteer"
        and entry is not None
        and entry.type == "ORGANIZATION"
        and not is_known_agency(entry.name)
    )


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


def _occurrences(
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
    """``_occurrences`` with the surfaces already arranged by ``_by_first``."""
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
    people = _People(cands, recased)
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
_NOT_GIVEN_BEFORE = frozenset((*_TITLES, *MONTH_NAMES, *WEEKDAYS, *TITLE_ABBREVIATIONS))


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


# A model code that ends a product's name: letters and digits together ("K7", "GX9", "A321neo").
_MODEL_CODE = re.compile(r"^(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]{2,}$")
# A generation's word and its number that end a product's name ("Zorvo Watch Series 3" -> "Series
# 3", "Kelvo R5 Mark II" -> "Mark II"): a story names the product again by them alone.
_GENERATION_TAIL = re.compile(r"^(?:Series|Mark|Mk|Generation|Gen) (?:\d{1,2}|II|III|IV|V|VI|VII)$")
# What a product named by its line alone follows ("the Zephra would sell"); a maker named alone
# takes none ("Orla said", "Orla's chief").
_MODEL_DETERMINER = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|an?|new)\s+)$"
)
# what may not follow a bare model code or line: a word's letter, a hyphen or an apostrophe other
# than a possessive's ("the K7's cabin" names the K7)
_MODEL_END = re.compile(r"[\w-]|['’](?![sS]\b)")
_DETERMINER_WINDOW = 8  # characters looked back over for the determiner: a bounded window


def _model_forms(
    cands: list[Candidate], recased: Mapping[TextField, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The bare forms a story goes on to name its products by: the model code that ends a name
    ("Corvo K7" -> "K7") or its generation ("Zorvo Watch Series 3" -> "Series 3"), and the
    one-word line before a model number ("Zephra 8 Pro" -> "Zephra"), each with the full name it
    stands for; a form two products share is dropped."""
    codes: dict[str, set[str]] = {}
    lines: dict[str, set[str]] = {}
    for cand in cands:
        if cand.type != "PRODUCT" or cand.entry is not None:
            continue
        words = recased[cand.field][cand.start : cand.end].split()
        if len(words) < 2:
            continue
        full = " ".join(words)
        if _MODEL_CODE.match(words[-1]):
            codes.setdefault(words[-1], set()).add(full)
        if len(words) >= 3 and _GENERATION_TAIL.match(tail := " ".join(words[-2:])):
            codes.setdefault(tail, set()).add(full)
        if words[1][:1].isdigit() and words[0][:1].isupper() and words[0].lower() not in STOP_WORDS:
            lines.setdefault(words[0], set()).add(full)
    return (
        {form: next(iter(names)) for form, names in codes.items() if len(names) == 1},
        {form: next(iter(names)) for form, names in lines.items() if len(names) == 1},
    )


def _maker_tails(
    cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer
) -> tuple[dict[str, str], frozenset[str], dict[str, GazEntry]]:
    """The model words a story goes on to name a maker's product by ("Quillon Vela Lite" ->
    "Vela Lite", "Orvo Zephyr" -> "Zephyr"), each with the product's full name. The maker is the
    product's first word, a company the gazetteer lists or one the story names alone as a body
    ("Orvo said"). A form two products share, or that the gazetteer knows, is dropped. Also the
    tails of one plain word, which join only where the model saw a name ("the Zephyr" read as a
    body), never every occurrence of the word."""
    makers = {
        recased[c.field][c.start : c.end]
        for c in cands
        if c.type == "ORGANIZATION" and c.entry is None and " " not in recased[c.field][c.start : c.end]
    }
    tails: dict[str, set[str]] = {}
    listed: dict[str, GazEntry] = {}
    for cand in cands:
        if cand.type != "PRODUCT":
            continue
        words = recased[cand.field][cand.start : cand.end].split()
        if len(words) < 2 or len(words) > 5:
            continue
        lead = gazetteer.lookup(words[0])
        if not (lead is not None and lead.type == "ORGANIZATION") and words[0] not in makers:
            continue
        tail = " ".join(words[1:])
        forms = [tail]
        last = words[-1]
        if len(words) >= 3 and _LINE_WORD.match(last) and last.lower() not in _EDITION_WORDS:
            forms.append(last)  # "the Audi e-tron Sportback ... the new Sportback"
        for form in forms:
            if _TAIL_WORD.match(form.split()[0]) and gazetteer.lookup(form) is None:
                tails.setdefault(form, set()).add(" ".join(words))
                if cand.entry is not None:
                    listed[" ".join(words)] = cand.entry
    joined = {form: next(iter(names)) for form, names in tails.items() if len(names) == 1}
    plain = frozenset(f for f in joined if " " not in f and not _MODEL_CODE.match(f))
    return joined, plain, listed


# A product's last word that may name it alone ("Sportback"): a capitalised word of five letters
# or more, no edition's or size's word ("Lite", "Edition", "Series" name no line of their own)
_LINE_WORD = re.compile(r"^[A-Z][a-z]{4,}$")
_EDITION_WORDS = frozenset(
    "edition series ultra super plus mini lite sport limited classic deluxe premium standard special "  # noqa: SIM905
    "collection bundle package console controller version".split()
)
# A model's first word after its maker: capitalised, camel-cased or a lower-case line with a
# hyphen or capitals after ("Vela", "iPad", "e-Nova"); no function word ("Orvo and ...").
_TAIL_WORD = re.compile(r"^(?:[A-Z][\w.+&'’-]*|[a-z]+[-A-Z][\w.+&'’-]*)$")


def _cut_short(
    field_cands: tuple[list[int], list[Candidate]], s: int, e: int, form: str, tails: Mapping[str, str]
) -> Candidate | None:
    """The one model name inside a maker's model words, cut short at their end ("e-tron" +
    "Sportback" read as a body "Sportback"): stretched over the whole words, it is their mention."""
    if form not in tails or " " not in form:
        return None
    starts, ordered = field_cands
    inside = []
    for c in ordered[bisect.bisect_left(starts, s) :]:
        if c.start >= e:
            break
        inside.append(c)
    if len(inside) != 1 or inside[0].end != e or inside[0].origin not in ("ner", "prop") or inside[0].entry:
        return None
    inside[0].start = s
    return inside[0]


def join_models(
    cands: list[Candidate], recased: Mapping[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """ "Corvo K7 jets ... The K7 seats 160", "the Zephra 8 Pro ... the Zephra would sell": a
    product named again by its bare model code, or by its line after a determiner, is that
    product (grouped under its full name), whatever the model read the bare form as. A form the
    gazetteer knows is left alone ("Airbus A321neo ... Airbus said"). So is a maker's product
    named again without the maker ("the Orvo Vela Lite ... the Vela Lite"): its model words
    join it wherever they stand, one plain word only where the model read a name there."""
    codes, lines = _model_forms(cands, recased)
    codes = {f: n for f, n in codes.items() if gazetteer.lookup(f) is None}
    lines = {f: n for f, n in lines.items() if gazetteer.lookup(f) is None}
    tails, plain, listed = _maker_tails(cands, recased, gazetteer)
    codes.update({f: n for f, n in tails.items() if f not in codes})
    if not codes and not lines:
        return cands
    tagged = {(c.field, c.start, c.end): c for c in cands}
    by_start: dict[TextField, tuple[list[int], list[Candidate]]] = {}
    for c in sorted(cands, key=lambda c: c.start):
        starts, ordered = by_start.setdefault(c.field, ([], []))
        starts.append(c.start)
        ordered.append(c)
    added: list[Candidate] = []
    for field, text in recased.items():
        spans = sorted((c.start, c.end) for c in cands if c.field == field)
        cursor, furthest = 0, -1
        for s, e in _occurrences(text, {*codes, *lines}, _MODEL_END):
            form = text[s:e]
            name = codes.get(form)
            if name is None and _MODEL_DETERMINER.search(text[max(0, s - _DETERMINER_WINDOW) : s]):
                name = lines.get(form)
            while cursor < len(spans) and spans[cursor][0] < e:
                furthest = max(furthest, spans[cursor][1])
                cursor += 1
            if name is None:
                continue
            cand = tagged.get((field, s, e)) or _cut_short(by_start.get(field, ([], [])), s, e, form, tails)
            if cand is not None and (cand.entry is None or cand.type == "PRODUCT"):
                if form in plain and (cand.origin == "rule" or cand.type == "NORP"):
                    continue  # a plain word a rule typed or a people's word
                entry = listed.get(name)  # a listed product's model words are that product
                cand.type, cand.entry, cand.group = "PRODUCT", entry, None if entry else name
            elif cand is None and furthest <= s and form not in plain:
                entry = listed.get(name)
                added.append(Candidate(field, s, e, "PRODUCT", "prop", entry, None if entry else name))
    return sorted(cands + added, key=lambda c: (c.field, c.start)) if added else cands
