"""A name's type from the kind of thing the words right around it name: a kind of place ("the
village of X"), a storm ("Hurricane X"), a newspaper's title, a facility's head word the model
left out ("the Harlow coal mine"), a programme, a broadcast.

Also ``kind_by_name`` and ``kind_by_head``, which ``apply`` asks first for every candidate.
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import SPEAKING_FACILITIES, THE_BEFORE, head_type, head_word, tournament
from consumer.entities.retype.laws import law_by_context
from consumer.entities.retype.lexicons import DISEASES, EGG_AFTER, HOLIDAYS, word_list
from consumer.entities.retype.person_context import PAPER_TITLES
from consumer.entities.retype.person_names import name_word
from consumer.entities.retype.speakers import attributed
from consumer.events import EntityType
from consumer.gate import gated, may_end_with

# Kinds of place copy names before "of X" ("the village of X", "the port of X"; "the island of
# X", "the oasis of X", "his hometown of X", "the resort of X")
_PLACE_KINDS = (
    "city|town|village|province|county|region|district|port|suburb|"
    "island|oasis|hometown|resort|municipality|borough"
)
# "the area known as X", "a village called X": a kind of place that names what follows
_NAMED_PLACE = (
    rf"\b(?:{_PLACE_KINDS}|township|hamlet|area|community|neighbou?rhood)\s+(?:known\s+as|called)\s+$"
)
_PLACE_BEFORE = re.compile(
    rf"\b(?:{_PLACE_KINDS}|state|capital) of\s+$|\b(?:in|near|outside)\s+(?:the\s+)?$|\bfled\s+$"
    rf"|{_NAMED_PLACE}",
    re.IGNORECASE,
)


# "the village of X", "the port city of X": the kind of place named right before, stronger than
# "in X" (which also governs bodies: "in Parliament")
_KIND_OF_PLACE_BEFORE = re.compile(
    rf"\b(?:{_PLACE_KINDS}|township|hamlet)\s+of\s+$|{_NAMED_PLACE}", re.IGNORECASE
)


KIND_REACH = 30  # characters before the name: "neighbourhood known as " and a little more


def kind_of_place_before(text: str, start: int) -> bool:
    return _KIND_OF_PLACE_BEFORE.search(text, max(0, start - KIND_REACH), start) is not None


# The last word of each of _PLACE_BEFORE's readings: it ends the window, before white space
_PLACE_BEFORE_LAST = ("of", "in", "near", "outside", "the", "fled", "as", "called")


def place_context(text: str, start: int) -> bool:
    """ "the city of X", "in X": the words before say a place follows."""
    low = max(0, start - KIND_REACH)
    if not may_end_with(text[low:start], _PLACE_BEFORE_LAST):
        return False  # no reading ends on the window's last word: its scan is spared
    return _PLACE_BEFORE.search(text, low, start) is not None


def cut_at_parenthesis(cand: Candidate, text: str) -> None:
    """ "Ministry of Commerce (MOFCOM": a name never ends inside an open parenthesis, nor runs on
    past a closing one it never opened ("(CNN Business)Asian markets", words run together)."""
    surface = text[cand.start : cand.end]
    opened = surface.rfind("(")
    if opened > 0 and ")" not in surface[opened:]:
        cand.end = cand.start + len(surface[:opened].rstrip())
        return
    closed = surface.find(")")
    if closed > 0 and "(" not in surface[:closed]:
        cand.end = cand.start + len(surface[:closed].rstrip())


_INDEX_WORD = re.compile(r"\s+(?:[Ii]ndex|INDEX)$")


def listed_product(surface: str, gazetteer: Gazetteer) -> GazEntry | None:
    """A market index or product of the hand-made list under the model's span, perhaps with
    "Index" after it ("Kospi Index"): the list knows its type better than the model."""
    for form in (surface, _INDEX_WORD.sub("", surface)):
        entry = gazetteer.lookup(form)
        if entry is not None and entry.type == "PRODUCT":
            return entry
    return None


# A named storm is an event: "Typhoon Kong-rey", "Hurricane Milton" (the model reads a place,
# or only the name after the storm word). "Storm" alone is left out: "Storm Shadow" is a missile.
STORM_WORDS = r"(?:Super\s+Typhoon|Typhoon|Hurricane|(?:Tropical\s+)?Cyclone|Tropical\s+Storm|Winter\s+Storm)"
_STORM = re.compile(rf"^{STORM_WORDS}\s+[A-Z]")
_STORM_BEFORE = gated(rf"\b{STORM_WORDS}\s+$")


def _named_storm(cand: Candidate, text: str) -> bool:
    """Whether the candidate names a storm, taking in the storm word before it if it is there."""
    before = _STORM_BEFORE.search(text, max(0, cand.start - 25), cand.start)
    if before is not None:
        cand.start = before.start()
    return _STORM.match(text[cand.start : cand.end]) is not None


# A newspaper named by its place and its title word: "Dallas Morning News", "Beijing Evening
# News", "Kansas City Star" (the model reads an event, or the gazetteer the city).
_NEWSPAPER = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}?)\s(?:(?:Evening|Morning|Daily|Sunday|Weekly)\s)?"
    rf"(?:{PAPER_TITLES})$"
)


def _newspaper(surface: str, gazetteer: Gazetteer) -> bool:
    match = _NEWSPAPER.match(surface)
    if match is None:
        return False
    place = gazetteer.lookup(match.group("place"))
    if place is None or place.type != "LOCATION":
        return False
    # a city by its own name, of 100,000 people or more (rank 1 and up): a town or an alternate
    # spelling that is a common word ("Lone" for Loni) would make "Lone Star" a newspaper
    own_name = place.name.casefold() == match.group("place").casefold()
    return place.kind != "city" or (own_name and place.rank >= 1)


# A facility's head word the model left out of the name: "the Harlow coal mine" (a named
# facility in lower case is a place by the conventions), "the Liwen-Dara expressway", "Orrin
# Mountain", and a feature's or a division's capitalised head ("the Kermadec" + "Trench", "Zhangbei"
# + "County"). A lower-case head needs a definite word before the name (_FACILITY_BEFORE);
# a capitalised one may not run on into a body's name ("Aldane Port Authority").
# Prisons, stadiums and reservoirs too ("the city's Hua Lo prison"), never as a modifier of the
# noun after them ("the Dunmore prison guard", "Brenvik stadium bonds": a guard, bonds).
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?:(?P<lower>(?:(?:coal|gold|copper|iron|tin|salt|uranium|diamond)[ \t]+)?(?:mine|colliery)"
    r"|expressway|(?P<building>prison|jail|penitentiary|stadium|reservoir)(?![ \t]+(?:guards?|officers?|"
    r"staff|workers?|employees?|system|officials?|authorities|population|sentences?|terms?|reforms?|riots?|"
    r"bonds?|projects?|plans?|deals?|fees?|fights?|gangs?|visits?|camps?|services?)\b))\b"
    r"|(?:Mountain|Mountains|Port|Reservoir|Dam|Trench|Reef|Gorge|Canyon|Glacier|Fjord|Lagoon|Plateau|"
    r"Wetlands|Archipelago|Atoll|Valley|County|Province|Prefecture|District|Islands?|Bay)\b(?![ \t]+[A-Z]))"
)
_FACILITY_REACH = 24  # characters after the name: a mineral and the head word
# What may stand before a lower-case facility's name: "the", an owner's possessive ("Beijing's
# Harlow coal mine"), an apposition's comma ("the last one, Harlow coal mine"), or a preposition
# of place ("at Harlow coal mine"); never "a" ("a Dunmore mine worker") or "in" ("in Brenvik mine
# shares": the company).
_FACILITY_BEFORE = re.compile(r"(?:\b(?:[Tt]he|at|near)|['’]s|,)[ \t]+$")
_FACILITY_BEFORE_REACH = 6


def extend_to_facility(cand: Candidate, text: str) -> bool:
    """Take a facility's head word the model left out into the name, which is then a place."""
    after = _FACILITY_AFTER.match(text, cand.end, cand.end + _FACILITY_REACH)
    if after is None:
        return False
    if (
        cand.type == "PERSON"
        and not after.group("building")
        and not _lone_unknown_word(text[cand.start : cand.end])
    ):
        return False  # "the Jane Orrin mine": a person's; a prison or a stadium is named after one
    if after.group("lower") and (
        cand.entry is not None  # "the Shanxi coal mine": a mine somewhere in a known place
        or not _FACILITY_BEFORE.search(text, max(0, cand.start - _FACILITY_BEFORE_REACH), cand.start)
    ):
        return False
    if cand.entry is not None and cand.entry.type == "ORGANIZATION":
        return False  # a company the gazetteer knows: "the Glencore mine" is the company's
    cand.end, cand.type, cand.entry = after.end(), "LOCATION", None
    return True


