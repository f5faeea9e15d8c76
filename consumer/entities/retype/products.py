"""Products by their words and what is said of them: a maker and model words ("Amazon Alexa"), a
kind noun after the name ("the Zed X2 phone"), what a maker launches, a kind of made thing before
the name ("the rover Tessaly"), a machine's spec ("has a 6.1-inch screen"), an owned product.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.gazetteer.lists import market_index_names
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_type, head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.person_names import NOT_SURNAMES, looks_like_person

# "Amazon Alexa", "Microsoft Surface": a one-word company the gazetteer knows, then capitalised
# words naming no part of a firm, is the company's product (the model reads the maker's body).
# A division is named by a word of trade or a body's head word ("Samsung Electronics", "Sony
# Pictures", "Amazon Web Services", "Toyota Motor"), or a place ("Apple China").
_DIVISION_WORDS = frozenset(
    word_list(
        "electronics motor motors pictures entertainment music web services service cloud research energy "
        "financial finance securities asset management health pharma pharmaceuticals auto automotive "
        "interactive games media communications semiconductor semiconductors display life insurance "
        "mobile labs lab global international worldwide digital software hardware retail logistics "
        "air cargo express news sports store stores america europe asia"
    )
)

DIVISION_WORDS = _DIVISION_WORDS

# Carmakers' brands, makers for this rule only ("a Porsche Varnel", "the Jeep Korvan", "Chevy
# Tarvo"): a brand and one model word are the model, while the brand alone is left to the model
# (listing the brands as bodies in the gazetteer added bodies the annotations leave out). Brands
# that are surnames or words as often (Lincoln, Jaguar, Mini, Bentley, Suzuki) are left out.
CAR_BRANDS = frozenset(
    (
        *word_list("Porsche Audi Jeep Chevrolet Chevy Dodge Chrysler Cadillac Buick Lexus Acura Infiniti"),
        *word_list("Mazda Subaru Kia Peugeot Citroen Citroën Renault Fiat Volvo Ferrari Lamborghini"),
        *word_list("Maserati Skoda Opel"),
    )
)

# Words after a brand that name a place, a team or a trade of the brand's, no model ("Ferrari
# World", a theme park; "Audi Sport", "Jeep Nation")
_NOT_CAR_MODEL_WORDS = frozenset(
    word_list("world land park racing sport sports design nation dealership dealers arena center centre")
)
_NOT_SURNAMES_LOWER = frozenset(w.lower() for w in NOT_SURNAMES)


def maker_product(surface: str, gazetteer: Gazetteer) -> bool:
    """A company's name and model words no list knows: "Amazon Alexa", "Microsoft Surface"; or
    a product the list knows ("Quillon AirPods Pro"), or a model number after the first model
    word ("Dell Inspiron 14")."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or gazetteer.lookup(surface) is not None:
        return False
    lead = gazetteer.lookup(words[0])
    if (lead is None or lead.type != "ORGANIZATION") and (
        words[0] not in CAR_BRANDS or words[1].lower() in _NOT_CAR_MODEL_WORDS
    ):
        return False
    return all(_model_word(w, i > 0, gazetteer) for i, w in enumerate(words[1:]))


# Words after a listed product's name that make a service, a store or a publication built on it,
# a body by the conventions ("Xbox Live", "PlayStation Network", "Android Central").
_SERVICE_WORDS = frozenset(
    word_list("live network central pass plus arcade online market marketplace community magazine connect")
)


# "Developers", "Partners": a body's members. A word ending on "-is" or "-us" is a singular's
# ("Kindle Oasis", "Vela Nexus": session 42, a listed e-reader's model read as a body)
_PLURAL_WORD = re.compile(r"[A-Z][a-z]+[a-hj-rtv-z]s$")


def _listed_model_word(word: str, after_model: bool, gazetteer: Gazetteer) -> bool:
    """A model word (``_model_word``) that names no service built on the product nor its members."""
    return (
        _model_word(word, after_model, gazetteer)
        and word.lower() not in _SERVICE_WORDS
        and not _PLURAL_WORD.match(word)
    )


