"""What a model "organisation" really is: a person whose surname speaks alone, a town before a
state's postal code, a city in a story about sport (its club), a work before its kind noun, a
quoted title, a product. ``retype_body`` applies them in order.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.gazetteer.cities import CITY_SHORT_FORMS
from consumer.entities.gazetteer.geo import capital_name
from consumer.entities.retype.heads import HEAD_TYPES, head_type, head_word
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.listeners import addressed_body
from consumer.entities.retype.owned_kinds import retype_by_kind
from consumer.entities.retype.person_names import (
    NAME_OPENERS,
    NOT_SURNAMES,
    country_or_division,
    is_place,
    name_word,
    person_words,
    town_by_its_name,
)
from consumer.entities.retype.product_families import listed_plural, long_maker_model, platform_title
from consumer.entities.retype.product_use import (
    built_in,
    kind_in_apposition,
    named_software,
    product_line,
    used_as_software,
)
from consumer.entities.retype.products import (
    launched_product,
    listed_product_model,
    maker_product,
    model_before_kind,
    owned_product,
)
from consumer.entities.retype.works import quoted_title
from consumer.events import TextField
from consumer.gate import gated

# A capitalised word alone right before a verb of speech: "Scholz told reporters" (not the end
# of a longer name: "Lockheed Martin said")
_SPEAKING = gated(
    r"(?=[A-Z])(?:\b([A-Z][\w'\u2019.&-]*)[ \t]+)?\b([A-Z][\w'\u2019-]+)[ \t]+"
    r"(?:said|says|told|tells|added|stressed|noted|insisted)\b"
)


def speaking_words(text: str) -> frozenset[str]:
    """Every word that speaks alone in the text: one pass per field."""
    return frozenset(m.group(2) for m in _SPEAKING.finditer(text) if _alone(m.group(1)))


def _alone(before: str | None) -> bool:
    """No capitalised word before, or one that ends a sentence or is a title ("on Friday. Roe
    said", "Dr. Roe said"): a full stop after two letters or more. An initial ("J. Roe") or a
    name's word ("Lockheed Martin said") makes the word the end of a longer name."""
    return before is None or (before.endswith(".") and len(before) >= 3 and "." not in before[:-1])


def surname_speaks(surface: str, speaking: frozenset[str], gazetteer: Gazetteer) -> bool:
    """ "Olaf Scholz ... Scholz told reporters": a name whose last word speaks alone is a person's
    (bodies are called by their first word, "Goldman said"); the last word must be no known name."""
    words = surface.split()
    return (
        2 <= len(words) <= 3
        and person_words(words, gazetteer)
        and head_word(surface) not in HEAD_TYPES
        and words[-1] in speaking
        and gazetteer.lookup(words[-1]) is None
    )


def alone_words(
    cands: list[Candidate], recased: dict[TextField, str], cases: dict[str, str]
) -> dict[TextField, frozenset[str]]:
    """Per field, the one-word names read as a person or a body (a possessive cut off), but for
    words the article writes in lower case mid-sentence ("Money ... confined money")."""
    found: dict[TextField, set[str]] = {}
    for cand in cands:
        surface = recased[cand.field][cand.start : cand.end].removesuffix("'s").removesuffix("\u2019s")
        if not surface or " " in surface or cand.type not in ("PERSON", "ORGANIZATION"):
            continue
        if cases.get(surface.lower()) != surface.lower():
            found.setdefault(cand.field, set()).add(surface)
    return {fld: frozenset(words) for fld, words in found.items()}


def surname_alone(surface: str, alone: frozenset[str], gazetteer: Gazetteer) -> bool:
    """ "Tavro Keski ... Keski said", "Keski's film": a two-word name whose last word the story
    uses alone, and never its first, is a person's, named in full once and then by surname. A
    body is called by its first word ("Goldman Sachs ... Goldman"), or in full; the model's
    "body" with an unlisted given name is a person. Neither word a name a list knows, and no
    body's head word ("Harlan Ventures")."""
    words = surface.split()
    return (
        len(words) == 2
        and all(name_word(w) for w in words)
        and words[-1] in alone
        and words[0] not in alone
        and head_word(surface) not in HEAD_TYPES
        and words[-1] not in NOT_SURNAMES
        and words[0].lower() not in NAME_OPENERS
        and gazetteer.lookup(words[-1]) is None
        and gazetteer.lookup(words[0]) is None
    )


# "in Alton, NH;", "Elkton, MD.": a US state's postal code after a town the gazetteer knows
_TOWN_COMMA_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),[ \t]$")
_CODE_END = re.compile(r"[;,.)]|[ \t]*(?:\n|$)")
_TOWN_REACH = 40  # characters looked back over for the town


