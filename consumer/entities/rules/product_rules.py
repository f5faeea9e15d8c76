"""Product rules: models, devices, apps and games named by maker, code or kind.

A maker's name with a model code, a kind of device after a name, a hyphened model, a
product's tail words: the shapes that make a name a PRODUCT by the conventions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.retype.lexicons import is_disease, word_list
from consumer.entities.retype.listeners import addressed_span
from consumer.entities.retype.products import launched_before, maker_product
from consumer.entities.rules.network_tails import NETWORK_NOUNS
from consumer.entities.rules.shared import NOT_PRODUCT_WORD
from consumer.entities.rules.versions import versioned_name
from consumer.gate import gated, scan
from consumer.lexicon import (
    ROLE_WORDS,
)

# "- Get Ember Quest on Amazon for $49.99", "Get Lockbox Vault for Free": a deal line in a listicle
# opens on "Get", then what is sold, perhaps a store, then a price. "Get it", "Get 4 Months of ..."
# name nothing (a capital or a digit must open the name, and no pronoun is capitalised here).
_DEAL_LINE = re.compile(
    r"(?m)^(?:[-•*]\s*)?Get (?P<name>[A-Z][\w'’&+-]*(?: [A-Z0-9][\w'’&+-]*){0,5})"
    r"(?: (?:on|at|from) [A-Z][\w.&]*(?: [A-Z][\w.&]*)?)? for (?:\$\s?\d|[Ff]ree\b)"
)


def deal_lines(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """What a listicle's deal line sells ("- Get Ember Quest on Amazon for $49.99"), unless a
    body or a place the gazetteer knows (a store, "Get Walmart+ for $98")."""
    for match in _DEAL_LINE.finditer(text):
        entry = gazetteer.lookup(match.group("name"))
        if entry is None or entry.type == "PRODUCT":
            yield match.span("name")


# --------------------------------------------------------------------------- products
# A product is a name followed by its model: "Galaxy S10", "Airbus A321neo", "Core i7-1165G7",
# "Tianwen-1". The small model misses most of them, or keeps only the maker ("Airbus").
_NAME_WORD = r"(?:[A-Z][\w&'’.+]*|[a-z]{1,2}[A-Z][\w&'’.+]*)"  # "Galaxy", "iPhone", "AirPods"
_CODE = r"(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*"  # letters and digits: "S10"
# Up to two edition words ("Pro Max") and a generation's mark ("Mark II", "Mk III", a bare "II"),
# then a network's generation the maker sells the model with ("Zelvo Q7 5G", "Nova 8 Pro 5G"; never
# one that modifies a noun after it, "the Q7 5G network", which is the network's)
_SUFFIX = (
    r"(?: (?:Pro|Max|MAX|Plus|Ultra|Mini|Lite|Ti|Super|XL|XT|SE)){0,2}"
    r"(?: (?:Mark|Mk\.?) (?:II|III|IV|V|VI|VII|[2-9])| (?:II|III|IV|VI|VII))?"
    rf"(?: [45]G(?![\w-]| {NETWORK_NOUNS}\b))?"
)
# A part number after a model's line and a one- or two-digit number or a code ("Zen 9 5950X", "Core
# i7 8700K"): digits and one or two capitals, never a memory size ("256GB"), a resolution ("1080P"),
# a distance ("1500M") or an era ("2000AD")
_PART = r"(?: (?!\d+(?:[KMGT]B|P|M|AD|BC|MP)(?![\w-]))\d{3,5}[A-Z]{1,2}(?![\w-]))"
# A point release after a model's number or code ("Sense UI 4.1", "Gimlet v9.5", "USB 3.0"), taken
# whole: the model stopped at the point, so the name was cut at it ("USB 3")
_POINT = r"(?:\.\d{1,3}(?:\.\d{1,3})?(?!\.?\d))?"
# what follows a number with a point that is a figure, no model ("Harbor GDP 2.5 percent", "Acme EV
# 6.5 kWh packs", "Kelvo XR 3.5 mm")
_POINT_FIGURE_AFTER = re.compile(
    r"[ \t]*(?:%|percent|per\b|pct|points?|[a-zA-Z]{0,2}(?:[Ww]h|[Hh]z|[Bb]|m|g|V|W|A)\b|mm|cm|km|kg|lbs?|"
    r"inch(?:es)?|miles?|feet|ft|times|million|billion|trillion|thousand|hours?|minutes?|seconds?|"
    r"days?|weeks?|months?|years?)"
)
_FIGURE_SERIES = frozenset(("GDP", "GNP", "CPI", "PPI", "PMI", "EPS", "ROI", "ROE"))
_PRODUCT_NOUNS = (
    r"(?:jets?|jetliners?|planes?|aircraft|airliners?|fleet|fighters?|bombers?|drones?|helicopters?|"
    r"rockets?|probes?|satellites?|spacecraft|rovers?|landers?|phones?|smartphones?|handsets?|"
    r"laptops?|notebooks?|tablets?|consoles?|processors?|chips?|chipsets?|cards?|GPUs?|CPUs?|"
    r"headphones|earbuds|speakers?|cameras?|TVs?|monitors?|routers?|cars?|sedans?|SUVs?|trucks?|"
    r"vans?|models?|engines?|reactors?|vaccines?|tanks?|missiles?|ships?|carriers?|submarines?)"
)
_PRODUCT = gated(
    rf"(?<![\w'’.&+-])((?:{_NAME_WORD} ){{0,3}}?{_NAME_WORD} (?P<series>[A-Z]{{2,4}} )?"
    rf"(?:(?P<code>{_CODE}{_POINT})(?: [A-Z]\d{{1,3}}|{_PART})?{_SUFFIX}"
    rf"|(?P<number>\d{{1,5}}{_POINT})(?P<suffix>(?:(?:(?<= \d)|(?<= \d\d)){_PART})?{_SUFFIX})))"
    rf"(?![\w-])(?P<noun> {_PRODUCT_NOUNS}\b)?"
    rf"|(?<![\w'’-])(?P<hyphened>[A-Z][a-z]+(?:['’][a-z]+)?-\d{{1,3}}[A-Za-z]?)(?![\w-])"
    rf"|(?<![\w'’-])(?P<lone>[A-Z][A-Za-z]*\d[\w-]*|[A-Z]-\d{{2,3}}[A-Za-z]?)(?= {_PRODUCT_NOUNS}\b)"
)
# Codes that are not models: quarters and halves, ordinals in any case (a wire's capitals, "SEES
# 2ND QTR", recased "Sees 1St", are no model "1St"), fiscal years, age groups, groups of nations,
# resolutions and network generations, pollutants, flu strains, flight numbers, dimensions, and a
# count of parts or a measure that describes a product in a listing ("3-Piece", "4-Port", "27-Inch",
# "2-Way", "2-in-1", "4ms", "11lb", "22pcs", "3-D"; "3-Series" stays a model).
_GENERATION = re.compile(r"\b(?:Series|Generation|Gen|Mark|Mk|Version) $")  # "Watch Series 3"
_LONE_CODE = re.compile(r"^(?:[A-Z][A-Za-z]*\d[\w-]*|[A-Z]-\d{2,3}[A-Za-z]?)$")
_NOT_HYPHENED_LEAD = frozenset(
    re.findall(
        r"\S+",
        "under over category phase tier top level covid grade stage class type article section chapter "
        "round week day game match group year term",
    )
)
_HYPHENED = re.compile(r"^[A-Z][a-z]+(?:['’][a-z]+)?-\d{1,3}[A-Za-z]?$")
_NOT_MODEL = re.compile(
    r"^(?:[QH][1-4]|FY\d+|U-?\d{2}|G-?\d{1,2}|\d+[DKGPdkgp]|CO2|PM\d+(?:\.\d+)?|H\d+N\d+|[A-Z]{2}\d{2,4}|"
    r"COVID-\d+|\d+(?i:st|nd|rd|th)|\d+s|\d+-[a-z]+|\d+-(?!Series$|Class$)[A-Z][a-z]+|\d+-in-\d+|\d+-[DK]|"
    r"\d+(?:[KMGT]B|mAh|mm|cm|[GM]?Hz|W|V|hp|km|kg|in|ft|m|ms|lbs?|oz|[Pp]cs|Ah))$"
)
# a date ("March 21 phone call") or a possessive ("Apple's 12-inch") is no product name
# A word that ends a sentence: lower-case letters before its full stop, more than an
# abbreviation's ("Monday.", "jets.", not "St.", "Inc.", "Co.")
_SENTENCE_END_WORD = re.compile(r"^[A-Za-z][a-z]{4,}\.$")


_NOT_PRODUCT_LEAD = frozenset(
    "The A An This That These Those Its Their His Her Our My Your In On At By For From With And Or Off Save "  # noqa: SIM905
    "Now New Get Buy Only Just Deal Deals "
    # a sentence's approximate count of crafts or vehicles ("About 30 ships", "Nearly 200 tanks")
    "About Around Nearly Almost Roughly Approximately Some Over Under Another Additional "
    # a list's opener before its first item ("Including PS4 Pro and two games", "All Vela X5 models")
    "Including Includes Featuring All Every Each Both".split()
)


# A country's short code before a model says where it is sold or flown ("US RTX 3080 stock", "the
# UK PS5 restock", "US F-35 jets"), no maker's name.
_COUNTRY_CODE = re.compile(r"^(?:US|U\.S\.|UK|U\.K\.|EU|UAE)$")


def _product_words(text: str, start: int, end: int) -> tuple[int, list[str]]:
    """Where a product name's words start, and the words: after the last sentence end inside
    them ("on Monday. Its 737 fleet") and after a leading determiner or verb ("Its", "Buy")."""
    words = text[start:end].split()
    stop = next((i for i, w in reversed(list(enumerate(words[:-1]))) if _SENTENCE_END_WORD.match(w)), None)
    lead = stop + 1 if stop is not None else 0
    while lead < len(words) - 1 and (words[lead] in _NOT_PRODUCT_LEAD or _COUNTRY_CODE.match(words[lead])):
        lead += 1
    for word in words[:lead]:
        start = text.index(word, start) + len(word)
    while start < end and text[start].isspace():
        start += 1
    return start, words[lead:]


# Every character a match of _PRODUCT consumes is a word character, a space or one of &'’.+-, and
# its look-arounds read no further than one character past such a run; every match holds a digit
# (a model number, a code, a craft's number; a code's look-ahead reads its digit in the same run).
# So each match lies inside a run of those characters that holds a digit, and scanning those runs
# alone (with the text around them in sight) finds the same matches. Issue 11 bounds the cost
# beyond NER; _PRODUCT is the costliest whole-text scan, and about half of news text is in runs
# with no digit.
_PRODUCT_RUN = re.compile(r"[\w&'’.+ -]+")
_DIGIT = re.compile(r"\d")


def _product_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PRODUCT.finditer(text)``, read only in the runs that can hold a match."""
    for run in _PRODUCT_RUN.finditer(text):
        start, end = run.span()
        if _DIGIT.search(text, start, end) is not None:
            yield from _PRODUCT.finditer(text, start, end + 1)


