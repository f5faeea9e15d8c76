"""A model product that is one ordinary English word and nothing in the text calls a product.

The small model types many a capitalised common word a `PRODUCT`: a plural opening a quoted
sentence ("Scripts are vague"), a word of a poem's line ("Cars and houses"), a menu's item
("E-mail Alerts"), a kin word in a headline's title case ("Deport Jo's Daughter"), a people's
noun after "The" ("The Dutchman fielded"), the first word of a foreign body's name, a planet.
The conventions count common nouns and sentence-initial ordinary words as no entities, and a
one-word product the story names without any cue is such a word far more often than a product.

A group is dropped only where every cue agrees: found by the model alone (no list, no rule),
one word of letters that WordNet holds (``dictionary``; a plural by its singular) and no given
name, and no mention with a product's cue: a lower-case kind of made thing or file right after
it or after one or two lower-case words ("an Orbix file", "the Zentra app", "its Vela reusable
launch vehicle") or right before it ("the rover Quellity"), or a list's
earlier item right before it ("Tarvo, Kelby, and Marlin": a product named among others of its
kind). A name some list holds, as a product or anything else ("Kindle", "Apple"), stays.

Cost: one group at a time, a window of about 40 characters on each side of each mention.
"""

from __future__ import annotations

import re

from consumer.entities import retype
from consumer.entities.dictionary import dictionary_words, in_dictionary
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.records import CandidateGroup
from consumer.events import TextField

# kinds of made thing, file or program a product's name stands before or after
_KINDS = (
    r"apps?|applications?|software|programs?|files?|spreadsheets?|documents?|formats?|browsers?|"
    r"devices?|gadgets?|phones?|smartphones?|handsets?|tablets?|laptops?|computers?|consoles?|"
    r"games?|cameras?|speakers?|headphones|drones?|cars?|vehicles?|trucks?|jets?|aircraft|"
    r"rovers?|probes?|landers?|orbiters?|spacecraft|satellites?|rockets?|telescopes?|tools?|"
    r"platforms?|services?|systems?|engines?|chips?|processors?|players?|readers?|drugs?|vaccines?"
)
# the kind right after the name or after one or two lower-case words that describe it ("its
# Vela reusable launch vehicle", "Vela lunar lander missions")
_KIND_AFTER = re.compile(rf"(?:[ \t]+[a-z][a-z-]*){{0,2}}?[ \t]+(?:{_KINDS})\b")
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS})[ \t]+$")
# a list's earlier item and its separator right before the word: "Tarvo, Kelby, and "
_LIST_BEFORE = re.compile(r"[A-Z][\w&'-]*(?:,[ \t]+(?:and|or)|,|[ \t]+(?:and|or))[ \t]+$")
_WINDOW = 40


def bare_word_product(group: CandidateGroup, recased: dict[TextField, str], gazetteer: Gazetteer) -> bool:
    """Whether the group is a model product of one dictionary word with no product's cue."""
    name = group.name
    if group.type != "PRODUCT" or group.entry is not None or " " in name or not name.isalpha():
        return False
    if not all(c.origin == "ner" for c in group.cands) or retype.is_given_name(name):
        return False
    if not in_dictionary(name.lower(), dictionary_words()[0]) or gazetteer.lookup(name) is not None:
        return False
    for c in group.cands:
        text = recased[c.field]
        before = text[max(0, c.start - _WINDOW) : c.start]
        if _KIND_AFTER.match(text, c.end) or _KIND_BEFORE.search(before) or _LIST_BEFORE.search(before):
            return False
    return True
