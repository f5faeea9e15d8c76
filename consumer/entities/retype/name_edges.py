"""Words taken into or cut off a person's name at its edges: a rank's given name, a royal style,
a hyphened given name, a verb or a player's position opening the sentence.

Each rule moves ``cand.start`` or ``cand.end`` only; ``cuts`` calls them while it trims a model
span. The title word tables that ``titles``, ``speakers`` and ``splits`` share sit here too.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, STREET_HEADS
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.person_names import FACILITY_HEADS, name_word
from consumer.lexicon import (
    HONORIFICS,
    MONTH_NAMES,
    OFFICE_TITLES,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
    bare_title,
)

# Titles written before a name; the model sometimes takes one into the name.
TITLES_BEFORE = frozenset(
    (
        *ROLE_WORDS,
        *ROLE_NOUNS,
        *HONORIFICS,
        *TITLE_ABBREVIATIONS,
        *word_list(
            "superintendent sheriff detective sergeant inspector constable chancellor dean principal "
            "pastor bishop archbishop cardinal rabbi imam reverend judge justice councilman councilwoman "
            "councillor councilor alderman trustee chairperson representative congressman congresswoman "
            "lieutenant colonel major admiral commander sheikh emir "
            # the style of a minister or a member in Commonwealth copy ("Honourable Jo Roe")
            "honourable honorable "
            # market and sports trades wire copy puts before a name ("Broker Khurshid Alam",
            # "Trainer Berti Vogts", "Linebacker Jo Roe")
            "broker dealer trader analyst economist strategist trainer quarterback linebacker "
            "cornerback shortstop pitcher outfielder infielder winger fullback fireman firefighter "
            "trooper "
            # armed-service ranks' short forms ("Cpl. Lee Varn", "Pvt. Joe Kern"): alone, the model
            # reads them as a person or runs a surname into a body ("Spc." left out: "SPC" names
            # companies too)
            "cpl pvt pfc cmdr adm"
        ),
        *OFFICE_TITLES,
        # what a person is, in feature copy ("Villager Li Hongmei runs a homestay")
        *(w for w in PEOPLE_NOUNS if not w.endswith("s")),
    )
)


# A capitalised title, then one capitalised word, right before a one-word person: "Detective
# Aldous Prynne", where the model read only the surname and the given name fell into the role.
_TITLE_AND_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[ \t]+([A-Z][a-z]{2,})[ \t]+$")


def take_given_name(text: str, cand: Candidate, gazetteer: Gazetteer) -> None:
    """ "Sergeant Lorne Baptiste" read as "Baptiste": the word between a title and a lone surname
    is the given name (uncommon ones too, which no list knows) unless it is a title, a common
    word or a known place or body itself ("Police Chief Baptiste", "Governor Boston Baptiste")."""
    if " " in text[cand.start : cand.end].strip():
        return
    before = _TITLE_AND_WORD_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    if before is None or bare_title(before.group(1)) not in TITLES_BEFORE:
        return
    word = before.group(2).lower()
    if word in TITLES_BEFORE or word in STOP_WORDS or word in MONTH_NAMES or word in WEEKDAYS:
        return
    if gazetteer.lookup(before.group(2)) is not None:
        return  # "Governor Boston Baptiste": a place or a body, no given name
    cand.start = before.start(2)


# A monarch's or a royal's style before one name and perhaps a regnal number ("Queen" + "Elizabeth
# II", "Emperor" + "Naruhito", "Princess" + "Anne"): the style belongs to the name (conventions'
# "Queen Elizabeth II", "Prince Andrew"), unlike an office's title ("President Roe").
_ROYAL_STYLE_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:Crown[ \t]+)?"
    r"(?:King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Tsarina|Sultan|Pope)[ \t]+$"
)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+[ \t]+$")
_ROYAL_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t]+(?:[IVX]{1,4}|[IVX]{1,4}I))?")


def take_royal_style(text: str, cand: Candidate) -> None:
    """ "Queen Elizabeth II" read as "Elizabeth II": a royal style right before a person of one
    name word and perhaps a regnal number opens the name; never after a name word ("Stephen King
    Charles"), nor before a given name and a surname ("Queen Ann Roe" is no style)."""
    if not _ROYAL_NAME.fullmatch(text, cand.start, cand.end):
        return
    before = _ROYAL_STYLE_BEFORE.search(text, max(0, cand.start - 22), cand.start)
    if before is not None and not _NAME_WORD_BEFORE.search(text, max(0, before.start() - 16), before.start()):
        cand.start = before.start()


# A given name hyphened to the one the model opened a person's name on ("Jean-" + "Jacques Roe",
# "Marie-" + "Claire Vondel"): the model's tokenizer splits at the hyphen.
_HYPHENED_GIVEN_NAME = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,10})-$")


