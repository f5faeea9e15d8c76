"""Entity candidates from the three sources and the choice between overlapping ones.

Sources rank rule > gazetteer > statistical NER, except where the model knows
something a list cannot: a city name the model reads as a person or a club keeps
the model's type, and a longer model span (``Bank of China``) beats a gazetteer hit
inside it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.matcher import SPANS_KEY
from consumer.entities.stations import station_numbers
from consumer.events import EntityType, TextField
from consumer.gate import gated
from consumer.lexicon import (
    CURRENCY_CODES,
    HONORIFICS,
    MONTH_NUMBERS,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)

Origin = Literal["rule", "gazetteer", "ner", "prop"]
PRIORITY: dict[Origin, int] = {"rule": 3, "gazetteer": 2, "ner": 1, "prop": 0}

SPACY_TYPES: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "PRODUCT",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


@dataclass(slots=True)
class Candidate:
    field: TextField
    start: int
    end: int
    type: EntityType
    origin: Origin  # what found it: a wire rule, the gazetteer, the model, or propagation
    entry: GazEntry | None = None
    group: str | None = None  # the full name a partial person mention belongs to
    weak: bool = False  # a piece of a model span that ran across line breaks or scores


# Characters that never belong inside one name: NER spans crossing them are split. A spaced
# dash too: it ends an unmarked dateline ("LONDON - Police said") or parts two sides
# ("Madrid - Barcelona"). And a reference mark, with the full stop before it, that a page copied
# from an encyclopaedia keeps ("the World Bank.[201] In 1990", "Quillon University.[8]").
# A full stop after a digit or after four lower-case letters, before a capital, ends a sentence,
# never a name ("after the Harbor Crash. Kelvo ran", "the XR-9. Dana Roe said"): the model ran one
# span over both; abbreviations inside names have fewer letters ("St.", "Corp.", "Tenn.").
_BREAKS = gated(
    r"\n|•|\||\s{2,}|\t|\s(?:--?|\u2013|\u2014)\s|\s\d[\d:.,-]*(?=\s|$)|\.?\[\d{1,4}\]?"
    r"|(?:(?<=[a-z]{4})|(?<=\d))\.(?=[ \t]+[A-Z])"
)
# an owner's clitic the model took in ("’s Hua Lo" in "the city’s Hua Lo prison") is furniture too
_LEAD_JUNK = re.compile(r"(?:['’]s\s+|[^\w]+|(?:the|The|THE)\s+)+")
# "James'": a possessive; "<Harbor Mills Corp>": a wire's brackets round a company's name, and
# its ticker after a name ("Harbor Telegraph Co <HTC.N>"); a single quotation mark after white
# space opens what follows (the model ran "Tarvo Greens '" over a headline's "Tarvo Greens 'to
# cut fares'"), as no name ends on one
_TRAIL_JUNK = gated(r"(?:[\s,;:!?\"“”()\[\]<>-]+|['’]s|(?<=[sxz])['’]|(?<=\s)['‘’]|\s<[A-Z][A-Z0-9.]*)+$")


_LOWER_NEXT = re.compile(r" [a-z]")
_ERAS = frozenset(("B.C.", "BC", "A.D.", "AD", "BCE", "B.C.E.", "CE", "C.E."))


def era_after_year(text: str, start: int, surface: str) -> bool:
    """ "476 B.C.", "220 A.D.": an era after a year, never a name (British Columbia)."""
    return surface in _ERAS and text[max(0, start - 2) : start].strip()[-1:].isdigit()


def trim(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of a span with furniture (bullets, runs of spaces, 'the', quotes) cut away."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for brk in [*_BREAKS.finditer(text, start, end), None]:
        piece_end = brk.start() if brk else end
        s, e = cursor, piece_end
        lead = _LEAD_JUNK.match(text, s, e)
        if lead:
            s = lead.end()
        trail = _TRAIL_JUNK.search(text[s:e])
        if trail:
            e = s + trail.start()
        # "LONDON - Police said": one word after a dash opening a sentence is no evidence of a
        # name, as the model saw one only in the run across the dash ("Madrid - Barcelona 2-1"
        # keeps its side: no sentence goes on after it); so after a reference mark ("the United
        # Nations.[4] Aid arrived")
        after_dash = cursor > start and (
            text[cursor - 2 : cursor].strip() in ("-", "\u2013", "\u2014") or text[cursor - 1] == "]"
        )
        opens_sentence = after_dash and " " not in text[s:e] and _LOWER_NEXT.match(text, e) is not None
        if e > s and any(map(str.isalpha, text[s:e])) and not opens_sentence:
            pieces.append((s, e))
        if brk:
            cursor = brk.end()
    return pieces


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][a-z-]*)+$")


# Particles of surnames ("Rafael van der", "Ursula von der"): a person's name never ends on one
SURNAME_PARTICLES = frozenset(
    (
        *("de", "la", "le", "du", "da", "di", "dos", "das", "des", "von", "van", "der", "den"),
        *("del", "della", "dei", "ten", "ter", "zu", "vom"),
    )
)
_SURNAME_AFTER = re.compile(r" [A-Z][\w'\u2019-]+")
_PARTICLED_SURNAME = re.compile(
    r"(?: (?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + r")){1,2} [A-Z][\w'\u2019-]+"
)


# What the model cuts off a person's name: an Arabic nasab or family name ("Ayman" + " al-Safadi",
# "Sheikh Mohammed bin Abdulrahman" + " Al Thani") and the second syllable of a hyphenated Korean
# given name ("Park Sang" + "-woo"). English words after a hyphen ("Jones-led") are no syllable.
_ARABIC_TAIL = re.compile(
    r"(?:[ \t](?:(?:al|el|Al|El)-[A-Z][\w'\u2019]+|(?:bin|ibn|bint)[ \t][A-Z][\w'\u2019]+"
    r"|Al[ \t][A-Z][a-z]+))+"
)
_SYLLABLE_TAIL = re.compile(r"-([a-z]{2,5})(?![\w-])")
_NOT_SYLLABLES = frozenset(
    ("led", "based", "backed", "owned", "born", "era", "style", "run", "made", "like", "type", "free")
)


def _name_goes_on(text: str, end: int) -> int:
    """Where a person's name the model ended at ``end`` really ends."""
    arabic = _ARABIC_TAIL.match(text, end)
    if arabic is not None:
        return arabic.end()
    syllable = _SYLLABLE_TAIL.match(text, end)
    if syllable is not None and syllable.group(1) not in _NOT_SYLLABLES:
        return syllable.end()
    apostrophe = _APOSTROPHE_SURNAME.match(text, end)
    if apostrophe is not None:
        return apostrophe.end()
    return end


