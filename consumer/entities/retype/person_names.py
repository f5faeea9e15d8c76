"""Whether a name's own words look like a person's: a given name first, initials, a Chinese
surname and pinyin, and no place or body the gazetteer knows by that spelling.

Also the text-wide finders of people the model missed by their look (``given_name_people``,
``role_opened_people``, ``chinese_names``). Context cues live in ``person_context``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.gazetteer.entries import ascii_fold
from consumer.entities.retype.given_names import CHINESE_SURNAMES, given_names, is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, STREET_HEADS, head_word, is_street
from consumer.entities.retype.lexicons import word_list
from consumer.gate import gated
from consumer.lexicon import (
    MONTH_NAMES,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    WEEKDAYS,
)

# One syllable of Hanyu Pinyin without tones: an initial, then a final.
PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxzcsrwy]|zh|ch|sh)?(?:[aeiouv]|ai|ei|ao|ou|an|en|ang|eng|ong|ia|ie|iao|iu|ian|in|"
    r"iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue|er)"
)
_PINYIN_SYLLABLE = re.compile(rf"^{PINYIN_SYLLABLE}{PINYIN_SYLLABLE}?$")
# A whole-text pattern opens with a look-ahead on its first character, e.g. (?=[A-Z]): the regex
# engine then skips every other position at once (1.5-4x faster; same matches).
# A Chinese name the model missed, where the copy marks a person: a role or "said" after it,
# a lower-case role noun before it ("He Shijian, secretary of ...", "villager Lu Min said").
_CHINESE_NAME = gated(r"(?=[A-Z])(?<![\w'’-])([A-Z][a-z]{0,5}) ([A-Z][a-z]{1,11})(?![\w'’-])")
_PERSON_AFTER = re.compile(
    r",\s+(?:an?\s|the\s|[a-z]+\s+(?:of|at|for|with|from)\s)|\s+(?:said|says|told|added|noted|stressed)\b"
)
_ROLE_BEFORE = re.compile(r"\b[a-z]{3,}\s$")


def chinese_names(text: str) -> Iterator[tuple[int, int]]:
    """Surname and pinyin given name in a person's place: the small model misses many
    ("He Shijian" reads as the pronoun), and an attribution needs its speaker."""
    for match in _CHINESE_NAME.finditer(text):
        surname, given = match.group(1), match.group(2)
        if surname not in CHINESE_SURNAMES or not _PINYIN_SYLLABLE.match(given.lower()):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        role = _ROLE_BEFORE.search(before)
        if _PERSON_AFTER.match(text, match.end()) or (role and role.group().strip() in ROLE_NOUNS):
            yield match.span()


# "Dario “Big D” Marsh", "Jo 'Ace' Roe": a nickname in quotation marks between a given name (and
# an initial) and a surname. The model misses the whole or keeps only the given name; the
# conventions' full name is the whole. Found from the quotation mark (``str.find``), the given
# name looked for in a bounded window before it.
_NICKNAME = re.compile(
    r"(?:\"(?P<n1>[^\"\n]{1,24})\"|“(?P<n2>[^”\n]{1,24})”"
    r"|‘(?P<n3>[^’\n]{1,24})’|'(?P<n4>[^'\n]{1,24})')"
    r"[ \t]+(?P<surname>(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])"
)
_NICK_WORDS = re.compile(r"[A-Z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,2}")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[ \t]+[A-Z]\.)?[ \t]+$")
_NOT_SURNAMES = frozenset(("Says", "Said", "Writes", "Wrote", "Posted", "Replied", "Comments"))


_NICKNAME_INSIDE = re.compile(r" (?:\"[^\"]{1,24}\"|“[^”]{1,24}”|‘[^’]{1,24}’|'[^']{1,24}')(?= )")


def without_nickname(name: str) -> str:
    """A person's name without the quoted nickname inside it ("Jo “Ace” Roe" → Jo Roe)."""
    return _NICKNAME_INSIDE.sub("", name, count=1)


_OPENING_MARKS = ('"', "“", "‘", "'")


