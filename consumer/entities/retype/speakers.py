"""People named as a quotation's speaker: '," said Jane Q. Roe.', '," Roe writes', ',"
Patrol Chief Jo Roe said'.

A quote needs a person for its speaker, and the small model misses many long or foreign names
there; these rules find or retype them from the attribution's words.
"""

from __future__ import annotations

import bisect
import functools
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
from consumer.entities.retype.person_names import NAME_PARTICLES, NAME_WORD, looks_like_person
from consumer.entities.retype.titles import title_before
from consumer.events import EntityType, TextField
from consumer.gate import gated
from consumer.lexicon import (
    SPEECH_VERB_PATTERN,
)
from consumer.parse.agencies import is_known_agency

_SPEECH = SPEECH_VERB_PATTERN
_SPEAKER_AFTER_QUOTE = re.compile(
    rf"[”\"]\s*,?\s*({NAME_WORD}(?:\s{NAME_WORD}){{1,2}})\s+{_SPEECH}\b"
    rf"|[,.!?][”\"]\s*{_SPEECH}\s+({NAME_WORD}(?:\s{NAME_WORD}){{1,2}})\s*[.,]"
)


_SPEECH_AFTER = re.compile(rf"\s*,?\s+{_SPEECH}\b")
_SPEECH_BEFORE = re.compile(rf"\b{_SPEECH}\s+$")


