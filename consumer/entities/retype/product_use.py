"""Products by what the text calls them or how it uses them, where the model read a body: a
product line's head ("the Harlow Builder Series"), a kind of made thing in apposition ("Zorbly,
the streaming stick,", "its operating system, Vantor,"), a feature built into a device ("a TV
with Zorbly built in", "Zorbly-enabled speakers"), software one downloads or installs and a
machine a program is installed on or ported to ("download Zorbly", "ported to Vantor.").

A company stays a body: every rule skips a name the gazetteer knows as anything but a product,
the kind noun must end its noun phrase ("Acme, the phone maker," names the maker), and each rule
reads only a bounded window next to the mention (the cost stays linear in the item).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.lexicons import word_list


def _unlisted_or_product(surface: str, gazetteer: Gazetteer) -> bool:
    """A name no list holds, or one the list holds as a product: a listed company stays a body."""
    entry = gazetteer.lookup(surface)
    return entry is None or entry.type == "PRODUCT"


# "the Harlow Builder Series", "Ultimate Pilot Series sets": a capitalised name ending on "Series"
# is a product line where no word of an event or a programme stands in it ("World Series",
# "Test Series", "Lecture Series", "Concert Series" are events; a year before it makes one
# too, "the 2031 Harbor Series"). "Collection" names museums and archives as often ("the Frick
# Collection"), so it is a line only with a made thing's plural after it ("Vela Collection sets").
_EVENT_SERIES_WORDS = frozenset(
    word_list(
        "world test nations cup grand prix championship championships league tour pro masters "
        "sevens international challenger champions premier super racing race cricket rugby golf tennis "
        "lecture lectures speaker speakers concert concerts film films music summer winter spring "
        "autumn fall talk talks seminar reading readings event events podcast documentary tv "
        "television radio web book books novel novels comic anime"
    )
)
_LINE_HEADS = frozenset(word_list("series collection"))
_MADE_PLURAL_AFTER = re.compile(
    r"[ \t]+(?:sets|models|kits|figures|figurines|toys|cars|vehicles|watches|phones|laptops|lenses|"
    r"bikes|products|editions|consoles|cameras|guitars|shoes|sneakers|pens)\b"
)
_LINE_WORD = re.compile(r"[A-Z][\w'’&-]*|\d[\w-]*")
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d[ \t]+$")
# a contest's words near the name make its series a sport's ("won the Harlow Series race"); not
# the story's whole lead, nor "game", which a toy's or a console's story writes as often
_CONTEST_NEAR = re.compile(
    r"\b(?:season|races?|racing|drivers?|teams?|league|championship|standings|points|laps?|won|"
    r"wins?|victory|match|tournament|round|finals?|champion|title)\b(?!['’])",  # never "won't"
    re.IGNORECASE,
)
_CONTEST_REACH = 150  # characters either side of the name


def product_line(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of two to five capitalised words ending on "Series" (no event's or a
    programme's word in it, no year before it) or on "Collection" with a made thing's plural
    after it: a product line ("the Harlow Builder Series", "Vela Collection sets"). A contest's
    word near it makes it a sport's series ("won the Harlow Series race")."""
    words = surface.split()
    if not 2 <= len(words) <= 5 or words[-1].lower() not in _LINE_HEADS or not words[-1][:1].isupper():
        return False
    if not all(_LINE_WORD.fullmatch(w) for w in words[:-1]):
        return False
    if any(w.lower().strip("'’") in _EVENT_SERIES_WORDS for w in words[:-1]):
        return False
    if not _unlisted_or_product(surface, gazetteer):
        return False
    if words[-1].lower() == "collection" and _MADE_PLURAL_AFTER.match(text, cand.end) is None:
        return False
    if _YEAR_BEFORE.search(text, max(0, cand.start - 8), cand.start) is not None:
        return False
    return _CONTEST_NEAR.search(text, max(0, cand.start - _CONTEST_REACH), cand.end + _CONTEST_REACH) is None


# Kinds of made thing a name stands in apposition to ("Zorbly, the streaming stick,", "Vantor, a
# disc format for the machine", "its operating system, Vantor,"). Kinds a person or a body is
# also called are left out ("the player", "the speaker", "the platform", "the service": online
# platforms and services are bodies by the conventions).
_APPOSITION_KINDS = (
    r"(?:streaming|media|set-top)[ \t]+(?:stick|device|player|box)|smart[ \t]+(?:speaker|display|tv)|"
    r"(?:voice|virtual|digital)[ \t]+assistant|operating[ \t]+system|(?:disc|video|file)[ \t]+format|"
    r"(?:video|mobile|computer)[ \t]+game|(?:space[ \t]+)?telescope|launch[ \t]+vehicle|"
    r"handheld|console|games?[ \t]+console|smartphone|handset|tablet|laptop|supercomputer|"
    r"smartwatch|headset|earbuds|e-reader|chatbot|browser|app|software|gadget|device|"
    r"airliner|aircraft|jet|helicopter|drone|missile|rocket|satellite|rover|spacecraft|"
    r"sedan|hatchback|suv|minivan|pickup|crossover|roadster|supercar|"
    r"faux-leather|fabric|material"
)
# a determiner or an owner, then up to three modifiers that are no function words ("the new
# streaming stick", "Acme's latest games console")
_APPOSITION_OPENING = (
    r"(?:the|a|an|its|their|his|her|[A-Z][\w&-]*['’]s)[ \t]+"
    r"(?:(?!(?:of|for|and|or|to|by|with|that|which|who|from|in|on|at)\b)[\w-]+[ \t]+){0,3}?"
)
# the kind noun ends its noun phrase: punctuation, a relative pronoun, a preposition or a past
# participle after it, never another noun ("Acme, the phone maker,") nor "and" ("the phone and
# tablet maker")
_PHRASE_END = (
    r"(?=[ \t]*[,.;:)–—]|[ \t]+(?:that|which|for|from|made|built|developed|designed|used|by|with|in|on)\b)"
)
_KIND_APPOSITION_AFTER = re.compile(rf",[ \t]+{_APPOSITION_OPENING}(?:{_APPOSITION_KINDS})s?{_PHRASE_END}")
_KIND_APPOSITION_BEFORE = re.compile(
    rf"\b{_APPOSITION_OPENING}(?:{_APPOSITION_KINDS}),[ \t]+$", re.IGNORECASE
)
_NAME_ENDS_APPOSITION = re.compile(r"[ \t]*(?:[,.;:)–—]|$)")
_APPOSITION_REACH = 70  # characters looked back for the determiner, the modifiers and the kind


