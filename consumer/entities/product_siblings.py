"""A product family the story names itself: its other models are products too.

A review or a launch story names a family's models by the family's word and a model word
("the Surface Pro ... the Surface Book and the Surface RT", "Fire HD 8 ... the Fire Tablet",
"the Harvon Orbiter 3 ... the Harvon Odyssey"). The model reads one model as a product and the
next as a body or a place, and no list holds the family (``retype.products.listed_product_model``
answers only for a listed one). Here a product of two words or more that some rule or list gave
its type names the family by its first word; a model body or place of two to four words that
opens on that word, whose other words are model words (capitalised, no body's, division's or
service's word, no plural: ``retype.products.family_model_word``), is a product too. The model's
person of such words is left alone: on the dev pages it named a game's character or a shop's deal
("Pokemon Zacian", "Stadia Offer") as often as a model, which the annotations leave out.

The family's word is never a name a list holds as anything but a product ("Verizon", a listed
company, has its bodies as well as its services), never a given name ("Lincoln Navigator" beside
"Lincoln Chafee"), and a product the model alone read never names a family: the small model
reads a lone given name or a town as a product as often ("his daughter Ivanka"). A name the
gazetteer lists, or with a head word ("... Team", "... Park", "... Labs"), keeps its reading.
One pass over the candidates a field; no text is read.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.products import family_model_word
from consumer.events import TextField

_FAMILY_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]{2,}")
_SIBLING_TYPES = frozenset({"ORGANIZATION", "LOCATION"})


def _family_word(surface: str, gazetteer: Gazetteer) -> str | None:
    """The first word of a product's name of two words or more when it may name a family."""
    words = surface.split()
    if len(words) < 2:
        return None
    first = words[0]
    if not _FAMILY_WORD.fullmatch(first) or not any(c.isupper() for c in first):
        return None
    if first.lower() in STOP_WORDS or is_given_name(first):
        return None
    entry = gazetteer.lookup(first)
    if entry is not None and entry.type != "PRODUCT":
        return None
    return first


def family_siblings(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """Retypes, in place, the model's bodies and places that are further models of a
    family one of the story's products names (see the module's docstring)."""
    families: set[str] = set()
    for cand in cands:
        if cand.type == "PRODUCT" and cand.origin != "ner":
            word = _family_word(recased[cand.field][cand.start : cand.end], gazetteer)
            if word is not None:
                families.add(word)
    if not families:
        return
    for cand in cands:
        if cand.type not in _SIBLING_TYPES or cand.origin != "ner" or cand.entry is not None:
            continue
        surface = recased[cand.field][cand.start : cand.end]
        words = surface.split()
        if not 2 <= len(words) <= 4 or words[0] not in families:
            continue
        if gazetteer.lookup(surface) is not None or head_type(surface) is not None:
            continue
        if all(family_model_word(w, gazetteer) for w in words[1:]):
            cand.type = "PRODUCT"