# A surname with an apostrophe inside that the model leaves off the given name before it
# ("Lupita" + " Nyong'o", "Shaq" + " O'Dell"); never a possessive or a contraction ("Roe's", "Roe'll").
_APOSTROPHE_SURNAME = re.compile(
    r"[ \t][A-Z][a-z]{0,6}['\u2019](?!(?:s|ll|d|re|ve|t|m)\b)[A-Za-z][a-z]*(?![\w'\u2019-])"
)

# One romanised Korean or Chinese syllable ("Hyun", "woo", "Seo", "yeon", "Ing", "wen"): an onset,
# a vowel and an optional final. English words fail it ("Ex", "wife", "Right", "war", "stop").
_SYLLABLE = (
    r"(?:ch|kk|tt|pp|ss|jj|sh|ts|[bcdghjklmnprstwy])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|ei|ai|a|e|i|o|u)(?:ng|n|k|l|m|p)?"
)
# A hyphenated romanised given name right before a person the model read without it ("Hyun-woo"
# + "Park", "Seo-yeon" + "Kimura"), and a one-syllable surname written before such a given name
# the model read alone ("Son" + "Heung-min").
_PAIR = rf"(?=[A-Z][a-z]{{0,4}}-[a-z]{{1,5}}(?![\w'\u2019-]))(?i:{_SYLLABLE}-{_SYLLABLE})"
_SYLLABLE_PAIR_BEFORE = re.compile(rf"(?<![\w'\u2019.-])({_PAIR})[ \t]+$")
_SYLLABLE_PAIR = re.compile(rf"{_PAIR}(?:[ \t]|$)")
_SURNAME_BEFORE = re.compile(rf"(?<![\w'\u2019.-])((?=[A-Z][a-z]{{0,4}}[ \t])(?i:{_SYLLABLE}))[ \t]+$")


_NOT_SURNAMES_BEFORE = frozenset((*STOP_WORDS, *TITLE_ABBREVIATIONS, *HONORIFICS))


