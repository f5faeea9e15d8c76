"""People the model never made, named by one word in a quote's tag or after a courtesy title.

A quote's speaker must be a person entity, and the small model misses a lone name in an
attribution ('," Tarvo said.', 'Tarvo, 26, added: "', 'said Quellanis.') and a surname after
"Mr"/"Ms" where the full name was missed or misread ("Mr Dorne said:"). A lone capitalised word
is as often a club, a firm or a band ("Arsenal said:"), so the tag alone makes no person: one
more cue must say so (a given name, an age in apposition, "I"/"my" in the quoted words, or a
full name of that surname the story writes). A barrister's "QC" after a name makes the name a
person too ("Ada Quell QC", which the model reads as a body), and so does a sentence opening on
two unknown words and "is <a person's role>" ("Piers Quell is senior benefit officer at ...",
whom the next "He said:" quotes). A party's word the model took into a name is cut off ("Tory
Ada Quell" → Ada Quell, so that "Mr Quell said:" finds her).

Cost: each pattern is one scan of the field, run only when the field holds a quotation mark, a
title's letters, "is"/"was", "QC" or a party's word; the cue tests look at a bounded window
around the tag, and the full names of the story are indexed in one pass, only when a candidate
asks for them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import SENTENCE_OPENERS, TITLES_BEFORE
from consumer.entities.retype.person_names import looks_like_person
from consumer.entities.retype.speakers import PARTY_MEMBERS
from consumer.events import TextField
from consumer.gate import gated
from consumer.lexicon import MONTH_NAMES, PEOPLE_NOUNS, TITLE_ABBREVIATIONS, WEEKDAYS
from consumer.parse.agencies import is_known_agency

_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_VERB = r"(?:said|says|added|adds|told|tells|explained|insisted|admitted|recalled|remarked|continued)"
_ADVERB = r"(?:(?:also|later|then|recently|once|previously|simply)\s+)?"
_TAGS = gated(
    # '," Tarvo said.' / '," Tarvo recently said.'
    rf"[,!?][”\"]\s*(?P<after>{_WORD})\s+{_ADVERB}{_VERB}\b"
    # '," said Quellanis.'
    rf"|[,!?][”\"]\s*{_VERB}\s+(?P<inverted>{_WORD})\s*[.,;]"
    # 'Tarvo said: "' / 'And Tarvo, 26, added: "' at a sentence's start
    rf"|(?:^|(?<=[.!?”\"]\s)|(?<=\b(?:And|But)\s))(?P<before>{_WORD})(?P<age>,\s\d{{1,2}},)?"
    rf"\s+{_ADVERB}{_VERB}\s*[:,]\s*[“\"]",
    re.MULTILINE,
)
# the speaker speaks for himself: a firm or a club says "we"
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|me|my|myself)(?![\w'’])")
_QUOTE_REACH = 300
_OPENING = '“"'
_CLOSING = '”"'

# a surname after a courtesy title, no capitalised word after it ("Mr Dorne", never "Mr Tony Roe")
_COURTESY = gated(
    r"(?<![\w-])(?:Mr|Mrs|Ms|Dr)\.?[ \t](?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]|[ \t]+[A-Z])"
)
# two capitalised words standing alone (the story's full names, for a surname's cue)
_PAIR = gated(
    r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?!['’](?!s\b))(?![\w-]|[ \t]+[A-Z])"
)
_BARRISTER = re.compile(r"[ \t]+[QK]C$")
# a party's member before a name, the model's person one word short: "Tory Ada" + " Quell"
_PARTY_OPENING = re.compile(r"(?:Tory|Democrat|Republican)[ \t](?=[A-Z][a-z])")
_NAME_AFTER = re.compile(r"[ \t]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]|[ \t]+[A-Z])")

# a sentence opening on two capitalised words and "is"/"was" a person's role: "Piers Quell is
# senior benefit officer at ...", "Ada Roe was the club's physiotherapist". Only roles no firm
# holds ("adviser", "manager", "partner" and "leader" are a bank's or a fund's as often).
_PERSON_ROLES = frozenset(
    word_list(
        "spokesperson spokesman spokeswoman economist analyst strategist director minister secretary "
        "official chairman chairwoman president officer lawyer attorney coach professor researcher "
        "governor mayor ambassador judge editor striker midfielder defender goalkeeper captain doctor "
        "nurse teacher founder physiotherapist campaigner councillor"
    )
)
_ROLE_SUBJECT = gated(
    r"(?:^|(?<=[.!?”\"][ \t]))(?P<name>[A-Z][a-z]+[ \t][A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:is|was)[ \t]+"
    r"(?:(?:a|an|the|its|their|[A-Z][\w&]*['’]s)[ \t]+)?(?P<role>(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*)"
    r"(?=[ \t]+(?:at|of|for|in|on|with|from)\b|[,.;])",
    re.MULTILINE,
)


class _Held:
    """A field's candidates, for overlap look-ups in O(log n)."""

    def __init__(self, cands: list[Candidate], text: str) -> None:
        ordered = sorted(cands, key=lambda c: c.start)
        self.starts = [c.start for c in ordered]
        # the model's spans no list knows, by span: a tag's cue makes a lone word the speaker
        self.exact = {(c.start, c.end): c for c in ordered if c.origin == "ner" and c.entry is None}
        # ... and the model's spans by their end (an opener and a titled name, "Later Ms Quell")
        self.opened = {c.end: c for c in ordered if c.origin == "ner" and c.entry is None}
        self.max_end = list(itertools.accumulate((c.end for c in ordered), max))
        # the first and last words of the people named in full ("Jo Roe" → "Roe", "Chen Yu" → "Chen")
        self.surnames = {
            word
            for c in ordered
            if c.type == "PERSON" and len(words := text[c.start : c.end].split()) > 1
            for word in (words[0], words[-1])
        }

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start


