"""Products by the family their name belongs to, where the model read a body: a listed product in
the plural ("two Zorblets" where the list knows "Zorblet": "PlayStations", "iPods"), and a maker
of two words or with "&" before model words that carry a model's mark ("Harlow & Dunne Premium 3D
Sound System", "Harlow Quill X200"), and a game or a title of a listed console ("the PS2 title
Harbor Raiders", "the Xbox-only game Salt Town"). A maker's service with a tier word ("Acme Music Unlimited")
is left alone: the annotations type a streaming service a body as often as a product.

The list's own consoles, operating systems and telescopes are typed by ``kinds.listed_product``;
these rules read the name and the gazetteer, and the console's rule a bounded window before
the name (the cost stays linear in the item).
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.gazetteer.lists import market_index_names
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.products import model_word


def listed_plural(surface: str, gazetteer: Gazetteer) -> bool:
    """One or two words ending on a plural "s" whose singular the list holds as a product, no
    market index ("PlayStations", "Nintendo GameBoys" from "GameBoy"): the units sold, a product."""
    words = surface.split()
    if not 1 <= len(words) <= 2 or not surface.endswith("s") or surface.endswith("ss"):
        return False
    filed = gazetteer.lookup(surface)
    if filed is not None:  # "Nissan Motors", "Sims": the list's own name decides, and the list
        # files a product's plural under the product (session 47, "Kindles")
        return (
            filed.type == "PRODUCT"
            and filed.name.lower() != surface.lower()
            and filed.name not in market_index_names()
        )
    entry = gazetteer.lookup(surface[:-1])
    if entry is None and len(words) == 2:
        lead = gazetteer.lookup(words[0])
        entry = gazetteer.lookup(words[1][:-1]) if lead is not None and lead.type == "ORGANIZATION" else None
    return entry is not None and entry.type == "PRODUCT" and entry.name not in market_index_names()


# A model's mark: a word with a digit and a letter ("X200", "3D"; no year, no quarter's or half's
# code, "Q3", "H1", "FY24") or a capital inside it ("DualShock"), or a device's kind in title case
# last ("Sound System", "Controller", "Headphones").
_MARKED = re.compile(r"(?![QH][1-4]$|FY\d*$)(?=\w*[A-Za-z])\w*\d\w*|[A-Z][a-z]+[A-Z]\w*")
_DEVICE_TAILS = frozenset(
    word_list("controller controllers headphones earbuds headset soundbar speakers camera console smartwatch")
)
_SOUND_SYSTEM = re.compile(r"(?:Sound|Audio) System$")


def _maker_lead(words: list[str], gazetteer: Gazetteer) -> int:
    """How many words open the name with a company the list knows that has two or three words or
    an "&" ("Harlow Dunne", "Harlow & Dunne"); 0 when none does."""
    for n in (3, 2):
        if len(words) > n:
            lead = gazetteer.lookup(" ".join(words[:n]))
            if lead is not None and lead.type == "ORGANIZATION":
                return n
    return 0


def _partnership(words: list[str]) -> int:
    """3 when two capitalised words joined by "&" open a name of four words or more ("Harlow &
    Dunne ..."), a partnership's name, listed or not; 0 otherwise."""
    joined = len(words) >= 4 and words[1] == "&" and words[0][:1].isupper() and words[2][:1].isupper()
    return 3 if joined else 0


def long_maker_model(surface: str, gazetteer: Gazetteer) -> bool:
    """A maker of two or three words or with "&" (a listed company, or two capitalised words
    joined by "&"), then model words of which one bears a model's mark or a device's kind ends
    the name ("Harlow & Dunne Premium 3D Sound System", "Harlow Dunne Quill X200"). The words
    after the maker must be model words (no division's, body's or listed non-product's word),
    so "Harlow & Dunne Asset Management" and "Harlow Dunne Foundation" stay bodies."""
    words = surface.split()
    if not 3 <= len(words) <= 8 or gazetteer.lookup(surface) is not None:
        return False
    lead = _maker_lead(words, gazetteer) or _partnership(words)
    rest = words[lead:]
    if lead == 0 or not rest or not all(model_word(w, i > 0, gazetteer) for i, w in enumerate(rest)):
        return False
    tail = " ".join(rest)
    return (
        any(_MARKED.fullmatch(w) for w in rest)
        or rest[-1].lower() in _DEVICE_TAILS
        or _SOUND_SYSTEM.search(tail) is not None
    )


# "the PS2 title Harbor Raiders", "the Xbox-only game Salt Town", "GameCube rhythm game Tarvo
# Drums": a game or a title right after a console's or a system's name is the game; the name
# before it must be a product the list holds (no market index), so "the Arsenal game" and "the
# Harlow title" (a match, a cup) stay what they were.
_PLATFORM_GAME_BEFORE = re.compile(
    r"(?P<platform>[\w.]+(?:[ \t][\w.]+){0,2}?)(?:-only|-exclusive)?[ \t]+(?:[a-z]+[ \t]+){0,2}?"
    r"(?:game|title)[ \t]+$"
)
_PLATFORM_REACH = 60  # characters looked back: a console of up to three words, two modifiers, the kind


def platform_title(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to six words, no listed name, right after a listed product's name and
    "game" or "title" ("the PS2 title Harbor Raiders")."""
    start = max(0, cand.start - _PLATFORM_REACH)
    if not text[start : cand.start].rstrip(" \t").endswith(("game", "title")):
        return False  # the cheap test first: the kind word right before the name
    if not 1 <= len(surface.split()) <= 6 or gazetteer.lookup(surface) is not None:
        return False
    before = _PLATFORM_GAME_BEFORE.search(text, start, cand.start)
    if before is None:
        return False
    words = before["platform"].split()
    for n in range(len(words)):
        entry = gazetteer.lookup(" ".join(words[n:]))
        if entry is not None:
            return entry.type == "PRODUCT" and entry.name not in market_index_names()
    return False