def _name_starts_before(text: str, start: int) -> int:
    """Where a person's name the model started at ``start`` really starts: before a hyphenated
    romanised given name it left out, or before the one-syllable surname ahead of such a given name
    it read alone. Words of a sentence ("But", "On", "So") are no surname."""
    window = max(0, start - 16)
    if _SYLLABLE_PAIR.match(text, start):
        surname = _SURNAME_BEFORE.search(text, window, start)
        if surname is not None and surname.group(1).lower() not in _NOT_SURNAMES_BEFORE:
            return surname.start(1)
        return start
    pair = _SYLLABLE_PAIR_BEFORE.search(text, window, start)
    if pair is not None:
        return pair.start(1)
    return start


# "the Department of High and" + " New Technology": the model ends a body's name on its "and"
# when the words after it are no name it knows; the name goes on over them
_AND_END = re.compile(r"[ \t]and$")
_AND_GOES_ON = re.compile(r"(?:[ \t][A-Z][\w'\u2019-]*){1,4}")


def _body_goes_on(text: str, piece: tuple[int, int], model_end: int) -> int:
    """Where a body's name "X of Y and" that the model cut at its "and" really ends (0: not cut)."""
    start, end = piece
    if not _AND_END.search(text, start, model_end) or " of " not in text[start:end]:
        return 0
    after = _AND_GOES_ON.match(text, model_end)
    return after.end() if after is not None else 0


# "the Federal Reserve Bank" + " of " + "Dallas", "the U.S. Agency" + " for " + "International
# Development": the model ends a body's name on its head noun and reads what its "of" or "for"
# names as an entity of its own. A place or a body right after is the rest of the name (the
# conventions keep "Supreme Court of India" whole, with no India inside it).
_OF_HEADS = frozenset(
    (
        *("bank", "agency", "department", "ministry", "bureau", "institute", "office", "commission"),
        *("council", "authority", "federation", "association", "foundation", "fund", "board"),
        *("administration", "academy", "corporation", "party", "court", "society", "union"),
    )
)
_OF_GLUE = re.compile(r"[ \t](?:of|for)[ \t](?:the[ \t])?")
# A diplomatic mission is named with its host: "the Chinese Embassy in the U.S.", "the United
# Nations Mission in South Sudan" (a body "in" a place is otherwise only where it is).
_IN_HEADS = frozenset(("embassy", "mission", "consulate", "legation"))
_IN_GLUE = re.compile(r"[ \t]in[ \t](?:the[ \t])?")
_OF_PARTS = frozenset(("GPE", "LOC", "ORG"))
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


_OF_PLACE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,2}")


def _body_of(text: str, piece: tuple[int, int], nxt: Span | None, gazetteer: Gazetteer) -> tuple[int, bool]:
    """Where a body's name "X Bank" that the model cut before its "of Y" really ends (0: not cut),
    and whether the model's next entity is that Y."""
    start, end = piece
    words = text[start:end].split()
    if not words or " of " in text[start:end]:
        return 0, False
    head = words[-1].lower()
    glue = (
        _OF_GLUE.match(text, end, end + 12)
        if head in _OF_HEADS
        else _IN_GLUE.match(text, end, end + 12)
        if head in _IN_HEADS
        else None
    )
    if glue is None:
        return 0, False
    if nxt is not None and nxt.label_ in _OF_PARTS and nxt.start_char == glue.end():
        return int(nxt.end_char), True
    # a place the model did not see, that the gazetteer knows ("the Reserve Bank of Malawi")
    place = _OF_PLACE.match(text, glue.end(), glue.end() + 40)
    if place is None:
        return 0, False
    entry = gazetteer.lookup(place.group())
    if entry is None or entry.type != "LOCATION" or _CAPITAL_NEXT.match(text, place.end()):
        return 0, False
    return place.end(), False


def _name_end(text: str, start: int, end: int) -> tuple[int, int]:
    """A name ends on a capitalised word: "Aceh province" is Aceh (then found by the gazetteer),
    and "Rafael van der" goes on to "Vaart", the surname the model cut off after its particles."""
    tail = _LOWER_TAIL.search(text, start, end)
    if tail is None:
        return start, end
    if all(w in SURNAME_PARTICLES for w in tail.group().split()) and (
        after := _SURNAME_AFTER.match(text, end)
    ):
        return start, after.end()
    return start, tail.start()