def _plain_word(word: str, gazetteer: Gazetteer, cases: dict[str, str]) -> bool:
    """A word that could be a name alone: no stop word, date word, title, opener, party member,
    noun of people, word the story writes in lower case, listed place or body, head word or
    agency."""
    low = word.lower()
    if low in STOP_WORDS or low in MONTH_NAMES or low in WEEKDAYS or low in TITLES_BEFORE:
        return False
    if low in SENTENCE_OPENERS or low in PARTY_MEMBERS or low in PEOPLE_NOUNS or cases.get(low) == low:
        return False  # "Analysts said": a noun of people opening the sentence
    return gazetteer.lookup(word) is None and head_type(word) is None and not is_known_agency(word)


def _quoted_beside(text: str, match: re.Match[str], before: bool) -> str:
    """The quoted words next to the tag, at most ``_QUOTE_REACH`` characters of them."""
    if before:
        window = text[match.end() : match.end() + _QUOTE_REACH]
        close = min((i for i in (window.find(c) for c in _CLOSING) if i >= 0), default=len(window))
        return window[:close]
    end = match.start() + 1
    window = text[max(0, end - _QUOTE_REACH) : end]
    return window[max(window.rfind(c) for c in _OPENING) + 1 :]


class _FullNames:
    """The story's two-word names by their last word, indexed in one pass when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_last: dict[str, tuple[int, int]] | None = None

    def get(self, last: str) -> tuple[int, int] | None:
        if self._by_last is None:
            self._by_last = {}
            for m in _PAIR.finditer(self.text):
                first = m.group(1).lower()
                if first not in STOP_WORDS and first not in TITLE_ABBREVIATIONS:  # "And Roe", "Mr Roe"
                    self._by_last.setdefault(m.group(2), m.span())
        return self._by_last.get(last)


def lone_speakers(
    text_field: TextField,
    text: str,
    cands: list[Candidate],
    gazetteer: Gazetteer,
    cases: dict[str, str],
) -> list[Candidate]:
    """People the field names by one word in a quote's tag or after a courtesy title, where no
    candidate stands; a full name of that surname the model missed ("Yiannis Quellanis ...
    said Quellanis") is made a person too, so that the two join. A model span ending on "QC"
    that looks like a person is that person, the letters cut off."""
    here = [c for c in cands if c.field == text_field]
    _barristers(text, here, gazetteer)
    _party_members(text, here)
    held = _Held(here, text)
    found: list[Candidate] = []
    spans: set[tuple[int, int]] = set()
    names = _FullNames(text)
    for start, end in itertools.chain(
        _tag_names(text, held, gazetteer, cases, names),
        _courtesy_names(text, held, gazetteer, cases, names),
        _role_subjects(text, held, gazetteer, cases),
    ):
        if (start, end) in spans:
            continue
        spans.add((start, end))
        full = names.get(text[start:end]) if " " not in text[start:end] else None
        if full is not None:
            # a full name of that surname: that alone is the person (the quote finds it by the
            # surname; a rule's lone surname would stand apart, only the model's are joined)
            first = text[full[0] : full[1]].split()[0]
            if full not in spans and not held.covers(*full) and _plain_word(first, gazetteer, cases):
                spans.add(full)
                found.append(Candidate(text_field, full[0], full[1], "PERSON", "rule"))
            continue
        found.append(Candidate(text_field, start, end, "PERSON", "rule"))
    return found


def _tag_names(
    text: str, held: _Held, gazetteer: Gazetteer, cases: dict[str, str], names: _FullNames
) -> Iterator[tuple[int, int]]:
    if '"' not in text and "”" not in text:
        return
    for match in _TAGS.finditer(text):
        group = next(g for g in ("after", "inverted", "before") if match.group(g))
        start, end = match.span(group)
        word = match.group(group)
        model = held.exact.get((start, end))
        if held.covers(start, end) and (
            model is None or (model.type == "ORGANIZATION" and not match.group("age"))
        ):
            continue  # a firm's or a club's name the model saw ("Arsenal said"; a firm has no age)
        if _named_in_full(word, held, names) or not _plain_word(word, gazetteer, cases):
            continue  # a story person's surname: the quote and the joins find that person
        if model is not None and names.get(word) is not None:
            continue  # the model's word and a full name a later pass may find: left to the joins
        quoted = _quoted_beside(text, match, group == "before")
        if (
            is_given_name(word)
            or match.group("age")
            or _FIRST_PERSON.search(quoted) is not None
            or _known_surname(word, text, names, start)
        ):
            if model is not None:
                # the model's word (read as a person, a place or a people): a person, kept as a
                # rule's by ``lone_word_person``, which drops a lone word whose tag it misses
                model.type, model.origin = "PERSON", "rule"
                continue
            yield start, end


def _named_in_full(word: str, held: _Held, names: _FullNames) -> bool:
    """A name of the story already ends on the word (or opens on it: "Chen Yu"): a person the
    model saw, or two words a candidate holds ("Tarvo United ... United said")."""
    full = names.get(word)
    return word in held.surnames or (full is not None and held.covers(*full))


def _known_surname(word: str, text: str, names: _FullNames, start: int) -> bool:
    """Two capitalised words before the tag end on the word, a given name first: a full name
    the model missed."""
    full = names.get(word)
    return full is not None and full[1] <= start and is_given_name(text[full[0] : full[1]].split()[0])


def _courtesy_names(
    text: str, held: _Held, gazetteer: Gazetteer, cases: dict[str, str], names: _FullNames
) -> Iterator[tuple[int, int]]:
    if "M" not in text and "Dr" not in text:
        return
    for match in _COURTESY.finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        model = held.exact.get((match.start(), end)) or held.exact.get((start, end)) or held.opened.get(end)
        if model is not None and model.start < match.start():
            opener = text[model.start : match.start()].strip().lower()
            if opener not in SENTENCE_OPENERS and opener not in STOP_WORDS:
                continue
            model.start = match.start()  # "Later Ms Quell" read as a body: the opener cut off
        if model is not None and model.type != "PERSON":
            # "Ms Quell" read as a body: the title says a person
            model.type = "PERSON"  # still the model's: joined to a full name of that surname
            continue
        if (
            not held.covers(match.start(), end)
            and not _named_in_full(name, held, names)
            and _plain_word(name, gazetteer, cases)
        ):
            yield start, end


def _barristers(text: str, here: list[Candidate], gazetteer: Gazetteer) -> None:
    """A model span over a person's name and "QC"/"KC" ("Ada Quell QC", read as a body): the
    person, the letters cut off."""
    if "QC" not in text and "KC" not in text:
        return
    for cand in here:
        if cand.origin != "ner" or cand.entry is not None:
            continue
        cut = _BARRISTER.search(text, cand.start, cand.end)
        if cut is not None and _barristers_name(text[cand.start : cut.start()], gazetteer):
            cand.end, cand.type, cand.origin = cut.start(), "PERSON", "rule"


def _barristers_name(name: str, gazetteer: Gazetteer) -> bool:
    """A person's look, or a listed given name opening two or three words no list knows whole:
    the letters say a person, so a surname that is a town's too stands ("Guy Harlow QC")."""
    words = name.split()
    if looks_like_person(name, gazetteer):
        return True
    return 2 <= len(words) <= 3 and is_given_name(words[0]) and gazetteer.lookup(name) is None


def _role_subjects(
    text: str, held: _Held, gazetteer: Gazetteer, cases: dict[str, str]
) -> Iterator[tuple[int, int]]:
    """Two capitalised words opening a sentence whose verb is "is"/"was" and whose complement
    is a person's role in four words or fewer (its noun phrase ending there: a preposition or a
    punctuation mark after it, never "the official sponsor"): the person the role is of."""
    if " is " not in text and " was " not in text:
        return
    for match in _ROLE_SUBJECT.finditer(text):
        if match.group("role").rsplit(None, 1)[-1] not in _PERSON_ROLES:
            continue
        start, end = match.span("name")
        name = match.group("name")
        if held.covers(start, end) or gazetteer.lookup(name) is not None or head_type(name) is not None:
            continue
        if all(_plain_word(word, gazetteer, cases) for word in name.split()):
            yield start, end


def _party_members(text: str, here: list[Candidate]) -> None:
    """A model person opening on a party's member word ("Tory Ada Quell"): the name without it;
    where the model stopped at the given name ("Tory Ada" of "Tory Ada Quell branded ..."), the
    given name and the surname after it."""
    if "Tory" not in text and "Democrat" not in text and "Republican" not in text:
        return
    for cand in here:
        if cand.type != "PERSON" or cand.origin != "ner":
            continue
        opening = _PARTY_OPENING.match(text, cand.start, cand.end)
        if opening is None:
            continue
        if " " in text[opening.end() : cand.end].strip():
            cand.start = opening.end()  # "Tory Ada Quell": the party's word is no part of the name
            continue
        after = _NAME_AFTER.match(text, cand.end)
        if after is not None and after.group(1).lower() not in STOP_WORDS:
            cand.start, cand.end = opening.end(), after.end()