def _point_figure(text: str, match: re.Match[str]) -> bool:
    """A number with a point after a name that is a figure, no model's point release: a unit, a
    share or a count after it, or an economic measure's letters before it."""
    group = "number" if match.group("number") else "code"
    if "." not in (match.group(group) or ""):
        return False
    return (
        _POINT_FIGURE_AFTER.match(text, match.end(group)) is not None
        or (match.group("series") or "").strip() in _FIGURE_SERIES
    )


def products(
    text: str,
    is_place: Callable[[str], bool] = lambda _: False,
    is_maker: Callable[[str], bool] = lambda _: False,
) -> Iterator[tuple[int, int]]:
    """Products named with their model: a code of letters and digits after a name ("Galaxy S10"),
    a number with a product word after it ("the Boeing 757 fleet") or a suffix ("iPhone 11 Pro"),
    and "Name-N" craft ("Tianwen-1"). A bare number after a name is no model without one of
    those ("Beijing 2022", "Route 66", "Section 230"), nor after a place ("sent Ukraine 250
    tanks": ``is_place`` says which words are places), unless a maker (``is_maker``) after an
    article stands before it ("a Boeing 777")."""
    series: set[str] = set()  # first words of the models found: "GTX" of "GTX 1660 Ti"
    bare: list[tuple[int, int, str]] = []  # a word and a bare number: a model of a series found
    for match in _product_matches(text):
        if match.group("hyphened"):
            if _product_hyphened(match.group("hyphened")):
                yield match.span("hyphened")
            continue
        if match.group("lone"):
            if not _NOT_MODEL.match(match.group("lone")):
                yield match.span("lone")  # "the new PS5 console", "the F-35 fighter"
            continue
        code = match.group("code")
        if _point_figure(text, match) or (
            code is not None
            and (_NOT_MODEL.match(code) or (_HYPHENED.match(code) and not _product_hyphened(code)))
        ):
            continue  # "Q3", "CO2", "England Under-21"; "Harbor GDP 2.5 percent" a figure
        number = match.group("number")
        generation = _GENERATION.search(text, match.start(1), match.start("number")) if number else None
        if number:
            owned = _owned_model(text, match.start(1), match.start("number"), is_place)
        else:
            owned = _owned_code_model(text, match.start(1), match.start("code"), is_place)
        if number is not None and not (
            match.group("suffix") or match.group("noun") or match.group("series") or generation or owned
        ):
            made = (
                _made_model(text, match, is_maker)
                or _launched_model(text, match)
                or versioned_name(text, match.start(1), match.start("number"))  # "iOS 13"
            )
            if made is not None:
                yield made
            else:
                _bare_model(text, match, bare)
            continue
        if number is not None and is_place(text[match.start(1) : match.start("number")].split()[-1]):
            continue
        end = match.end(1)
        start, words = _product_words(text, owned or match.start(1), end)
        if len(words) >= 2 and not any(NOT_PRODUCT_WORD.search(w) for w in words[:-1]):
            if not _reference(words):
                series.add(words[0])
                yield start, end
        elif len(words) == 1 and _HYPHENED.match(words[0]) and _product_hyphened(words[0]):
            yield start, end  # "The Pengyun-3 probe": the article was no part of the name
        elif len(words) == 1 and _LONE_CODE.match(words[0]) and match.group("noun"):
            yield start, end  # "The F-35 fighter"
    # "The GTX 1660 Ti beats the GTX 1060": a bare number after the first word of a model the text
    # names with a cue (a suffix, a code, a kind of product) is another model of that series
    yield from ((s, e) for s, e, lead in bare if lead in series)