def _lone_unknown_word(surface: str) -> bool:
    """One capitalised word that is no given name: the model's "person" before a lower-case
    "coal mine" ("the last one, Tarvo coal mine") is the mine's own name, where a full name or a
    given name ("the Jane Orrin mine", "the Jane mine") is its owner's."""
    return " " not in surface and not is_given_name(surface)


def kind_by_name(cand: Candidate, text: str, gazetteer: Gazetteer) -> EntityType | None:
    """What the name says it is, whatever the model read: a storm, a disease, a newspaper."""
    if _named_storm(cand, text):
        return "EVENT"
    surface = " ".join(text[cand.start : cand.end].split())
    if DISEASES.match(surface):
        return "MISC"
    if HOLIDAYS.match(surface) and not EGG_AFTER.match(text, cand.end):
        return "EVENT"
    if cand.type != "ORGANIZATION" and (_newspaper(surface, gazetteer) or _team_plural(cand, text, surface)):
        return "ORGANIZATION"
    return None


# "the Clean Stove Grants program", "the Deep Orbit Logistics Services (DOLS) programme": the
# model reads a scheme's name as a body; a programme is MISC by the conventions. The name must
# end in what a scheme hands out: "the Mayo Clinic program" is the clinic's.
_PROGRAMME_AFTER = re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:program|programme|scheme)s?\b")
_PROGRAMME_REACH = 24  # characters after the name: "(ACRONYM)" and the noun
_SCHEME_WORDS = frozenset(
    word_list("grants services payments loans scholarships fellowships benefits subsidies vouchers credits")
)


