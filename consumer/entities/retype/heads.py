"""A name's type from its head word: "... Treaty" a MISC, "... Cup" an EVENT, "... Ministry" a body,
"... Airport" or "... Boulevard" a place.

The tables and ``head_type`` are asked by nearly every other rule (and by ``boundaries``,
``span_splits`` and ``people_joins``), so they sit low in the package with no rule of their own.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.lexicons import word_list
from consumer.events import EntityType
from consumer.gate import gated

if TYPE_CHECKING:
    from consumer.entities.gazetteer import Gazetteer

_CLUB_HEAD_WORDS = "united rovers wanderers albion hotspur sox"
HEAD_TYPES: dict[str, EntityType] = {}
for _words, _kind in (
    (
        "treaty act accord accords agreement protocol charter constitution declaration doctrine "
        # "award" alone is the prize ("the Hugo Award"); "awards" the ceremony, an EVENT
        "initiative dynasty era prize medal award "
        # a plan named by its head word ("the Medium Term Savings Strategy"), which the model reads as a body
        "strategy "
        # named periods of history ("the Warring States Period", "the Bronze Age")
        "period age",
        "MISC",
    ),
    (
        "games olympics olympiad paralympics cup championship championships expo exposition "
        "summit festival fair awards marathon tournament grand-prix gala biennale triennale war show "
        "finals",
        "EVENT",
    ),
    (
        "ministry department agency commission committee council bureau administration authority "
        "association federation university institute college academy museum bank corporation "
        "company productions studios group party court police office foundation fund "
        "organization organisation club fc inc corp ltd llc plc co airlines airways network "
        "laboratory laboratories hospital school capital "
        # newspapers and companies by their name's last word ("Denver Post", "Masten Space Systems")
        "post herald tribune courant gazette journal chronicle inquirer telegraph "
        # more papers' last words ("Washington Examiner", "Orlando Sentinel", "Columbus Dispatch")
        # and trusts ("the Wellcome Trust"): the model reads some as people
        "examiner sentinel enquirer dispatch courier observer bulletin register trust "
        "systems holdings technologies industries enterprises ventures partners solutions "
        # companies by their trade's word ("Harlow Telecom", "Kessel Metals", "Tarvo Motors"): the
        # model reads a place or a surname before it as a person's given name (session 31)
        "telecom telecoms telecommunications metals motors mining minerals electronics petroleum "
        "chemicals foods breweries airline shipping refining "
        # drug makers and labs by their trade's plural ("Caribou Biosciences", "Verona Therapeutics")
        "biosciences therapeutics pharmaceuticals labs "
        # a navy and a squad by their head word ("the Royal Malaysian Navy", "the Art Crime Team")
        "navy team "
        # record labels ("Big Machine Records")
        "records recordings "
        # publishers and imprints ("Greystone Publishers", "Oxford University Press", "Nancy Paulsen Books")
        "publishers publishing press books "
        # football clubs by their name's last word ("Newcastle United", "Blackburn Rovers")
        f"{_CLUB_HEAD_WORDS} "
        # broadcasters and desks by their head word ("Israel Radio", "Syrian Television")
        "radio television newsroom "
        # parties and movements by their head word ("the Christian Democratic Union", "the Tarvish
        # Identity Movement"), which the model reads as people when a given name opens them
        "union movement",
        "ORGANIZATION",
    ),
    (
        # crafts and instruments by their head word ("Hubble Space Telescope", "Perseverance rover")
        "telescope spacecraft rover lander orbiter "
        # a product's edition ("Founder's Edition", "Premiere Edition")
        "edition",
        "PRODUCT",
    ),
    (
        "airport mountain mountains river lake sea ocean island islands square province county "
        "stadium arena amphitheatre amphitheater pavilion "
        "district prefecture peninsula valley desert bay strait canal "
        # China's county-level and development areas ("Xingguo Township", "Jiangdong New Area",
        # "Suzhou Industrial Zone"); "town" is no head, "Luton Town" is a club
        "township village zone new-area "
        # religious houses by their head word ("Loretto Abbey"); "Church" and "Mosque" are left
        # out, as they speak as bodies too and name congregations, and "Castle" is a surname as
        # often ("Cathedral" is below, with the buildings that speak)
        "abbey monastery convent basilica shrine "
        # buildings that house a body but are places themselves ("the Ohio Statehouse", "the
        # Lowell Observatory"); an observatory that speaks is a body (see _speaking_facility)
        "statehouse observatory "
        # monuments, courthouses, cathedrals and hotels by their head word ("the Harlow
        # Monument", "the Kessel County Courthouse", "the Grenvale Hotel"): buildings the model
        # reads as bodies; a cathedral or a hotel that speaks is a body (see _speaking_facility)
        "monument courthouse cathedral hotel "
        # ports, waters held back and markets by their head word ("Qinzhou Port", "the Harlan
        # Reservoir", "the Tessaly Wholesale Market"); "Port Authority" ends on "authority"
        "port reservoir dam wholesale-market "
        # tunnels and plants ("the Kelso Tunnel", "the Trenmoor Nuclear Power Plant"); a bare
        # "Plant" is a surname ("Robert Plant"), so only "power plant" is a head
        "tunnel power-plant "
        # straits named in the plural ("the Florida Straits") and parks by their kind ("Yosemite
        # National Park", "Alder Creek State Park"); a bare "Park" is a surname too ("Grace Park")
        "straits national-park state-park "
        # a landing by its head word ("Albert Quay", "Steel Pier", "Canary Wharf", "Dolphin Cay")
        "quay pier wharf cay "
        # coasts, aqueducts and old arenas by their head word ("the Essequibo Coast", "the
        # Delaware Aqueduct", "the Oakland Coliseum"): the model reads them as bodies; "Coast
        # Guard" ends on another word. "Bridge" is left out: works are named after bridges
        "coast aqueduct viaduct coliseum colosseum "
        # roads by their head word ("the Sam Rayburn Tollway", "the Garden State Parkway"), which
        # the model reads as people when a given name opens them
        "tollway turnpike expressway freeway parkway highway "
        # natural features by their head word ("the Kermadec Trench", "the Harlow Glacier",
        # "Brenford Canyon", "Kessel Falls"), which the model reads as bodies or people or cuts
        # at the head; "Cave" after a given name is a person's surname ("Nick Cave", below), and
        # "Marsh", "Brook" and "Delta" (an airline) are left out
        "trench reef gorge canyon glacier fjord lagoon plateau wetlands creek falls cave caves "
        "archipelago atoll "
        # waters and lowlands by their head word ("the Harlow Gulf", "the Marlow Estuary", "the
        # Tarvin Basin", "Quarrow Inlet"), which the model reads as bodies or people
        "gulf estuary basin bight firth inlet isthmus "
        # a town's centre ("Bristol City Centre", "Kelby Town Centre"), which the model reads as a body
        "city-centre city-center town-centre town-center "
        # collieries and a country's regions and dependent lands by their head word ("the
        # Tarnwell Colliery", "the Wessel Region", "the Quorra Dependency"), which the model reads
        # as people or bodies ("Harbour" is no head here: see place_before_surname_head)
        "colliery region dependency territory",
        "LOCATION",
    ),
):
    for _word in _words.split():
        HEAD_TYPES[_word.replace("-", " ")] = _kind  # type: ignore[assignment]

_CLUB_HEADS = frozenset(word_list(_CLUB_HEAD_WORDS))
# Head words that end a person's name after a given name as well ("Harry Hotspur", "Ann Navy")
_GIVEN_NAME_HEADS = _CLUB_HEADS | frozenset(word_list("navy team cave creek falls"))
# A harbour's head, a surname too and the last word of many works' titles ("her role in Last
# Harbor"), so no head of HEAD_TYPES: read only for the model's people (place_before_surname_head)
_HARBOUR_HEADS = frozenset(word_list("harbour harbor"))
SPEAKING_FACILITIES = frozenset({"observatory", "cathedral", "hotel"})
# Kinds of place written before the name ("the Hotel Varnell"), which the model reads as bodies;
# one or two capitalised words after it and nothing else ("Hotel Workers and Staff Union" is no
# hotel)
_PLACE_HEADS_FIRST = frozenset({"hotel"})
_HEAD_FIRST_TAIL = re.compile(r"\S+(?: [A-Z][\w'’.-]*){1,2}")
# Words before "Edition" that name a periodical's or a programme's edition, not a product's
_PAPER_EDITIONS = frozenset(
    word_list(
        "global international overseas national weekend weekly daily evening morning sunday saturday "
        "digital print online english chinese asia europe african africa american america us uk"
    )
)
# The only head words that may overrule a gazetteer entry (which knows better otherwise).
STRONG_HEADS = frozenset({"treaty", "act", "agreement", "games", "cup", "expo", "summit", "awards"})
_SPORT_LEAGUE = gated(r"\b(?:Premier|Champions|Europa|Super|Nations|Conference)\s+League$")
# Streets and roads by their head word ("Marlowe Boulevard", "the Orland Expressway", "Southwest
# 117th Avenue"): the model reads them as people or bodies. Kept apart from HEAD_TYPES, which
# also stops names from becoming people: "Lane" and "Street" are surnames too ("Diane Lane").
STREET_HEADS = frozenset(
    word_list(
        "street avenue boulevard road parkway highway turnpike expressway freeway motorway drive lane "
        # a cul-de-sac in British and Caribbean copy ("Harp Close") and the abbreviated heads of
        # an address ("1225 N. Rampart St.", "Fifth Ave.")
        "close st ave blvd rd"
    )
)
# Street heads that are surnames too, so not a street after a given name ("Diane Lane", "Glenn Close")
SURNAME_STREET_HEADS = frozenset(word_list("street lane close"))
# Every word capitalised or an ordinal: "Friends of Ashbury Parkway" (a body named for the
# street), "the hotel on Main Street" (a span run on past its name) are no street names.
STREET_WORD = re.compile(r"[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)")


# head_word and _head_type are pure functions of a surface, asked tens of thousands of times per batch
# for far fewer distinct surfaces: remembered, within a bound
@functools.lru_cache(maxsize=1 << 14)
def head_word(surface: str) -> str:
    words = surface.replace("'s", "").split()
    return words[-1].strip(".,").lower() if words else ""


def is_head_word(word: str) -> bool:
    """Whether a lower-case word is the head noun of a kind of name ("bank", "university")."""
    return word in HEAD_TYPES


def is_street_head(word: str) -> bool:
    """Whether a lower-case word is a street's head ("avenue", "road", "st")."""
    return word in STREET_HEADS


