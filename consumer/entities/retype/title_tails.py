"""A model body that is the tail of a longer title the model cut at "of": "streaming Shadow of the
[Kelp Raider]", "the Prisoner of [Quellmoor]", "The Phantom of the [Harbor]", "Lord of the [Quellstones]".
The model keeps the words after "of" and reads them as a body; the title (a work's) is no body of
that name, and the fragment names nothing of the story: dropped.

The word before "of" must be a capitalised word in mid-sentence that ends no other name ("Jo Roe
of [Acme]", "the Uruguay Round of [GATT]" keep theirs), after no capitalised word but an article
("analyst Ashok Telzrow of [Acme]": a person the model missed), and no title, rank, office,
people's noun, body's or member's word, plural or small word ("Director of [Consumer Affairs]",
"Governor of the [Reserve Bank]", "Fellow of the [Kelby Society]", "Members of the [Union]",
"Eurobonds of [...]", "One of [Acme]"); a sentence's first word never counts ("Shares of [Tarvo
Mining] rose"). The fragment is no name the gazetteer lists, holds no body's head word and ends on
no corporate suffix ("the Proceedings of the [National Academy of Sciences]", "[Kelp Capital
B.V.]"). Only the 32 characters before the name are read.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import is_head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.name_edges import TITLES_BEFORE
from consumer.events import TextField
from consumer.lexicon import COMPANY_TITLE_WORDS, PEOPLE_NOUNS, ROLE_MODIFIERS

_OF_BEFORE = re.compile(r"(?P<word>[A-Z][\w'\u2019-]*)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_REACH = 32
# A capitalised word before the title's word: a person's given name or a longer name's word, unless
# an article ("The Phantom of the [...]")
_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019.-]*)[ \t]+$")
_BEFORE_REACH = 20
_ARTICLES = frozenset(("The", "A", "An"))
# What stands before the word when it opens a sentence, a line or a quotation
_OPENS = re.compile(r"(?:^|[.!?:;\"\u201c(\n]\s*|[.!?][\"\u201d\u2019']\s*)$")
# A body's, a state's or a unit's own word before "of" ("the Republic of", "Board of", "Division of
# the"), a level of government's or a church's ("the Town of", "Municipality of", "Parish of",
# "Archdiocese of") and a member's or a follower's ("Fellow of the", "Friends of the", "Knights
# of"): a body's name or a person's tie to one, no work's title
_BODY_WORDS = word_list(
    "republic kingdom state states city church duchy diocese house union league congress chamber assembly "
    "town village county borough township parish municipality archdiocese port emirate sultanate "
    "board division unit arm branch band orchestra province government bureau department ministry institute "
    "college university academy society guild order association council committee commission foundation "
    "trust fund bank court office school club team party federation confederation alliance corps command "
    "fellow fellows friends sisters brothers knights daughters sons patron patrons graduate graduates alumni "
    "alumnus trustee trustees partner partners associate associates"
)
_NOT_TITLE_WORDS = frozenset(
    (*TITLES_BEFORE, *COMPANY_TITLE_WORDS, *ROLE_MODIFIERS, *PEOPLE_NOUNS, *_BODY_WORDS)
)
# A company's legal form closing the name ("Kelp Capital B.V.", "Tarvo Ltd"): a body by itself
_SUFFIX_END = re.compile(
    r"[ \t,](?:Ltd|Limited|Inc|Corp|Corporation|Co|PLC|Plc|plc|LLC|LP|AG|SA|NV|BV|GmbH|SpA|"
    r"B\.V|N\.V|S\.A|S\.p\.A|Pty)\.?$"
)


def name_ends(cands: list[Candidate]) -> dict[TextField, frozenset[int]]:
    """Where each field's names end: a word before "of" that ends one is that name's."""
    ends: dict[TextField, set[int]] = {}
    for cand in cands:
        ends.setdefault(cand.field, set()).add(cand.end)
    return {field: frozenset(found) for field, found in ends.items()}


def title_tail(cand: Candidate, text: str, gazetteer: Gazetteer, name_ends: frozenset[int]) -> bool:
    """A model body with no record right after "<Word> of (the)", the word a title's in mid-sentence
    (see the module's note): the tail of a title the model cut, no body. ``name_ends``: where the
    field's other names end."""
    if cand.type != "ORGANIZATION" or cand.origin != "ner" or cand.entry is not None:
        return False
    match = _OF_BEFORE.search(text, max(0, cand.start - _REACH), cand.start)
    if match is None or match.end("word") in name_ends:
        return False
    word = match.group("word")
    low = word.lower()
    if low in STOP_WORDS or low in _NOT_TITLE_WORDS or is_head_word(low) or is_given_name(word):
        return False
    start = match.start("word")
    if _OPENS.search(text, max(0, start - 4), start) is not None:
        return False
    if low.endswith("s") and not low.endswith("ss"):
        return False  # "the Proceedings of the [...]", "Eurobonds of [...]": a plural noun's owner
    before = _WORD_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
    if before is not None and before.group(1) not in _ARTICLES:
        return False  # "analyst Ashok Telzrow of [Acme]", "the Weather Facility of the [...]": a longer name
    surface = text[cand.start : cand.end]
    if any(is_head_word(w.lower().rstrip(".,")) or is_head_word(w.lower()[:-1]) for w in surface.split()):
        return False  # "the National Academy of Sciences", "... Commerce Departments": a body's head word
    return gazetteer.lookup(surface) is None and _SUFFIX_END.search(surface) is None