def _postal_code_after_town(
    cand: Candidate, text: str, surface: str, gazetteer: Gazetteer
) -> GazEntry | None:
    """The state a two-capital "organisation" after "Town, " names, before punctuation."""
    if len(surface) != 2 or not surface.isupper() or not _CODE_END.match(text, cand.end):
        return None
    town = _TOWN_COMMA_BEFORE.search(text, max(0, cand.start - _TOWN_REACH), cand.start)
    if town is None or not is_place(town.group(1), gazetteer):
        return None
    return gazetteer.postal_division(surface)


# Words of a story about sport, where a city's name stands for its club ("Perth beat Shanghai",
# "Cleveland's defense"): read once per field, and only when a city was read as a body.
_SPORT_STORY = gated(
    r"\b(?:season|games?|teams?|players?|beat|defeated|wins?|won|victory|playoffs?|coach|league|"
    r"match|matches|scored|goals?|points|finals?|tournament|squad|striker|quarterback|innings|"
    r"stadium|rebounds?|touchdowns?|seed(?:ed)?)\b",
    re.IGNORECASE,
)
_CITY_AS_BODY_RANK = 1  # a city of 100,000 people or more (see gazetteer._cities)
# Where a word of sport makes a city a club: the story's lead (a report on a game says so
# at once) or the passage around the name. Not the whole text: a long feature's "landing
# points" or "won" far from the name made every city it named a body.
_SPORT_LEAD = 600
_SPORT_AROUND = 400


def about_sport(text: str, start: int, end: int) -> bool:
    """Whether a word of sport stands in the story's lead or within reach of the name."""
    return (
        _SPORT_STORY.search(text, 0, _SPORT_LEAD) is not None
        or _SPORT_STORY.search(text, max(0, start - _SPORT_AROUND), end + _SPORT_AROUND) is not None
    )


def _city_read_as_body(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    """A city of 100,000 or more by its own name, in title case ("Karachi", "Oklahoma City"):
    not an alternate name ("Athena") or an acronym ("MAU") that the gazetteer also holds. A
    country's capital by the name the country table gives it is its own name too ("Washington
    said ...", whose city is "Washington, D.C."; session 30): a capital standing for its
    government stays the city by the conventions. A city's listed short form ("NYC") is too."""
    if surface in CITY_SHORT_FORMS:
        return gazetteer.lookup(surface)  # "from NYC to Boston": a city's listed short form
    if not all(name_word(w) for w in surface.split()):
        return None
    entry = gazetteer.lookup(surface)
    if entry is None or entry.type != "LOCATION" or entry.kind != "city" or entry.rank < _CITY_AS_BODY_RANK:
        return None
    folded = surface.casefold()
    if entry.name.casefold() == folded or (capital_name(entry.country) or "").casefold() == folded:
        return entry
    return None


# "the Wheel of Time series", "two Star Trek novels", "the X-Men sequel": a name of two words or
# more right before a kind of work is the work's (MISC). One word is often the studio or the
# publisher ("Marvel films", "Penguin books"), and so is a name with a maker's head word
# ("Harbor Lane Studios films"). The kind noun must end its noun phrase: a function word or a
# punctuation mark after it ("two Star Trek novels before ..."), not "series A" or "films unit".
_WORK_KIND_AFTER = re.compile(
    r"[ \t]+(?:TV |television )?(?:series|novels?|films?|movies?|sequel|prequel|trilogy|saga|franchise|"
    r"books|comics|episodes?)(?:(?=[,.;:!?()]|\s*$)|\s+(?P<next>[a-z]+)\b)"
)
_MAKER_HEADS = frozenset(
    word_list(
        "studios studio pictures films entertainment productions books press publishing publishers records "
        "media network networks channel television tv cinema animation games comics group inc corp ltd llc"
    )
)


def _work_before_kind(cand: Candidate, text: str, surface: str) -> bool:
    """A model body of two words or more, no gazetteer entry, right before a kind of work."""
    words = surface.split()
    return (
        len(words) >= 2
        and cand.entry is None
        and words[-1].lower().rstrip(".") not in _MAKER_HEADS
        and head_type(surface) is None
        and (kind := _WORK_KIND_AFTER.match(text, cand.end)) is not None
        and (kind.group("next") is None or kind.group("next") in STOP_WORDS)  # not "series A", "films unit"
    )


# "the show at the Orpheum Theater", "fans gathered outside the Marlow Music Hall", "the debate
# inside the Dunmore Convention Center": a venue named by its kind word after a preposition of
# place is where something happens, a place by the conventions (a theatre acting, "the Kelvar
# Theater said", stays a body; the story's vote settles a name read both ways). "Center" only
# with a word of events before it: a research centre is a body ("at the Belfer Center").
_VENUE_NAME = re.compile(
    r"(?:Theat(?:er|re)|Music[ \t]+Hall|Concert[ \t]+Hall|Ballroom|Auditorium|Opera[ \t]+House|Playhouse|"
    r"(?:Convention|Exhibition|Conference|Civic|Events?|Arts)[ \t]+Cent(?:er|re))$"
)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:at|inside|outside|in[ \t]+front[ \t]+of)[ \t]+(?:the[ \t]+)?$")