def listed_product_model(surface: str, gazetteer: Gazetteer) -> bool:
    """A listed product's name (no market index) and capitalised model words after it that no
    list knows, none a plural: "Kindle Paperwhite", "Chromecast Velo"; the model reads a body."""
    words = surface.split()
    if not 2 <= len(words) <= 4 or gazetteer.lookup(surface) is not None:
        return False
    for n in (2, 1):
        lead = gazetteer.lookup(" ".join(words[:n])) if len(words) > n else None
        if lead is not None and lead.type == "PRODUCT" and lead.name not in market_index_names():
            return all(_listed_model_word(w, i > 0, gazetteer) for i, w in enumerate(words[n:]))
    return False


def family_model_word(word: str, gazetteer: Gazetteer) -> bool:
    """Whether a word may follow a family's word in a further model's name: a listed product's
    model word (``_listed_model_word``), never a service's, a member's plural or a body's word."""
    return _listed_model_word(word, True, gazetteer)


def model_word(word: str, after_model: bool, gazetteer: Gazetteer) -> bool:
    """Whether a word may stand in a model's name after its first word (``_model_word``)."""
    return _model_word(word, after_model, gazetteer)


def _model_word(word: str, after_model: bool, gazetteer: Gazetteer) -> bool:
    """A word of a model's name after its maker's: capitalised, no word of a division or a body,
    unknown to the lists or a listed product; after a first model word also a number. A body's
    word is one with its abbreviation's full stop too ("Apple Inc.", "Boeing Co.", "Nokia Corp."
    are the companies, no models)."""
    if after_model and word[:1].isdigit() and len(word) <= 5:
        return True
    entry = gazetteer.lookup(word)
    low = word.lower().rstrip(".")
    return (
        word[:1].isupper()
        and low not in _DIVISION_WORDS
        and low not in HEAD_TYPES
        and low not in _FOREIGN_SUFFIXES
        and low not in _NOT_SURNAMES_LOWER
        and (entry is None or entry.type == "PRODUCT")
    )


# A corporate suffix the head words leave out, most of them foreign ("Kelby AG", "Tarvo SpA",
# "Quell SA", "Marlo Oyj"): the company, never a model of a listed maker's (issue 11: "Volkswagen
# AG" and "Fiat SpA" were read as products). Written with points as well ("Kelby A.G.", a bank's
# "N.A.", session 42: 1987 wire copy), and a foreign word of industry ("Tarvo Industrie").
# "Limited" is left out: a car's trim as often ("the Kelby Tavor Limited").
_FOREIGN_SUFFIXES = frozenset(
    word_list(
        "ag a.g sa s.a nv n.v n.a gmbh spa s.p.a oyj asa bhd berhad incorporated bv b.v ab kk k.k ltda "
        "industrie industria"
    )
)


# Lower-case kind nouns of devices, vehicles and software that follow a model's name ("the Zed
# X2 phone", "four Skyhawk Raptor jets"); a maker's name before them is one word ("Boeing jets").
# The kind noun must end its noun phrase: punctuation, a function word or a past tense after it,
# so a noun it modifies ("Acme Telekom phone customers", "Air Force fighter jets") is no match.
_PRODUCT_KINDS = (
    "phone|smartphone|handset|laptop|notebook|tablet|console|handheld|supercomputer|headset|headphones|earbuds|"
    "smartwatch|camera|drone|app|browser|chip|processor|suv|sedan|hatchback|coupe|minivan|"
    "pickup|motorcycle|jet|fighter|airliner|helicopter|missile|rifle"
)
_KIND_AFTER = re.compile(rf"[ \t]+(?:{_PRODUCT_KINDS})s?(?:[ \t]+([a-z]+)\b|(?=[,.;:!?)]|\s*$))")
# Armed services fly and field these kinds themselves ("Royal Air Force jets", "Navy helicopters")
_SERVICE_HEADS = frozenset(word_list("force forces navy army corps guard marines command"))