# An article right before a maker's name and a three-digit number: "a Boeing 777", "another Airbus
# 380", "the Nokia 110"; no count of things follows an article so ("a Boeing 777 landed").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|another|its|their)[ \t]+$")
_MODEL_NUMBER = re.compile(r"[1-9]\d\d$")
_ARTICLES = frozenset(("The", "A", "An", "Another", "Its", "Their"))


# "the Google Vela 4", "a Sony Zentra Fold 3": a listed maker, one or two model words and a short
# number (no year) after an article are the maker's model (a listing's line with no article names
# the maker's deal as often: left alone); a count or a span of time after it
# ("Acme Teams 75 million users", "told the U.N. General Assembly 18 months ago"), a reference's or
# a body's head word ("the BBC Radio 4", "Nokia Group 2") are none.
_MODEL_COUNT_AFTER = re.compile(
    r"[ \t]+(?:million|billion|trillion|thousand|hundred|percent|per|times|points?|people|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:[ \t]+(?:ago|later|earlier))?)\b|[%/:.,]\d"
)


def _maker_words_model(text: str, match: re.Match[str], words: list[str]) -> bool:
    """Whether a maker (checked by the caller, or a launch verb's subject), model words and a short
    number name a model."""
    number = words[-1]
    return (
        len(words) in (3, 4)
        and _SHORT_NUMBER.fullmatch(number) is not None
        and _MODEL_COUNT_AFTER.match(text, match.end(1)) is None
        and all(_model_word(w) for w in words[1:-1])
    )


def _model_word(word: str) -> bool:
    """A capitalised model word, no head of a reference or a body, no date and no possessive."""
    head = word.rstrip(".") in _NOT_MODEL_WORD_AFTER_MAKER
    return word[:1].isupper() and not head and not NOT_PRODUCT_WORD.search(word)


