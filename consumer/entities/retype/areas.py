"""Places the model reads as bodies, told by their own shape and the words right around them: a
known place joined by a hyphen to a region's code after a preposition of place ("living in
Tarvo-NCR", "based out of Kelby-GTA"), a name in apposition with a kind of place ("Quorna,
a resort town in ...", "Varl, an island off ...", or a facility's kind, "Quorn World, the largest
indoor snow park in ..."), a venue where an event is held ("the
match at Tarvfield"), and a town a firm is based in or that has a mayor or residents ("a
Tarvington-based startup", "the mayor of Brackwater").

Only a window of at most 40 characters around the name is read.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.person_names import is_place, name_word
from consumer.gate import gated

# "Tarvo-NCR", "GTA-Kelby": a place's name (one or two words) and a region's capitals
_CODED_AREA = re.compile(r"(?P<a>[A-Z][\w.]*(?: [A-Z][\w.]*)?)-(?P<b>[A-Z][\w.]*(?: [A-Z][\w.]*)?)")
_CODE = re.compile(r"[A-Z]{2,5}")
_AREA_BEFORE = re.compile(
    r"(?<![\w-])(?:in|near|outside|around|across|throughout|from|out[ \t]+of|within)[ \t]+(?:the[ \t]+)?$"
)
_AREA_REACH = 20


def coded_area(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of a known place and a region's code joined by a hyphen, after a preposition
    of place: one area ("in Tarvo-NCR"). Never a name the gazetteer knows as a whole."""
    match = _CODED_AREA.fullmatch(surface)
    if match is None or gazetteer.lookup(surface) is not None:
        return False
    a, b = match.group("a", "b")
    coded = (is_place(a, gazetteer) and _CODE.fullmatch(b)) or (_CODE.fullmatch(a) and is_place(b, gazetteer))
    if not coded:
        return False
    return _AREA_BEFORE.search(text, max(0, cand.start - _AREA_REACH), cand.start) is not None


# ", a resort town in ...", ", an island off ...", ", the district where ...": the apposition's
# head is a kind of place, ending its noun phrase (a preposition of place, a relative word or a
# punctuation mark after it), so "Quorna, a town council member," or "Varl, the island's ferry
# operator," stay what they were. Session 47 (H): a named facility's kind too, a park, a military
# base, a mall, a stadium, an arena, an airport, a hotel, a landmark, and "the capital of" ("Quorn
# World, the largest indoor theme park in ...", "Fort Kelby, an Army base nestled ..."), in
# brackets as after a comma ("Quorn World (the world's largest theme park)"), up to four words
# that describe it between, none a function word ("a member of the community" is a person's)
_PLACE_KIND = (
    r"(?:island|islands|resort|town|village|city|district|region|province|suburb|county|oasis|"
    r"municipality|borough|port|enclave|archipelago|atoll|peninsula|hamlet|township|community|settlement|"
    r"neighbou?rhood|park|mall|stadium|arena|airport|hotel|landmark|"
    r"(?:[Aa]ir|[Aa]rmy|[Mm]ilitary|[Nn]aval|[Nn]avy|[Mm]arine|[Ff]orce)[ \t]+base|"
    r"(?<![Vv]enture[ \t])capital(?=[ \t]+of\b))"
)
_DESCRIBING_WORD = (
    r"(?!(?:of|the|a|an|and|or|for|to|in|on|at|with|by|from|as|who|whose|which|that|is|was)\b)"
    r"[A-Za-z0-9][\w'’-]*[ \t]+"
)
_PLACE_APPOSITION = re.compile(
    r"(?:,[ \t]+|[ \t]+\()(?:an?|the)[ \t]+(?:"
    + _DESCRIBING_WORD
    + r"){0,4}?"
    + _PLACE_KIND
    + r"(?=[ \t]*[,.;)]|[ \t]+(?:in|on|off|of|near|outside|north|south|east|west|where|that|which|some|"
    r"about|with|nestled|located|situated|perched|tucked)\b)"
)
_APPOSITION_REACH = 60


# a Scottish or Irish surname's capital after "Mc"/"Mac" in a place named for a person ("Fort
# McKelby", "MacQuorn Park"), which ``name_word`` leaves out
_MC_WORD = re.compile(r"Ma?c[A-Z][a-z]+")


def _may_be_place(surface: str, gazetteer: Gazetteer, mc_words: bool = False) -> bool:
    """One to three name words, no head word of another kind, and nothing the gazetteer knows as
    anything but a place: a name its context may make a place. ``mc_words``: "McKelby" counts as
    a name word (where the apposition's kind of place speaks for the name)."""
    words = surface.split()
    named = all(name_word(w) or (mc_words and _MC_WORD.fullmatch(w)) for w in words)
    if not 1 <= len(words) <= 3 or not named:
        return False
    if head_type(surface) not in (None, "LOCATION"):
        return False
    entry = gazetteer.lookup(surface)
    return entry is None or entry.type == "LOCATION"