def attributed(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a speaker named next to a speech verb: "Hale said", "said Hale"."""
    return _SPEECH_AFTER.match(text, end, end + 20) is not None or (
        _SPEECH_BEFORE.search(text, max(0, start - 12), start) is not None
    )


@functools.cache
def _titled_pattern() -> re.Pattern[str]:
    """The title and role words that may stand before a name (``TITLES_BEFORE``), plus "Rev."
    and "Pope"."""
    words = sorted({*TITLES_BEFORE, "rev", "pope"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\.?\s+$", re.IGNORECASE)


# a peer's title, capitalised: "Lord Harwick", "Baroness Quill" (never "the lord of the manor")
_PEER_TITLE = re.compile(r"(?<![\w-])(?:Lord|Baroness)[ \t]+$")


def titled(text: str, start: int) -> bool:
    """A title or role word right before a name: "President Xi", "Dr. Okoye", "coach Hale",
    "Lord Harwick"."""
    return (
        _titled_pattern().search(text, max(0, start - 24), start) is not None
        or _PEER_TITLE.search(text, max(0, start - 10), start) is not None
    )


# The same with a description between: '," said hurricane forecaster Lixion Avila.', '," Edhem
# Camdzic, Doboj's imam-in-exile, told', and a sentence's subject in apposition before a speech
# verb ("Mirhunisa Komarica, a government refugee official, said:").
# "said a resident of Beit Lahiya", "said the coach of Real Sociedad": an article or a
# preposition makes the words after them a place or a body, not the speaker's name
_NOT_DESCRIPTION = r"(?:a|an|the|of|for|at|in|from|with|to|on|by)\s"
_SPEAKER_DESCRIBED = re.compile(
    rf"[”\"](?:(?<=[,.!?][”\"])\s*{_SPEECH}\s+(?:(?!{_NOT_DESCRIPTION})[a-z][\w-]*\s+){{1,3}}"
    rf"({NAME_WORD}(?:\s{NAME_WORD}){{1,2}})\s*[.,]"
    rf"|\s*,?\s*({NAME_WORD}(?:\s{NAME_WORD}){{1,2}}),\s+[^,\"”“\n]{{3,80}},\s+{_SPEECH}\b)"
)
# ... and a paragraph's subject in apposition (tried at line starts only: the scan stays cheap)
_SPEAKER_APPOSED = re.compile(
    rf"^({NAME_WORD}(?:\s{NAME_WORD}){{1,2}}),\s+(?:a|an|the)\s[^,\"”“\n]{{3,80}},\s+{_SPEECH}\b",
    re.MULTILINE,
)


def speaker_names(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Two or three capitalised words right after a closing quotation mark and before a
    speech verb (or after the mark and the verb, or with a description between): a person,
    unless a gazetteer entry, an organisation word or a title says otherwise."""
    found = (
        _SPEAKER_AFTER_QUOTE.finditer(text),
        _SPEAKER_DESCRIBED.finditer(text),
        _SPEAKER_APPOSED.finditer(text),
    )
    for match in (m for matches in found for m in matches):
        group = next(i for i in range(1, (match.re.groups or 0) + 1) if match.group(i))
        name, (start, end) = match.group(group), match.span(group)
        words = name.split()
        if words[0].lower() in SENTENCE_OPENERS:
            if len(words) < 3:
                continue  # '."  As Roe said': the model's own "Roe" stands; one word is no sure person
            start, name, words = start + len(words[0]) + 1, name.split(" ", 1)[1], words[1:]
        if words[0].lower() in TITLES_BEFORE or words[0].lower() in NAME_PARTICLES:
            continue
        if any(p in TITLES_BEFORE for p in words[0].lower().split("-")) or re.search(r"['\u2019]s\b", name):
            continue  # "Undersecretary-General Yasushi Akashi", "Agriculture Department's Drazek"
        if gazetteer.lookup(name) is not None or head_type(name) is not None:
            continue
        if words[-1].lower() in PARTY_MEMBERS:
            continue  # '," said one Nevada Democrat.': a party's member, no name
        entries = [gazetteer.lookup(w) for w in words]
        if any(entry is not None and entry.type == "ORGANIZATION" for entry in entries):
            continue
        yield start, end


# A speaker by a reporting verb next to a quotation: '," reports Jane Roe.',
# '," Roe writes.', 'quoted Roe as saying'. Writers' verbs ("writes", "reports", "notes") are no
# speech verbs elsewhere: they follow a paper's name as often as a person's, so only a person's
# look (below) makes this name a person.
_REPORTING = r"(?:said|says|writes|wrote|reports|reported|notes|noted|told|added)"
# two or three words, a particle perhaps before the last ("Claire des Rameaux"); one word alone
# is left to ``people_joins.join_people``, which makes a story person's surname theirs
_NAME_PARTICLE = r"(?:de|des|du|da|di|van|von|der|den|la|le)\s"
_TWO_OR_THREE = rf"({NAME_WORD}(?:\s{NAME_WORD})?\s(?:{_NAME_PARTICLE})?{NAME_WORD})"
_REPORTED_SPEAKER = gated(
    rf"[,.!?][”\"]\s*{_REPORTING}\s+{_TWO_OR_THREE}(?=\s*[.,])"
    rf"|[,!?][”\"]\s*{_TWO_OR_THREE}\s+{_REPORTING}\b"
    rf"|\bquot(?:ed|es|e|ing)\s+{_TWO_OR_THREE}\s+as\s+saying\b"
    # before the quotation: 'Jo Roe of Acme Media said: “', 'As Jo Roe notes, “'. The model
    # often drops such a name when "of" and a body follow it; the verb must open the quotation
    # with a colon or a comma, so a reported sentence without quotation marks makes no speaker
    rf"|{_TWO_OR_THREE}(?:\s(?:of|at|from)\s(?:the\s)?({NAME_WORD}(?:\s{NAME_WORD}){{0,3}}))?"
    rf",?\s{_REPORTING}(?:\s(?:reporters|me|us))?[,:]\s?[“\"]"
)


def reported_people(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A name by a reporting verb beside a quotation that looks like a person's (a given name
    opens two or three words, or its last word is the surname of a person the story names in
    full) is a PERSON where the model dropped it or read a body, a place or a MISC there: a
    quote's speaker must be a person entity. A body or a country the gazetteer knows by that
    spelling, a body's head word and an agency keep theirs ("Reuters reports", "Ford said" when
    no Ford person is in the story); a town only when a story person bears the surname. Before
    a quotation ('Jo Roe of Acme Media said: “') a model body over name and employer is cut to
    the employer first, and the model's given name alone ("Jo") grows into the whole name."""
    surnames = {
        recased[c.field][c.start : c.end].split()[-1]
        for c in cands
        if c.type == "PERSON" and " " in recased[c.field][c.start : c.end].strip()
    }
    dropped: set[int] = set()
    for text_field, text in recased.items():
        if "saying" not in text and "”" not in text and '"' not in text:
            continue
        held = _Spans([c for c in cands if c.field == text_field])
        for match in _REPORTED_SPEAKER.finditer(text):
            group = next(i for i in (1, 2, 3, 4) if match.group(i))
            start, end = _after_opener(text, *match.span(group))
            if not _reported_person(text[start:end], surnames, gazetteer):
                continue
            if match.group(5) and _split_employer(
                held.inside(start, match.end(5)) or [], (start, end), match.span(5)
            ):
                held = _Spans([c for c in cands if c.field == text_field])  # a start moved: re-sort (rare)
            inner = held.inside(start, end)
            if inner is not None:
                _make_person(cands, inner, text_field, (start, end), dropped)
    if dropped:
        cands[:] = [c for c in cands if id(c) not in dropped]


# A title of one or two words, then a given name and a surname, right after a quotation: ',"
# Patrol Chief Jo Roe said', '," Patrol Chief Jo Roe of the city police said'. The model reads
# the four words as one MISC or body; the title word says a person follows.
_TITLED_SPEAKER = gated(
    rf"[,!?][”\"]\s*((?:{NAME_WORD}\s)?{NAME_WORD})\s({NAME_WORD}\s{NAME_WORD})"
    rf"\s+(?:{_REPORTING}\b|(?:with|of|from|at)\s)"
)