# Words of a time phrase, never of a named day: "Today", "the Second Quarter", "the Holiday Season".
_TIME_WORD_TEXT = """
mon tue tues wed thu thur thurs fri sat sun
today tomorrow yesterday tonight now overnight day days night nights eve week weeks weekend weekends
month months year years decade decades century centuries morning afternoon evening season seasons
quarter quarters half spring summer autumn fall winter annual daily weekly monthly yearly early late
mid recent past last next this that these those earlier later fiscal holiday holidays period era age
time times first second third fourth final opening end
"""
_TIME_WORDS = frozenset(
    (
        *MONTH_NUMBERS,  # names and abbreviations ("Nov.")
        *WEEKDAYS,
        *NUMBER_WORDS,  # "Three-Day"
        *_TIME_WORD_TEXT.split(),
    )
)
_DAY_HEADS = frozenset(("day", "eve", "night"))  # "Singles Day", "Christmas Eve": a name, then its head
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def named_day(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A holiday or named day inside a model DATE span ("Christmas", "Singles Day this year"):
    its first run of capitalised words, when no word of it is a calendar or time word (besides
    a closing "Day", "Eve" or "Night") and no digit is in it. The conventions make such days
    EVENTs; the model files them with dates, which the stage drops."""
    run = _CAPITALISED_RUN.search(text, start, end)
    if run is None or any(ch.isdigit() for ch in run.group()):
        return None
    words = [w.lower().rstrip(".") for w in run.group().replace("-", " ").split()]
    if words[-1] in _DAY_HEADS and len(words) > 1:
        words = words[:-1]
    if any(w in _TIME_WORDS or w in STOP_WORDS for w in words):
        return None
    if len(words) == 1 and _SENTENCE_START.search(text[max(0, run.start() - 3) : run.start()]):
        return None  # a lone capitalised word opening a sentence ("Quattro is standard") may be any word
    return run.span()


# "Trump's Justice Department", "Apple's App Store", "the Acme Institute's Civic Fund": a model
# body run over a possessive, owner and owned in one name. Cut in two where either side is a
# name of its own: the gazetteer knows it, or the owner, of two words or more, ends on a body's
# head word. Names that hold a possessive ("People's Daily", "Harris County Sheriff's Office",
# "McDonald's Corp") have neither.
_POSSESSIVE_INSIDE = re.compile(r"(?:['’]s|(?<=s)['’]) (?=[A-Z])")  # "Acme's X", "the Academy of Sciences’ X"


def _owner_and_owned(text: str, piece: tuple[int, int], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    start, end = piece
    mark = _POSSESSIVE_INSIDE.search(text, start, end)
    if mark is None:
        return [piece]
    owner, owned = text[start : mark.start()], text[mark.end() : end]
    words = owner.split()
    glued = [w for w in words if not w[:1].isupper()]
    if (
        not words
        or any(w not in _OWNER_GLUE for w in glued)
        or (glued and not _headed_of(words))
        or words[0].lower() in STOP_WORDS
        or words[-1].lower() in PEOPLE_NOUNS
    ):
        # "One of Dell's Black Friday", "the Standing Committee of the National People's
        # Congress", "Texas Women's Health Program": no owner's name, or a people's possessive
        # inside one name
        return [piece]
    known = gazetteer.lookup(owner) is not None or gazetteer.lookup(owned) is not None
    if known or (len(words) >= 2 and words[-1].lower() in _OF_HEADS) or _headed_of(words):
        return [(start, mark.start()), (mark.end(), end)]
    if _coined(owned):
        return [(start, mark.start())]
    return [piece]


_COINED_WORDS = 2  # "Kelvo's Zanthra", "Vell's Quorix Prime": a brand is a word or two


def _coined(owned: str) -> bool:
    """ "Karvex's Lumora", "Velcom's Paywise": what follows the possessive is a coined name no
    English dictionary holds, the owner's product, service or work (a drug, an app, a film), not
    the rest of a body's name, which runs on in ordinary words ("Domino's Pizza", "Moody's
    Investors Service"). The owner alone is the body; the owned thing's kind is unknown, so it
    is left out rather than typed a body."""
    words = owned.split()
    if not 0 < len(words) <= _COINED_WORDS or not all(w.isalpha() and w[:1].isupper() for w in words):
        return False
    table = dictionary_words()[0]
    return bool(table) and not any(in_dictionary(w.lower(), table) for w in words)


_OWNER_GLUE = frozenset(("of", "the", "for"))  # "Bank of the Harbor": small words inside an owner


def _headed_of(words: list[str]) -> bool:
    """ "Harlow Academy of Sciences", "University of Kestrel": an owner named by a body's head word
    and what its "of" names is a name of its own (a saint's day or church is not: "St. John's")."""
    if "of" not in words[1:-1] or words[-2].rstrip(".") in ("St", "Saint"):
        return False
    return any(w.lower() in _OF_HEADS for w in words[: words.index("of")])


def from_doc(doc: Doc, field: TextField, gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """The model's entities and the gazetteer's hits as candidates. ``text`` is the text the doc
    was made from (``doc.text`` would rebuild it token by token)."""
    cands: list[Candidate] = []
    ents = doc.ents
    absorbed = -1
    for i, ent in enumerate(ents):
        label = ent.label_
        kind = SPACY_TYPES.get(label)
        day = named_day(text, ent.start_char, ent.end_char) if label == "DATE" else None
        if day is not None and not _address_unit(text, *day):  # "Suite 1400" read as a date
            cands.append(Candidate(field, *day, "EVENT", "ner"))
        if kind is None or i == absorbed:
            continue
        pieces = [_name_end(text, s, e) for s, e in trim(text, ent.start_char, ent.end_char)]
        if kind == "ORGANIZATION":
            pieces = station_numbers(text, pieces)  # "Channel 4", "BBC Radio 4": the number stays
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if kind == "ORGANIZATION" and pieces:
            whole, took_next = _body_of(text, pieces[-1], nxt, gazetteer)
            if whole:
                pieces[-1] = (pieces[-1][0], whole)
                absorbed = i + 1 if took_next else absorbed
        if kind == "PERSON" and pieces and (particled := _PARTICLED_SURNAME.match(text, pieces[-1][1])):
            pieces[-1] = (pieces[-1][0], particled.end())  # "Erik" + " ten Hag" ("ten" read as a number)
        if kind == "PERSON" and pieces:
            pieces[-1] = (pieces[-1][0], _name_goes_on(text, pieces[-1][1]))
            pieces[0] = (_name_starts_before(text, pieces[0][0]), pieces[0][1])
        if kind == "ORGANIZATION" and pieces and (more := _body_goes_on(text, pieces[-1], ent.end_char)):
            pieces[-1] = (pieces[-1][0], more)
        if kind == "ORGANIZATION":
            pieces = [part for piece in pieces for part in _owner_and_owned(text, piece, gazetteer)]
        pieces = [
            (s, e)
            for s, e in pieces
            if e > s and not _address_unit(text, s, e) and not _code_word(text, s, e)
        ]
        for s, e in pieces:
            cands.append(Candidate(field, s, e, kind, "ner", weak=len(pieces) > 1))
    spans = doc.spans.get(SPANS_KEY, ())
    # the slice of ``text`` is ``span.text`` (the doc was made from it), without spaCy joining
    # the span's tokens again
    hits = [
        (span.start_char, span.end_char, gazetteer.lookup(text[span.start_char : span.end_char]))
        for span in spans
    ]
    cands = _split_place_pairs(cands, hits, text)
    return cands + _gazetteer_cands(cands, hits, field, text)


def _gazetteer_cands(
    cands: list[Candidate], hits: list[tuple[int, int, GazEntry | None]], field: TextField, text: str
) -> list[Candidate]:
    """The gazetteer's hits that stand as names; a model body or person over a town right after a
    preposition of place is made weak, so that the town's reading wins (``_same_span``)."""
    model_places = {(c.start, c.end) for c in cands if c.type == "LOCATION"}
    model_others = {(c.start, c.end): c for c in cands if c.type in ("ORGANIZATION", "PERSON")}
    out: list[Candidate] = []
    for start, end, entry in hits:
        if entry is None:
            continue
        if (start, end) not in model_places and _needs_more_evidence(entry, text, start, end):
            continue
        if _EVENT_HEAD_AFTER.match(text, end):
            continue  # "Fed Cup", "China Open": the word opens an event's name, and names nothing alone
        other = model_others.get((start, end))
        if (
            other is not None
            and entry.kind == "city"
            and _town_after_place_word(text, start, end, other.type)
        ):
            other.weak = True
        out.append(Candidate(field, start, end, entry.type, "gazetteer", entry))
    return out


# "a rally in nearby Hialeah", "headquarters in Frisco, 25 miles north": a preposition of place
# (a word of nearness perhaps after it) before a town the gazetteer knows. Never after a
# holding's noun ("a stake in Nokia", "invested in Orange": the company), nor before a possessive
# or a capitalised word (the town opens a longer name there: "in Orange County").
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|near|outside|into)\s+(?:(nearby|neighbou?ring|downtown)\s+)?$")
_PLACE_WORD_REACH = 24
_HOLDING_BEFORE = re.compile(
    r"\b(?:stakes?|shares?|shareholdings?|holdings?|interests?|investments?|invested|investors?|"
    r"involvement|involved|positions?)\s+(?:\w+\s+)?$"
)
_NAME_GOES_ON = re.compile(r"['’]s\b|[ \t]+[A-Z]")


def _town_after_place_word(text: str, start: int, end: int, read_as: EntityType = "ORGANIZATION") -> bool:
    """Whether a known town stands right after a preposition of place, as a town does. A model
    person needs a word of nearness too ("in nearby Ogden"): "faith in Lowell" may be a man."""
    cue = _PLACE_WORD_BEFORE.search(text, max(0, start - _PLACE_WORD_REACH), start)
    return (
        cue is not None
        and (read_as != "PERSON" or cue.group(1) is not None)
        and _HOLDING_BEFORE.search(text, max(0, cue.start() - _PLACE_WORD_REACH), cue.start()) is None
        and _NAME_GOES_ON.match(text, end) is None
    )


# The unit word of a postal address before its number ("Suite 350", "Apt. 12", "Unit 5"): the
# model reads it alone as a place or an event, but it names no place of its own.
_UNIT_WORDS = frozenset(("Suite", "Apt", "Apt.", "Apartment", "Unit"))
_UNIT_NUMBER = re.compile(r"[ \t]+#?\d")


# Codes and technical words the model files as bodies that name no entity: currency codes and
# crypto tickers ("USD", "BTC": units of the figures next to them), time zones ("HKT"), speed
# units, file formats, markup, protocols and programming languages of tech pages ("RSS",
# "YAML", "JavaScript"). A class of common nouns, not names; codes that are also well-known
# bodies' acronyms or words ("PEN", "SAR", "CAD", "CMS", "CGI") are left out.
_CODE_WORDS = (CURRENCY_CODES - {"CAD", "ILS", "TRY", "SAR", "PHP", "COP", "PEN"}) | frozenset(
    str.split(
        """
    RMB BTC ETH BCH XRP USDT LTC HKT GMT UTC EST EDT PST PDT CET CEST BST JST KST SGT AEST AEDT MPH
    KPH RSS HTML CSS JSON YAML TOML XML SQL API APIs SDK CLI URL URLs HTTP HTTPS PDF CSV USB DNS VPN
    JavaScript TypeScript MySQL PostgreSQL SQLite Dockerfile Pipfile Node.js React.js Cython C++
    """
    )
)


def _code_word(text: str, start: int, end: int) -> bool:
    """Whether the span is one code or technical word of ``_CODE_WORDS``."""
    return text[start:end] in _CODE_WORDS


def _address_unit(text: str, start: int, end: int) -> bool:
    """Whether the span is an address's unit word alone, its number right after it."""
    if text[start:end] not in _UNIT_WORDS:
        return False
    after = end + 1 if text.startswith(".", end) else end
    return _UNIT_NUMBER.match(text, after) is not None


def _inside(place: GazEntry, area: GazEntry) -> bool:
    """A city or a division that lies in the country or first-level division ``area``."""
    if place.type != "LOCATION" or area.type != "LOCATION" or area.iso3166 is None:
        return False
    if place.kind == "city" and area.kind == "first_level_division":
        return place.division == area.iso3166
    if place.kind in ("city", "first_level_division") and area.kind == "country":
        return place.country == area.iso3166
    return False


def _split_place_pairs(
    cands: list[Candidate], hits: list[tuple[int, int, GazEntry | None]], text: str
) -> list[Candidate]:
    """ "moved to Anchorage Alaska", "from Lyon France": a place and the state or country it lies
    in, written without the comma, which the model reads as one name (a body, a person, a place no
    record knows). Two known places, the first inside the second and a space between them, are two
    places, as "Anchorage, Alaska" would be. The gazetteer hits are sorted and never overlap, so
    each model name finds the hit it starts with by one look-up."""
    by_start = {start: (end, entry) for start, end, entry in hits if entry is not None}
    by_end = {end: (start, entry) for start, end, entry in hits if entry is not None}
    out: list[Candidate] = []
    for cand in cands:
        first = by_start.get(cand.start)
        last = by_end.get(cand.end)
        if (
            first is not None
            and last is not None
            and text[first[0] : last[0]] == " "
            and _inside(first[1], last[1])
        ):
            out.append(Candidate(cand.field, cand.start, first[0], "LOCATION", "gazetteer", first[1]))
            out.append(Candidate(cand.field, last[0], cand.end, "LOCATION", "gazetteer", last[1]))
            continue
        out.append(cand)
    return out


# Below these ranks a one-word place is small or minor enough that a capitalised common word
# ("To", "Central", "Olympic") is likelier than the place: it needs the model to agree.
_MAJOR_CITY_RANK = 10  # about a million people (see gazetteer._cities)
_MAJOR_DIVISION_RANK = 80  # first-level divisions of the major countries
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“(•|]\s*)$")


_SCORE_AFTER = re.compile(r"\s+\d{1,3}(?:\s|$|[,;)-])")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|fled|into)\s+$")
_EVENT_HEAD_AFTER = re.compile(
    r"[ \t]+(?:Cup|Open|Trophy|Classic|Masters|Grand\s+Prix|Championships?|Games|Marathon|Rally)\b"
)


