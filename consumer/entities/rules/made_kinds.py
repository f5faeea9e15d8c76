"""Names a lower-case kind of made thing after them makes products: "the Zentrel processor",
"the Quorvo console", "the Kelvane drug", "the Harbor Scout browser", and (session 43) a
spacecraft's lander, rover or orbiter, "our Tarvik Moon lander". The small model reads
such made-up one-word names as bodies, people or nothing (the two-word models before a device's
kind are `named_products`'); the kinds here are ones a thing sold is, never a person, a place or
a firm ("app" is `kinds_after`'s; an aircraft's kind is left out, a maker's name leads it as
often, "an Ilyushin airliner", "a Sikorsky helicopter"). A maker's name stands there too ("the
Pfizer drug"): the extractor drops listed names and names the story writes before a firm's act.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consumer.entities.rules.shared import matches_at_literals

# the kind word, found first (``str.find`` of a few lower-case words), then the name before it
_KIND = re.compile(
    r" (?P<kind>consoles?|handsets?|(?:micro)?processors?|chips?|browsers?|operating system|drugs?|"
    r"rockets?|satellites?|spacecraft|landers?|rovers?|orbiters?|missiles?|(?P<program>programs?))"
    r"(?![\w-])(?P<after> (?P<noun>[a-z]+))?"
)
_KIND_LITERALS = (
    *(" console", " handset", " processor", " microprocessor", " chip", " browser", " operating system"),
    *(" drug", " rocket", " satellite", " spacecraft", " missile", " program"),
    *(" lander", " rover", " orbiter"),
)
# "program" names a scheme as often ("the Kelby loan program"): a computer's only with a word of
# computing near it ("the Skullo program ... a virus", "download the Quillo program")
_COMPUTING = re.compile(
    r"\b(?:computers?|software|download(?:s|ed|ing)?|install(?:s|ed|ing)?|viruse?s?|malware|spyware|"
    r"PCs?|hackers?|file-sharing|worms?|trojans?|anti-virus|antivirus|desktop|laptops?)\b"
)
_COMPUTING_REACH = 200  # characters either side of the kind
# A noun after the kind makes the kind a modifier: a maker, a market or a trade ("the Kelby chip
# maker", "the Marlo drug cartel", "the Velo console market"), no product.
_MODIFIED = frozenset(
    (
        *("maker", "makers", "manufacturer", "manufacturers", "company", "companies", "firm", "firms"),
        *("business", "businesses", "division", "unit", "units", "market", "markets", "industry"),
        *("sales", "giant", "giants", "cartel", "cartels", "lord", "lords", "baron", "barons", "gang"),
        *("gangs", "dealer", "dealers", "trafficker", "traffickers", "trafficking", "trade", "war"),
        *("wars", "smuggler", "smugglers", "smuggling", "plant", "plants", "factory", "factories"),
        *("designer", "designers", "vendor", "vendors", "supplier", "suppliers", "team", "squad"),
        *("test", "tests", "testing", "abuse", "addict", "addicts", "user", "users", "money", "ring"),
        *("stocks", "shares", "sector", "index", "shortage", "shortages", "price", "prices", "exports"),
        *("imports", "output", "production", "demand", "supply", "launch", "launches", "program"),
    )
)
# One to three capitalised words, no possessive, after a lower-case word, a comma or a bracket
# (never a sentence's or a heading's first word) and right before the kind.
_WORD = r"[A-Z][\w&!.-]*[\w&!]"
_NAME_BEFORE = re.compile(rf"(?<=[a-z,;(] )(?P<name>{_WORD}(?: {_WORD}){{0,2}}) $")
# session 48 (J): a launcher or a missile named by one or two words and its designation, a number
# (perhaps with a letter glued on) or a roman numeral ("the Harbor 9 rockets", "the Tarvo V moon
# rocket", "the biggest Orvan IV rockets", "a Kelby March 4C rocket"); "moon" may stand between
# a roman numeral and "rocket" (a mission's number there names the mission whose rocket it is,
# "the Selene 11 moon rocket", no rocket's name). The designation marks a model, so the name's
# word may be one a list holds as a place ("Delta"), and capitals in it are the numeral's.
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X)"
_DESIGNATED_BEFORE = re.compile(
    rf"(?<=[a-z,;(] )(?P<name>{_WORD}(?: {_WORD})? (?:[1-9]\d{{0,2}}[A-Z]?|{_ROMAN}))(?P<moon> moon)? $"
)
_DESIGNATED_KINDS = frozenset(("rocket", "rockets", "missile", "missiles"))
_HYPHENED_LOWER = re.compile(r"-[a-z]")  # "U.S.-made", "Linux-based": a modifier, no name
_REACH = 60  # characters before the kind: three words of a name
# words of a platform, a maker's kind or a manner before the kind, no product of their own
_NOT_NAME_WORDS = frozenset(
    (
        *("internet", "web", "online", "mobile", "new", "free", "generic", "computer", "video"),
        *("games", "game", "smart", "silicon", "memory", "graphics", "flash", "prescription"),
    )
)
# "a blue chip" is a share's kind, not a name; before any other kind "Blue" opens a name as
# often as the spacecraft's own ("the Blue Harbor lander")
_CHIP_ONLY_WORDS = frozenset(("blue",))


def designated_kind_names(text: str) -> Iterator[tuple[int, int]]:
    """ "the Harbor 9 rockets", "the Tarvo V moon rocket": a launcher's or a missile's name with its
    designation before the kind, the span of the name and the designation; never a word in
    capitals before the designation ("the NASA 2 rocket"), a platform's or a manner's word, a
    possessive, or a kind that modifies a noun after it ("the Harbor 9 rocket maker")."""
    for kind in matches_at_literals(_KIND, text, (" rocket", " missile")):
        if kind.group("kind") not in _DESIGNATED_KINDS or kind.group("noun") in _MODIFIED:
            continue
        match = _DESIGNATED_BEFORE.search(text, max(0, kind.start() - _REACH), kind.start() + 1)
        if match is None or (match.group("moon") and match.group("name")[-1].isdigit()):
            continue
        words = match.group("name").split()[:-1]
        if any(w.lower() in _NOT_NAME_WORDS or _HYPHENED_LOWER.search(w) or w.isupper() for w in words):
            continue
        yield match.start("name"), match.end("name")


def made_kind_names(text: str) -> Iterator[tuple[int, int]]:
    """ "the Zentrel processor", "a Quorvo console.": the name before a kind of made thing that
    ends its noun phrase; never a word in capitals (a maker's or a standard's letters as often,
    "the NEC chip", "an HSDPA handset"), a platform's or a manner's word ("the mobile browser"),
    a possessive, a word hyphened to a lower-case one ("the U.S.-made chip"), a kind that
    modifies a noun after it ("the Marlo drug cartel"), or a program with no word of computing
    near it ("the Kelby loan program")."""
    for kind in matches_at_literals(_KIND, text, _KIND_LITERALS):
        if kind.group("noun") in _MODIFIED:
            continue
        match = _NAME_BEFORE.search(text, max(0, kind.start() - _REACH), kind.start() + 1)
        if match is None:
            continue
        words = match.group("name").split()
        if any(w.lower() in _NOT_NAME_WORDS or _HYPHENED_LOWER.search(w) for w in words):
            continue
        if kind.group("kind").startswith("chip") and any(w.lower() in _CHIP_ONLY_WORDS for w in words):
            continue
        if any(w.isupper() for w in words):
            continue
        if kind.group("program") and not _COMPUTING.search(
            text, max(0, kind.start() - _COMPUTING_REACH), kind.end() + _COMPUTING_REACH
        ):
            continue
        yield match.start("name"), match.end("name")