def _nickname_openings(text: str) -> Iterator[int]:
    """Where an opening mark follows a space after a name's last letter or an initial's point and
    comes before a capital: found with ``str.find`` of the one character (a scan in C, several
    times faster than a regex pass or a find of the space and the mark together)."""
    for mark in _OPENING_MARKS:
        at = text.find(mark, 2)
        while at > 0:
            if (
                text[at - 1] == " "
                and text[at + 1 : at + 2].isupper()
                and (text[at - 2].isalpha() or text[at - 2] == ".")
            ):
                yield at
            at = text.find(mark, at + 1)


def quoted_nicknames(text: str) -> Iterator[tuple[int, int]]:
    """Given name, a nickname of one to three words in quotation marks and a surname: one
    person, never a surname that is a stop word, a day, a month or a comment line's verb
    ("Akshay “Ace” Says"), nor a given name no list knows ("Launch “Empowers” Lady")."""
    for at in sorted(_nickname_openings(text)):
        match = _NICKNAME.match(text, at)
        if match is None:
            continue
        nick = next(g for g in match.group("n1", "n2", "n3", "n4") if g is not None)
        surname = match.group("surname")
        if (
            _NICK_WORDS.fullmatch(nick) is None
            or surname in _NOT_SURNAMES
            or surname.lower() in STOP_WORDS
            or surname.lower() in MONTH_NAMES
            or surname.lower() in WEEKDAYS
        ):
            continue
        given = _GIVEN_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if given is not None and given.group(1).lower() not in STOP_WORDS and is_given_name(given.group(1)):
            yield given.start(), match.end()  # "In ‘La Dolce Vita’ Copyright": no given name


# A name in a quote's attribution: '," Jane Q. Roe explained.' / '," said Jane Roe.' The small
# model misses many three-word and foreign names there, and a quote needs its speaker.
NAME_WORD = r"[A-Z][a-z]+(?:['’-][A-Za-z]+)?"


_NAME_PARTS = re.compile(r"[-'’]")  # compiled once: name_word runs per candidate word


@functools.lru_cache(maxsize=1 << 14)  # pure, and asked again and again for the same words
def name_word(word: str) -> bool:
    """ "Dana", "O'Neil", "Rose-Lynn": capitalised parts, each otherwise lower case."""
    parts = _NAME_PARTS.split(word)
    return all(p[:1].isupper() and p[1:].islower() for p in parts if p) and word[:1].isupper()


# "J.C.", "A.J.", "S.B.": a person's initials opening a name ("A.J. Varnell"); a country's short
# form the gazetteer knows ("U.S.", "U.K.") is no initials (checked by `person_words`).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def person_words(words: list[str], gazetteer: Gazetteer) -> bool:
    """Name words, the first perhaps a person's initials ("B.W. Sutanto"), then a surname. Only
    cues that a body never has use it (a role right before, an age, a surname that speaks alone):
    a firm named for its founder keeps the form ("T.J. Maxx", "H.J. Heinz")."""
    first, rest = words[0], words[1:]
    if _INITIALS.fullmatch(first) and rest and gazetteer.lookup(first) is None:
        return all(name_word(w) for w in rest)
    return all(name_word(w) for w in words)


_MAJOR_PLACE_RANK = 10  # cities of about a million people and up (see gazetteer._cities)