def _launched_model(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """ "Kelpcorp unveiled the Vela Fold 3", "it launched its Orvo Tab 7": one to three model words
    and a short number right after a launch verb and a determiner are what the maker launches."""
    start, words = _product_words(text, match.start(1), match.end(1))
    if text[match.start(1) : start].strip() or not launched_before(text, start):
        return None  # a capitalised word cut off ("the Acme Vela 3"): no launch verb right before
    if words[0] in ("Operation", "Exercise") or _NOT_PRODUCT_KIND_AFTER.match(text, match.end(1)):
        return None  # "launched the Harbor 5 program", "launched Operation Dawn 2": no made thing
    if len(words) in (2, 3) and _maker_words_model(text, match, ["", *words]):
        return start, match.end(1)
    return None


# Kinds of launched things no maker makes ("the Harbor 5 program", "the Kelp 2 fund").
_NOT_PRODUCT_KIND_AFTER = re.compile(
    r"[ \t]+(?:programs?|programmes?|plans?|initiatives?|campaigns?|projects?|strateg(?:y|ies)|funds?|"
    r"schemes?|missions?|operations?|stud(?:y|ies)|trials?|surveys?|festivals?|tours?|series|seasons?|"
    r"events?|contests?|challenges?|competitions?|exercises?|drills?|reforms?|packages?|polic(?:y|ies)|"
    r"reports?|reviews?|rounds?|phases?|lotter(?:y|ies)|auctions?|sales?|offerings?|bonds?|tranches?)\b"
)


def _made_model(text: str, match: re.Match[str], is_maker: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of a maker's name and a bare three-digit model number after an article, or of a
    listed maker, model words and a short number ("Google Zentra 4"), else None."""
    start, words = _product_words(text, match.start(1), match.end(1))
    lead = text[match.start(1) : start].split()  # words cut off the name: "The" in "The Boeing 777"
    article = (lead and lead[-1] in _ARTICLES) or (
        not lead and _ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None
    )
    listed = len(words) >= 3 and "." not in words[0] and is_maker(words[0])  # not "U.N. General Assembly"
    if article and listed and _maker_words_model(text, match, words):
        return start, match.end(1)
    if len(words) != 2 or not _MODEL_NUMBER.match(words[1]) or not is_maker(words[0]):
        return None
    return (start, match.end(1)) if article else None


_BARE_SERIES_NUMBER = re.compile(r"\d{1,4}$")
_YEAR = re.compile(r"(?:19|20)\d\d$")


def _bare_model(text: str, match: re.Match[str], bare: list[tuple[int, int, str]]) -> None:
    """Keep a capitalised word and a bare number of up to four digits, no year ("GTX 1060", "Pixel
    6"), as a model in waiting: it is one only if the text names a model of its series with a cue.
    A reference's head ("Route 66", "Page 5") is never a series."""
    start, words = _product_words(text, match.start(1), match.end(1))
    number = words[-1] if words else ""
    if (
        len(words) == 2
        and _BARE_SERIES_NUMBER.match(number)
        and not _YEAR.match(number)
        and not _reference(words)
        and not NOT_PRODUCT_WORD.search(words[0])
    ):
        bare.append((start, match.end(1), words[0]))


# "Quillon's Vela 7", "the agency's Tarsis 2": a maker's possessive (a capitalised owner that is no
# place) before a name and a bare number makes the number the model's ("Beijing's Route 66" is a
# place's). Heads of references, places, rooms, channels and works are no model's name ("the BBC's
# Radio 4", "Acme's Chapter 11", "the firm's Terminal 2", "its Season 3").
# A code or number after the head of a reference, an address or a place names no model ("Page A8",
# "Apt. 1C", "Township Road 1950E", "Terminal B2"); nor does a bare "Version 2" (no model's line).
_REFERENCE_HEADS = frozenset(
    "Page Apt Apartment Room Suite Road Rd Route Highway Interstate Street St Avenue Ave Gate Row Section "  # noqa: SIM905
    "Seat Box Lot Floor Platform Terminal Ward Zone Exit Pier Dock Bay Berth Lane Chapter Article Clause "
    "Figure Table Appendix Exhibit Precinct Block Building Hall Unit District Division Volume Vol Issue "
    "Episode Season Part Scene Flight Level Phase Stage Tier Grade Class Category".split()
)


def _reference(words: list[str]) -> bool:
    return words[-2].rstrip(".") in _REFERENCE_HEADS or words[0] == "Version"


_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?P<owner>[A-Z][\w&.-]*)['’]s\s+")
_NOT_OWNED_MODEL_HEADS = frozenset(
    "Radio Channel Chapter Section Article Route Highway Terminal Gate Platform Page Level Phase Stage "  # noqa: SIM905
    "Division League Group Class Grade Room Studio Ward District Zone Area Building Hall Block Unit Lot "
    "Vol Volume Issue Episode Season Series Part Act Book Track Number No Flight Pier Floor Suite Tier "
    "Round Game Week Day Year Plan Proposition Prop Amendment Title Rule Lane Line Bay Dock Camp Top".split()
)


_SHORT_NUMBER = re.compile(r"\d{1,3}(?![\d/:.,]\d|[\d/])")  # not "2030", "20/20", "3.5", "2:1"
# Model words no maker's model opens or holds: a reference's, a room's or a body's head ("the BBC
# Radio 4", "Acme Group 2", "the Nokia Foundation 3").
_NOT_MODEL_WORD_AFTER_MAKER = frozenset(
    (
        *_NOT_OWNED_MODEL_HEADS,
        *_REFERENCE_HEADS,
        *word_list("Motor Motors Electronics Group Holdings Bank Foundation Pictures Studios Records Sports"),
        *word_list("Bureau Commission Ministry Administration Department Committee Office Agency Authority"),
        *word_list("Center Centre Institute Council Academy University College School Hospital Club Cup"),
        *word_list("Championship Championships Open Classic Tour Award Awards Prize Summit Festival"),
        *word_list("Day Week Resolution Directive Regulation Decision Protocol Act Law Bill Agenda Goal"),
        *word_list("Mission Assembly Top"),
    )
)


# "Quillon's new Vela 4", "the maker's latest Orvo Tab 7": a word of novelty between the owner's
# possessive and the name frames a model as the bare possessive does.
_OWNER_NEW_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][\w&.-]*)['’]s[ \t]+(?:new|newest|latest|upcoming|next|flagship)[ \t]+$"
)
_OWNER_NEW_REACH = 40  # characters looked back over for the owner


def _owned_model(text: str, start: int, number: int, is_place: Callable[[str], bool]) -> int | None:
    """Where the model's name starts when an owner's possessive leads it, else None."""
    if _SHORT_NUMBER.match(text, number) is None:
        return None  # "Acme's Vision 2030": a year or a count, no model number
    found = None
    for owner in _OWNER_BEFORE.finditer(text, start, number):
        found = owner
    opens = None  # where the name opens: after the possessive, or after the word of novelty
    if found is not None:
        opens = found.end()
    elif (novel := _OWNER_NEW_BEFORE.search(text, max(0, start - _OWNER_NEW_REACH), start)) is not None:
        found, opens = novel, start
    if found is None or opens is None:
        return None
    if is_place(found.group("owner")) or NOT_PRODUCT_WORD.match(found.group("owner")):
        return None  # a place's ("Beijing's Route 66") or a date's ("October's Money 20/20")
    words = text[opens:number].split()
    if not words or words[0] in _NOT_OWNED_MODEL_HEADS or NOT_PRODUCT_WORD.search(words[-1]):
        return None
    return opens


def _owned_code_model(text: str, start: int, code: int, is_place: Callable[[str], bool]) -> int | None:
    """Where a model's name and code start after an owner's possessive inside the match ("Quillon's
    Vela S21", "Harvo's Core i9-10900K"), else None: a name word must stand between the possessive
    and the code; a place's or a date's possessive, or a reference's head, frames no model."""
    found = None
    for owner in _OWNER_BEFORE.finditer(text, start, code):
        found = owner
    if found is None or is_place(found.group("owner")) or NOT_PRODUCT_WORD.match(found.group("owner")):
        return None
    words = text[found.end() : code].split()
    if not words or words[0] in _NOT_OWNED_MODEL_HEADS or NOT_PRODUCT_WORD.search(words[-1]):
        return None
    return found.end()


# "its Blue Moon lander", "the DualShock controller", "the Nova browser", "its Maverick pickups",
# "the Orbit Ring smartwatch": a name between a
# determiner and the kind of product it is, with no model number. Kinds a maker's or a
# publisher's name also stands before ("the Boeing jet", "the Oppo smartphone", "the NHS app",
# "the Times subscription") are left out, and so is a name the gazetteer knows, or whose first
# words it knows as a company, nationality or country ("the Justice Department software").
_NAMED_PRODUCT = gated(
    r"(?:\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|an?|[Nn]ew|[Ll]atest)"
    # a maker's possessive or a count frames one too: "Quillon's Dovara SUV", "12,000 Tavrin sedans"
    r"|(?<![\w'’-])[A-Z][\w&.-]*['’]s|(?<![\w.,])\d{1,3}(?:,\d{3})*)\s+"
    r"(?P<name>(?:[A-Z][\w'’+&-]*|[a-z]{1,2}[A-Z][\w'’+&-]*)(?:\s(?:[A-Z][\w'’+&-]*|[a-z]{1,2}[A-Z][\w'’+&-]*)){0,3})"
    r"\s(?:(?:lander|rover|capsule|controller|thermostat|earbuds|browser|chatbot|voice assistant|"
    r"console|headset|pickup|SUV|sedan|hatchback)s?|smartwatch(?:es)?)\b"
)


# "its Brightwave app", "Corlin's Tidewell app": an owner's app or software. Only after an owner
# ("the Times app" may be a publisher's name); a name with digits or no lower-case letter is a
# disease's or a body's ("its COVID-19 app", "its CDC app"), not the app's. An owner's vehicle or
# craft likewise ("its Skyrell vehicle"); after "the", a maker's name stands there ("the Kia vehicle").
_OWNED_APP = gated(
    r"(?=[A-Za-z])(?:\b(?:[Ii]ts|[Tt]heir)|(?<![\w'’-])[A-Z][\w&.-]*['’]s)\s+"
    r"(?P<name>[A-Z][a-z][A-Za-z]*(?:\s[A-Z][a-z][A-Za-z]*){0,2})"
    r"\s(?:apps?|applications?|software|vehicles?|spacecraft|spaceplanes?|satellites?)\b"
)


# "the quantum satellite Mozi", "on messaging application Quillo": a kind of product in lower
# case, inside a noun phrase, then the name. A bare "probe" is an inquiry ("the FBI probe Crossfire
# Hurricane") and a bare "game" a match, so neither counts. A name followed by a verb in the past
# or a conjunction is a clause's subject ("the drug Pfizer developed", "the app Lena and Tom built").
# "called", "named" or "dubbed" may stand between ("a satellite called Tarvik"); after it a game or
# a mission is named too ("a mission called Europa Clipper", "a game called Hollow Tide").
_KIND_THEN_NAME = gated(  # a scan of every text: gated on the kind words' first letters
    r"(?<=[a-z] )(?:(?:(?P<app>app|application|software|browser|chatbot)|satellite|spacecraft|space probe|"
    r"spaceplane|rover|lander|smartphone|handset|console|SUV|sedan|hatchback|vaccine|drug|medicine|"
    r"(?:video|mobile|computer) game)(?: called| named| dubbed)?|(?:game|mission) (?:called|named|dubbed)) "
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})(?![\w'’&+-])(?P<after> (?:(?:and|or) [A-Z]|[a-z]+\b))?"
)
_SUBJECT_VERB = re.compile(
    r"^ (?:[a-z]+ed|(?:and|or) [A-Z]|has|had|is|was|made|makes|sold|sells|built|bought|uses|says|said|"
    r"led|won|ran)$"
)


def kind_named_products(
    text: str, gazetteer: Gazetteer, is_person: Callable[[str], bool] = lambda _: False
) -> Iterator[tuple[int, int]]:
    """Names a kind of product in lower case stands right before ("the satellite Mozi"). A name
    the gazetteer knows (unless as a company the text calls an app), led by a company's,
    nationality's or country's name, a person's name, or a clause's subject is left out."""
    for match in _KIND_THEN_NAME.finditer(text):
        if match.group("after") and _SUBJECT_VERB.match(match.group("after")):
            continue
        end = match.end("name") - len(match.group("name")) + len(match.group("name").rstrip("."))
        start, words = _product_words(text, match.start("name"), end)  # "... app Quillo." ends there
        name = " ".join(words)
        if not words or any(NOT_PRODUCT_WORD.search(w) for w in words) or is_person(name):
            continue
        if words[0] in ("Operation", "Exercise"):
            continue  # "a mission called Operation Sandstorm": an operation, not a craft
        # a listed company or platform the text calls an app is the app here ("application Weibo")
        entry = gazetteer.lookup(name)
        listed_app = entry is not None and entry.type == "ORGANIZATION" and match.group("app") is not None
        if (entry is not None and not listed_app) or any(
            _leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words))
        ):
            continue
        yield start, end