# a capitalised word and a place name's particle right before the name ("Braunau am Inn",
# "Kelby upon Tarn", "Pont de Quorn"): the model's piece of a longer place's name, no place alone
_PARTICLE_BEFORE = re.compile(
    r"[A-Z][\w'’-]*[ \t]+(?:am|an|im|upon|ob|der|sur|sous|en|de|del|di|du|la|le|les|da|do|dos|das)[ \t]+$"
)
_PARTICLE_REACH = 30


def place_in_apposition(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body (or person: ``apply._apposed_place``) of one to three name words, no head word
    of another kind, that an apposition calls a kind of place or a facility ("Quorna, a resort town
    in ...", "Quorn World, the largest indoor snow park in ..."): the place. A name the gazetteer
    knows as anything but a place keeps its type."""
    if _PLACE_APPOSITION.match(text, cand.end, cand.end + _APPOSITION_REACH) is None:
        return False  # the cheap test first: most names have no such apposition
    if _PARTICLE_BEFORE.search(text, max(0, cand.start - _PARTICLE_REACH), cand.start):
        return False  # "Braunau am" + "Inn, a town ...": the end of a longer place's name
    return _may_be_place(surface, gazetteer, mc_words=True)


# "the concert at the Kelvo Dome", "Saturday's match at Tarvfield", "staged at Quorn Park near
# ...": where an event is held is a venue, a named facility, a place by the conventions (a
# facility's own head word is ``kinds``' and ``bodies``' to read; this rule needs none)
_HELD_AT = gated(
    r"(?<![\w-])(?:held|staged|hosted|played|performed|perform|play|playing|performing|took[ \t]+place|"
    r"takes[ \t]+place|concert|gig|match|game|fixture|race|ceremony|premiere|clash|venue)"
    r"[ \t]+at[ \t]+(?:the[ \t]+)?$"
)
_HELD_REACH = 28
# "The sides meet again at Tarvfield", "fans gathered at Quorn Park", "recorded at the Kelvo Odeon",
# "Oct. 28-29, at Quellside in ...", "on Saturday at Tarvfield": where people meet or record, or
# what a date or a day is at, is a venue too (session 35)
_MET_AT = gated(
    r"(?<!\w)(?:meet|meets|met|gathered|gather|gathers|filmed|"
    r"(?:\d{1,2}(?:st|nd|rd|th)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"tonight|tomorrow),?)(?:[ \t]+again)?[ \t]+at[ \t]+(?:the[ \t]+)?$"
)
# "a meeting at" and "recorded at" are said of firms as often ("Executives held a meeting at
# Quorvex on Friday", "the profit recorded at Quorvex"): a venue only with a place's cue after the
# name, "in"/"near"/"outside" and a capitalised word that is no month or day ("recorded at
# Hammerfield Odeon in London")
_MEETING_AT = gated(r"(?<![\w-])(?:meeting|recorded)[ \t]+at[ \t]+(?:the[ \t]+)?$")
_VENUE_AFTER = re.compile(
    r",?[ \t]+(?:in|near|outside)[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
)
_VENUE_REACH = 24
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def event_venue(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to three name words (or an acronym) that no list knows and no head word
    types, where an event is held ("the match at Tarvfield"): the venue, a place."""
    words = surface.split()
    if not 1 <= len(words) <= 3 or not all(name_word(w) or _ACRONYM.fullmatch(w) for w in words):
        return False
    if cand.entry is not None or head_type(surface) is not None or gazetteer.lookup(surface) is not None:
        return False
    before = max(0, cand.start - _HELD_REACH)
    if _HELD_AT.search(text, before, cand.start) is not None:
        return True
    if text[cand.end : cand.end + 2] in ("'s", "\u2019s"):
        return False  # "on Monday at Quorvex's meeting": the owner of what happens
    if _MET_AT.search(text, before, cand.start) is not None:
        return True
    return (
        _MEETING_AT.search(text, before, cand.start) is not None
        and _VENUE_AFTER.match(text, cand.end, cand.end + _VENUE_REACH) is not None
    )


# "a Tarvington-based startup": what a firm is based in is a place; "the mayor of Brackwater",
# "Brackwater's residents", "Quellmoor locals": a town's mayor, its people or its streets
_BASED_AFTER = re.compile(r"-based\b")
_TOWN_WORD_BEFORE = gated(
    r"(?<![\w-])(?:mayor|mayors|residents|inhabitants|townspeople|villagers|outskirts|suburbs|streets)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_TOWN_WORD_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:mayor|residents|inhabitants|townspeople|villagers|locals|natives|outskirts|"
    r"suburbs|town[ \t]+centre|city[ \t]+centre|downtown)\b"
)
_TOWN_REACH = 32


def town_by_its_people(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A model body of one to three name words, no body's head word, that a firm is based in or
    that has a mayor, residents or outskirts: a town, a place."""
    if not _may_be_place(surface, gazetteer):
        return False
    return (
        _BASED_AFTER.match(text, cand.end) is not None
        or _TOWN_WORD_AFTER.match(text, cand.end) is not None
        or _TOWN_WORD_BEFORE.search(text, max(0, cand.start - _TOWN_REACH), cand.start) is not None
    )