def take_hyphened_given_name(text: str, cand: Candidate) -> None:
    """ "LVMH CFO Jean-Jacques Roe" read as "Jacques Roe": a common given name and a hyphen
    right before a name of two words or more whose first is a name word open the name ("Harris-"
    + "Biden", one word, and "Pro-" + a name, no given name, stay as they are)."""
    if cand.start < 3 or text[cand.start - 1] != "-":
        return
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or not name_word(words[0]):
        return
    before = _HYPHENED_GIVEN_NAME.search(text, max(0, cand.start - 13), cand.start)
    if before is not None and is_given_name(before.group(1)):
        cand.start = before.start(1)


# Words that open a sentence and never a person's name: the model sometimes reads "Among Roe's
# first acts" or "As Roe noted" as one name.
# Comment adverbs that open a sentence in a blog's or a column's voice ("Sadly, ...", "Luckily Jo
# Roe had a spare"): the model reads them into the name after them or alone as a body
COMMENT_ADVERBS = frozenset(
    word_list(
        "sadly luckily fortunately unfortunately happily hopefully thankfully ironically interestingly "
        "surprisingly apparently obviously honestly seriously basically"
    )
)
# Interjections a post's writer opens a sentence with ("Okay, I know ...", "Oops, I forgot"): no names
INTERJECTIONS = frozenset((*COMMENT_ADVERBS, *word_list("okay oops hmm hmph ugh alas nope yep")))
SENTENCE_OPENERS = COMMENT_ADVERBS | frozenset(
    word_list(
        "as but and or nor yet so among amid amidst despite under after before like unlike with without "
        "since although though because while whilst when whenever if unless until whereas whether against "
        "during through towards toward upon within beyond besides meanwhile however thus hence "
        # adverbs of time and sequence that open a sentence ("Afterwards Roe called", "Later Roe said")
        "then later afterwards afterward earlier yesterday today tonight now instead finally separately "
        "eventually initially previously recently currently nevertheless nonetheless moreover furthermore"
    )
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"'”’)]?\s+|\n\s*|[\"“(]\s*)$")


# A verb's -ing form or an imperative that opens a sentence before a name ("Citing Jo Roe, she
# argued", "Channelling Roe, he decreed", "On Twitter: Follow Jo Roe"): no part of the name.
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_IMPERATIVE_OPENERS = frozenset(word_list("follow meet"))


def _verb_opens(first: str, rest: str) -> bool:
    """A sentence-opening verb before a name: its -ing form, no given name itself ("Sterling",
    "Irving" are), or "Follow"/"Meet"; what follows is a given name and more, or one name word
    that is no head or street word ("Channelling Roe", never "Downing Street")."""
    if not (first.lower() in _IMPERATIVE_OPENERS or (_GERUND.fullmatch(first) and not is_given_name(first))):
        return False
    words = rest.split()
    if len(words) >= 2:
        return is_given_name(words[0])
    word = words[0].lower() if words else ""
    return (
        bool(words)
        and name_word(words[0])
        and word not in HEAD_TYPES
        and word not in STREET_HEADS
        and word not in FACILITY_HEADS
    )


def cut_opening_word(text: str, cand: Candidate) -> None:
    """ "As Roe noted", "Among Roe's first acts", "Citing Jo Roe": a conjunction, preposition or
    verb opening the sentence is cut off the person's name after it."""
    first = text[cand.start : cand.end].split(" ", 1)
    if len(first) < 2 or not first[0][:1].isupper():
        return
    if first[0].lower() not in SENTENCE_OPENERS and not _verb_opens(first[0], first[1]):
        return
    if _SENTENCE_START.search(text, max(0, cand.start - 4), cand.start) is None:
        return
    cand.start += len(first[0]) + 1


# Prepositions of place and the like that open a sentence before a body ("Inside Harlow Bank,
# staff waited", "Like Quillon Motors, the firm ..."), besides the openers a person's name loses
_BODY_OPENERS = SENTENCE_OPENERS | frozenset(
    word_list("inside outside across throughout behind beside near at in on for from by to of following")
)


_WITHOUT_REACH = 5000  # a story's length either side: a bound, so a name costs no whole-text count


def _written_without(text: str, at: int, rest: str, opened: str) -> bool:
    """Whether the text around ``at`` writes the name without the opener more often than with it."""
    low, high = max(0, at - _WITHOUT_REACH), at + _WITHOUT_REACH
    return text.count(rest, low, high) > text.count(opened, low, high)