# "the 2021 Velta e-zora Coupe", "the Velta e-zora SUV": a maker's name, then a model word in lower
# case with a hyphen ("e-tron", "e-golf"), is a model when a model year leads it, or a name, a number
# or a kind of product follows. Common "e-" nouns are no models ("Amazon e-commerce", "Smith e-mails"),
# and a two-letter particle is a name's ("Hassan al-rashid"), so the model's prefix is one letter.
_HYPHEN_MODEL = gated(
    r"(?<![\w'’.&+-])(?P<year>(?:19|20)\d\d )?(?P<name>[A-Z][A-Za-z]+ (?P<model>[a-z]-[a-z]{3,})"
    rf"(?P<more>(?: [A-Z][a-z]+| \d{{1,3}})*))(?P<noun> {_PRODUCT_NOUNS}\b)?(?![\w-])"
)
_COMMON_HYPHENED = re.compile(
    r"^[ex]-(?:commerce|mails?|mailed|books?|readers?|sports|cigarettes?|scooters?|bikes?|waste|learning|"
    r"government|health|payments?|wallets?|tickets?|visas?|cards?|ray|rays)$|^t-shirts?$"
)


def hyphen_models(text: str) -> Iterator[tuple[int, int]]:
    """Models named by a maker and a hyphened lower-case word ("the 2021 Velta e-zora Coupe")."""
    for match in _HYPHEN_MODEL.finditer(text):
        if _COMMON_HYPHENED.match(match.group("model")) or NOT_PRODUCT_WORD.search(
            match.group("name").split()[0]
        ):
            continue
        if match.group("year") or match.group("more") or match.group("noun"):
            start, words = _product_words(text, *match.span("name"))
            if len(words) >= 2:
                yield start, match.end("name")