def _needs_more_evidence(entry: GazEntry, text: str, start: int, end: int) -> bool:
    """A one-word gazetteer hit the model did not tag as a place, where a word is likelier.

    Sentence-initial capitals say nothing about a name, and small towns or minor divisions
    share their names with ordinary words; multi-word names and countries are kept.
    """
    if " " in text[start:end] or entry.kind in ("country", "continent", "region"):
        return False
    if _SCORE_AFTER.match(text, end):
        return False  # "Chesterfield 2 Wrexham 1": a results line names clubs by their towns
    if entry.kind == "city" and _IN_PLACE_BEFORE.search(text, max(0, start - 8), start):
        return False  # "They fled Sumy", "born in Kramatorsk": the preposition says a place
    if entry.kind == "city" and _town_after_place_word(text, start, end):
        return False  # "a rally in nearby Hialeah"
    initial = _SENTENCE_START.search(text, max(0, start - 3), start) is not None
    if entry.kind == "city":
        return initial or entry.rank < _MAJOR_CITY_RANK
    if entry.kind == "first_level_division":
        return initial or entry.rank < _MAJOR_DIVISION_RANK
    return initial and text[start:end].lower() in STOP_WORDS


def _same_span(group: list[Candidate]) -> Candidate:
    rule = next((c for c in group if c.origin == "rule"), None)
    gazetteer_hit = next((c for c in group if c.origin == "gazetteer"), None)
    ner = next((c for c in group if c.origin == "ner"), None)
    if rule is not None:
        if gazetteer_hit is not None and gazetteer_hit.type == rule.type and rule.entry is None:
            rule.entry = gazetteer_hit.entry
        return rule
    if gazetteer_hit is not None and ner is not None:
        entry = gazetteer_hit.entry
        city_like = entry is not None and entry.kind in ("city", None) and entry.type == "LOCATION"
        if city_like and not ner.weak and ner.type in ("PERSON", "ORGANIZATION"):
            return ner
        return gazetteer_hit
    return gazetteer_hit or ner or group[0]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest span first, then source priority."""
    by_span: dict[tuple[str, int, int], list[Candidate]] = {}
    for cand in cands:
        by_span.setdefault((cand.field, cand.start, cand.end), []).append(cand)
    merged = [_same_span(group) for group in by_span.values()]
    merged.sort(
        key=lambda c: (
            -PRIORITY[c.origin] if c.origin == "rule" else 0,
            c.start - c.end,
            -PRIORITY[c.origin],
            c.start,
        )
    )
    chosen: list[Candidate] = []
    # Chosen spans never overlap, so per field they are sorted by end as by start: the only one
    # a candidate can overlap is the last one starting before it ends (found by bisection).
    taken: dict[str, list[tuple[int, int]]] = {}
    for cand in merged:
        spans = taken.setdefault(cand.field, [])
        at = bisect.bisect_left(spans, (cand.end, -1)) - 1
        if at >= 0 and spans[at][1] > cand.start:
            continue
        bisect.insort(spans, (cand.start, cand.end))
        chosen.append(cand)
    chosen.sort(key=lambda c: (c.field, c.start))
    return chosen
