"""Products named by a model year, a maker and model words: "the 2021 Toyota Corvella Hybrid".

Car news and reviews put the model year before the maker's name; the small model then reads the
maker alone as the company and the model words, if at all, as a person or a body ("Corvella
Hybrid", "Ranger Raptor"), or the maker and the model as a person ("a 2019 Ford Ranger"). A year
right before a maker the gazetteer lists, and model words after it, name the model: the product is
the maker and the model words, the year left out (it is an alias by the conventions).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.products import maker_product
from consumer.entities.rules.shared import matches_at_literals

# A model year (1950-2039) with no digit, sign or word glued to it, then a capitalised maker and
# up to three model words (capitalised, a trim code, a number after the first model word).
_MODEL_YEAR = re.compile(
    r"(?<![\w.,/$£€-])(?:19[5-9]\d|20[0-3]\d)[ \t]+"
    r"(?P<name>[A-Z][\w&-]*(?:[ \t]+(?:[A-Z][\w&+-]*|\d{1,4}[A-Za-z]{0,3}|[a-z][A-Z][\w-]*)){1,3})"
    r"(?![\w'’&-])"
)
# Words a title-case headline or a listing puts after the model ("2022 Vela Strada Review", "...
# First Drive", "... Wireless Earphones"); an "of" after the name is a place's or a prize's ("the
# 2020 Harbor Grand Prix of Dunmore").
_NOT_MODEL_WORDS = frozenset(
    word_list(
        "review reviews first drive drives test tests tested preview previews price prices pricing specs "
        "interior exterior recall recalls vs versus buyers buyer guide owners owner sales release "
        "launch debut reveal revealed gets adds earns wins costs starts"
        # a listing's words for what the thing is ("2019 Vela Buds 2 Wireless Earphones")
        " wireless bluetooth smart portable gaming earphones earbuds headphones headset laptop notebook"
        " monitor router tablet speaker speakers soundbar camera phone smartphone tv hdtv console"
    )
)
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+[A-Z]")
# Kinds of yearly things no maker makes: a league's draft, a season, a report ("2017 Harbor Mock
# Draft", "the 2020 Acme Annual Report"): the run is no model at all.
_NOT_PRODUCT_KINDS = frozenset(
    word_list(
        "draft drafts season seasons playoffs playoff championship championships tournament conference "
        "summit election elections budget report census survey awards award festival fair show expo "
        "games olympics cup league final finals event events week day tour"
    )
)


def model_year_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a listed maker and model words after a model year ("2021 Toyota Corvella Hybrid"):
    the maker must be a company the gazetteer lists (one word, no place) and the model words no
    division's, body's or prize's (``maker_product``); a headline's words after the model are cut
    off ("2023 Toyota Corvella Review")."""
    for match in matches_at_literals(_MODEL_YEAR, text, ("19", "20")):
        words = match.group("name").split()
        if any(w.lower() in _NOT_PRODUCT_KINDS for w in words):
            continue
        keep = next(
            (i for i, w in enumerate(words) if w.lower() in _NOT_MODEL_WORDS or w.lower() in STOP_WORDS),
            len(words),
        )
        if keep < 2:
            continue
        name = " ".join(words[:keep])
        start = match.start("name")
        end = match.end("name") if keep == len(words) else _end_of_words(text, start, keep)
        if keep == len(words) and _OF_AFTER.match(text, end):
            continue  # "the 2020 Harbor Grand Prix of Dunmore": an event's name runs on
        if maker_product(name, gazetteer):
            yield start, end


def _end_of_words(text: str, start: int, count: int) -> int:
    """Where the ``count``-th word after ``start`` ends."""
    end = start
    for _ in range(count):
        while end < len(text) and text[end].isspace():
            end += 1
        while end < len(text) and not text[end].isspace():
            end += 1
    return end