# Where a lander or a rover goes, not what it is: "the Mars rover", "a Moon lander".
_CELESTIAL = frozenset(
    ("Moon", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Neptune", "Pluto", "Earth", "Sun")
)


# "NASA's Galileo Jupiter probe", "the Vorrel Mars orbiter": a craft's name, then the planet it goes
# to, then the kind of craft. The name ends before the planet. The Moon, the Sun and the Earth are
# parts of names as often ("its Blue Moon lander").
_PLANETS = _CELESTIAL - {"Moon", "Sun", "Earth"}
_CRAFT_BOUND = gated(
    r"(?<![\w'’.&+-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:" + "|".join(sorted(_PLANETS)) + r") "
    r"(?:probes?|orbiters?|landers?|rovers?|spacecraft|missions?)\b"
)


def bound_crafts(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names of crafts before the body they go to ("the Galileo Jupiter probe" → Galileo); a name
    the gazetteer knows is the owner or the body ("the NASA Mars rover", "the Chinese Moon lander")."""
    for match in scan(_CRAFT_BOUND, text):
        start, words = _product_words(text, *match.span("name"))
        if words[-1] in _NOT_PRODUCT_LEAD or words[-1].lower() in STOP_WORDS:
            continue  # "The Mars rover", "Its Moon lander"
        if gazetteer.lookup(" ".join(words)) is None and gazetteer.lookup(words[0]) is None:
            yield start, match.end("name")


# "the Orvel Flex smartphone", "its Tarno Wave gaming mouse", "the Velo Stride 5 running watch": a
# maker's model before a kind of device a maker's bare name also stands before ("the Oppo
# smartphone", "a Kia car"), so the name must have two words at least (a maker and a model, or a
# model of two words); digits may follow its first word. A kind word before a noun of a maker's
# or a market's ("the Acme Labs phone maker", "the Zed Telecom phone business") frames a body.
_DEVICE_KINDS = (
    r"(?:smartphones?|handsets?|laptops?|tablets?|headphones|earphones|soundbars?|routers?|mice|mouse|"
    r"keyboards?|e-bikes?|e-readers?|motorcycles?|projectors?|chromebooks?|handhelds?|"
    r"streaming (?:sticks?|devices?|players?))"
)
# Kinds that also name a person's or a body's role or gear ("the Party speakers", "the war monitor",
# "the News cameras", "the Neighborhood Watch"), a product's only after a device's modifier
# ("the Tarno Echo smart speaker", "a Velo Stride running watch", "the Zed Vista OLED TV").
_DEVICE_MODIFIERS = (
    r"(?:gaming|running|smart|wireless|noise-cancell?ing|electric|mechanical|robot|action|"
    r"mirrorless|portable|foldable|folding|flagship|fitness|sports?|4K|OLED|curved|ultrawide)"
)
_MODIFIED_KINDS = (
    r"(?:phones?|speakers?|monitors?|TVs?|televisions?|cameras?|drones?|watch(?:es)?|scooters?|vacuums?)"
)
_MODEL_BEFORE_DEVICE = gated(
    r"(?:\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Oo]ur|[Mm]y|[Yy]our|an?|[Nn]ew|[Ll]atest)"
    r"|(?<![\w'’-])[A-Z][\w&.-]*['’]s)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|\d{{1,4}}[A-Za-z]{{0,2}})){{1,3}})"
    rf"\s(?:(?:{_DEVICE_MODIFIERS}\s)?{_DEVICE_KINDS}|{_DEVICE_MODIFIERS}\s{_MODIFIED_KINDS})"
    r"(?![\w-])(?!\s(?:makers?|manufacturers?|brands?|vendors?|suppliers?|giants?|compan(?:y|ies)|"
    r"firms?|business(?:es)?|divisions?|units?|retailers?|chains?|stores?|shops?|carriers?|networks?|"
    r"plants?|factor(?:y|ies)|teams?|segments?|market)\b)"
)


def named_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of names a determiner and a kind of product frame ("its Blue Moon lander"). A name
    the gazetteer knows is no product; nor is one led by a company's, a nationality's or a
    country's name ("the Boeing app", "the Chinese app"), unless model words follow a company's
    name ("the Boeing Starliner capsule"); a small town's name may lead one."""
    owned = scan(_OWNED_APP, text, confirm=True)  # "app" is in "approved": its tail says more
    found = [*scan(_NAMED_PRODUCT, text), *owned, *scan(_MODEL_BEFORE_DEVICE, text)]
    for match in found:
        name = match.group("name")
        words = name.split()
        if "'" in name or "\u2019" in name or name in _CELESTIAL or words[-1] in _PLANETS:
            continue  # "the BBC's browser": an owner and a generic thing; "the NASA Mars rover": a goal
        # "a Velk Atlas Cross SUV": a company's name, then model words no list knows, is its model
        if not maker_product(name, gazetteer) and (
            gazetteer.lookup(name) is not None
            or any(_leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words)))
        ):
            continue
        yield match.span("name")