def head_type(surface: str) -> EntityType | None:
    """The type a name's head word says ("... School" a body, "... Treaty" a MISC), if any."""
    return _head_type(surface)


@functools.lru_cache(maxsize=1 << 14)
def _head_type(surface: str) -> EntityType | None:
    if _SPORT_LEAGUE.search(surface):
        return "EVENT"
    words = surface.lower().split()
    if len(words) >= 2 and " ".join(words[-2:]) in HEAD_TYPES:
        return HEAD_TYPES[" ".join(words[-2:])]
    head = head_word(surface)
    if head in STREET_HEADS and is_street(surface.split()):
        return "LOCATION"
    if (_DOCTRINE.fullmatch(surface) and head not in _NOT_DOCTRINES) or (len(words) == 1 and head in _FAITHS):
        return "MISC"  # "National Socialism", "Communism", "Islam": a doctrine or a faith, no body or people
    if len(words) < 2 or (head in _GIVEN_NAME_HEADS and is_given_name(surface.split()[0])):
        return None  # "Harry Hotspur, 34,": a given name first makes a person of a club's head word
    if head == "edition" and words[-2] in _PAPER_EDITIONS:
        return None  # "China Daily Global Edition", "Weekend Edition": a paper's or a show's
    if (
        head not in HEAD_TYPES
        and words[0] in _PLACE_HEADS_FIRST
        and _HEAD_FIRST_TAIL.fullmatch(" ".join(surface.split()))
    ):
        return "LOCATION"  # "the Hotel Varnell": the kind first
    return HEAD_TYPES.get(head)


