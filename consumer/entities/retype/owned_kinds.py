"""A model body that the words around it call a made thing, a work, an event or a bill.

The model reads many names of products, works and events as bodies where the story names them with
a kind noun. Four shapes are read here, each from a bounded window next to the mention:

* an owner's possessive, the name and a lower-case kind of made thing or work ending its noun
  phrase: "its pioneering Zorvel computer", "Quorvex's Trivia operating system", "the firm's
  Kelvo handheld" (``PRODUCT``); "the singer's Lantern Nights album", "his Copper Wire single",
  "Ada Quell's Harbor Glass novel" (``MISC``). An owner is what makes or writes the thing, so the
  name after it is the thing, not its maker ("Acme phones" stays a body: no possessive). A made
  thing's owner must be a body's ("its", "their", "the firm's", a listed body's "Quorvex's", or
  capitalised words no list holds that are no person's, "Marlow Sound's"): "her Velto phone" and
  "Jo Roe's Velto phone" name the maker as often as the model. Between a body's possessive and a
  made thing's kind a person's reading is a product too ("Quorvex's Lexa assistant");
* a review of the name ("our Harbor Quest review", "my Corvin Edge review") or a retail price
  right after it ("The Zentra Slate costs $299", "... is available now for $349"; never a
  monthly fee, a share's price or a price with a scale: services and deals are bodies);
* the name and a lower-case kind of event ending its noun phrase, after a determiner or a
  possessive: "the Quellcon trade show", "Kelby's Harbor Masters event", "the Tarvo Sound
  festival" (``EVENT``); "event", "conference", "summit" and "convention" only for two words or
  more with no listed first word, since firms hold events of their own ("the Quorvex event");
* a proposed law by its head word "Bill" after "the" or a possessive ("the Harbor Safety Bill",
  "the Prevention of Kelp Theft Bill", ``MISC``); never a nickname or a given name ("Wild Bill",
  "the Charity Bill").

A name the gazetteer lists as anything but a product, a head word of another kind ("... Group",
"... Records", a body's anywhere in it), capitals alone before a work's kind, or a person's look
(but as above) is never retyped. The owner's, the review's, the price's and the event's cues speak
for every mention of the name (origin ``rule``); a bill is typed by its own name, mention by
mention.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.acting_firms import acting_names
from consumer.entities.retype.dated_events import dated_event
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_type
from consumer.entities.retype.held_events import (
    CONFERENCE_AFTER,
    PLAY_AFTER,
    bowl_game,
    held_conference,
    league_in_play,
)
from consumer.entities.retype.person_names import looks_like_person
from consumer.entities.retype.products import maker_after_from
from consumer.events import EntityType

# The kind noun must end its noun phrase: punctuation, a line's end, a function word, a verb's
# past form after it, never another noun ("the Zorvel computer maker" is the maker's; a verb's
# present form is left out, as it reads as a plural noun: "computer makers")
_PHRASE_END = (
    r"(?=[ \t]{0,3}(?:[,.;:!?)\u201d\"\u2019']|\r?\n|$)"
    r"|[ \t]{1,3}(?:on|in|at|to|for|that|which|who|and|or|but|with|from|by|of|as|is|was|are|were|"
    r"has|had|have|will|would|could|can|may|might|should|did|does|do|than|this|last|next|"
    r"sold|sells|drew|draws|went|goes|won|wins|made|makes|took|takes|got|gets|became|becomes|came|comes|"
    r"ran|runs|led|leads|saw|sees|began|begins|fell|falls|rose|rises|grew|grows|costs?|uses|offers|"
    r"features|includes|lets|allows|topped|now|also|still|already|just|only|even|then|here|there|today|"
    r"[a-z]+ed)\b)"
)
_MADE_KINDS = (
    r"computers?|pcs?|laptops?|notebooks?|tablets?|phones?|handsets?|smartphones?|consoles?|"
    r"handhelds?|games[ \t]console|devices?|gadgets?|(?:music|media|mp3|video|dvd)[ \t]players?|"
    r"guitars?|cameras?|operating[ \t]system|software|browser|(?:search|game|games|physics)[ \t]engine|"
    r"chips?|processors?|video[ \t]game|game|robots?|satellites?|rockets?|aircraft|jets?|controllers?|"
    r"(?:voice[ \t]|virtual[ \t]|digital[ \t])?assistant|(?:smart[ \t])?speakers?|headsets?|"
    r"headphones|earbuds|smartwatch|watch|monitors?|routers?|keyboards?|printers?|drones?|e-readers?|tvs?"
)
_WORK_KINDS = (
    r"album|albums|single|song|ballad|film|movie|novel|book|memoir|musical|opera|play|documentary|"
    r"sitcom|soap|drama|comedy|poem|painting|trilogy|sequel"
)
_MADE_AFTER = re.compile(rf"[ \t]{{1,3}}(?:{_MADE_KINDS}){_PHRASE_END}")
_WORK_AFTER = re.compile(rf"[ \t]{{1,3}}(?:{_WORK_KINDS}){_PHRASE_END}")
# An owner's possessive and up to two lower-case modifiers before the name ("its pioneering ",
# "the band's long-awaited second ", "Quorvex's new ")
_MODIFIERS = r"(?:(?!(?:of|for|and|or|to|by|with|from|in|on|at|the|a|an)\b)[a-z][\w-]*[ \t]+){0,2}"
_BODY_OWNER = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir)|\b[Tt]he[ \t]+[a-z]+['\u2019]s|"
    r"(?P<owner>(?:[A-Z][\w&.-]*[ \t])?[A-Z][\w&.-]*)['\u2019]s)"
    rf"[ \t]+{_MODIFIERS}$"
)
_ANY_OWNER = re.compile(rf"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|[\w.-]+['\u2019]s)[ \t]+{_MODIFIERS}$")
_BEFORE_REACH = 60  # characters before the name: the owner and its modifiers
_NAME_WORD = re.compile(r"[A-Z0-9][\w'\u2019&.+-]*|of|the|and|in|on|a|to|for|with")
_CAPITALS = re.compile(r"[A-Z0-9&.+-]+")
# the model's readings retyped: a body, or a place no list holds ("his Lantern Nights album")
_MODEL_TYPES = frozenset({"ORGANIZATION", "LOCATION"})
_OWNED_TYPES = _MODEL_TYPES | {"PERSON"}  # a person's reading only before a made thing's kind


def _plain_name(surface: str, gazetteer: Gazetteer, person_look: bool = False) -> bool:
    """One to four name words, no head word of another kind (a body's nowhere in it), no list's
    entry but a product's, and no person's look unless ``person_look`` allows it."""
    words = surface.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words) or head_type(surface) is not None:
        return False
    if any(HEAD_TYPES.get(w.lower()) == "ORGANIZATION" for w in words):
        return False  # "the University of Kelby event": a body's head word anywhere in it
    entry = gazetteer.lookup(surface)
    if entry is not None and entry.type != "PRODUCT":
        return False
    return person_look or (not looks_like_person(surface, gazetteer) and not is_given_name(words[0]))


def _body_owner(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """Whether a body's possessive stands before ``start`` ("its ", "the firm's ", "Quorvex's "): a
    listed body's, or a capitalised word no list holds that is no given name nor a person's."""
    owner = _BODY_OWNER.search(text, max(0, start - _BEFORE_REACH), start)
    if owner is None:
        return False
    if owner.group("owner") is None:
        return True
    name = owner.group("owner")
    entry = gazetteer.lookup(name)
    if entry is not None:
        return entry.type == "ORGANIZATION"
    # "Marlow Sound's", never a person's, "Jo Roe's"
    return not is_given_name(name.split()[0]) and not looks_like_person(name, gazetteer)


def owned_kind(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> EntityType | None:
    """``PRODUCT`` or ``MISC`` for a model body between an owner's possessive and a kind of made
    thing or work ("its Zorvel computer", "his Copper Wire single"), else None."""
    if cand.origin != "ner" or cand.type not in _OWNED_TYPES or cand.entry is not None:
        return None
    made = _MADE_AFTER.match(text, cand.end) is not None
    work = not made and cand.type != "PERSON" and _WORK_AFTER.match(text, cand.end) is not None
    # a body's possessive and a made thing's kind around a person's reading name no person
    # ("Quorvex's Lexa assistant"); a work's may be its author's own name
    if not (made or work) or not _plain_name(surface, gazetteer, person_look=made):
        return None
    if made:
        return "PRODUCT" if _body_owner(text, cand.start, gazetteer) else None
    if _CAPITALS.fullmatch(surface.replace(" ", "")) or gazetteer.lookup(surface) is not None:
        return None
    owner = _ANY_OWNER.search(text, max(0, cand.start - _BEFORE_REACH), cand.start)
    return "MISC" if owner is not None else None


_STRONG_EVENT_KINDS = (
    r"trade[ \t]show|trade[ \t]fair|(?:film|music|arts|jazz|book)[ \t]festival|festival|tournament"
)
_WEAK_EVENT_KINDS = r"event|conference|summit|convention|expo|exhibition|championships"
_EVENT_AFTER = re.compile(
    rf"[ \t]{{1,3}}(?:(?P<strong>{_STRONG_EVENT_KINDS})|{_WEAK_EVENT_KINDS})s?{_PHRASE_END}"
)
# a body that hosts a meeting, by a word of its name ("the Kelby Chamber of Commerce conference")
_HOST_WORDS = frozenset({"of", "chamber", "union", "society", "board", "forum", "club", "council"})
_EVENT_OPENING = re.compile(
    r"(?:\b(?i:the|a|an|this|last|next|its|their)|['\u2019]s)[ \t]+(?:year['\u2019]s[ \t]+)?$"
)


def kind_named_event(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body right after a determiner or a possessive and right before a kind of event
    ("the Quellcon trade show", "Kelby's Harbor Masters event"): the event."""
    if cand.origin != "ner" or cand.type not in _MODEL_TYPES or cand.entry is not None:
        return False
    kind = _EVENT_AFTER.match(text, cand.end)
    if kind is None or _EVENT_OPENING.search(text, max(0, cand.start - 20), cand.start) is None:
        return False
    words = surface.split()
    if kind.group("strong") is None and (
        len(words) < 2
        or gazetteer.lookup(words[0]) is not None
        or any(w.lower() in _HOST_WORDS for w in words)
    ):
        return False  # "the Quorvex event", "a Chamber of Commerce conference": the host's
    return _plain_name(surface, gazetteer) and gazetteer.lookup(surface) is None


_BILL_OPENING = re.compile(r"(?:\b[Tt]he|['\u2019]s)[ \t]+$")


def named_bill(cand: Candidate, text: str, surface: str) -> bool:
    """A model body of two words or more ending on "Bill" right after "the" or a possessive, no
    given name in it: a proposed law ("the Harbor Safety Bill", "the government's Kelp Bill";
    never "Wild Bill", "Charity Bill")."""
    if cand.origin != "ner" or cand.type != "ORGANIZATION":
        return False
    words = surface.split()
    if len(words) < 2 or words[-1] != "Bill" or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if _BILL_OPENING.search(text, max(0, cand.start - 6), cand.start) is None:
        return False
    return not is_given_name(words[-2]) and not is_given_name(words[0])


def _asks(cand: Candidate, text: str, surface: str) -> bool:
    """The cheap trigger: a possessive or a word right after the name that opens one of the rules'
    cues, or a bill's or a conference's head word ending it (whose cue may stand before it)."""
    if cand.origin != "ner" or surface.endswith(_OWN_HEADS):
        return cand.origin == "ner"
    after = _NEXT_WORD.match(text, cand.end)
    if after is None:
        return False
    word = after.group(1)
    return word is None or not _TRIGGERS.isdisjoint((word, word + "s", word + "e", word[:-1]))


def retype_by_kind(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """Retype a model body by the kind around it (in place); True when it did. The owner's and the
    event's cues speak for every mention of the name (origin ``rule``), so a name the text has act
    as a body elsewhere (``acting_names``) is left to the model; a bill by its own name."""
    if dated_event(cand, text, surface, gazetteer) and surface.lower() not in acting_names(text):
        cand.type, cand.entry, cand.origin = "EVENT", None, "rule"  # "last week's Tarvo Open"
        return True
    if bowl_game(cand, text, surface, gazetteer) and surface.lower() not in acting_names(text):
        cand.type, cand.entry, cand.origin = "EVENT", None, "rule"  # "the Harbor Bowl halftime show"
        return True
    if not _asks(cand, text, surface):
        return False
    if named_bill(cand, text, surface):
        cand.type, cand.entry = "MISC", None
        return True
    kind = owned_kind(cand, text, surface, gazetteer)
    if kind is None and reviewed_or_priced(cand, text, surface, gazetteer):
        kind = "PRODUCT"
    elif kind is None and (
        kind_named_event(cand, text, surface, gazetteer)
        or league_in_play(cand, text, surface, gazetteer)
        or held_conference(cand, text, surface, gazetteer)
    ):
        kind = "EVENT"  # "the Quellcon trade show", "the Kelby League match", "at the ... Conference"
    if kind is None or surface.lower() in acting_names(text):
        return False  # "The Kelby League said ...": a name that acts as a body elsewhere stays one
    cand.type, cand.entry, cand.origin = kind, None, "rule"
    return True


# "our Harbor Quest review", "Read my Zentra Slate review": what a review is of is a made thing; a
# firm is reviewed by no one's "our"
_REVIEW_AFTER = re.compile(r"[ \t]{1,3}(?:review|hands-on|first[ \t]look)\b")
_REVIEW_BEFORE = re.compile(r"\b(?:[Oo]ur|[Mm]y|[Ff]ull|[Ii]n-depth)[ \t]+$")
# "The Zentra Slate costs $299", "... is available now for $299", "... starts at £149": a retail
# price in the name's own clause; a monthly fee is a service's, a body's (online platforms are
# bodies by the conventions), and a price with a scale or per share a deal's
_PRICE_AFTER = re.compile(
    r"[ \t]+(?:costs?|retails?[ \t]+(?:for|at)|starts?[ \t]+at|(?:is|are)[ \t]+"
    r"(?:(?:now|currently|still)[ \t]+)?(?:available|on[ \t]+sale|priced|selling|down)"
    r"(?:[ \t]+(?:now|today))?[ \t]+(?:for|at|to))"
    r"[ \t]+(?:just[ \t]+|only[ \t]+)?[$\u00a3\u20ac]\d[\d,]*(?:\.\d\d)?"
    r"(?![\d,.]*[ \t]*(?:million|billion|bn|mn|m\b|monthly|/mo|"
    r"(?:a|per)[ \t]+(?:month|share|year)))"
)


# "the Zentra Slate's battery", "the Corvin's new screen": a made thing's part after "the" and the
# name's possessive (a body takes no "the" before its name, but capitals alone, "the BBC's")
_PART_AFTER = re.compile(
    r"['\u2019]s[ \t]+"
    r"(?:(?:new|main|front|rear|larger|bigger|smaller|built-in|(?:\d+(?:\.\d+)?-inch))[ \t]+)?"
    r"(?:battery|batteries|screen|display|camera|cameras|keyboard|trackpad|touchpad|processor|chipset|"
    r"speakers|hinge|bezels?|sensor|lens|touchscreen|charging[ \t]+port|headphone[ \t]+jack)\b"
)
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def reviewed_or_priced(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to four name words, no list's entry, no head word, no person's look,
    that a review is of ("our Harbor Quest review"), that has a retail price right after it ("The
    Zentra Slate costs $299") or a made thing's part after "the" and its possessive ("the Corvin's
    battery")."""
    if cand.origin != "ner" or cand.type != "ORGANIZATION" or cand.entry is not None:
        return False
    reviewed = (
        _REVIEW_AFTER.match(text, cand.end) is not None
        and _REVIEW_BEFORE.search(text, max(0, cand.start - 12), cand.start) is not None
    )
    if not reviewed and _PRICE_AFTER.match(text, cand.end) is None and not _part_owner(cand, text, surface):
        return False
    if not reviewed and maker_after_from(text, cand.start):
        return False  # "the Vela X from Kelby costs $499": the price is the thing's, not its maker's
    return _plain_name(surface, gazetteer) and gazetteer.lookup(surface) is None


def _part_owner(cand: Candidate, text: str, surface: str) -> bool:
    """ "the Zentra Slate's battery": a made thing's part after "the" and the name's possessive."""
    return (
        _PART_AFTER.match(text, cand.end) is not None
        and _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is not None
        and _CAPITALS.fullmatch(surface.replace(" ", "")) is None
    )


# What the cheap trigger reads: the word after the name (or its possessive), and every word the
# rules' after-patterns open on or hold (a superset is harmless: the rules decide)
_NEXT_WORD = re.compile(r"['\u2019]s\b|[ \t]{1,3}([a-z][a-z-]*)")
_OWN_HEADS = ("Bill", "Conference")
_TRIGGERS = frozenset(
    re.findall(
        r"[a-z][a-z-]+",
        " ".join(
            (
                _MADE_KINDS,
                _WORK_KINDS,
                _STRONG_EVENT_KINDS,
                _WEAK_EVENT_KINDS,
                _REVIEW_AFTER.pattern,
                _PRICE_AFTER.pattern,
                PLAY_AFTER.pattern,
                CONFERENCE_AFTER.pattern,
            )
        ),
    )
)
