"""A car's model code and its body style are one product: "the ZX500 Convertible", "the Varo
Q7 Coupe", "the ZX Convertible Concept" (session 43).

Car pages name a model by its code and a capitalised body style, a concept car by a further
"Concept". The small model reads such a name as a body ("ZX500 Convertible" an organisation, or
the code alone), and the maker-and-model finders need a listed maker before the code. A code is
what makes the words a model: letters glued to digits ("ZX500", "Q7"), a short number ("911"),
or two to three capitals ("ZX"); a listed maker or a carmaker's brand before the code is part of
the name. The body style must end the name (no capitalised word after it but "Concept"), so a
bond's or a fund's "Convertible" ("the KLM Convertible Notes") names no car, and a lower-case
"convertible" (a bond) is never read. Found by ``str.find`` of the style words, the code looked
for in a bounded window before each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.products import CAR_BRANDS
from consumer.entities.rules.shared import matches_at_literals

_STYLE_WORDS = ("Convertible", "Coupe", "Coupé", "Sedan", "Roadster", "Hatchback", "Cabriolet", "Spyder")
_STYLE = re.compile(
    r"(?<=[ \t])(?:Convertible|Coup[eé]|Sedan|Roadster|Hatchback|Cabriolet|Spyder)"
    r"(?P<concept>[ \t]Concept)?(?![\w'’&+-])"
)
# A capitalised word after the style (other than "Concept") makes it a fund's, a bond's or a
# title's word: "the KLM Convertible Notes", "ZX Coupe Club"
_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z0-9]|&)")
# The code right before the style, perhaps a maker's word before it, and nothing name-like before
# that: "the ZX500 ", "Kelvo Q7 ", "its 911 "
_CODE = r"(?:[A-Z]{1,3}[ \t]?\d{1,4}[A-Za-z]{0,2}|[A-Z][a-z]?\d{1,4}|\d{3}|[A-Z]{2,3})"
_CODE_BEFORE = re.compile(rf"(?<![\w'’.&+-])(?:(?P<maker>[A-Z][\w&-]*)[ \t])?(?P<code>{_CODE})[ \t]$")
_SPACED_CODE = re.compile(r"[A-Z]{1,3} \d{1,4}[A-Za-z]{0,2}")
_REACH = 40  # characters before the style: a maker's word and a code
# letters a news page writes before a style word that are no model's: a network's, a channel's
_NOT_CODES = frozenset(("TV", "US", "UK", "EU", "AI", "CEO", "PR", "AP", "THE", "NEW"))


def body_style_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a model code (a listed maker or a car brand before it included) and a body style,
    perhaps "Concept" after it: "the ZX500 Convertible", "Kelvo Q7 Coupe", "the ZX Convertible
    Concept"."""
    for style in matches_at_literals(_STYLE, text, _STYLE_WORDS):
        if _NAME_AFTER.match(text, style.end()):
            continue
        found = _CODE_BEFORE.search(text, max(0, style.start() - _REACH), style.start())
        if found is None or found.group("code") in _NOT_CODES:
            continue
        listed = gazetteer.lookup(found.group("code"))
        if listed is not None and listed.type != "PRODUCT":
            continue  # "a Kelby Convertible": a maker's letters, the style alone after them
        start = found.start("code")
        maker = found.group("maker")
        if maker is not None:
            entry = gazetteer.lookup(maker)
            if maker in CAR_BRANDS or (entry is not None and entry.type == "ORGANIZATION"):
                start = found.start("maker")
            elif _SPACED_CODE.fullmatch(f"{maker} {found.group('code')}"):
                start = found.start("maker")  # "the ZX 500 Convertible": letters and a number, one code
        yield start, style.end()
