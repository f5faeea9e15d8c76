"""Products named by model words and an edition word: "Coinbase Pro", "the Galaxy Vela Ultra".

An edition word (Pro, Max, Ultra, Mini, Lite) after capitalised model words closes a product's
name: no person's or body's name ends so. The small model reads such names as a person ("Vela
Pro", "XS Max") or a body, or misses them; a model number before the edition word is read by
``products`` ("Vela 7 Pro"), so this finder keeps to names without one. "Plus" and "Premium" are
left out: they end a streaming service's or a tier's name as often ("Disney Plus", a platform).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.products import model_word
from consumer.entities.rules.shared import matches_at_literals

# The edition word, one or two of them ("Pro Max"), with no word, hyphen or possessive glued on.
# A capitalised word after it is most often an accessory's or a heading's ("the Vela Pro Smart
# Case", "Vela Pro Review"): the product's name still ends at the edition word.
_EDITION_WORDS = ("Pro", "Max", "Ultra", "Mini", "Lite")
# A generation's or a size's number after it is the name's too ("the Zorvex Pro 14", "Kelvo Max 3"),
# never a count or a measure's ("Vela Pro 2 years ago", "Vela Pro 12 percent", "Pro 2-in-1")
_EDITION = re.compile(
    r"(?<= )(?:Pro|Max|Ultra|Mini|Lite)(?: (?:Pro|Max|Ultra|Mini|Lite))?"
    r"(?: [1-9]\d?(?![\w'’&-]|[.,]\d| ?(?:%|[A-Za-z]{0,2}(?:Hz|Wh|B|m|g)\b|(?:percent|per|pct|points?|"
    r"times|million|billion|thousand|hours?|minutes?|seconds?|days?|weeks?|months?|years?|inch|inches|"
    r"mm|cm|kg|lbs?|pounds|feet|ft|miles?|km|degrees?)\b)))?(?![\w'’&-])"
)
# One to three model words right before it: capitalised, a code in capitals, or a lower-case
# lead of a mixed-case word ("iPhone XS Max", "Galaxy Vela Ultra"); no digit-only word.
_MODEL_WORDS = re.compile(r"(?<![\w'’.&+-])(?:(?:[A-Z][\w&+-]*|[a-z]{1,2}[A-Z][\w-]*)[ \t]){1,3}$")
_REACH = 60  # characters looked back from the edition word for the model words
# "Max" is a given name too: before a capitalised word it opens a person's name ("Max Roe")
_GIVEN_NAME_THEN_SURNAME = re.compile(r"Max[ \t]+[A-Z][a-z]")
# A broadcaster's or a network's letters before "Max" name a streaming platform ("HBO Max")
_NETWORK = re.compile(r"[A-Z]{3,}$")


def edition_products(
    text: str, gazetteer: Gazetteer, is_person: Callable[[str], bool] = lambda _: False
) -> Iterator[tuple[int, int]]:
    """Spans of model words and an edition word ("Coinbase Pro", "Kelvar Orbital Max"). The first
    word is no stop word, given name or place, the later ones are model words (no division's,
    body's or listed non-product's word), the whole no head word's name, list entry or person."""
    for edition in matches_at_literals(_EDITION, text, _EDITION_WORDS):
        found = _MODEL_WORDS.search(text, max(0, edition.start() - _REACH), edition.start())
        if found is None or _GIVEN_NAME_THEN_SURNAME.match(text, edition.start()):
            continue  # "Colonel Max Roe": the edition word is a given name before a surname
        words = found.group(0).split()
        while words and (words[0].lower() in STOP_WORDS or _NOT_LEAD.match(words[0])):
            words = words[1:]  # "The Vela Pro", "Buy Vela Pro": the name opens after
        if not words or (_NETWORK.match(words[-1]) and edition.group(0).startswith("Max")):
            continue
        name = " ".join((*words, edition.group(0)))  # with its number: "Zorvex Pro 14"
        if not _model_name(words, name, gazetteer) or (is_person(name) and not _maker(words[0], gazetteer)):
            continue
        yield edition.end() - len(name), edition.end()


# A listing's or a headline's words before the name: a verb of buying, a word of novelty or order
# ("Buy Vela Pro", "All-New Vela Pro", "Second-Generation Vela Pro")
_NOT_LEAD = re.compile(
    r"(?:New|Get|Buy|Save|Only|Just|Deal|Deals|All|Every|Brand|Latest|Next|Last|"
    r"First|Second|Third|Fourth|Fifth|Sixth)(?:-[A-Za-z]+)?$"
)


def _model_name(words: list[str], name: str, gazetteer: Gazetteer) -> bool:
    """Whether the words before the edition word name a model: a first word that is no given name
    (but a listed company's) or place, later model words, and a whole no list knows (but as a
    product) nor a head types."""
    first = gazetteer.lookup(words[0])
    if (is_given_name(words[0]) and not _maker(words[0], gazetteer)) or (
        first is not None and first.type == "LOCATION"
    ):
        return False
    if not all(model_word(w, i > 0, gazetteer) for i, w in enumerate(words[1:])):
        return False
    entry = gazetteer.lookup(name)
    return (entry is None or entry.type == "PRODUCT") and head_type(name) is None


def _maker(word: str, gazetteer: Gazetteer) -> bool:
    """A company the gazetteer lists, though its name is a given name too ("Meta Vela Pro")."""
    entry = gazetteer.lookup(word)
    return entry is not None and entry.type == "ORGANIZATION"
