"""A person's mentions joined under the full name: a surname or a given name used alone, a titled
surname ("Ms. Roe") and a name the model read as a body or a work where it is a story person's,
join the one person in the article who carries it (the last named before it where two do).
Returns the single-word parts of full names and whose they are, for ``propagation``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.titles import title_before
from consumer.events import TextField
from consumer.lexicon import HONORIFICS
from consumer.parse.agencies import is_known_agency

_TITLES = frozenset(HONORIFICS)


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
                and (clean.lower() not in _TITLES or _title_surname(named, word, gazetteer))
                and clean.lower() not in _ADDRESS_FORMS  # "Lord Harwick": "Lord" stands for no one
                and clean.lower() not in STOP_WORDS
            ):
                owners.setdefault(clean, set()).add(full)
    for part, names in owners.items():
        if len(names) > 1:
            index = _by_surname(names)
            owners[part] = {
                n for n in names if _initial_owner(n, index) is None and _longer_owner(n, names) is None
            }
    return owners


def _longer_owner(name: str, names: set[str]) -> str | None:
    """ "Rapper Kanye West ... Kanye West": the one longer owner of a part whose name ends on the
    whole of this one is this person (``join_people`` groups the two so), not a second owner
    that would leave the bare surname ("West", read as a place) to no one. Asked only of a
    part's few owners."""
    tail = " " + name
    longer = [n for n in names if n.endswith(tail)]
    return longer[0] if len(longer) == 1 else None


def _title_surname(named: list[str], word: str, gazetteer: Gazetteer) -> bool:
    """ "Oona King ... Ms King said": a title's word ending a person's name of two or three words
    is that person's surname, which the story goes on to use alone; opening a name ("King
    Abdullah") it stays a title, and so it does after a title or an address ("Lord King"), an
    English word no given name ("Crown Prince", a tanker "Gas King") or a word a list knows
    ("Jordan King"). Session 42, BBC 2004-05 copy."""
    first = named[0]
    return (
        len(named) in (2, 3)
        and word == named[-1]
        and word.istitle()
        and first.istitle()
        and all(w.isalpha() for w in named[:-1])  # no list read as one name ("Barkley, Hodgson, King")
        and first.lower() not in _TITLES
        and first.lower() not in _ADDRESS_FORMS
        and first.lower() not in STOP_WORDS
        and not title_before(first)
        and (is_given_name(first) or (gazetteer.lookup(first) is None and not _common_word(first)))
    )


def _common_word(word: str) -> bool:
    """An English word ("Crown Prince", "Gas King"): no given name's the model may have missed."""
    return in_dictionary(word.lower(), dictionary_words()[0])


# "L Dorrance" on a team sheet, "Luca Dorrance" in the report: an initial and a surname are the
# one person the story names in full with that initial and surname (session 32)
_INITIAL_NAME = re.compile(r"([A-Z])\.? ([A-Z][\w'’-]+)")


def _by_surname(names: Iterable[str]) -> dict[str, set[str]]:
    """Two-word full names by their surname, read once: looking each initialled name up in it,
    not scanning every name per initialled one, keeps a long team sheet linear."""
    index: dict[str, set[str]] = {}
    for n in names:
        words = n.split()
        if len(words) == 2 and _INITIAL_NAME.fullmatch(n) is None:
            index.setdefault(words[1], set()).add(n)
    return index


def _initial_owner(name: str, by_surname: dict[str, set[str]]) -> str | None:
    """The one full name that an initial and a surname ("L Dorrance") stands for, if any."""
    match = _INITIAL_NAME.fullmatch(name)
    if match is None:
        return None
    owners = {n for n in by_surname.get(match.group(2), ()) if n[0] == match.group(1)}
    return owners.pop() if len(owners) == 1 else None


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


class People:
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
    if cand.origin not in ("ner", "prop") or (cand.type != "PERSON" and cand.type not in _MISREAD_SURNAME):
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
    people = People(cands, recased)
    full_names = sorted(
        {
            " ".join(recased[c.field][c.start : c.end].split())
            for c in cands
            if c.type == "PERSON" and len(recased[c.field][c.start : c.end].split()) >= 3
        }
    )
    two_words = _by_surname(
        " ".join(recased[c.field][c.start : c.end].split())
        for c in cands
        if c.type == "PERSON" and len(recased[c.field][c.start : c.end].split()) == 2
    )
    for cand in cands:
        surface = recased[cand.field][cand.start : cand.end]
        if cand.type == "PERSON" and len(surface.split()) >= 2:
            name = " ".join(surface.split())
            cand.group = (
                _full_name_ending(name, full_names)
                or _full_name_opening(name, full_names)
                or _initial_owner(name, two_words)
                or name
            )
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