# "his white Toyota Corolla", "a Honda Civic", "the Ford Focus": a listed maker and one model
# word after a determiner (and up to two lower-case modifiers) name the maker's product, a brand
# used as a thing; the model reads the maker alone as the company and the model word, if at all,
# as a product of its own. One capitalised word only, with no further capital or number after it
# (longer models are read by `products`), and no title or site after the maker ("the Google
# Chairman", "the Ford Field turf"). A maker written in capitals is left out: the gazetteer's
# bodies are mostly so ("the OSCE Chechnya mission").
_MAKER_MODEL = gated(
    r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?(?P<name>[A-Z][\w&-]*[ \t]+[A-Z][a-z][\w-]*)"
    r"(?![\w'’&-]|\.\w|[ \t]+(?:[A-Z0-9]|&))"
)
_NOT_MODEL_WORDS = frozenset(
    (
        *ROLE_WORDS,
        *word_list("field campus park rainforest forest basin store stores headquarters building"),
        *word_list("tower plant factory site office offices shop shops team board family brand"),
    )
)


def maker_models(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a listed maker's name and one model word after a determiner ("a Toyota Corolla")."""
    for match in _MAKER_MODEL.finditer(text):
        name = match.group("name")
        maker, model = name.split()
        if model in _CELESTIAL or maker.isupper():
            continue  # "the NASA Mars rover", "the OSCE Chechnya mission": a body's aim, no model
        if (
            model.lower() not in _NOT_MODEL_WORDS
            and maker_product(name, gazetteer)
            and not addressed_span(text, *match.span("name"))  # "the coach told Kelby Sport": a body
        ):
            yield match.span("name")


# "approved Morvatil, a drug made by ...", "released Hollow Tide, its new role-playing game,":
# a name set off by an appositive whose head is a kind of product. The kind word must end the
# appositive's noun phrase (a punctuation mark or a clause word after it), so a maker or a
# person described by a product word ("a drug maker", "a game designer") is left alone. A bare
# "game" is a match in sports copy ("beat Boston, a game that went to overtime"), and a bare
# "car" names no make's model often enough (it cost a false product on the held-out pages).
_APPOSITIVE_KINDS = (
    r"(?:drugs?|medicines?|medications?|pills?|vaccines?|smartphones?|phones?|handsets?|tablets?|"
    r"laptops?|smartwatch(?:es)?|apps?|applications?|"
    r"(?:video|mobile|computer|role-playing|puzzle|strategy) games?|consoles?|SUVs?|sedans?|"
    r"hatchbacks?|pickups?|crossovers?|coupes?|minivans?|jets?|jetliners?|airliners?|"
    r"aircraft|drones?|chatbots?|browsers?|software)"
)
_APPOSITIVE_PRODUCT = gated(
    rf"(?=[A-Z])(?<![\w'’.&+-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}), "
    r"(?:(?:an?|its|their|the (?:company|firm|group|maker|carmaker|automaker|studio|developer)['’]s) "
    rf"(?:[a-z][\w-]* ){{0,3}}?{_APPOSITIVE_KINDS}"
    # a maker's own new game ("Starfall Legends, its new game,"); a team's is "their next game"
    r"|(?:its|the (?:company|studio|developer|publisher)['’]s) (?:new|latest|upcoming|debut) games?)"
    r"(?=[,.;:)]|\s(?:that|which|made|developed|built|sold|from|by|for|with|to|used|approved|launched|"
    r"designed|is|was|set|due|aimed|priced|costing|in|on|and|it|the|first|last|this)\b)"
)


def appositive_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names an appositive calls a kind of product ("Morvatil, a drug made by ..."). A name the
    gazetteer knows, or one led by a company's, nationality's or country's name, is left out."""
    for match in _APPOSITIVE_PRODUCT.finditer(text):
        start, words = _product_words(text, *match.span("name"))
        name = " ".join(words)
        if not words or any(NOT_PRODUCT_WORD.search(w) for w in words):
            continue
        if gazetteer.lookup(name) is not None or any(
            _leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words))
        ):
            continue
        yield start, match.end("name")


# "the Soren Velo XLE ... 203 horsepower", "the Tarsa LX trim starts at $27,500": a name in title
# case after a determiner and ending in a trim in capitals is a model when a spec or a price is
# near (a bounded window each side). Capitals that are a role, a body or a company's form are no
# trim ("the Labour MP", "the Dunmore CEO", "Harlow FC").
_TRIMMED = gated(
    r"(?=[TtIiAa])\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s(?P<trim>[A-Z]{2,3}))(?![\w'’&-]|\.\w)"
)
_NOT_TRIM = frozenset(
    "CEO CFO COO CTO CIO MP MEP PM VP GM MD AI IT PR HR TV US UK EU UN FC AFC CF SC AG SA SE NV "  # noqa: SIM905
    "PLC LLC INC LTD CO LP BV AB AS ASA SPA KK NA ETF IPO GDP CPI PMI FY DJ MC NHS BBC ABC CNN FM AM "
    "PhD BA MA MBA JD RN DA NFL NBA MLB NHL".split()
)
_SPEC_WORD = re.compile(
    r"\b(?:horsepower|hp|kWh|mpg|torque|trims?|priced|price|costs?|starts?\s+at|range|engine|battery)\b|\$\s?\d"
)
_SPEC_WINDOW = 80  # characters looked at on each side of the name