def model_before_kind(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A body the model read, of two words or more or with a model number, right before a device's
    or a vehicle's kind noun: the product ("the Zed X2 phone"). A name the gazetteer knows or
    leads, an armed service, or one word without a digit, is the maker ("Acme phones")."""
    words = surface.split()
    if len(words) < 2 and not any(ch.isdigit() for ch in surface):
        return False
    kind = _KIND_AFTER.match(text, cand.end)
    if kind is None or head_word(surface) in _SERVICE_HEADS:
        return False
    after = kind.group(1)
    if after is not None and after not in STOP_WORDS and not after.endswith("ed"):
        return False
    return gazetteer.lookup(surface) is None and gazetteer.lookup(words[0]) is None


# "Acme unveiled the Helix Pro", "it launched its Vela Air", "released its Starfall Legends": what a
# maker launches after a determiner is its product. A company is launched without one ("launched
# Zed Capital"), a plan or a body named with its head word ("the Green Roads Initiative", "the Zed
# Foundation") keeps the head's type, and "released the ..." frees people or publishes reports,
# so only "released its ..." counts.
_LAUNCHED_BEFORE = re.compile(
    r"\b(?:(?:unveil|launch|introduc|debut)(?:ed|es|s|ing)?|rolled out|rolls out|released)\s+"
    r"(?:the|its|their|a)\s+(?:new\s+|latest\s+|first\s+)?$"
)
_LAUNCH_REACH = 40  # characters looked back for the verb and determiner


def launched_before(text: str, start: int) -> bool:
    """Whether a launch verb and a determiner stand right before ``start`` ("unveiled the ...";
    "released" only with an owner's determiner, "released its ...")."""
    before = _LAUNCHED_BEFORE.search(text, max(0, start - _LAUNCH_REACH), start)
    return before is not None and not (before.group(0).startswith("released") and " the " in before.group(0))


def launched_product(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body or work, no list's entry, no head word and no given name, right after a launch
    verb and a determiner ("released" only with an owner's determiner)."""
    if cand.entry is not None or head_type(surface) is not None or gazetteer.lookup(surface) is not None:
        return False
    if any(is_given_name(w) for w in surface.split()):
        return False  # "launched the Fondation Marie Roux": a body or a prize named after a person
    before = _LAUNCHED_BEFORE.search(text, max(0, cand.start - _LAUNCH_REACH), cand.start)
    if before is None:
        return False
    return not (before.group(0).startswith("released") and " the " in before.group(0))


# "the rover Tessaly", "a chatbot called Wren", "the smartphone Vela X": a kind of made thing
# right before a name (a determiner before it) says the name is the thing's. Only kinds a person
# or a company seldom follows as a relative clause's subject ("the jet Roe flew", "the SUV Roe
# drove", "the probe Roe led" are left out); a given name only after "called"/"named"/"dubbed".
_KIND_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|new)\s+(?:new\s+)?"
    r"(?:rover|lander|orbiter|spacecraft|space\s+probe|satellite|(?:space\s+)?telescope|app|chatbot|browser|"
    r"smartphone|console|video\s+game|mobile\s+game|operating\s+system|vaccine)"
    r"\s+(?P<called>(?:called|named|dubbed)\s+)?$"
)
_KIND_BEFORE_REACH = 40  # characters looked back: a determiner, "new", a two-word kind, "called"
# what makes the name a relative clause's subject: a second name joined to it ("the vaccine
# Corvell and Dunmore Labs built"), or a verb and then the main clause's ("the app Roe built is")
_RELATIVE_SUBJECT_AFTER = re.compile(
    r" (?:(?:and|or|&) [A-Z]|[a-z]+ (?:is|was|are|were|has|had|have|will|would|can|could|may|might)\b)"
)


def kind_before_product(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model name of one to four words, no list's entry, head word or person's look, right after
    a determiner and a kind of made thing ("the rover Tessaly", "an app called Zorbly")."""
    if cand.entry is not None or not 1 <= len(surface.split()) <= 4 or head_type(surface) is not None:
        return False
    if gazetteer.lookup(surface) is not None:
        return False
    before = _KIND_BEFORE.search(text, max(0, cand.start - _KIND_BEFORE_REACH), cand.start)
    if before is None or _RELATIVE_SUBJECT_AFTER.match(text, cand.end):
        return False
    if before.group("called"):
        return True
    return not looks_like_person(surface, gazetteer) and not is_given_name(surface.split()[0])


# "The Zephyr X has a 6.1-inch screen", "the Vela's 402 hp", "Marrow packs a 5,000 mAh battery":
# a name that has a machine's spec is the machine. The verb of having (or a possessive) follows
# the name right away, and the spec's unit is one only made things have (power, torque, charge,
# a screen's or a wheel's inches), within the clause.
_HAS_SPEC = re.compile(
    r"(?:['’]s\s|\s+(?:has|had|gets|got|packs|offers|features|boasts|sports|comes\s+with|delivers|"
    r"makes|produces|uses|carries|houses)\s)"
)
_SPEC_UNIT = re.compile(
    r"\d[\d,.]*\s?-?(?:mAh|kWh|kW|hp|horsepower|lb-ft|pound-feet|GHz|megapixels?|MP|mpg|"
    r"inch(?:es)?\s+(?:screen|display|touchscreen|wheels)|cylinder\s+engine)\b"
    # a vehicle's or a craft's reach and speed, a device's charge: "a range of 300 miles", "a top
    # speed of 120 mph", "a battery life of 18 hours" (a range of products or of prices has no
    # distance after it)
    r"|\b(?:range|top\s+speed|battery\s+life)\s+of\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|over\s+)?"
    r"\d[\d,.]*\s?(?:miles|mi|km|kilometres|kilometers|mph|km/h|kph|hours)\b"
)
_CLAUSE_END = re.compile(r"[.;!?]\s|\n|, (?:and|but|while|whereas) ")
# A maker's own last word: "Quillon Motors has a 300-hp engine in its truck" is the company's
_MAKER_WORDS = frozenset(
    word_list(
        "motors motor auto autos automotive automobiles cars electronics technologies technology tech "
        "industries group company co corp corporation inc ltd llc plc labs systems devices mobile "
        "aerospace aviation dynamics robotics energy holdings international works"
    )
)
_SPEC_REACH = 70  # characters after the name: the verb, a few words and the spec


def has_spec(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model name of one to four words, no list's entry, head word or person's look, that has a
    made thing's spec right after it ("The Zephyr X has a 6.1-inch screen")."""
    if cand.entry is not None or not 1 <= len(surface.split()) <= 4 or head_type(surface) is not None:
        return False
    verb = _HAS_SPEC.match(text, cand.end)
    if verb is None or gazetteer.lookup(surface) is not None:
        return False
    if text[verb.end() : verb.end() + 1].isupper() or maker_after_from(text, cand.start):
        # "Kelby's Vela X has a 6.1-inch screen", "the Vela X from Kelby has ...": the thing
        # possessed or made has the spec, not its maker
        return False
    if surface.split()[-1].lower().rstrip(".") in _MAKER_WORDS or _OWNER_SPLIT.search(surface):
        return False  # a maker's own last word; an owner's possessive inside ("Kelby's Vela X")
    window = text[verb.end() : cand.end + _SPEC_REACH]
    stop = _CLAUSE_END.search(window)
    if _SPEC_UNIT.search(window[: stop.start()] if stop else window) is None:
        return False
    return not looks_like_person(surface, gazetteer) and not is_given_name(surface.split()[0])


_OWNER_SPLIT = re.compile(r"['’]s\s+")

# "the Vela X phone from Kelby costs $499", "a tablet by Kelby has a 10-inch screen": a bare name
# after "from" or "by" is the maker of the thing before it, which the price or the spec after the
# maker's name is of
_MAKER_PREPOSITION = re.compile(r"\b(?:from|by)[ \t]+$")


def maker_after_from(text: str, start: int) -> bool:
    """Whether a bare "from" or "by" stands right before ``start`` (a maker's name: "the Vela X
    from Kelby")."""
    return _MAKER_PREPOSITION.search(text, max(0, start - 6), start) is not None


def owned_product(cand: Candidate, gazetteer: Gazetteer, text: str) -> None:
    """ "Teens love Quillon's AirPods": a company's possessive before a product the list knows, read
    as one body, is the product (the span starts after the possessive)."""
    split = _OWNER_SPLIT.search(text, cand.start, cand.end)
    if split is None:
        return
    owner, product = (
        gazetteer.lookup(text[cand.start : split.start()]),
        gazetteer.lookup(text[split.end() : cand.end]),
    )
    if (
        owner is not None
        and owner.type == "ORGANIZATION"
        and product is not None
        and product.type == "PRODUCT"
    ):
        cand.start, cand.type, cand.entry = split.end(), "PRODUCT", product
