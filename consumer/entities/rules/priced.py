"""Products named after their price: "the $199 Orvo Bell", "a £80 Tavo Dot speaker".

Reviews and gift guides put a thing's price between the determiner and its name; what has a
retail price there is a product (a service's or a body's name takes a noun after it: "a $10 Acme
gift card", "the $20 Zorbly plan", and those are left out). The small model reads such names as
a body or a person, or misses them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.shared import NOT_PRODUCT_WORD, matches_at_literals

# A price (no "million" after it), then one to three capitalised name words; what follows the name
# is checked by the caller
_PRICED = re.compile(
    r"[$£€](?:\d{1,3}(?:,\d{3})+|\d{1,5})(?:\.\d\d)?[ \t]+"
    r"(?P<name>(?:[A-Z][\w&'’+-]*[a-z][\w&'’+-]*|[a-z]{1,2}[A-Z][\w-]*)"
    r"(?:[ \t]+(?:[A-Z][\w&+-]*|\d{1,4}[A-Za-z]{0,3})){0,2})(?![\w'’&+-])"
)
# A determiner right before the price: "the $199 ...", "its $80 ..."
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ur|[Yy]our|[Mm]y|[Hh]is|[Hh]er)[ \t]+$"
)
_DETERMINER_REACH = 8  # characters looked back from the price
# What may follow the name: a punctuation mark, the text's end, or a function word or verb ("is",
# "has", "provides", "sold", "launched"); a noun after it makes the name a modifier ("the $10 Acme
# gift card")
_AFTER = re.compile(r"[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?P<word>[a-z]+)\b")
_VERBS_AFTER = frozenset(
    word_list(
        "provides offers costs comes gets features lets sells works uses looks runs adds includes "
        "brings packs supports delivers boasts sports has is was does can will sold went came got made"
    )
)
# Words of money or of an amount's unit a price may precede ("the $50 Acme Gift Card", "$35 USD")
_MONEY_WORDS = frozenset(
    word_list(
        "million billion trillion thousand off plus per each total bonus credit credits gift card cards "
        "voucher coupon fee fees fine bill ticket tickets prize reward discount rebate subscription "
        "membership plan tier deposit donation grant payment loan budget"
    )
)


def _verb_or_function_word(word: str) -> bool:
    """A word that ends a noun phrase before it: a function word, a verb of the list, a past tense."""
    return word in STOP_WORDS or word in _VERBS_AFTER or word.endswith("ed")


def priced_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of names a determiner and a price lead that end their noun phrase ("the $199 Orvo
    Bell,"): never a money word, a date, a name the gazetteer knows (but as a product), a given
    name or a place first, nor a head word's name."""
    for match in matches_at_literals(_PRICED, text, "$£€"):
        start = match.start()
        if _DETERMINER_BEFORE.search(text, max(0, start - _DETERMINER_REACH), start) is None:
            continue
        words = match.group("name").split()
        if any(w.lower() in _MONEY_WORDS or NOT_PRODUCT_WORD.search(w) for w in words):
            continue
        after = _AFTER.match(text, match.end("name"))
        word = after.group("word") if after is not None else None
        if after is None or (word is not None and not _verb_or_function_word(word)):
            continue
        name = " ".join(words)
        entry, first = gazetteer.lookup(name), gazetteer.lookup(words[0])
        if (entry is not None and entry.type != "PRODUCT") or (
            first is not None and first.type == "LOCATION"
        ):
            continue
        if is_given_name(words[0]) or head_type(name) is not None:
            continue
        yield match.span("name")