def kind_in_apposition(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to four words, no listed company, that a made thing's kind stands in
    apposition to, after it ("Zorbly, the streaming stick,") or before it, the name closing the
    apposition ("its operating system, Vantor,")."""
    if not 1 <= len(surface.split()) <= 4 or not _unlisted_or_product(surface, gazetteer):
        return False
    if _KIND_APPOSITION_AFTER.match(text, cand.end) is not None:
        return True
    if _NAME_ENDS_APPOSITION.match(text, cand.end) is None:
        return False
    before = text[max(0, cand.start - _APPOSITION_REACH) : cand.start]
    return _KIND_APPOSITION_BEFORE.search(before) is not None


# "a TV with Zorbly built in", "Zorbly built-in", "Zorbly-enabled speakers": a feature or an
# assistant a device has inside it is a product
_BUILT_IN_AFTER = re.compile(r"[ \t]+built[ \t-](?:in|into)\b")


def built_in(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to three words, no listed company, that is built into a device or
    enables it ("with Zorbly built in", "Zorbly-enabled")."""
    if not 1 <= len(surface.split()) <= 3 or _BUILT_IN_AFTER.match(text, cand.end) is None:
        return False
    return _unlisted_or_product(surface, gazetteer)


# "users can download Zorbly", "the game was ported to the Harlow": software one downloads or
# installs, and a machine a program is installed on or ported to, are products ("runs on" and
# "ran on" are left out: a story runs on a page, a show on a channel). The name must end
# its noun phrase (punctuation or a function word after it, "install Zorbly before"), so a company's own
# thing after it ("download Acme's app", "runs on Acme servers") leaves the company alone.
_USED_BEFORE = re.compile(
    r"\b(?:(?:re|un)?install(?:s|ed|ing)?|download(?:s|ed|ing)?|"
    r"(?:installed|playable|preinstalled)[ \t]+on|ported[ \t]+to)"
    r"[ \t]+(?:the[ \t]+|a[ \t]+|your[ \t]+|their[ \t]+)?$",
    re.IGNORECASE,
)
_USED_REACH = 30  # characters looked back for the verb and a determiner
_USED_NAME_ENDS = re.compile(r"[ \t]*[,.;:)!?]|[ \t]*$|[ \t]+(?P<word>[a-z]+)\b(?!['’-])")


def used_as_software(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to three words, no listed company, that is downloaded, installed,
    installed on or ported to ("download Zorbly from", "ported to Vantor.")."""
    end = _USED_NAME_ENDS.match(text, cand.end)
    if not 1 <= len(surface.split()) <= 3 or end is None or (end["word"] or "and") not in STOP_WORDS:
        return False
    if _USED_BEFORE.search(text, max(0, cand.start - _USED_REACH), cand.start) is None:
        return False
    return _unlisted_or_product(surface, gazetteer)


# "users of the Zorbly app", "the Vantor game.", "the Quell format used by", "a Trivo browser
# that": a determiner, the name and a kind of software, a game or a media format ending its noun
# phrase. A one-word name before a device's kind is its maker as often ("a Kelby phone"), so only
# kinds a maker's name seldom qualifies are read (model numbers before a device's kind are
# ``products.model_before_kind``'s). A team is named before "game" ("the Rovers game"): a
# plural's look there is left alone, and the gazetteer's places and bodies never reach here.
_SOFTWARE_KIND_AFTER = re.compile(
    r"[ \t]+(?P<kind>apps?|application|software|browser|(?:(?:video|mobile|online|computer|pc)[ \t]+)?games?|"
    r"format|codec|plug-?in)"
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|"
    r"cannot|to|for|that|which|on|in|from|with|and|or|but|by|of|as|where|when|also|lets|allows|runs|costs|"
    r"uses|offers|[a-z]+ed)\b)"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Yy]our|[Oo]ur|[Mm]y)[ \t]+"
    r"(?:(?:new|free|official|original|latest|popular|hit|mobile|online)[ \t]+)?$"
)
_DETERMINER_REACH = 25  # characters looked back: the determiner and one modifier
_TEAM_PLURAL = re.compile(r"[A-Z][a-z]+[a-rt-z]s$")  # "Rovers", "Wolves": a club's look


def named_software(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to three words, no listed company, between a determiner and a kind
    of software, a game or a media format ("the Zorbly app", "the Vantor game.")."""
    if text[cand.end : cand.end + 1] not in (" ", "\t") or not 1 <= len(surface.split()) <= 3:
        return False
    kind = _SOFTWARE_KIND_AFTER.match(text, cand.end)
    if (
        kind is None
        or _DETERMINER_BEFORE.search(text, max(0, cand.start - _DETERMINER_REACH), cand.start) is None
    ):
        return False
    if kind["kind"].endswith(("game", "games")) and _TEAM_PLURAL.search(surface):
        return False
    return _unlisted_or_product(surface, gazetteer)