def cut_body_opening(text: str, cand: Candidate, gazetteer: Gazetteer) -> None:
    """ "Inside Harlow Bank, staff waited", "Like Quillon Motors, the firm ...": a conjunction or a
    preposition opening the sentence is cut off the model's body after it when the rest is a body
    by itself: two words or more ending on a body's head word, a body the gazetteer knows, or
    words the story also writes without the opener. "Under Armour", "Beyond Meat", "Inside
    Climate News" keep theirs (session 32)."""
    first = text[cand.start : cand.end].split(" ", 1)
    if len(first) < 2 or not first[0][:1].isupper() or first[0].lower() not in _BODY_OPENERS:
        return
    if _SENTENCE_START.search(text, max(0, cand.start - 4), cand.start) is None:
        return
    rest = first[1]
    words = rest.split()
    if not words or not words[0][:1].isupper():
        return
    entry = gazetteer.lookup(rest)
    if not (
        (len(words) >= 2 and HEAD_TYPES.get(words[-1].lower()) == "ORGANIZATION")
        or (entry is not None and entry.type == "ORGANIZATION")
        or _written_without(text, cand.start, rest, f"{first[0]} {rest}")
    ):
        return
    cand.start += len(first[0]) + 1


# Adjectives of rank or standing that a sentence opens on before the body, place or people they
# qualify ("Top Harlow Police officials said", "Key Tarvia allies objected"), capitalised only by
# the sentence's start: the words both cuts of such a word take (this one and
# ``boundaries.describing_openers``), kept here once.
OPENING_RANK_WORDS = frozenset(word_list("top key regular fellow rival"))
# This cut's own, the rank words and words of time ("Latest Harbor Labs results"). The lists
# differ on purpose: this cut takes any model name of two words or more, with no list to confirm
# the rest, so it takes only words that open no such name; ``describing_openers`` cuts only
# before a name the gazetteer lists, so it may take broad describing words that do ("Major League
# Baseball", "Local Government Association", "Senior Citizens Council").
_QUALIFIER_OPENERS = OPENING_RANK_WORDS | frozenset(word_list("latest recent upcoming previous"))
_QUALIFIED = re.compile(r"(?P<word>[A-Z][a-z]+)[ \t]+(?=[A-Z])")


def cut_qualifier_opening(text: str, cand: Candidate) -> None:
    """ "Top Harlow Police officials said" -> Harlow Police: an adjective of rank or time opening
    the sentence is cut off the name of two words or more after it; inside a sentence the capital
    says it is the name's own word ("the Top Gear host", "a Key Largo hotel")."""
    match = _QUALIFIED.match(text, cand.start, cand.end)
    if match is None or match["word"].lower() not in _QUALIFIER_OPENERS:
        return
    if len(text[match.end() : cand.end].split()) < 2:
        return  # "Key Largo", "Top Gear": one word after it, the pair may be the name
    if _SENTENCE_START.search(text, max(0, cand.start - 4), cand.start) is None:
        return
    cand.start = match.end()


# A trade's suffix ("Firefighter", "Librarian", "Geologist", "Counselor"): one no list has.
TRADE = re.compile(r"[A-Z][a-z]{3,}(?:er|or|ist|ian)")


def trade_before(words: list[str]) -> bool:
    """ "Firefighter Sean Coyle", "Librarian Anne Gregory": a capitalised word of a trade, no
    given name itself, before a given name that opens the rest of the name."""
    return bool(TRADE.fullmatch(words[0])) and not is_given_name(words[0]) and is_given_name(words[1])


# A player's position before the name in a team's notes ("Hawks: F Jon Roe missed ...",
# "G Ann Poe"): the model takes the letter into a name it then reads as a body or a product
_POSITION = re.compile(r"(?:F|G|C|PG|SG|SF|PF|QB|RB|WR|LB|CB|LHP|RHP) (?=[A-Z][a-z])")
_POSITION_BEFORE = re.compile(r"(?:^|\n|:[ \t]+)$")


def cut_position(text: str, cand: Candidate) -> None:
    """ "F Jon Roe" after a colon or at a line's start: the position is cut and the name left
    is a person's (two or three name words)."""
    position = _POSITION.match(text, cand.start, cand.end)
    if position is None or not _POSITION_BEFORE.search(text, max(0, cand.start - 3), cand.start):
        return
    words = text[position.end() : cand.end].split()
    if 2 <= len(words) <= 3 and all(name_word(w) for w in words):
        cand.start, cand.type, cand.entry = position.end(), "PERSON", None