def _programme(cand: Candidate, text: str, surface: str) -> bool:
    """A model organisation of two words or more, with no gazetteer entry, ending in a scheme
    word right before a lower-case "program": the programme's name."""
    return (
        cand.type == "ORGANIZATION"
        and cand.entry is None
        and len(surface.split()) >= 2
        and head_word(surface) in _SCHEME_WORDS
        and _PROGRAMME_AFTER.match(text, cand.end, cand.end + _PROGRAMME_REACH) is not None
    )


# A broadcast's words near a "... Show" ("TV", "aired", "a daytime variety program", "a memorable
# ... clip", "late-night"): the name is a programme (a work, MISC by the conventions),
# not a fair ("the Geneva Motor Show") or a contest ("the National Horse Show").
_BROADCAST_NEAR = gated(
    r"\b(?:TV|television|sitcom|talk[ -]show|episodes?|hosts?|hosted|co-host|re-?runs|aired|airs|"
    r"broadcasts?|viewers|anchor|network|variety|clips?|late[ -]night|daytime|prime[ -]?time|segments?|"
    r"comedians?|ratings)\b"
)
_BROADCAST_REACH = 50  # characters either side of the name
_FAIR_KINDS = frozenset(
    word_list("motor auto car boat air horse dog flower garden home trade fashion art antiques")
)
_QUOTE_BEFORE = re.compile(r"[\"“](?:[Tt]he\s+)?$")


def _broadcast(cand: Candidate, text: str, surface: str) -> bool:
    """A "... Show" that is a programme: in quotation marks, named for a host (a given name and a
    surname), or with a word of broadcasting within reach."""
    if head_word(surface) != "show":
        return False
    words = surface.split()
    if len(words) >= 2 and words[-2].lower() in _FAIR_KINDS:
        return False  # "the Harbor Boat Show drew a late-night crowd": a fair
    if len(words) == 3 and is_given_name(words[0]) and name_word(words[1]):
        return True  # "The Dana Pellam Show": a host's show; fairs are named for places and trades
    if _QUOTE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is not None:
        return True
    window = (max(0, cand.start - _BROADCAST_REACH), cand.end + _BROADCAST_REACH)
    return _BROADCAST_NEAR.search(text, *window) is not None