def major_place(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    entry = gazetteer.lookup(surface)
    if entry is None or entry.type != "LOCATION" or entry.rank < _MAJOR_PLACE_RANK:
        return None
    return entry


# Particles inside people's names ("Vasco da Gama", "Ludwig van Beethoven").


def town_by_its_name(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    """A town of two or three words written as the bundled cities spell its own name, accents
    aside ("Walla Walla", "Menomonee Falls", "Lashkar Gah"), opening with no given name ("Paris
    Hilton", "Winston Salem" may be people): no person is called so."""
    words = surface.split()
    if not 2 <= len(words) <= 3 or is_given_name(words[0]) or not all(w[:1].isupper() for w in words):
        return None
    if any(w.lower() in NAME_PARTICLES for w in words[1:-1]):
        return None  # "Vasco Da Gama": the explorer as often as the town named for him
    entry = gazetteer.lookup(surface)
    if entry is None or entry.type != "LOCATION" or entry.kind != "city":
        return None
    return entry if ascii_fold(entry.name).casefold() == ascii_fold(surface).casefold() else None


_CLUB_CITY_RANK = 5  # gazetteer rank: a city of half a million people or more


def club_of_city(surface: str, gazetteer: Gazetteer) -> bool:
    """A word and then a city ("Dynamo Kyiv", "Legia Warsaw", "Feyenoord Rotterdam"): a
    club named for its city, not a person, unless the first word is a given name ("Jack
    London") or the pair is a place the gazetteer knows ("Nizhny Novgorod")."""
    words = surface.split()
    if len(words) != 2 or not words[0].isalpha() or len(words[0]) < 3:
        return False  # "G. Hamilton": an initial, a person
    if is_given_name(words[0]) or words[0] in CHINESE_SURNAMES or gazetteer.lookup(surface) is not None:
        return False
    city = gazetteer.lookup(words[1])
    return (
        city is not None and city.type == "LOCATION" and city.kind == "city" and city.rank >= _CLUB_CITY_RANK
    )


_ACTING_PLACES = ("country", "first_level_division")


def country_or_division(surface: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(surface)
    return (
        entry is not None and entry.type == "LOCATION" and entry.kind in ("country", "first_level_division")
    )


def _surname_not_place(word: str, gazetteer: Gazetteer) -> bool:
    """A last word the gazetteer does not know, or knows only as a town under 100,000 people:
    "Chaves", "Taylor", "Davis" are surnames first, so "Rodrigo Chaves" is a person; a city of
    100,000 or more ("Walton", "Houston") may make a place of the pair ("Jordan Houston" stays
    unsettled)."""
    entry = gazetteer.lookup(word)
    return entry is None or (entry.type == "LOCATION" and entry.kind == "city" and entry.rank < 1)


# Head words of buildings, sites and waters, which no person's name ends on ("Marshall Space
# Center", "Lane County Jail", "Long Island Sound"). Not types of their own: a "... Center" is
# as often the body that runs it ("Pew Research Center"). "Hall", "House", "Park" and "Street"
# are surnames too.
FACILITY_HEADS = frozenset(
    word_list("center centre jail prison winery inn hotel motel auditorium sound tower")
)
# Headlands, which the model reads as people ("Mizen Head", "Malin Head"): places only where the
# model read a person and no given name opens them ("Edith Head"), since as surnames they would
# otherwise stop a body's misreading from becoming the person ("Carmen Point said").
HEADLAND_HEADS = frozenset(word_list("head point"))


def facility_head(surface: str) -> bool:
    words = surface.split()
    return len(words) >= 2 and words[-1].lower() in FACILITY_HEADS


def looks_like_person(surface: str, gazetteer: Gazetteer) -> bool:
    words = surface.split()
    if not 2 <= len(words) <= 3 or not all(name_word(w) for w in words):
        return False
    if gazetteer.lookup(surface) is not None or head_word(surface) in HEAD_TYPES or facility_head(surface):
        return False
    if head_word(surface) in STREET_HEADS and is_street(words):
        return False  # "Madison Avenue": a given name and a street's head is the street
    if is_given_name(words[0]) and _surname_not_place(words[-1], gazetteer):
        return True
    if words[0] in CHINESE_SURNAMES and len(words) == 2:
        given = words[1].lower()
        return bool(_PINYIN_SYLLABLE.match(given)) and gazetteer.lookup(words[1]) is None
    return False


# group 1: the run's first word (what split() would give: the word holds no white space)
_CAPITAL_RUN = gated(r"(?=[A-Z])\b([A-Z][\w'\u2019-]*)(?:[ \t]+[A-Z][\w'\u2019-]*)*")
# lower-case letters with Latin-1 accents too: Spanish and Portuguese surnames ("Hernández")
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
_TITLE_WORD = re.compile(rf"[A-Z\u00c0-\u00d6\u00d8-\u00de][{_LOWER}]+")
_INITIAL_BEFORE = gated(r"\b[A-Z]\.\s+$")
_SURNAME_WORD = rf"([A-Z\u00c0-\u00d6\u00d8-\u00de][{_LOWER}]+(?:['\u2019-][A-Z]?[{_LOWER}]+)?)"
_SURNAME_AFTER = re.compile(rf"\s{_SURNAME_WORD}(?:\s{_SURNAME_WORD})?\b")
# a capitalised word or an initial right before ("J. Kenny"); "Thursday. Henke" is a new sentence


NOT_SURNAMES = frozenset(
    w.title()
    for w in (
        *STOP_WORDS,
        *WEEKDAYS,
        *MONTH_NAMES,
        # heads of bodies, events and places ("Ivy League ... League officials said")
        *word_list("league day week year street road avenue park hall house center centre cup games"),
    )
)


# "Brown, L Dorrance, Kay": an initial and a surname, as team sheets and results lists name
# players, which the model reads as a place or a body (session 32). Never "A"/"I" (an article or
# a pronoun opening a sentence: "A Nation"), "X" ("X Factor"), nor "O".
# "S Korea", "N Ireland": a compass point's initial and a place that has one before it
_COMPASS_INITIALS = {
    "N": ("North", "Northern"),
    "S": ("South", "Southern"),
    "E": ("East", "Eastern"),
    "W": ("West", "Western"),
}
_INITIAL_SURNAME = re.compile(rf"[B-HJ-NP-WYZ]\.? {_SURNAME_WORD}")


def initial_and_surname(surface: str, text: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a person's initial and surname: the word no list knows ("S Korea", "N
    Ireland" are places), no head word ("K Street", "V Festival"), and no word the text also
    writes in lower case ("the M Package ... the package")."""
    match = _INITIAL_SURNAME.fullmatch(surface)
    if match is None:
        return False
    word = match.group(1)
    compass = _COMPASS_INITIALS.get(surface[0], ())
    return (
        gazetteer.lookup(word) is None
        and not any(gazetteer.lookup(f"{point} {word}") is not None for point in compass)
        and head_word(surface) not in HEAD_TYPES
        and word not in NOT_SURNAMES
        and word.lower() not in _text_words(text)
    )


_HYPHENED_WORD = re.compile(r"\w+(?:['\u2019-]\w+)+")


@functools.lru_cache(maxsize=4)
def _text_words(text: str) -> frozenset[str]:
    """The text's words, read once per text: a search of the whole text per name asking would cost
    a team sheet of initialled names its length times their number."""
    return frozenset(re.findall(r"\w+", text)) | frozenset(_HYPHENED_WORD.findall(text))


def given_name_people(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """ "Kenny Dalglish spoke on Thursday": a common given name and a capitalised word or two
    after it that no list knows, standing alone. The small model misses many such names (it
    read "Dalglish" as a nationality). The surname must come up again alone in the story, as
    news names a person in full once and then by surname ("Star Wars" never says "Wars"). A
    capitalised word right before or after means a longer name ("Port Kenny Road", "the Kenny
    Dalglish Foundation"), left to the model."""
    names = given_names()
    alone: Counter[str] = Counter()  # capitalised words no capitalised word precedes
    given: list[tuple[int, int, str]] = []
    # one pass over runs of capitalised words: only a run's first word has no capital before it
    for run in _CAPITAL_RUN.finditer(text):
        first = run.group(1)
        # "Dalglish's" uses "Dalglish", and so does a plain apostrophe ("Salinas’ home")
        word = first.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
        if not _TITLE_WORD.fullmatch(word):
            continue  # "Day-long", "NATO"
        alone[word] += 1
        # not "May Day" or "Will Rivian?" (a month or a stop word), not "J. Kenny" (an initial before)
        if word not in names or word in NOT_SURNAMES or word != first:
            continue  # the look-behind for an initial only for a given name
        start = run.start()
        if _INITIAL_BEFORE.search(text, max(0, start - 4), start) is None:
            given.append((start, start + len(word), word))
    for start, word_end, word in given:
        if is_place(word, gazetteer):
            continue  # "Cleveland Browns", "Austin Peay": a place first names a team or a school
        after = _SURNAME_AFTER.match(text, word_end)
        if after is None:
            continue
        for end in (after.end(2), after.end(1)) if after.group(2) else (after.end(1),):
            surface = text[start:end]
            words = surface.split()
            if words[-1] in NOT_SURNAMES or _CAPITAL_AFTER.match(text, end):
                continue
            # a Spanish or Portuguese name of three words is used by its first surname
            # ("Lourdes Marín Quintero ... Marín said")
            used = alone[words[-1]] or (len(words) == 3 and alone[words[1]])
            if not used and not _described_person(text, end):
                continue  # a surname the story never uses again is likelier a thing ("Star Wars")
            if looks_like_person(surface, gazetteer):
                yield start, end
                break


# "Swimmer Ariarne Titmus won gold.": a person's trade or role opening a sentence (capitalised
# there only) and two name words, then a lower-case verb. The small model, taking the trade for
# a name's first word, reads the pair as a people or a body, or keeps a piece of it.
# gated on the capital it opens with (consumer.gate): the same matches, the whole-text scan at
# about 60% of the cost of trying its look-behinds at every position
_ROLE_OPENED = gated(
    r"(?:^|(?<=[.!?][ \t])|(?<=\n))([A-Z][a-z]+)[ \t]+"
    rf"({NAME_WORD}[ \t]+{_SURNAME_WORD})(?=[ \t]+[a-z])",
    re.MULTILINE,
)


def role_opened_people(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int, int]]:
    """ "Swimmer Ariarne Titmus won gold", "Linebacker Tevita Moala said": the two name words
    after a sentence-opening trade of a person, where no list knows them or their first word and
    no head word ends them ("Analyst Harbor Group said" names a body); (trade's start, name's
    start, name's end)."""
    for match in _ROLE_OPENED.finditer(text):
        if match.group(1).lower() not in PERSON_ROLES:
            continue
        name = " ".join(match.group(2).split())
        words = name.split()
        if head_word(name) in HEAD_TYPES or words[-1] in NOT_SURNAMES or words[0].lower() in NAME_OPENERS:
            continue
        if gazetteer.lookup(name) is not None or gazetteer.lookup(words[0]) is not None:
            continue
        yield match.start(1), *match.span(2)


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# ", a nurse at the clinic,", ", the team's coach,", ", 54,": an apposition that says a person
_DESCRIPTION_AFTER = re.compile(r",\s+(?:(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)|\d{1,3},)")
_KIN_NOUNS = frozenset(
    word_list("mother father son daughter wife husband widow widower brother sister grandmother")
)


def _described_person(text: str, end: int) -> bool:
    """A name followed by an apposition naming a person's role, trade or kin within its first
    words ("a local farmer"), or an age."""
    match = _DESCRIPTION_AFTER.match(text, end, end + 60)
    if match is None:
        return False
    if match.group(1) is None:
        return True
    words = [w.lower() for w in match.group(1).split()]
    return any(w in ROLE_NOUNS or w in ROLE_WORDS or w in PEOPLE_NOUNS or w in _KIN_NOUNS for w in words)


def is_place(word: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer knows the word as a place."""
    entry = gazetteer.lookup(word)
    return entry is not None and entry.type == "LOCATION"


PERSON_ROLES = frozenset(
    (
        # "market leader Acme", "its partner Acme", "chief Acme": these may stand before a company
        *(r for r in ROLE_NOUNS if r not in ("partner", "leader", "head", "chief", "expert", "consultant")),
        *word_list(
            "player singer rapper actor actress diver swimmer runner pitcher coordinator "
            "quarterback linebacker cornerback rookie teammate wife husband son daughter father "
            "mother brother sister nephew niece cousin widow girlfriend boyfriend"
        ),
        # session 48 (A): players' positions and a guard's trade, which the model reads the unfamiliar
        # name after as a body ("flashy infielder Javo Quell", "backup Landro Kessup", "Jo Roe, a
        # security guard at the town hall"); no body stands after one ("receiver" does: a court's
        # "receiver Deloitte")
        *word_list("infielder outfielder shortstop slugger reliever winger batsman backup guard"),
    )
)


# Words that open the names of bodies and places, never a given name ("New Media", "North Star")
NAME_OPENERS = frozenset(
    (
        *STOP_WORDS,
        *word_list("new old north south east west northern southern eastern western central upper lower"),
        *word_list("national international united general great royal grand big little first global"),
    )
)
NAME_PARTICLES = frozenset(
    word_list(
        "of the and for de la le du da di dos das des von van der den del della dei ten ter zu vom "
        "bin al el y on in at upon &"
    )
)