# A doctrine or a movement of thought named by capitalised words that end in "-ism" ("National
# Socialism", "Soviet Communism", "Marxism-Leninism"): the model reads a body or a people
# (session 32). One to three capitalised words and no function word, so a body named for what it
# fights or teaches ("Institute for Counter Terrorism", "School of Journalism") keeps its head;
# -isms that are trades, ailments or things, not doctrines, are left out. Session 49 (B): one word
# too ("one of Communism's critics", "Buddhism"), which the model reads as a body, and the world's
# faiths whose names end otherwise (``_FAITHS``: "debates over Islam's role", "Christianity").
_DOCTRINE = re.compile(r"(?:[A-Z][a-z]+[ -]){0,2}[A-Z][a-z]{2,}ism")  # never a surname "Chism"
_FAITHS = frozenset(word_list("islam christianity shinto"))
_NOT_DOCTRINES = frozenset(
    word_list(
        "tourism journalism mechanism organism prism autism alcoholism terrorism baptism "
        "metabolism rheumatism magnetism criticism"
    )
)


def place_before_surname_head(surface: str, gazetteer: Gazetteer) -> EntityType | None:
    """For a model person of two words: "Kelby Harbour", a harbour's head after a word that is
    no given name ("Lily Harbour" is a person); "Sydney Harbour", "Austin Creek", a place's head
    that is a surname too after a word the gazetteer knows as a place, though that word is a
    given name as well: the place."""
    words = surface.split()
    if len(words) != 2:
        return None
    head = words[1].lower()
    if head in _HARBOUR_HEADS and not is_given_name(words[0]):
        return "LOCATION"
    if head not in _HARBOUR_HEADS and (head not in _GIVEN_NAME_HEADS or HEAD_TYPES.get(head) != "LOCATION"):
        return None
    entry = gazetteer.lookup(words[0])
    return "LOCATION" if entry is not None and entry.type == "LOCATION" else None


def is_street(words: list[str]) -> bool:
    """Whether capitalised words ending in a street word name a street: two words or more, all
    capitalised or ordinals, and no given name before "Lane" or "Street" (a person's surname)."""
    if len(words) < 2 or not all(STREET_WORD.fullmatch(w) for w in words):
        return False
    return not (words[-1].lower() in SURNAME_STREET_HEADS and is_given_name(words[-2]))


# Tournaments by their head word, with the article before them: "the Monte Carlo Masters",
# "the Qatar Open", "the Dubai Desert Classic". Without "the" the words are surnames or
# adjectives as often ("Kessler Masters, 34,"), so they are no head words of HEAD_TYPES.
_TOURNAMENT_HEADS = frozenset(word_list("masters open classic invitational"))


def tournament(text: str, start: int, surface: str) -> EntityType | None:
    if len(surface.split()) < 2 or head_word(surface) not in _TOURNAMENT_HEADS:
        return None
    return "EVENT" if THE_BEFORE.search(text, max(0, start - 5), start) else None


THE_BEFORE = re.compile(r"\b[Tt]he $")