def _venue_at(cand: Candidate, text: str, surface: str) -> bool:
    """A venue's name after "at", "inside" or "outside" (see ``_VENUE_NAME``)."""
    return (
        _VENUE_NAME.search(surface) is not None
        and len(surface.split()) >= 2
        and _PLACE_PREPOSITION_BEFORE.search(text, max(0, cand.start - 20), cand.start) is not None
    )


# Two places joined by a hyphen, each one or two capitalised words ("Minneapolis-Saint Paul",
# "Haryana-Punjab"): the model reads one body (session 32)
_HYPHENED_PLACES = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)-([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _hyphened_places(surface: str, gazetteer: Gazetteer) -> bool:
    """Whether a model body is two places the gazetteer knows joined by a hyphen: an area or a
    region named by both ("Delhi-Gurugram", "Austria-Hungary"). Sport is the caller's to rule out
    (a game between two cities' clubs)."""
    match = _HYPHENED_PLACES.fullmatch(surface)
    if match is None or gazetteer.lookup(surface) is not None:
        return False
    for side in match.groups():
        entry = gazetteer.lookup(side)
        if entry is None or entry.type != "LOCATION":
            return False
    return True


def _product_family(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A listed product's plural, a long maker's model or a listed console's game
    (``product_families``)."""
    return (
        listed_plural(surface, gazetteer)
        or long_maker_model(surface, gazetteer)
        or platform_title(cand, text, surface, gazetteer)
    )


def retype_body(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> None:
    """A model organisation that is a place, a product or a work by its name (in place)."""
    if retype_by_kind(cand, text, surface, gazetteer):
        return  # "its Zorvel computer", "his Copper Wire single", "the Quellcon trade show"
    if _work_before_kind(cand, text, surface) or quoted_title(cand, text, surface, gazetteer):
        cand.type = "MISC"  # "the Wheel of Time series", an episode "“Traffic School”"
    elif (state := _postal_code_after_town(cand, text, surface, gazetteer)) is not None:
        cand.type, cand.entry = "LOCATION", state  # "in Gladstone, NJ;": the state
    elif country_or_division(surface, gazetteer):
        # "Vietnam said ...", "Taiwan's ...": a country or province is a place by the
        # conventions, even when it acts (a results line's club is found later, by score)
        cand.type, cand.entry = "LOCATION", gazetteer.lookup(surface)
    elif _hyphened_places(surface, gazetteer) and not about_sport(text, cand.start, cand.end):
        cand.type, cand.entry = "LOCATION", None  # "smog over Delhi-Gurugram": one area of two places
    elif (city := _city_read_as_body(surface, gazetteer) or town_by_its_name(surface, gazetteer)) is not None:
        # "from Halifax to ...", "Edmonton, which is ...", "Red Bank officials": the model's body
        # is the city or the town, unless the story is about sport, where it stands for its club
        if not about_sport(text, cand.start, cand.end):
            cand.type, cand.entry = "LOCATION", city
    elif _venue_at(cand, text, surface):
        cand.type, cand.entry = "LOCATION", None  # "the show at the Orpheum Theater"
    elif (
        maker_product(surface, gazetteer)
        or listed_product_model(surface, gazetteer)
        or model_before_kind(cand, text, surface, gazetteer)
        or launched_product(cand, text, surface, gazetteer)
        or product_line(cand, text, surface, gazetteer)
        or _product_family(cand, text, surface, gazetteer)
    ) and not addressed_body(cand, text):  # "told Kelby Sport": a body spoken to, no model
        cand.type, cand.entry = "PRODUCT", None  # "Amazon Alexa", "Microsoft Surface"
    elif (
        kind_in_apposition(cand, text, surface, gazetteer)
        or built_in(cand, text, surface, gazetteer)
        or used_as_software(cand, text, surface, gazetteer)
        or named_software(cand, text, surface, gazetteer)
    ):
        # "Zorbly, the streaming stick,", "with Zorbly built in", "download Zorbly", "the Zorbly
        # app": the context
        # says so for every mention
        cand.type, cand.entry, cand.origin = "PRODUCT", None, "rule"
    else:
        owned_product(cand, gazetteer, text)