# Facilities that copy names as bodies by their head word ("Kelby General Hospital", "the Marlow
# Museum") or by none the head tables know ("Brenford Medical Center", "Tessan Zoo"). The
# conventions make a named facility a place unless the text uses it as a body: one where someone
# is taken, dies or is treated, or something stands by its gates, is the building ("was rushed to
# Kelby General Hospital", "near the gates of the Marlow Museum"); "doctors at ..." and "handed
# over to ..." (a body's staff, a recipient) stay bodies.
_FACILITY_HEADS = frozenset(
    [
        *word_list("hospital infirmary clinic museum zoo aquarium mall"),
        *("medical center", "medical centre", "shopping center", "shopping centre"),
        # session 46 (H): houses of worship and military bases, which speak as congregations and
        # commands too, are buildings only where the words before put someone in them
        *word_list("church chapel mosque synagogue"),
        *("air base", "force base", "guard base", "naval base", "army base", "military base"),
    ]
)
_FACILITY_PLACE_BEFORE = gated(
    r"(?:\b(?:taken|rushed|flown|airlifted|air-lifted|transported|transferred|brought|driven|evacuated|"
    r"carried|admitted|readmitted)(?:[ \t]+(?:by[ \t]+(?:ambulance|helicopter|air|car|police|paramedics)"
    r"|back|later|immediately|quickly|first))?[ \t]+(?:to|into)"
    r"|\b(?:died|dies|treated|hospitali[sz]ed|recovering|recuperating|born|pronounced[ \t]+dead|"
    r"receiving[ \t]+(?:care|treatment)|(?:stable|critical|serious|fair|good)[ \t]+condition)[ \t]+(?:at|in)"
    r"|\b(?:outside|inside|near|opposite|behind|beside|in[ \t]+front[ \t]+of|"
    r"(?:gates?|grounds|entrance|steps|doors?|lobby|roof|car[ \t]+park|parking[ \t]+lot|premises|"
    r"courtyard|wards?|corridors)[ \t]+of"
    r"|(?:views?|scenery|landscape)[ \t]+(?:of|in|inside)"
    # session 46 (H): someone goes in by force or a unit is based there ("gunmen stormed the
    # Marlow Museum", "he entered Kelby Memorial Church", "a crew based out of Harlow Air Base")
    r"|\b(?:entered|stormed|raided|occupied|(?:broke|burst|barged|walked)[ \t]+into"
    r"|(?:based|stationed)[ \t]+(?:out[ \t]+of|at))))[ \t]+(?:the[ \t]+)?$"
)
# "entered the Marlow Museum's collection": the name owns what follows, the body's
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# "The Marlow Museum was built in 1925": a building's verb after the name
_FACILITY_BUILT_AFTER = re.compile(
    r"[ \t]+(?:was|were|is|has[ \t]+been)[ \t]+(?:first[ \t]+|originally[ \t]+)?"
    r"(?:built|constructed|erected|completed|renovated|restored|rebuilt)\b"
)
_FACILITY_BUILT_REACH = 40
_FACILITY_PLACE_REACH = 48  # characters before the name: a verb, "by ambulance", "to the"


def facility_as_place(text: str, start: int, end: int) -> bool:
    """A named facility ("... Hospital", "... Museum", "... Medical Center") the words before
    put someone or something in or by, or a building's verb follows ("was built"): the building,
    a place."""
    words = text[start:end].lower().split()
    if len(words) < 2 or (words[-1] not in _FACILITY_HEADS and " ".join(words[-2:]) not in _FACILITY_HEADS):
        return False
    window = max(0, start - _FACILITY_PLACE_REACH)
    if _POSSESSIVE_AFTER.match(text, end) is not None:
        return False
    if _FACILITY_PLACE_BEFORE.search(text, window, start) is not None:
        return True
    return _FACILITY_BUILT_AFTER.match(text, end, end + _FACILITY_BUILT_REACH) is not None


