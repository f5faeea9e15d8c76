"""Filters that judge a candidate group and drop or retype what the model misread.

Each predicate answers one question about a group (a lone given name, a calendar word, a
rating label, a team nickname) from a bounded window of text, so the extractor can drop a
span without rescanning the sentence.
"""

from __future__ import annotations

import re

from consumer.entities import consolidate, retype, rules
from consumer.entities.cand_joins import PEOPLES
from consumer.entities.candidates import Candidate
from consumer.entities.dictionary import describing_words, dictionary_words, in_dictionary
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.gazetteer.entries import namesake_key
from consumer.entities.gazetteer.lists import group_words
from consumer.entities.headings import WORD_EDGES
from consumer.entities.records import CandidateGroup
from consumer.entities.retype.heads import HEAD_TYPES
from consumer.entities.team_cues import HOME_NATIONS
from consumer.events import TextField
from consumer.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, ROLE_NOUNS, ROLE_WORDS, WEEKDAYS


def lone_word_person(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """A one-word "person" that no full name in the story carries and that never speaks.

    News copy names a person in full before it shortens the name, so a lone given name or
    surname is a misread ("Flash", "Melvin", a team or a product) or a surname several people
    share; on hand-annotated real copy about 1 in 17 of them was a person. A lone name in an
    attribution ("Hale said") stays: a quote needs its speaker."""
    if group.type != "PERSON" or " " in group.name or any(c.group and " " in c.group for c in group.cands):
        return False
    if any(c.origin == "rule" for c in group.cands):
        return False  # a rule saw a person there: a photo credit ("Photo by Marwan/Xinhua"), a speaker
    return not _speaks_or_titled(group, recased)


# A known place next to a name in a list: "in Athens, Clanton and Falkville" places them all
_PLACE_LIST_ITEM = r"[A-Z][\w.'\u2019-]*"
_PLACE_LIST_GLUE = r"(?:,|,?[ \t]+(?:and|or))[ \t]+"
_PLACES_LISTED_BEFORE = re.compile(rf"(?:{_PLACE_LIST_ITEM}{_PLACE_LIST_GLUE})+$")
_PLACES_LISTED_AFTER = re.compile(rf"(?:{_PLACE_LIST_GLUE}{_PLACE_LIST_ITEM})+")
_PLACE_LIST_WORDS = re.compile(_PLACE_LIST_ITEM)
_PLACE_LIST_REACH = 80
_OWNER_AFTER = re.compile(r"['\u2019]s?\b")
# Words after a name that only a place's name stands before: "Falkville police", "Tovall residents"
_PLACE_NOUN_AFTER = re.compile(r"[ \t]+(?:residents|mayor|police|sheriff|townspeople|villagers)\b")
# Words of direction a place follows, besides retype.placed_by_context's prepositions and
# TRAVEL_BEFORE's words of travel ("flew to", "around", "visited")
# "at the" before a name of common words: a venue, where something happens ("sang at the Civic
# Opera"); a label or a feature's name is not written so (a one-word guess is: "at the Nielsen
# offices", so only names of several words read it)
_AT_THE_BEFORE = re.compile(r"\b[Aa]t[ \t]+the[ \t]+$")
_HEADING_BEFORE = re.compile(r"\b(?:towards?|into)[ \t]+(?:the[ \t]+)?$")


# What a body's one-word name stands in that no place's does: "brought to you by Dashlane",
# "Jefferies analyst Jo Roe", "Acme offers a free version". Not "the X": on fresh pages that
# was a device, a region or a people as often as a body ("the Echo", "the Kashmir issue").
_BODY_BEFORE = re.compile(r"(?<![\w-])by[ \t]+$")
_BODY_AFTER = re.compile(
    r"[ \t]+(?:analysts?|offers|offered|shares|stock|CEO|executives?|spokes(?:man|woman|person))(?![\w-])"
)


def settle_unplaced_words(
    groups: list[CandidateGroup], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[CandidateGroup]:
    """The one-word model places nothing places (see _unplaced_unknown_place): a body where its
    words say one ("by Dashlane", "Jefferies analyst"), so a figure it owns keeps its owner; else none."""
    out: list[CandidateGroup] = []
    for g in groups:
        if not _unplaced_unknown_place(g, recased, gazetteer):
            out.append(g)
        elif any(
            _BODY_BEFORE.search(recased[c.field], max(0, c.start - 4), c.start)
            or _BODY_AFTER.match(recased[c.field], c.end)
            for c in g.cands
        ):
            g.type = "ORGANIZATION"
            out.append(g)
    return out


def _unplaced_unknown_place(
    group: CandidateGroup, recased: dict[TextField, str], gazetteer: Gazetteer
) -> bool:
    """A one-word model "place" that no list knows and that nothing in the text places.

    The small model reads an unknown capitalised word as a place by default: a company
    ("Verizon has", "Nielsen's estimate"), a surname ("Rowling's world"), an assistant or a
    device ("Siri", "Echo"), an agency ("F.B.I.'s office"). A real place the gazetteer lacks (a
    small town, a suburb) is written where a place stands: after "in", "near", "from" or "to",
    before its state ("Cresskill, New Jersey"), or in a list with a known place; one of its
    mentions so placed keeps the whole group. Rules' and the gazetteer's places are never
    judged here; longer names ("Liberty Street") neither, unless common words alone make them
    (``_common_words_place``, session 46)."""
    name = group.name.strip()
    if group.type != "LOCATION" or group.entry is not None or name.isupper():
        return False  # "LA", "NYC": a place's short form, no guess
    several = " " in name
    if several and not _common_words_place(name):
        return False
    if any(c.origin not in ("ner", "prop") or c.entry is not None for c in group.cands):
        return False
    if name in rules.SKY_NAMES or gazetteer.lookup(name) is not None:
        return False
    if gazetteer.cities.get(namesake_key(name)):
        return False
    for c in group.cands:
        text = recased[c.field]
        # a preposition before an owner governs what it owns, not the owner: "the context of
        # Nielsen's estimate", "benefit from Telvana's expertise", "money poured into Telvana's
        # fund" (but "the town of X's")
        owned = _OWNER_AFTER.match(text, c.end) is not None and not retype.kind_of_place_before(text, c.start)
        if retype.placed_by_context(text, c.start, c.end) and not owned:
            return False
        window = max(0, c.start - _PLACE_LIST_REACH)
        if not owned and (
            TRAVEL_BEFORE.search(text, window, c.start) or _HEADING_BEFORE.search(text, window, c.start)
        ):
            return False
        if _PLACE_NOUN_AFTER.match(text, c.end):
            return False
        if several and _AT_THE_BEFORE.search(text, max(0, c.start - 8), c.start):
            return False  # a venue where something happens: "to sing at the Civic Opera"
        before = _PLACES_LISTED_BEFORE.search(text, window, c.start)
        after = _PLACES_LISTED_AFTER.match(text, c.end, c.end + _PLACE_LIST_REACH)
        listed = " ".join(m.group(0) for m in (before, after) if m is not None)
        if any(retype.is_place(w.group(0), gazetteer) for w in _PLACE_LIST_WORDS.finditer(listed)):
            return False
    return True


# Kinds of place a nickname or a region ends on that the head words leave out ("the Palmetto
# State", "the Rust Belt", "the Windy City", "the Islamic Republic"), and words of a region or a
# landmark anywhere in it ("the Far East", "the Great Pyramid", "the Great Lakes").
_PLACE_KIND_ENDS = frozenset(
    retype.word_list(
        "state states republic kingdom empire land lands area belt city cities town banks hemisphere gate "
        "pyramid pyramids wall countries plains region core quarter side shore forest lakes hills heights "
        "delta harbor harbour territory corridor triangle riviera strip country planet moon"
    )
)
_REGION_WORDS = frozenset(
    retype.word_list(
        "great north south east west northern southern eastern western central upper lower far deep"
    )
)


def _common_words_place(name: str) -> bool:
    """Session 46 (B): a model place of two or three English words, none a census given name or
    surname, with no kind of place, street or body at its end and no region's word in it: a
    label, a feature's or a product's name ("Label Missing", "Bit Flag", "Video Platform"), which
    ``_unplaced_unknown_place`` then judges like a one-word guess by the words around it."""
    words = name.split()
    english = dictionary_words()[0]
    return (
        len(words) <= 3
        and all(w.isalpha() and in_dictionary(w.lower(), english) for w in words)
        and not any(retype.census_name(w) or w.lower() in _REGION_WORDS for w in words)
        and words[-1].lower() not in _PLACE_KIND_ENDS
        and retype.head_type(name) is None
        and not retype.is_street_head(words[-1].lower())
    )


def _speaks_or_titled(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """Whether a mention of the group is attributed speech or carries a title: the evidence that
    keeps a doubtful model "person" a person."""
    return any(
        retype.attributed(recased[c.field], c.start, c.end) or retype.titled(recased[c.field], c.start)
        for c in group.cands
    )


def common_phrase_people(
    groups: list[CandidateGroup], recased: dict[TextField, str], gazetteer: Gazetteer | None = None
) -> list[CandidateGroup]:
    """Without the model "people" made of capitalised common words: a heading, a dish or a label
    ("Photo Gallery", "Sweet Potato", "Swim Results", "Dark Web Monitoring"). Every word of one
    is a word the story also writes in lower case, and its first word is no given name (so
    "Mark Price" or "Rose Byrne" stays). Session 43: the words after the first may be English
    dictionary words instead (``dictionary``), which the story need not write in lower case: a
    section's, a newsletter's or a feature's title ("Gift Guides", "Fact Checker", "Night Mode"
    beside "a gift", "in fact", "at night"); the first word, written in lower case, keeps out a
    person whose given name no list holds and whose surname WordNet lists ("Boone Jenner").
    Only model guesses with no rule behind them, which never speak and carry no title: "Sweet
    Potato said" keeps its speaker. Session 46 (B): the guess's own repeats (origin "prop", the
    model's name copied to its other mentions, "Gender" of "Gender Bias") are the model's guess
    too; they once kept a heading's phrase a person on the page that wrote it twice. Session 47:
    or its last word a plural of things that no person bears (``_plural_thing_end``)."""
    suspects = [g for g in groups if _common_phrase_suspect(g)]
    if not suspects:
        return groups
    english = dictionary_words()[0]
    # A word the story writes in lower case is somewhere in its text as it stands: a suspect
    # with a word found nowhere (C-speed substring test) keeps its place without the split.
    texts = list(recased.values())
    plural_ends = {id(g) for g in suspects if _plural_thing_end(g, recased, english, gazetteer)}
    suspects = [g for g in suspects if id(g) in plural_ends or _maybe_common(g.name.split(), texts, english)]
    if not suspects:
        return groups
    # the story's lower-case words, read once and only when a suspect needs them
    lower = {w.strip(WORD_EDGES) for text in texts for w in text.split() if w[:1].islower()}
    dropped = {
        id(g)
        for g in suspects
        if (id(g) in plural_ends or _common_words(g, recased, lower, english))
        and not _speaks_or_titled(g, recased)
    }
    return [g for g in groups if id(g) not in dropped]


def _plural_thing_end(
    group: CandidateGroup, recased: dict[TextField, str], english: frozenset[str], gazetteer: Gazetteer | None
) -> bool:
    """Session 47: a suspect whose last word is the plural of an English word of four letters or
    more and no census surname, written only as the whole name and with no person's cue beside
    it (an age, a role, "who", speech: ``retype.person_context``): a firm's, a band's, a blog's
    or a listing's name ("Quarn Patents", "Velvet Ladders", "Harbor Tours", "Grooming Tools"),
    which no person bears (a surname that is such a plural is a census one, "Banks", "Sparks",
    "Wells"; a short one may be a foreign surname, "his wife Jetty Kors"). The first word is no
    given name (``_common_phrase_suspect``), so "Steve Jobs" stays."""
    last = group.name.split()[-1]
    low = last.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or retype.census_name(last):
        return False
    stems = (low[:-3] + "y" if low.endswith("ies") else "", low[:-2] if low.endswith("es") else "", low[:-1])
    if not any(len(stem) >= 4 and stem in english for stem in stems):
        return False
    if any(recased[c.field][c.start : c.end] != group.name for c in group.cands):
        return False
    return gazetteer is None or not any(
        retype.person_context(recased[c.field], c.start, c.end, group.name, gazetteer) for c in group.cands
    )


def _maybe_common(words: list[str], texts: list[str], english: frozenset[str]) -> bool:
    """The cheap test first: each word is somewhere in the text in lower case, or an English
    word (the first only if no census list holds it)."""
    return all(
        (in_dictionary(w.lower(), english) and (k > 0 or not retype.census_name(w)))
        or any(w.lower() in t for t in texts)
        for k, w in enumerate(words)
    )


def _common_words(
    group: CandidateGroup, recased: dict[TextField, str], lower: set[str], english: frozenset[str]
) -> bool:
    """Every word written in lower case, or the first so and the others English words where the
    group is that phrase alone: a group that took in a person's other forms ("House Hitler", a
    headline's run, with "Adolf Hitler" and "Hitler") is no heading's phrase. Session 46 (B): or
    every word an English word that no census list holds as a given name or a common surname
    ("Crispy Pizza", "Sole Heir", "Apartment Therapy"), where every mention holds only its words:
    a label, a dish or a product line's name that the story never writes in lower case, which no
    person bears ("Tiger Woods", "Magic Johnson" keep a surname; "Boone Jenner" a surname too)."""
    words = group.name.lower().split()
    if words[0] not in lower:
        return _nameless_words(group, recased, english)
    if all(w in lower for w in words[1:]):
        return True
    return all(w in lower or in_dictionary(w, english) for w in words[1:]) and all(
        recased[c.field][c.start : c.end].lower().split() == words for c in group.cands
    )


def _nameless_words(group: CandidateGroup, recased: dict[TextField, str], english: frozenset[str]) -> bool:
    """Every word English and no census name, the first more than a noun's name (a verb, an
    adjective or an adverb: "Crispy", "Sole", "Single"; "Mahatma Gandhi" stays, both nouns alone
    in WordNet), and no mention holding another word."""
    words = group.name.split()
    return (
        in_dictionary(words[0].lower(), describing_words())
        and all(in_dictionary(w.lower(), english) and not retype.census_name(w) for w in words)
        and all(set(recased[c.field][c.start : c.end].split()) <= set(words) for c in group.cands)
    )


def _common_phrase_suspect(group: CandidateGroup) -> bool:
    words = group.name.split()
    return (
        group.type == "PERSON"
        and len(words) >= 2
        and all(w.isalpha() for w in words)
        and not retype.is_given_name(words[0])
        and all(c.origin in ("ner", "prop") for c in group.cands)
    )


# The kind of body alone, capitalised as much copy writes it when it means the country's or the
# firm's own ("the Government said", "Cabinet met", "the Company reported"): a common noun, no
# name; the body's name, when the story gives it, is a longer form ("the Government of Jamaica").
GENERIC_BODIES = frozenset(
    retype.word_list(
        "government cabinet territory company administration ministry department committee "
        "commission authority agency board bureau office"
    )
)


# Kinds of body a story capitalises alone when it means one it names in full ("the Foundation
# began", "the University said", "at the University level"): the full name takes such a mention
# in; alone, the word names no body.
_KIND_WORDS = frozenset(
    retype.word_list(
        "foundation university institute institution association society college academy federation "
        "corporation organization organisation museum"
    )
)


def lone_kind_word(group: CandidateGroup) -> bool:
    """A model organisation that is a kind of body alone and that no full name took in."""
    return (
        group.type == "ORGANIZATION"
        and group.entry is None
        and group.name.lower() in _KIND_WORDS
        and all(c.origin in ("ner", "prop") for c in group.cands)
    )


# A race named by its strokes after its distance ("the 200 yard Individual Medley", "the 100-meter
# Backstroke"): an event of a meet's programme, which the model reads as a body or an event; a
# firm's name with such a word ("Butterfly Labs", "Medley Inc.") has another word and no distance
# (a year is none: "In 2019 Butterfly opened ...")
_STROKE_WORDS = frozenset(
    retype.word_list("individual medley freestyle backstroke breaststroke butterfly relay fly free im")
)
_DISTANCE_BEFORE = re.compile(r"(?:\b\d{2,4}[ -]?(?:yards?|yd|meters?|metres?|m)|\bthe[ \t]+\d{2,4})[ -]$")
# A fact-check's rating after its verdict's verb ("We rate the statement Mostly True", "our
# rating: Half True"): a label of the site's scale, no name
_RATINGS = frozenset(("mostly true", "half true", "mostly false", "pants on fire", "half flip", "full flop"))
_RATING_BEFORE = re.compile(r"\b(?:rated?|rates|rating|ruling|verdict)\b[^.\n]{0,30}$", re.IGNORECASE)
# Capitals before a word of imaging ("a CT scan", "PET scans"): the kind of scan, no body
_SCAN_AFTER = re.compile(r"[ \t]+(?:scans?|scanners?|scanning|imaging)\b")
_LABEL_REACH = 40
# a word with its plural marked in parentheses ("Artist(s)", "Record Label(s)"): a label, no name
_PLURAL_MARK = "(s)"


# A wire results line's label ("Shr 31 cts vs 18 cts", "Net loss 1.2 mln vs profit 3.4 mln", "Oper
# shr 15 cts", "Revs 120 mln"): opening its line, a figure or "nil" after it (session 31; session 36:
# "Diluted shr 30 cts", "Diluted avg shrs 17,266,000", "Primary shr ...")
_RESULTS_LABELS = frozenset(("shr", "shrs", "net", "revs", "qtr", "oper", "avg", "diluted", "primary"))
_RESULTS_LINE_AFTER = re.compile(
    r"(?:[ \t]+(?:oper|shr|shrs|net|primary|diluted|profit|loss|income|avg))*[ \t]+(?:\d[\d.,]*|nil)\b",
    re.IGNORECASE,
)
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")


def programme_label(text: str, start: int, end: int, kind: str) -> bool:
    """A label with its plural in parentheses, a race's event after its distance, a fact-check's
    rating after its verdict's verb, the capitals of a kind of scan or a wire results line's
    label, read by the model as a name (each looks at a bounded window)."""
    surface = text[start:end]
    if (
        surface.split(" ", 1)[0].lower() in _RESULTS_LABELS
        and _LINE_OPENS.search(text, max(0, start - 8), start) is not None
        and _RESULTS_LINE_AFTER.match(text, end) is not None
    ):
        return True  # "Shr 31 cts vs 18 cts": the line's label, no name
    if _PLURAL_MARK in text[start : end + len(_PLURAL_MARK)]:
        return True  # a form's or a listing's label: "Awarded to Artist(s)/Producer(s)"
    low = surface.lower()
    if all(w in _STROKE_WORDS for w in low.split()):
        return _DISTANCE_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is not None
    if low in _RATINGS:
        return _RATING_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is not None
    return kind == "ORGANIZATION" and surface.isupper() and _SCAN_AFTER.match(text, end) is not None


# A grade's, a class's or a document's revision letter after its kind word ("from Grade B to Grade
# C", "Series C preferred shares", "Revision E of the document", "a Class II device"): a label, no
# body, person or place, whether the model took the letter in or only the kind word (session 36)
_GRADE_KIND = (
    r"(?:Grade|Class|Revision|Rev\.|Version|Phase|Stage|Tier|Level|Category|Schedule|Annex|Appendix)"
)
_GRADE_MARK = r" (?:[A-Z][1-9]?[+-]?|I{1,3}|IV|VI{0,3}|IX|X)(?![\w'’-])"
_GRADE_LABEL = re.compile(_GRADE_KIND + _GRADE_MARK)
_GRADE_KIND_ALONE = re.compile(_GRADE_KIND)
_GRADE_MARK_AFTER = re.compile(_GRADE_MARK)
# a series only of a security or a funding round ("Series C preferred", "a Series B round"): a
# console's "Series X" is a product's name
_SERIES_LABEL = re.compile(r"Series [A-Z]")
_SECURITY_AFTER = re.compile(
    r"[ \t]+(?:preferred|shares?|stock|notes?|bonds?|debentures?|warrants?|funding|financing|round)\b"
)


def grade_label(text: str, start: int, end: int) -> bool:
    """A kind of grade or revision and its letter or Roman numeral, or the kind word alone right
    before them."""
    surface = text[start:end]
    if _GRADE_LABEL.fullmatch(surface) is not None:
        return True
    if _SERIES_LABEL.fullmatch(surface) is not None:
        return _SECURITY_AFTER.match(text, end) is not None
    return _GRADE_KIND_ALONE.fullmatch(surface) is not None and _GRADE_MARK_AFTER.match(text, end) is not None


def is_amount(surface: str) -> bool:
    """An amount alone or before a lower-case word ("S$16.6", "S$75.8 million")."""
    first, _, rest = surface.partition(" ")
    return _AMOUNT.fullmatch(first) is not None and not rest[:1].isupper()


# session 38: a weekday's plural ("on Tuesdays and Fridays") is a calendar word too, and so is a
# month's abbreviation not in capitals ("for Aug/Oct delivery"; "DEC" is a body's letters)
_CALENDAR_WORDS = frozenset((*MONTH_NAMES, *WEEKDAYS, *(f"{day}s" for day in WEEKDAYS)))
# A number or an ordinal alone ("58.4" before a unit the model does not know, "5th" before
# "ranked"): the model reads it as a body; a name with a letter ("3M", "7-Eleven") is no match;
# session 36: a number with its scale's letters ("420bn yuan", "261bn roubles") is none either
_BARE_NUMBER = re.compile(r"\d[\d.,]*(?:st|nd|rd|th|bn|bln|mn|mln|tn|trn)?")
# An amount with its currency's sign ("S$16.6", "HK$2.5", "£40"), which the model reads as a body
# or an event where the sign has a letter: never a name, whatever its type; session 38: also where
# copy decoded twice leaves a capital before the pound's or yen's sign ("Â£1.5bn", "Â¥300")
_AMOUNT = re.compile(r"(?:[A-Z]{0,3}\$|Â?[£¥]|[€₹])\d[\d.,]*(?:bn|bln|m|mn|mln|k|tn|trn)?")


# A company's legal form alone ("Unilever Plc and NV group reported", "the Ltd"): what the model
# read as a body is the suffix of a name written before it, never a name. The forms that are also
# bodies' letters ("AG" an attorney general, "ASA", "SA", "SE") are left to the other rules.
_LEGAL_FORMS = frozenset(
    word.lower()
    for word in retype.word_list(
        "Corp Corporation Inc Incorporated Ltd Limited Co Plc NV N.V LLC LLP GmbH Bhd Berhad Oyj SpA "
        "Holdings Group"
    )
)


def legal_form_alone(group: CandidateGroup) -> bool:
    """A body's name that is only a legal form ("NV", "Plc", "Holdings"), its full stops aside."""
    return group.entry is None and group.name.rstrip(".").lower() in _LEGAL_FORMS


def bare_number(surface: str) -> bool:
    """A number alone or before a lower-case word ("58.4 cu.ft", "5th ranked Hawks"): the name
    is later cut at the lower-case word, which leaves the number; "7th Fleet" stays a name."""
    first, _, rest = surface.partition(" ")
    return _BARE_NUMBER.fullmatch(first) is not None and not rest[:1].isupper()


# Words that open a time phrase at a sentence's start: "In December,", "Since January", "Last May"
_TIME_LEADS = frozenset(
    retype.word_list("in on since by until from during after before last next this early late")
)


# A possessive's clitic or an abbreviation's point after a calendar word ("Friday's", "Aug.")
_CALENDAR_TAIL = re.compile(r"(?:['\u2019]s|\.)$")


def calendar_word(group: CandidateGroup) -> bool:
    """ "June" read as an organisation in a list of tour dates: a month or a weekday alone is
    never a thing's name (a person "May" is a surname, left to the person rules); nor is one
    after the capitalised preposition of a sentence's opening ("In December, the firm bid");
    session 49 (B): nor one with its possessive or its abbreviation's point, read as an event
    ("last Friday's bombings", "Wednesday's riots", "the Aug. 7 attacks")."""
    words = group.name.lower().split()
    if len(words) == 2 and words[0] in _TIME_LEADS:
        words = words[1:]
    if len(words) == 1:
        words = [_CALENDAR_TAIL.sub("", words[0])]
    return (
        group.type != "PERSON"
        and group.entry is None
        and len(words) == 1
        and (words[0] in _CALENDAR_WORDS or (words[0] in MONTH_ABBREVIATIONS and not group.name.isupper()))
    )


# How a people's word ends: a nationality ("Kenyan", "Texans", "Maltese", "Danish", "Dutch",
# "Iraqi", "Yemenis", "Nordic", "Quakers", "Muscovites", "Marxists", "Scots", "Aussies",
# "Evangelicals", "Western", "Sherpas", "Mormons", "Tatars", "Marines", "Brits", "Jesuits"); the
# list of group words (nationalities.txt) holds the rest.
_PEOPLE_ENDING = re.compile(r"(?:an|sh|ch|i|ic|er|ite|ist|it|ot|ie|al|ern|a|on|ar|e)s?$")
# Group words no list holds and no ending tells ("Soviet-era", "LGBTQ people", "Black voters",
# "Labour MPs", "Indigenous leaders").
_MORE_PEOPLE_WORDS = frozenset(
    (
        *retype.word_list("soviet soviets lgbt lgbtq black blacks white whites"),
        *retype.word_list("labour labor green greens indigenous"),
    )
)


# A kind of place or body written in lower case after a model "people" of one word that no list
# holds ("Taoxian airport", "the Basha dam", "Hezbollah and Amal movement"): the word names that
# place or body, no people. Heads a people's adjective stands before as often are left out
# ("the Tarvian navy", "a Tarvian team", "the Tarvian party", "a Hasidic group").
_THING_KINDS_AFTER = frozenset(
    word for word, kind in HEAD_TYPES.items() if kind in ("LOCATION", "ORGANIZATION") and " " not in word
) - frozenset(
    retype.word_list(
        "navy team police party radio television press club network capital "
        "group association federation council committee union"
    )
)
_KIND_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def named_thing_people(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """Session 49 (B): a model "people" of one word that no list holds, every mention of which
    stands before a lower-case kind of place or body (``_THING_KINDS_AFTER``): the thing's name,
    dropped as no people (its extent and type, "Taoxian airport" a place, are left unsaid).
    Reads the word right after each mention."""
    if group.type != "NORP" or group.entry is not None or " " in group.name:
        return False
    if any(c.origin != "ner" for c in group.cands) or group.name in group_words():
        return False
    for cand in group.cands:
        after = _KIND_AFTER.match(recased[cand.field], cand.end)
        if after is None or after.group(1) not in _THING_KINDS_AFTER:
            return False
    return True


def no_people(group: CandidateGroup) -> bool:
    """A model "people" of one word that is no group word and does not end as one: a body, a
    moon, a bar or a diet the model took for a nationality ("NYPD", "Axmoor's", "the Narvo
    diet"). A people's name is a closed class, the list's or one with a nationality's ending; a
    word with an apostrophe is none unless the list has it, nor is an acronym. On fresh news
    pages such guesses were bodies, places or common words, never a people. A longer model name
    ("Bay Area residents") is left as it is; a compound is judged by its last part ("pro-Moscow"
    is none)."""
    words = group.name.split()
    if group.type != "NORP" or group.entry is not None or len(words) != 1:
        return False
    if any(c.origin != "ner" for c in group.cands):
        return False
    word = words[0].split("-")[-1]  # a compound's last part is the people's: "African-American"
    known = group_words()
    if words[0] in known or word in known or word.title() in known:
        return False  # "Shi'ite", "Eritrean", "ERITREAN" (an all-caps headline)
    if word in PEOPLES or word.lower() in _MORE_PEOPLE_WORDS:
        return False
    return not word.isalpha() or _PEOPLE_ENDING.search(word.lower()) is None


# Words after a city's name that make a place of it, not a club: venues, land and water, parts
# of a town, compass words (with the head words of _HEAD_TYPES and the streets' heads)
_NOT_CLUB_NICKNAMES = frozenset(
    retype.word_list(
        "dome park garden gardens ground grounds field oval court hall bowl speedway raceway circuit "
        "velodrome common commons centre center harbour harbor beach station marina plaza mall bridge "
        "loop metro area region heath hill heights downs marsh creek point cove bend crossing gate "
        "north south east west central downtown uptown midtown city town proper metropolitan"
    )
)


def singular_nickname(word: str) -> bool:
    """A capitalised word that may close a club's name after its city ("Glory", "Roar"): not
    plural (``rules.city_clubs`` finds those), nor a place's, a body's or a street's head word."""
    low = word.lower()
    return (
        word[:1].isupper()
        and word[1:].islower()
        and not low.endswith("s")
        and low not in _NOT_CLUB_NICKNAMES
        and not retype.is_head_word(low)
        and not retype.is_street_head(low)
    )


STATE_AFTER = re.compile(r",\s+(?:[A-Z]{2}|[A-Z][a-z]{1,3}\.)(?![\w])")  # "Chesapeake City, MD"


def mark_teams(
    sides: list[tuple[Candidate, GazEntry | None]], teams: set[str], recased: dict[TextField, str]
) -> None:
    """The sides found teams on all their mentions. A country's team is named by its form
    ("Holland", not the gazetteer's Netherlands), and its forms that are teams are one entity
    whatever a longer model name ("AUSTRALIA AHEAD") holds of them."""
    if not teams:
        return  # most stories name no match: no key to build for each candidate
    for cand, entry in sides:
        surface = " ".join(recased[cand.field][cand.start : cand.end].split())
        if consolidate.key_of(surface) not in teams:
            continue
        cand.type, cand.origin = "ORGANIZATION", "rule"
        country = entry is not None and entry.kind == "country"
        cand.entry = GazEntry(name=surface, type="ORGANIZATION") if country else None


def is_side(cand: Candidate, entry: GazEntry | None) -> bool:
    """A name that can be a side of a result: a country (its national team), or a name the model
    read as a place that the gazetteer does not know as one ("Aston Villa", "Golden State
    Warriors": a club named for its place)."""
    if entry is not None:
        return entry.kind == "country" or entry.iso3166 in HOME_NATIONS
    return cand.type == "LOCATION" and cand.origin == "ner"


def headline_guess(group: CandidateGroup) -> bool:
    """A model name found only in a title-case (or all-caps) headline: there the capitals mark
    every word, so the model guesses, and a name that matters is repeated in the body. A
    gazetteer hit or a rule keeps its name."""
    return group.entry is None and all(c.field == "headline" and c.origin == "ner" for c in group.cands)


# A reporter's name in a byline: two to four capitalised words ("Shi Fang", "Emily Holder"),
# none of them a role, a date word or a desk ("Staff Writer", "Updated March", "For The").
NOT_IN_BYLINE_NAMES = frozenset(
    (
        *ROLE_WORDS,
        *ROLE_NOUNS,
        *MONTH_NAMES,
        *WEEKDAYS,
        *retype.word_list("for the and staff updated posted published news press agency desk team bureau"),
        *retype.word_list("online wire service services contributor contributors editors writers reporters"),
        *retype.word_list("guest author authors admin"),  # a blog's placeholder credit: "by Guest Author"
    )
)
# a name particle between the capitalised words: "Anna van Wyk", "Luis de Souza"
_BYLINE_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|la|le|bin|ibn)\s+"
BYLINE_NAME = re.compile(
    rf"(?<![\w'’-])(?!By\b)[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s+|{_BYLINE_PARTICLE})?[A-Z][a-z'’-]+){{1,3}}(?![\w'’-])"
)


TRAVEL_BEFORE = re.compile(
    r"\b(?:been|went|go|going|moved|move|trip|travel(?:l)?ed|drove|flew|returned|back)\s+to\s+$|"
    r"\b(?:visit(?:ed|ing)?|across|around|throughout|downtown|(?:north|south|east|west)\s+of)\s+$"
)


# An acronym the story spells out in lower case before or after it in parentheses ("a fast radio
# burst (FRB)", "DXA (dual-energy x-ray absorptiometry)") or before it and ", or" ("chronic
# fatigue syndrome, or CFS"): the short form of a common noun, a thing or a method, no body's
# name, whatever the model or a namesake in the gazetteer read ("BIS" a bank, "AHA" a heart
# association). A chemist's or a unit's mixed-case form ("GaN (gallium nitride)", "TiO (titanium
# oxide)") is such a short form too: capitals first and last, lower-case letters between.
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]{1,5}|[A-Za-z]{1,3}[A-Z])s?")
_SPELT_BEFORE = re.compile(r"((?:[a-z][a-z'’-]*[ \t]+){0,9}[a-z][a-z'’-]*)[ \t]*(?:\(|,[ \t]+or[ \t]+)$")
_SPELT_AFTER = re.compile(r"[ \t]*\(((?:[a-z][a-z'’-]*[ \t]+){0,9}[a-z][a-z'’-]*)\)")
_SPELT_SMALL = frozenset(retype.word_list("of and with the for in on to a an from by at or"))
_SPELT_REACH = 100


def _initials_of(phrase: str, letters: str) -> bool:
    """Whether the phrase's last words spell the acronym, each word giving its initial and maybe
    more of its letters in order ("fast radio burst" FRB, "bioimpedance spectroscopy" BIS), a
    small word giving one or none ("interest on excess reserves" IOER), a hyphened word as one
    word or as its parts ("non-fungible tokens" NFT)."""
    words = phrase.lower().split()
    for parts in (words, [p for w in words for p in w.split("-") if p]):
        for count in range(1, len(parts) + 1):
            if parts[-count] not in _SPELT_SMALL and _spells(parts[-count:], letters):
                return True
    return False


def _spells(words: list[str], letters: str) -> bool:
    """Whether the letters split into one run per word, each opening on the word's initial and
    going on with letters found in order in the word; a small word may give none."""
    if not words:
        return not letters
    word = words[0]
    if word in _SPELT_SMALL and _spells(words[1:], letters):
        return True
    if not letters or letters[0] != word[0]:
        return False
    at = 1
    for taken in range(1, len(letters) + 1):
        if taken > 1:
            at = word.find(letters[taken - 1], at) + 1
            if at == 0:
                return False
        if _spells(words[1:], letters[taken:]):
            return True
    return False


def spelt_out_acronym(group: CandidateGroup, recased: dict[TextField, str]) -> bool:
    """A model or gazetteer body that is an acronym the story spells out in lower case."""
    if group.type != "ORGANIZATION" or any(c.origin == "rule" for c in group.cands):
        return False
    surfaces = {recased[c.field][c.start : c.end] for c in group.cands}
    if len(surfaces) != 1:
        return False  # "the Bank for International Settlements (BIS)": spelt in capitals too
    name = surfaces.pop()
    if not _ACRONYM.fullmatch(name):
        return False
    letters = name.rstrip("s").lower()
    for text in recased.values():
        for opening, lead in ((f"({name})", 1), (f", or {name}", len(", or "))):
            at = text.find(opening)
            if at > 0 and not text[at + len(opening) : at + len(opening) + 1].isalnum():
                before = _SPELT_BEFORE.search(text, max(0, at - _SPELT_REACH), at + lead)
                if before is not None and _initials_of(before.group(1), letters):
                    return True
        at = text.find(f"{name} (")
        if at >= 0:
            after = _SPELT_AFTER.match(text, at + len(name))
            if after is not None and _initials_of(after.group(1), letters):
                return True
    return False
