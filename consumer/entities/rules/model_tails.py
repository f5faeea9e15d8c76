"""Products named by a hyphened model code before a kind of device, by a listed product and the
edition words the name runs on with, by a maker and model words ending on a hyphened mark, or by
a model's name before a glued plus or a generation in brackets.

Four shapes the other product finders stop short of:

- "the XR-400 headphones", "its KV-9Z drone", "Kelby's TX-30 earbuds": a code of capitals, a
  hyphen and digits, after a determiner or an owner's possessive and right before a lower-case
  kind of device, is the device's model. ``products`` takes a code glued together ("K52") before
  such a noun, or a hyphened one of a single capital ("F-35"); a code of two or more capitals and
  a hyphen went unread. Standards and network generations ("USB-C", "Wi-Fi 6", "5G") have no such
  shape, and the kind noun must close the noun phrase, so "the HX-20 phone maker" names no model.
- "the PlayStation 9 Slim", "Xbox Series Z Digital Edition", "the Apple Watch SE": a product the
  gazetteer lists (or a listed maker's model words) and an edition tail that follows a console's
  or a watch's name ("OLED", "SE", "SP", "XL", "Slim", "Edition", "Digital Edition") is one
  product, whole; the model and the other finders stopped before the tail ("Apple Watch") or read
  the tail as a work ("Digital Edition"). Found by ``str.find`` of the tail words, the name looked
  for in a bounded window before each.
- "the Ford Corvela Mach-Z", "a Kia Tarvo Sport-X": a maker the gazetteer lists (or a carmaker's
  brand) and one or two model words, the last a word hyphened to one or two capitals or digits,
  is the maker's model, whole; the model cut the name at the hyphen and read the maker as the
  company and the model words as a person. Tried only where a hyphen stands before a capital.
- "the Kelby Vela S8+", "Amazon Echo Vela (4th Gen)": a plus glued to a model's code, or a
  generation in brackets after a maker's model (a deal post's habit), marks the model; the code
  finder stopped before the plus, and the model read the maker alone. A service's plus ("Disney+")
  follows no code, maker's model or listed product, and is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.products import CAR_BRANDS, maker_product
from consumer.entities.rules.shared import matches_at_literals

# Kinds of device a model code stands before; the kind ends its noun phrase (a function word, a
# punctuation mark or a verb after it, no noun it modifies: "the HX-20 phone maker").
_DEVICE_KINDS = (
    r"(?:headphones|earphones|earbuds|headsets?|smartphones?|phones?|handsets?|laptops?|notebooks?|"
    r"tablets?|smartwatch(?:es)?|watch(?:es)?|cameras?|camcorders?|drones?|consoles?|speakers?|"
    r"soundbars?|projectors?|routers?|monitors?|TVs?|televisions?|e-readers?|e-bikes?|scooters?|"
    r"vacuums?|printers?|keyboards?)"
)
_OWNER = r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our|an?|[Nn]ew|[A-Z][\w&-]*['’]s)"
_CODED_KIND = re.compile(
    rf"(?<![\w'’-]){_OWNER}[ \t]+(?:new[ \t]+|latest[ \t]+)?"
    r"(?P<name>[A-Z]{2,4}-\d{1,5}[A-Z]{0,3}\d{0,2}\+?)"
    rf"[ \t]+{_DEVICE_KINDS}(?![\w-])"
    r"(?![ \t]+(?:makers?|manufacturers?|brands?|lines?|business(?:es)?|division|units?|market|"
    r"sales|shipments|production|plants?|factor(?:y|ies)|maker|owners?|users?)\b)"
)
# a code such as a network's, a pollutant's, a disease's or a flight's, no device's model
_NOT_CODE = re.compile(r"^(?:COVID|SARS|MERS|CO|PM|MH|HK|AF|BA|UA|DL|AA|FY|G|U|H|N|Q)-", re.IGNORECASE)
# the hyphen first, its capital read behind it: a pattern that opens on a look-behind is tried at
# every position of the text, one that opens on a character is searched for it in C (the same
# one-character matches, at a twentieth of the cost; issue 11, session 47)
_CAPITAL_HYPHEN_DIGIT = re.compile(r"-(?<=[A-Z]-)(?=\d)")


def coded_kind_products(text: str) -> Iterator[tuple[int, int]]:
    """Spans of a hyphened code of capitals and digits before a kind of device, after a determiner
    or an owner's possessive ("the XR-400 headphones" → XR-400); tried only where a hyphen stands
    between a capital and a digit, in a bounded window around it."""
    seen = -1
    for literal_at in _hyphen_digits(text):
        start = max(0, literal_at - 40)
        for match in _CODED_KIND.finditer(text, start, min(len(text), literal_at + 80)):
            if match.start("name") > literal_at or match.end("name") <= literal_at:
                continue
            if match.start("name") > seen and not _NOT_CODE.match(match.group("name")):
                seen = match.start("name")
                yield match.span("name")


def _hyphen_digits(text: str) -> Iterator[int]:
    """Where a hyphen stands between a capital and a digit, in text order."""
    return (m.start() for m in _CAPITAL_HYPHEN_DIGIT.finditer(text))


# The tail words after a product's name: a screen's letters, a special or a slimmer edition, an
# edition's own name ("Digital Edition": "Digital" is read as a name word before it). A two-capital
# edition ("SE", "SP", "XL") follows a listed product only, never a maker's words: "SE" is a
# European company's form too ("Kelby SE"), "XL" a clothing maker's size.
_TAIL_WORDS = ("OLED", "SE", "SP", "XL", "Slim", "Edition")
_TAIL = re.compile(r"(?<![\w'’&+-])(?:OLED|SE|SP|XL|Slim|Edition)(?![\w'’&+-])")
# A word or a number after a two-capital tail makes it no edition ("the Xbox SE Asia store"); after
# a word tail it is an accessory's or a listing's ("the PlayStation 9 Slim Carry Case"), the name
# still ending at the tail, as an edition word's does (`editions.py`)
_AFTER_CODE = re.compile(r"[ \t]+(?:[A-Z0-9]|&)")
# One to four name words right before the tail, each capitalised, a code or a short number
# (the last may be a possessive before "Edition": "the Vela Founder's Edition")
_NAME_BEFORE = re.compile(
    r"(?<![\w'’.&+-])((?:(?:[A-Z][\w&+-]*|[a-z]{1,2}[A-Z][\w-]*|\d{1,3})[ \t]){0,3}"
    r"(?:[A-Z][\w&+-]*|[a-z]{1,2}[A-Z][\w-]*|\d{1,3}|(?P<owner>[A-Z][a-z]+['’]s))[ \t])$"
)
_REACH = 60


def tailed_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a listed product's name or a listed maker's model and an edition tail ("the
    PlayStation 9 Slim", "Xbox Series Z Digital Edition"): the words before the tail, shortened from the
    left, must open with a listed product (and up to three more name words) or be a maker's model
    (``maker_product``)."""
    for tail in matches_at_literals(_TAIL, text, _TAIL_WORDS):
        found = _NAME_BEFORE.search(text, max(0, tail.start() - _REACH), tail.start())
        if found is None or (found.group("owner") and tail.group(0) != "Edition"):
            continue
        words = found.group(1).split()
        spans = _word_starts(found.group(1), found.start(1))
        code = tail.group(0) in ("SE", "SP", "XL")
        if (code and _AFTER_CODE.match(text, tail.end())) or (
            tail.group(0) == "Slim" and is_given_name(words[-1])
        ):
            continue  # "Xbox SE Asia"; "Slim" a surname after a given name ("Sony Jorge Slim")
        for i, word in enumerate(words):
            if word[:1].isdigit():
                continue
            if _listed_product_lead(words[i:], gazetteer) or (
                not code and len(words) - i >= 2 and maker_product(" ".join(words[i:]), gazetteer)
            ):
                yield spans[i], tail.end()
                break