def trimmed_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names ending in a trim in capitals, with a spec or a price near ("the Velo XLE ... 203
    horsepower"). A name the gazetteer knows, or led by a company's, nationality's or
    country's name, is left out."""
    for match in _TRIMMED.finditer(text):
        if match.group("trim") in _NOT_TRIM:
            continue
        start, end = match.span("name")
        window = text[max(0, start - _SPEC_WINDOW) : start] + " " + text[end : end + _SPEC_WINDOW]
        if not _SPEC_WORD.search(window):
            continue
        words = match.group("name").split()[:-1]
        if any(NOT_PRODUCT_WORD.search(w) for w in words) or any(
            _leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words) + 1)
        ):
            continue
        yield start, end


# "HomeKit-compatible devices", "Alexa-enabled speakers", "a Google Vela-certified charger": a
# name hyphened to a word of working with it is a platform, a standard or a device (PRODUCT by
# the conventions). One mixed-case word ("GPS-enabled" is a common noun's), or a listed maker and
# one model word; a name the gazetteer knows is left alone ("Apple-certified": the company), and so
# is a disease ("Covid-compatible"). "-powered" and "-equipped" follow people as often
# ("Trump-powered rallies") and are left out.
_COMPATIBLE = gated(r"-(?:compatible|enabled|certified|capable)(?![\w-])")
_NAME_BEFORE_HYPHEN = re.compile(
    r"(?<![\w&'’.+-])(?P<name>(?:[A-Z][\w&+]*[ \t]+)?[A-Za-z][\w&+]*[a-z][\w&+]*)$"
)
_HYPHEN_REACH = 60  # characters looked back from the hyphen for the name (two words at most)


_CAPITALISED_NAME = re.compile(r"[A-Z]|[a-z]{1,2}[A-Z]")  # "HomeKit", "iPhone"


def compatible_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of names hyphened to a word of working with them ("HomeKit-compatible")."""
    for hyphen in scan(_COMPATIBLE, text):
        match = _NAME_BEFORE_HYPHEN.search(text, max(0, hyphen.start() - _HYPHEN_REACH), hyphen.start())
        if match is None:
            continue
        start, end = match.span("name")
        words = match.group("name").split()
        if len(words) == 2:
            lead = gazetteer.lookup(words[0])
            if lead is None or lead.type != "ORGANIZATION" or not maker_product(" ".join(words), gazetteer):
                start, words = start + len(words[0]) + 1, words[1:]  # "With HomeKit-...": the last word
        name = " ".join(words)
        if not _CAPITALISED_NAME.match(name) or name.isupper() or NOT_PRODUCT_WORD.search(name):
            continue
        entry = gazetteer.lookup(name)
        if (entry is not None and entry.type != "PRODUCT") or is_disease(name):
            continue
        yield start, end


def _leads_name(entry: GazEntry | None) -> bool:
    """A company, nationality or country leading a name makes it theirs, not a product's name."""
    return entry is not None and (entry.type != "LOCATION" or entry.kind in ("country", "continent"))


def _product_hyphened(word: str) -> bool:
    """ "Tianwen-1", not "Under-21", "Category-5", "Covid-19" or "Top-10"."""
    return word.split("-")[0].lower() not in _NOT_HYPHENED_LEAD and not _NOT_MODEL.match(word)


# What follows a product's name to make a model or edition of it: a model number ("2", "11",
# "S10", "XL"), an edition's lone capital letter ("Xbox One S": never "A" or the pronoun "I",
# "on my iPad I read") or one of a closed list of edition words; at most three of them, on one line.
_PRODUCT_TAIL = re.compile(
    r"[ \t]+(?:\d{1,2}[A-Za-z]?|[A-Z]{1,2}\d{1,3}[A-Za-z]?|[B-HJ-Z]|(?:Pro|Max|Plus|Mini|Lite|Ultra|Air|SE|"
    r"XL|XS|Edition|Controller|Series|Elite|Slim|Neo|Go|Fold|Flip|Note|Sport|Studio|Touch))\b(?![-'\u2019.,]\S|:|[\x22\u201d\u2033])"
    # not a screen's inches, a figure ('Paperwhite 6" E-Reader'), nor a count or a share that
    # follows the name ("AirPods 3 days ago", "Switch 2 million",
    # "Chrome 65 percent", "Kindle 8 out of 10"), nor a year or a figure with decimals
    r"(?![ \t]*(?:%|percent|per\b|million|billion|thousand|days?|weeks?|months?|years?|hours?|minutes?|"
    r"times|units|copies|consoles|out\s+of|teraflops|[0-9]))"
)
_PRODUCT_TAIL_WORDS = 3
# A version right after the name that the model words above leave out: three digits ("Xbox 360")
# or a point release ("Android 4.1", "Vela OS 10.15.2"); never a measure, a count or a share after
# it ("Model 3 310 miles", "Android 4.1 percent"), a range or a date ("Vela 100-200", "Vela 3.5/4"),
# nor a number running on ("Vela 1.5.3.7", "Vela 100,000").
_PRODUCT_VERSION = re.compile(
    r"[ \t]+(?:\d{3}|\d{1,2}\.\d{1,2}(?:\.\d{1,3})?)(?![\w%'’\x22\u201d\u2033-]|[.,:/]\d)"
    r"(?![ \t]*(?:%|percent|per\b|million|billion|thousand|days?|weeks?|months?|years?|hours?|minutes?|"
    r"seconds?|times|units|copies|consoles|points?|people|users|players|out\s+of|miles?|km|kilometers?|"
    r"inch(?:es)?|feet|foot|ft|pounds?|lbs?|kg|grams?|dollars?|euros?|yuan|yen|fps|mph|[0-9]))"
)


def product_tail_end(text: str, end: int) -> int:
    """Where a listed product's name ends once its version and model words are added (bounded:
    a version, then three model words)."""
    version = _PRODUCT_VERSION.match(text, end)
    if version is not None:
        end = version.end()
    for _ in range(_PRODUCT_TAIL_WORDS):
        m = _PRODUCT_TAIL.match(text, end)
        if m is None:
            break
        end = m.end()
    return end