def titled_speakers(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A model MISC or body that is a title and a given name and a surname beside a quotation
    is that person, the title cut off (``titled_person`` takes a body's reading with one title
    word only, and no MISC)."""
    for text_field, text in recased.items():
        if "”" not in text and '"' not in text:
            continue
        spans = {
            (c.start, c.end): c for c in cands if c.field == text_field and c.type in ("MISC", "ORGANIZATION")
        }
        for match in _TITLED_SPEAKER.finditer(text):
            cand = spans.get((match.start(1), match.end(2)))
            if cand is None or cand.origin != "ner" or cand.entry is not None:
                continue
            title, name = match.group(1).split()[-1], match.group(2)
            if title_before(title) and looks_like_person(name, gazetteer):
                cand.start, cand.type, cand.origin = match.start(2), "PERSON", "rule"


_CANNOT_SPEAK: frozenset[EntityType] = frozenset(("ORGANIZATION", "LOCATION", "MISC", "PRODUCT", "EVENT"))


def _make_person(
    cands: list[Candidate],
    inner: list[Candidate],
    text_field: TextField,
    span: tuple[int, int],
    dropped: set[int],
) -> None:
    """The name at ``span`` a person: the candidate of that very span retyped (as a rule's,
    so that its other mentions follow), or a new rule candidate where nothing stood or only
    pieces of it that are no person ("Carmen Toledo writes": the model saw the town alone)."""
    exact = [c for c in inner if (c.start, c.end) == span]
    if not exact and len(inner) == 1 and inner[0].type == "PERSON" and inner[0].start == span[0]:
        exact = inner  # the model's given name alone ("Dan" of "Dan Roe"): the whole name is it
        inner[0].end, inner[0].origin = span[1], "rule"
    for cand in exact:
        if cand.type in _CANNOT_SPEAK:
            cand.type, cand.origin, cand.entry = "PERSON", "rule", None
    if exact or any(c.type == "PERSON" for c in inner):
        return
    dropped.update(id(c) for c in inner)
    cands.append(Candidate(text_field, span[0], span[1], "PERSON", "rule"))


def _split_employer(held: list[Candidate], name: tuple[int, int], body: tuple[int, int]) -> bool:
    """A model body or MISC that runs from the speaker's name over "of" to the employer ("Jo Roe
    of Acme Media" as one body) cut to the employer; the name is then free for the person.
    ``held`` are the candidates within the whole phrase (already found by bisection)."""
    for cand in held:
        if (cand.start, cand.end) == (name[0], body[1]) and cand.type in ("ORGANIZATION", "MISC"):
            cand.start, cand.type, cand.entry = body[0], "ORGANIZATION", None
            return True
    return False


def _after_opener(text: str, start: int, end: int) -> tuple[int, int]:
    """The name's span without a sentence-opening word the match took for its first word
    ("As Jo Roe notes" → Jo Roe); a name of two words keeps it, and is then no person."""
    words = text[start:end].split()
    if len(words) == 3 and words[0].lower() in SENTENCE_OPENERS:
        return start + len(words[0]) + 1, end
    return start, end


def _reported_person(name: str, surnames: set[str], gazetteer: Gazetteer) -> bool:
    words = name.split()
    first = words[0].lower()
    if first in SENTENCE_OPENERS or first in TITLES_BEFORE or first in STOP_WORDS:
        return False
    if head_type(name) is not None or is_known_agency(name) or words[-1].lower() in PARTY_MEMBERS:
        return False  # "a Nevada Democrat said": a party's member, no name
    if any((e := gazetteer.lookup(w)) is not None and e.type == "ORGANIZATION" for w in words):
        return False
    entry = gazetteer.lookup(name)
    known_surname = words[-1] in surnames
    if entry is not None and (entry.type != "LOCATION" or entry.kind != "city" or not known_surname):
        return False  # "Beijing says", "Acme said": a place or a body of that spelling
    return known_surname or (is_given_name(words[0]) and entry is None)


class _Spans:
    """One field's candidates, for overlap look-ups in O(log n) (a text with thousands of
    attributions stays linear-logarithmic, never a scan of every candidate per match)."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.ordered = ordered = sorted(cands, key=lambda c: c.start)
        self.starts = [c.start for c in ordered]
        self.max_end = list(itertools.accumulate((c.end for c in ordered), max))

    def inside(self, start: int, end: int) -> list[Candidate] | None:
        """The candidates within [start, end), or None when one reaches out of it."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        if first > 0 and self.max_end[first - 1] > start:
            return None  # one that starts before the name runs into it
        inner = self.ordered[first:last]
        return None if any(c.end > end for c in inner) else inner


# A party's member, written as a noun ("a Colorado Democrat", "one Nevada Republican"): the
# model reads it, or it and the state before it, as a person.
PARTY_MEMBERS = frozenset(word_list("democrat democrats republican republicans tory tories"))