def _listed_product_lead(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words open with a product the gazetteer lists and go on with at most three
    name words ("Xbox Series Z Digital")."""
    for n in range(1, len(words) + 1):
        entry = gazetteer.lookup(" ".join(words[:n]))
        if entry is not None and entry.type == "PRODUCT":
            rest = words[n:]
            return len(rest) <= 3
    return False


def _word_starts(chunk: str, offset: int) -> list[int]:
    """The start of each word of ``chunk`` (found at ``offset`` in the text)."""
    return [offset + m.start() for m in re.finditer(r"\S+", chunk)]


# A maker, one model word or none, and a word hyphened to a mark of one or two capitals or digits
# that ends the name ("Ford Corvela Mach-Z"; never "Coca-Cola", "Jean-Luc": a word after the
# hyphen)
_HYPHEN_MARKED = re.compile(
    r"(?<![\w'’.&+-])(?P<maker>[A-Z][\w&]*)[ \t]+(?:(?P<model>[A-Z][a-z][\w]*)[ \t]+)?"
    r"(?P<marked>[A-Z][a-z]+-[A-Z0-9]{1,2})(?![\w'’&+-])"
)
_HYPHEN_REACH = 50  # characters looked back from the hyphen for the maker
_LOWER_HYPHEN_MARK = re.compile(r"-(?<=[a-z]-)(?=[A-Z0-9])")  # the hyphen first, as above


def hyphen_marked_models(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a listed maker's (or a car brand's) model whose last word is hyphened to a mark
    ("the Ford Corvela Mach-Z"): the model words are no division's, body's or listed word."""
    last = -1
    for at in _hyphen_capitals(text):
        for match in _HYPHEN_MARKED.finditer(text, max(0, at - _HYPHEN_REACH), min(len(text), at + 4)):
            if match.end() <= last or not match.start("marked") < at < match.end("marked"):
                continue
            name = match.group(0)
            words = name.split()
            maker = gazetteer.lookup(words[0])
            listed = (maker is not None and maker.type == "ORGANIZATION") or words[0] in CAR_BRANDS
            if listed and maker_product(name, gazetteer):  # the hyphened word whole: "Mach-Z" no town
                last = match.end()
                yield match.span()


def _hyphen_capitals(text: str) -> Iterator[int]:
    """Where a hyphen stands between a lower-case letter and a capital or a digit."""
    return (m.start() for m in _LOWER_HYPHEN_MARK.finditer(text))


# "the Kelby Vela S8+", "Amazon Echo Vela (4th Gen)": a plus glued to a model's last word, or a
# generation in brackets after the name, marks a model the finders cut short or missed; the name
# is the words before (with the plus), where they hold a listed product, a listed maker's model or
# end on a code of letters and digits.
_GLUED_PLUS = re.compile(r"(?<=[A-Za-z0-9])\+(?![\w+&'’-])")
_GENERATION_BRACKET = re.compile(
    r"[ \t]\((?:1st|2nd|3rd|[4-9]th|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)[ \t-]"
    r"[Gg]en(?:eration|\.)?\)"
)
_NAME_WORDS = re.compile(
    r"(?<![\w'’.&+-])((?:(?:[A-Z][\w&-]*|[a-z]{1,2}[A-Z][\w-]*|\d{1,3})[ \t]){0,4}"
    r"(?:[A-Z][\w&-]*|[a-z]{1,2}[A-Z][\w-]*|\d{1,3}))$"
)
_LETTER_DIGIT_CODE = re.compile(r"(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]+$")


def marked_models(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a model's name before a glued plus (with it) or a generation in brackets (without
    it): "the Kelby Vela S8+", "Amazon Echo Vela (4th Gen)"."""
    # the plus's pattern opens on a look-behind, so it is tried at every position: most texts
    # hold no "+" at all (issue 11; session 47)
    ends = [(m.start(), m.end()) for m in _GLUED_PLUS.finditer(text)] if "+" in text else []
    ends += [(m.start(), m.start()) for m in _GENERATION_BRACKET.finditer(text)]
    for name_end, span_end in sorted(ends):
        found = _NAME_WORDS.search(text, max(0, name_end - _REACH), name_end)
        if found is None:
            continue
        words = found.group(1).split()
        spans = _word_starts(found.group(1), found.start(1))
        for i, word in enumerate(words):
            rest = words[i:]
            if word[:1].isdigit() or (i == 0 and word in _ARTICLE_WORDS):
                continue
            if (
                _listed_product_lead(rest, gazetteer)
                or (2 <= len(rest) <= 4 and maker_product(" ".join(rest), gazetteer))
                or (len(rest) >= 2 and _LETTER_DIGIT_CODE.match(rest[-1]) and _model_lead(rest[0], gazetteer))
            ):
                yield spans[i], span_end or name_end
                break


_ARTICLE_WORDS = frozenset(("The", "A", "An", "Its", "Their", "Buy", "Get", "New", "Save"))


def _model_lead(word: str, gazetteer: Gazetteer) -> bool:
    """A first word a model's name may open with: no place, person's title or body the list knows
    but a company or a product."""
    entry = gazetteer.lookup(word)
    return word not in _ARTICLE_WORDS and (entry is None or entry.type in ("ORGANIZATION", "PRODUCT"))
