"""A person's name the model cut at its first word (issue 11, session 37), mended before the
candidates are tidied and typed: a given name the model left out before surnames it read as the
person ("other winners included Catalina" + "Sandino Moreno", "tycoon Malcom" + "Glazer", "plus
Ryan" + "Giggs") is the name's, and the bare surname is no other person's mention (the story's
"Martyn Williams" does not take "Shane" + "Williams"). One anchored match on the word before a
model person.

Tried and left out: two model people one space apart as one ("Susilo Bambang" + "Yudhoyono"):
one story of 3,000 fresh ones gained, and the held-out pages lost a person.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.name_edges import TITLES_BEFORE
from consumer.events import TextField
from consumer.lexicon import MONTH_NAMES, ROLE_NOUNS, ROLE_WORDS, WEEKDAYS

# A capitalised word right before the name, and the word before it, if any on its line: a
# lower-case word, a digit or a mark ("8 Venus" + "Williams" in a ranking, a dateline's "-"). A
# capitalised word there ("Last June" + "Grewcock", "Crown Princess" + "Mary") makes it a word of
# another name or of a title.
_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<!\S)(?P<prev>\S+)[ \t]+)([A-Z][a-z]{1,14}(?:-[A-Z][a-z]{1,14})?) $"
)
_REACH = 40  # characters looked back over: one word and its space


def _opening_given_name(word: str, gazetteer: Gazetteer) -> bool:
    """A word that opens a person's name here: a listed given name that is no small word ("In",
    "Will"), no month or weekday ("In June" + "Jo Roe was named"), no title ("Prince",
    "Major", "Dean") and no name the gazetteer knows as something else ("Tory", "Israel",
    "German")."""
    low = word.lower()
    if low in STOP_WORDS or low in MONTH_NAMES or low in WEEKDAYS or low in TITLES_BEFORE:
        return False
    if not is_given_name(word):
        return False
    return gazetteer.lookup(word) is None


# Lower-case words naming a person by role or trade, beyond the lexicon's titles: a person's
# name follows them ("party chairman", "band frontwoman", "club striker")
_ROLE_SUFFIX = ("man", "woman", "person", "ist")
_TRADE_WORDS = frozenset(
    "singer drummer player rapper songwriter producer designer owner star actor actress boss "  # noqa: SIM905
    "striker defender winger goalkeeper midfielder forward champion veteran".split()
)


def _role_before_name(word: str) -> bool:
    """A lower-case word naming a person by role ("chairman", "frontwoman", "guitarist",
    "singer"): a model organisation after it and a given name is that person's surname, the
    given name cut off ("frontwoman Ana" + "Matronic", which the model read as a body)."""
    return word.islower() and (
        word in ROLE_WORDS or word in ROLE_NOUNS or word in _TRADE_WORDS or word.endswith(_ROLE_SUFFIX)
    )


def _initial_or_surname(word: str) -> bool:
    """The model's first word is no given name of its own: a surname ("Sandino", "Giggs") or an
    initial ("N." of "Darius N. Keaton")."""
    return not is_given_name(word.rstrip(".,"))


def given_name_openings(
    cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer
) -> list[Candidate]:
    """A model person of one to three words, none of them a given name first, takes the listed
    given name right before it; what another reading found in that word is dropped."""
    # where each given name taken in starts, and where the person's own words start: a reading
    # there that ends by then is the given name's (a dict, so the drop stays one pass)
    taken: dict[tuple[TextField, int], int] = {}
    for cand in cands:
        if cand.type not in ("PERSON", "ORGANIZATION") or cand.origin != "ner":
            continue
        text = recased[cand.field]
        words = text[cand.start : cand.end].split()
        if not 1 <= len(words) <= 3 or not _initial_or_surname(words[0]):
            continue
        before = _GIVEN_BEFORE.search(text, max(0, cand.start - _REACH), cand.start)
        if before is None or not _opening_given_name(before.group(2), gazetteer):
            continue
        prev = before.group("prev")
        if prev is not None and prev.lstrip('"“‘(')[:1].isupper():
            continue
        if cand.type == "ORGANIZATION":
            if prev is None or not _role_before_name(prev):
                continue
            cand.type = "PERSON"  # 'band frontwoman Ana' + 'Matronic': the role names a person
        taken[(cand.field, before.start(2))] = cand.start
        cand.start = before.start(2)
    if not taken:
        return cands
    return [c for c in cands if c.end > taken.get((c.field, c.start), -1)]