def kind_by_head(cand: Candidate, text: str, surface: str) -> EntityType | None:
    """The type a name's head word gives, or a tournament's, or a programme's; an observatory
    that speaks ("the Hong Kong Observatory said") is a body, as the model read it, not the
    building; a broadcast show is a work."""
    if _broadcast(cand, text, surface):
        return "MISC"
    head = head_type(surface) or tournament(text, cand.start, surface)
    if (
        head == "LOCATION"
        and head_word(surface) in SPEAKING_FACILITIES
        and attributed(text, cand.start, cand.end)
    ):
        return None
    if head is None and (_programme(cand, text, surface) or law_by_context(cand, text, surface)):
        return "MISC"  # a programme's title; a law under "Law" or "Code" ("based on Tarvel Currency Law")
    if head in (None, "ORGANIZATION") and facility_as_place(text, cand.start, cand.end):
        return "LOCATION"
    return head


def placed(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A body or a person the words before say is a place ("in Kyiv", "the village of Marinka"),
    or a town's service after ("Forest Glen police"): retyped in place, with the gazetteer's
    record when it has one."""
    if local_service_town(cand, text, surface):
        cand.type = "LOCATION"
        return True
    if cand.type not in ("PERSON", "ORGANIZATION", "PRODUCT", "MISC") or not place_context(text, cand.start):
        return False
    entry = gazetteer.lookup(surface)
    kind_named = kind_of_place_before(text, cand.start)
    if entry is not None and entry.type == "LOCATION":
        cand.type, cand.entry = "LOCATION", entry
    elif entry is None and kind_named:
        cand.type = "LOCATION"  # a village or a town the gazetteer lacks
    else:
        return False
    if kind_named:
        # "the town of X" says what X is for the whole story: as a rule's finding, it types the
        # name's other mentions too ("X could not be saved", which the model reads as a body)
        cand.origin = "rule"
    return True


# A town's own services named after it in lower case ("Forest Glen police officers", "Marlow
# Heights firefighters", "the Grove Hill fire department"): the name before is the town, which the
# model reads as a person or a body when the gazetteer does not know it. A body's name stays a
# body ("Kessel Transit police", "Kessel University police"): a model body is retyped only when
# its last word is a kind of place a town is named after ("... Hill", "... Heights", "... Park").
_LOCAL_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:police|firefighters|fire[ \t]+(?:department|officials|crews|chief)|"
    r"sheriff['’]s[ \t]+(?:office|deputies|department)|"
    r"(?:city|town|village)[ \t]+(?:council|officials|hall))\b"
)
_LOCAL_SERVICE_REACH = 32
_TOWN_LAST_WORDS = frozenset(
    word_list(
        "hill hills heights park grove springs beach falls creek point ridge lake valley harbor harbour "
        "bay woods glen township village vale gardens crossing junction"
    )
)


def local_service_town(cand: Candidate, text: str, surface: str) -> bool:
    """A model person or body with no record right before a town's lower-case service ("police",
    "firefighters", "fire department", "city council"): the town, a place."""
    if cand.type not in ("PERSON", "ORGANIZATION") or cand.entry is not None or cand.origin != "ner":
        return False
    words = surface.split()
    if not words or head_type(surface) is not None:
        return False
    if cand.type == "ORGANIZATION" and (len(words) < 2 or words[-1].lower() not in _TOWN_LAST_WORDS):
        return False
    if len(words) == 1 and _SENTENCE_OPENS.search(text, max(0, cand.start - 3), cand.start) is not None:
        return False  # "Riot police fired tear gas": a kind of police capitalised at a sentence's start
    return _LOCAL_SERVICE_AFTER.match(text, cand.end, cand.end + _LOCAL_SERVICE_REACH) is not None


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\"“”]\s*|\n\s*)$")


def _team_plural(cand: Candidate, text: str, surface: str) -> bool:
    """A model product that is one plural name after "the" ("the Clippers", "the Rovers") is a team
    or a band: a product's name is seldom a plural (a listed one, "AirPods", has its entry)."""
    if cand.type != "PRODUCT" or cand.origin != "ner" or cand.entry is not None:
        return False
    return (
        bool(_PLURAL_NAME.match(surface))
        and THE_BEFORE.search(text, max(0, cand.start - 4), cand.start) is not None
    )


_PLURAL_NAME = re.compile(r"^[A-Z][a-z]{2,}[^s\W]s$")  # "Clippers", not "Bass" or "Kiss"
