"""Place rules: regions, facilities, land forms, planets, neighbourhoods, listed places.

Place names the gazetteer's matcher and the model miss or cut: lower-case-ended regions,
roads and zones named after towns, "Mount X", places listed after a plural kind or an
example cue, a town before a state code (and the bodies listed the same way).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.lists import name_full_stop
from consumer.entities.rules.recasing import is_title_case
from consumer.entities.rules.shared import WORD_BEFORE, matches_at_literals, tried_where
from consumer.gate import gated, lowered, scan
from consumer.lexicon import MONTH_NAMES, WEEKDAYS

# Region names that end in a lower-case word, which the gazetteer's matcher (capitalised
# first and last tokens) cannot see: "the Chinese mainland reported 8 new cases".
_LOWER_ENDED_REGIONS = gated(r"(?=[Cm])(?<![\w-])(?:Chinese mainland|mainland China)(?![\w-])")


def lower_ended_regions(text: str) -> Iterator[tuple[int, int]]:
    for match in scan(_LOWER_ENDED_REGIONS, text):
        yield match.span()


# "students from the mainland", "mainland students": beside Hong Kong, Macao or Taiwan the bare
# word is the Chinese mainland (a region by the conventions). Elsewhere a mainland is any coast's.
_BARE_MAINLAND = re.compile(r"(?<![\w-])(?<!Chinese )mainland(?![\w-]| China| Chinese)")
_MAINLAND_PEERS = re.compile(r"\b(?:Hong Kong|Macao|Macau|Taiwan)\b")


def bare_mainland(text: str) -> Iterator[tuple[int, int]]:
    """The lower-case word "mainland" in a text that names Hong Kong, Macao or Taiwan."""
    if "mainland" not in text or _MAINLAND_PEERS.search(text) is None:
        return
    for match in _BARE_MAINLAND.finditer(text):
        yield match.span()


# "the South", "the West", "the Northeast", "the upper Midwest": a capitalised compass word after
# "the" (a lower-case word between perhaps) is a region of the country the copy is about (the
# conventions: "the Midwest" is a place). The model tags it only after "in" and the filters drop
# it elsewhere as an unknown lone place ("jobs moved to the South", "The West had 22 percent").
# Never before a capitalised word or a number, which opens a longer name ("the West Bank", "the
# North Face", "the South China Sea") or to one by "and" ("the North and South Islands"), before
# "of" ("the South of France"), nor before a lower-case part of a building, a ground, a family or
# a wind ("the West wing", "the South stand", "the West family", "the Southwest monsoon").
_COMPASS_WORD = re.compile(
    r"(?<![\w'’.-])(?:Mid(?:west|-Atlantic)|(?:North|South)(?:east|west)|North|South|East|West)"
    r"(?![\w-])(?![ \t]+(?:[A-Z0-9]|of\b|(?:side|lawn|wing|entrance|exit|gate|door|front|face|end|bank"
    r"|coast|shore|pole|tower|stand|terrace|terminal|lobby|hall|room|building|block|portico|facade"
    r"|court|field|window|wall|slope|parking|lot|campus|quad|station|platform|stairs?|staircase"
    r"|corridor|concourse|pier|dock|garden|yard|family|families|wind|monsoon)s?\b"
    r"|(?:and|or|&)[ \t]+[A-Z]))"
)
_COMPASS_LITERALS = ("North", "South", "East", "West", "Mid")  # found by str.find, tried only there
_THE_BEFORE_COMPASS = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:[a-z]+(?:-[a-z]+)?[ \t]+)?$")
_COMPASS_REACH = 40  # characters before the compass word: "the" and one lower-case word
# a lower-case word between "the" and the compass word that makes it a direction or a thing's
# side, no region ("the far West" stays: a region; "the due North", "the magnetic North": none)
_NOT_REGION_BETWEEN = frozenset(word_list("due magnetic true geographic geographical"))


def compass_regions(text: str) -> Iterator[tuple[int, int]]:
    """Spans of compass-word regions after "the" ("the South", "the upper Midwest" → Midwest)."""
    for match in matches_at_literals(_COMPASS_WORD, text, _COMPASS_LITERALS):
        start = match.start()
        before = _THE_BEFORE_COMPASS.search(text, max(0, start - _COMPASS_REACH), start)
        if before is None:
            continue
        between = before.group(0).split()[1:]
        if between and between[0] in _NOT_REGION_BETWEEN | STOP_WORDS:
            continue  # "the only West", "the same North": no region's adjective
        yield match.span()


# "the North" and "the South" of a story about a country split in two halves, each a country of its
# own named "North X" and "South X" ("Pyongyang fired ... the North said"): the half the story
# names, no region (session 48; the conventions list every surface form of an entity as its alias).
# A story that names only one such country ("South Africa", "South Sudan") has no halves, and its
# "the South" stays a region.
_HALF_COUNTRY = re.compile(r"(?<![\w'’.-])(?P<compass>North|South)[ \t]+(?P<rest>[A-Z][a-z]+)(?![\w-])")


def divided_halves(text: str, is_country: Callable[[str], bool]) -> dict[str, str]:
    """The compass word → the half's country name, for the divided countries the text names
    ("North" → "North Korea" where it names North Korea and "South Korea" is a country too)."""
    halves: dict[str, str] = {}
    for match in matches_at_literals(_HALF_COUNTRY, text, ("North", "South")):
        compass, rest = match.group("compass"), match.group("rest")
        if compass in halves:
            continue
        if is_country(f"North {rest}") and is_country(f"South {rest}"):
            halves[compass] = f"{compass} {rest}"
    return halves


# Named infrastructure and land forms after the places they join or serve: "the Jakarta-Bandung High-Speed
# Railway", "Jiaozuo Railway Station", "the Qinghai-Tibet Plateau", "The Ohio River" (which the model
# misses after a sentence's "The"). The places inside are no entities of
# their own (the conventions list a name found only inside a longer one once, as the longer
# name). A lower-case head ("the China-Laos railway") describes a line between two places,
# which stay entities.
_FACILITY_HEAD = (
    r"(?:Railway|Railroad|Station|Airport|Bridge|Expressway|Highway|Tunnel|Dam|Canal|Pipeline"
    r"|Mountains?|Plateau|Basin|River|Valley)"
)
_FACILITY = gated(
    r"(?=[A-Z])(?<![\w'’-])(?P<places>[A-Z][a-z]+(?:-[A-Z][a-z]+)*)\s+"
    r"(?:(?:[Hh]igh-[Ss]peed|Intercity)\s+)?"
    rf"{_FACILITY_HEAD}(?:\s+{_FACILITY_HEAD})?(?![\w-])"
    # "Chicago Bridge & Iron", "Hoover Dam Co.": a company's name runs on
    r"(?!\s*&|\s+(?:and\s+[A-Z]|Co\b|Corp|Inc|Ltd|Company|Group|[A-Z][a-z]+))"
)


# A road named for the two places it joins, its kind in lower case after "the": "the Harlow-Tai'an
# expressway", "the Marlow-Dunmore highway" is one named road (the places inside no entities of
# their own, as above), unlike a line between two countries ("the China-Laos railway"), which
# keeps its lower-case "railway" out. A name's apostrophe stays in ("Tai'an").
_ROUTE_PLACE = r"[A-Z][a-z]+(?:['’][a-z]+)?"
_ROAD_BETWEEN = re.compile(
    rf"(?<=[Tt]he[ \t])(?P<places>{_ROUTE_PLACE}(?:-{_ROUTE_PLACE})+)[ \t]+(?:expressway|highway)(?![\w-])"
)


# A development zone or a park named after its town, with words of its kind between: "the Harlow
# High-tech Industry Development Zone", "Dunmore Hi-tech Park". The model drops the name at the
# hyphenated word (its lower-case half) and only the town is left; the whole is one place. A
# hyphenated word ("High-tech", "Free-trade") must be in the middle: without one the model keeps
# the name whole ("Suzhou Industrial Park").
_ZONE = re.compile(
    r"(?<![\w'’-])(?P<places>[A-Z][a-z]+)"
    r"(?=(?:\s+(?:[A-Z][a-z]+|and)){0,4}\s+[A-Z][a-z]*-[a-z]+\s)"
    r"(?:\s+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|and(?=\s+[A-Z]))){1,6}\s+"
    r"(?:Zone|Park|Port|Area)(?![\w-])"
    r"(?!\s*&|\s+(?:and\s+[A-Z]|Co\b|Corp|Inc|Ltd|Company|Group|[A-Z][a-z]+))"
)


# A street named by its kind first ("the Avenue of the Americas", "Boulevard of the Allies"): the
# model keeps "Avenue" alone and reads the rest as a place of its own; the whole is one street
# (a company or a hotel named after it runs on and is no street: "Avenue of the Stars Group").
_AVENUE_OF = re.compile(
    r"(?<![\w-])(?:Avenue|Boulevard)[ \t]+of[ \t]+the[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?![\w-])"
    r"(?<!Group)(?<!Company)(?<!Partners)(?<!Hotel)(?![ \t]+(?:Co\b|Corp|Inc|Ltd|LLC|[A-Z][a-z]+))"
)


# A mountain or a lake named by its kind first ("Mount Kelsor", "Mt. Varrow", "Lake Quarrow",
# "Loch Dunmore") or a river after "the" ("the River Tessan"): the small model reads an unknown
# one as a people, a person or nothing, and keeps the name without its kind. One or two
# capitalised words after the kind, none after them ("Mount Sinai Hospital" is a body's, which
# the extractor leaves to the model), and no capitalised word before the kind ("Ricki Lake",
# "Salt Lake City"); a body's head word among the name words makes none ("Lake Forest College").
_KIND_FIRST = gated(
    r"(?<![\w.-])(?:(?:Mount|Mt\.?|Lake|Loch)|(?<=[Tt]he[ \t])River)[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w-])(?![ \t]+(?:[A-Z]|of[ \t]))"
)
_KIND_FIRST_BODY = frozenset(
    word_list(
        "Hospital College University School Academy Church Health Medical Center Centre Capital Partners "
        "Group Company Corp Inc Energy Resources Mining Minerals Gold Bank High Elementary Middle "
        "Cemetery Association Club"
    )
)
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ \t]+$")


def kind_first_features(text: str) -> Iterator[tuple[int, int]]:
    """Spans of mountains, lakes and rivers named by their kind first (see ``_KIND_FIRST``)."""
    for match in scan(_KIND_FIRST, text):
        start = match.start()
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1).lower() not in STOP_WORDS:
            continue  # "Ricki Lake", "Salt Lake City"; never "The", "On", "In"
        if any(word in _KIND_FIRST_BODY for word in match.group("name").split()):
            continue
        yield start, match.end()


# "Investors on Wall Street", "Fleet Street editors", "Dalal Street's mood": one capitalised word
# and "Street", the street standing for a trade, which the small model misses (it finds "Bay
# Street" or "Main Street" as places when they are one). The extractor adds it where nothing else
# found a name. Never a capitalised word or a number right before it (a film's "21 Jump Street",
# a movement's "Occupy Wall Street") nor after it ("the Wall Street Journal", "Google Street
# View"); never a stop word, a day, a month or a given name as the word ("The Street", "Della
# Street", a person's surname).
_STREET_WORD_BEFORE = re.compile(r"(?<![\w'’.&-])(?P<word>[A-Z][a-z]{2,})[ \t]$")
_STREET_AFTER = re.compile(r"Street(?:['’]s)?(?![\w'’-]|\.\w|[ \t]+(?:[A-Z0-9&]|of[ \t]))")
_WORD_OR_NUMBER_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*|\d[\w,.]*)[ \t]+$")


def missed_streets(text: str) -> Iterator[tuple[int, int]]:
    """Spans of streets named by one capitalised word and "Street" (see ``_STREET_WORD_BEFORE``);
    found by ``str.find`` of " Street"."""
    at = text.find(" Street")
    while at >= 0:
        word = _STREET_WORD_BEFORE.search(text, max(0, at - 20), at + 1)
        if word is not None and _STREET_AFTER.match(text, at + 1):
            name, start = word.group("word"), word.start()
            before = _WORD_OR_NUMBER_BEFORE.search(text, max(0, start - 30), start)
            if (
                (before is None or before.group(1).lower() in STOP_WORDS)
                and name.lower() not in _NOT_NAME_OPENERS
                and not is_given_name(name)
            ):
                yield start, at + len(" Street")
        at = text.find(" Street", at + 1)


# "the George Washington Bridge", "John Wayne Airport", "the Sierra Nevada Mountains": the known
# place opening a facility's name may follow other words of the name (a person's names, a
# range's first word), which the name keeps; the model's longer name would lose to the shorter.
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][a-z]*\.?[ \t]+){1,3}$")
_NOT_NAME_OPENERS = frozenset((*STOP_WORDS, *MONTH_NAMES, *WEEKDAYS))


def _facility_start(text: str, start: int) -> int:
    """Where a facility's name opens: before up to three capitalised words right before its known
    place on the same line (a stop word, a day or a month opening them is left out; on a
    title-case line capitals mark every word, so nothing is taken)."""
    before = _NAME_WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return start
    words = text[before.start() : start].split()
    while words and words[0].lower() in _NOT_NAME_OPENERS:
        words.pop(0)
    if not words:
        return start
    line_start = text.rfind("\n", max(0, start - 300), start) + 1
    line_end = text.find("\n", start, start + 300)
    if is_title_case(text[line_start : line_end if line_end >= 0 else start + 300]):
        return start
    return text.rindex(words[0], before.start(), start)


def facilities(text: str, is_place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of named infrastructure and zones whose leading name(s) are all known places (and the
    name words before them: ``_facility_start``)."""
    for match in scan(_FACILITY, text):
        if all(is_place(p) for p in match.group("places").split("-")):
            yield _facility_start(text, match.start()), match.end()
    for match in scan(_ROAD_BETWEEN, text):
        if all(is_place(p) for p in match.group("places").split("-")):
            yield match.span()
    for match in scan(_ZONE, text):
        if is_place(match.group("places")):
            yield match.span()
    yield from (m.span() for m in scan(_AVENUE_OF, text))


# "Saturn's moon Enceladus", "a lander on the Moon", "Venus, the hottest planet": planets and
# moons are places by the conventions, which the model reads as bodies, products or works and the
# gazetteer as towns ("Jupiter", Florida). A bare name (no capitalised word or number right before
# or after: "Blue Moon", "Bruno Mars", "Saturn V", "Mars Inc.", "Europa League", "Moon Jae-in")
# with a word of space near it ("moon", "planet", "orbit", "probe", "NASA", ...) is the body.
_SKY_NAMES = (
    "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres Moon "
    "Titan Europa Enceladus Ganymede Callisto Io Triton Phobos Deimos Charon"
)
SKY_NAMES = frozenset(_SKY_NAMES.split())
# gated on the names' first letters (consumer.gate): the same matches, a whole-text scan at about a
# third of the cost of trying the look-behind at every position
_SKY_BODY = gated(r"(?<![\w'’.&-])(?P<name>" + "|".join(_SKY_NAMES.split()) + r")(?![\w-])(?![ \t]+[A-Z0-9])")
_SKY_WORDS = re.compile(
    r"(?<![\w-])(?:moons?|planets?|planetary|orbit(?:s|ed|ing|ers?|al)?|spacecraft|probes?|rovers?|"
    r"landers?|astronauts?|astronom(?:y|ers?|ical)|telescopes?|NASA|solar[ \t]+system|lunar|"
    r"asteroids?|comets?|space[ \t]+(?:agency|station|probe|mission|exploration))(?![\w-])"
)
_SKY_REACH = 200  # characters either side of the name looked at for a word of space


def sky_bodies(text: str) -> Iterator[tuple[int, int]]:
    """Spans of planets and moons named in a passage about space."""
    for match in scan(_SKY_BODY, text):  # most texts name no planet or moon: tested first
        start, end = match.span("name")
        before = WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1)[:1].isupper() and before.group(1) not in ("The", "On"):
            continue  # "Blue Moon", "Freddie Mercury": part of another name
        if _SKY_WORDS.search(text, max(0, start - _SKY_REACH), end + _SKY_REACH):
            yield start, end


# "the Montrose neighborhood", "the Kingwood area", "the Haidian district": a name the copy calls
# a neighbourhood, an area or a district after "the" is a place the gazetteer seldom holds (a
# neighbourhood is no town). The lower-case head word stays out of the name, as in "Aceh
# province". "Section" and "community" are left out: "the Sports section", "the Latino community".
# Session 30: a town's possessive stands for "the" too, "Delhi's Saket area", "Beijing's Chaoyang
# district" (the owner must be a place the caller knows: "Jo Roe's Harlow district" is no town's).
_NEIGHBOURHOOD = re.compile(
    r"(?<![\w-])(?:[Tt]he|(?P<owner>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)['’]s)[ \t]+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})[ \t]+"
    r"(?P<head>neighbou?rhoods?|area|district|suburb|borough)(?![\w-])"
)


def neighbourhoods(
    text: str, is_place: Callable[[str], bool] = lambda _: False
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether the head is "area") of the names before a lower-case "neighborhood",
    "area", "district", "suburb" or "borough" after "the" or a place's possessive; none of whose
    words is a stop word ("the Of area"). "The Houston area" is the city's; "the Montrose
    neighborhood" is none of the towns called Montrose."""
    # scan tests the text for the head words first (the usual text names none: no scan)
    for match in scan(_NEIGHBOURHOOD, text):
        owner = match.group("owner")
        if owner is not None and not is_place(owner):
            continue
        if not any(w.lower() in STOP_WORDS for w in match.group("name").split()):
            yield *match.span("name"), match.group("head") == "area"


# "Orange and Riverside counties", "Harris, Fort Bend and Galveston counties", "the Haidian and
# Chaoyang districts": names before a lower-case plural kind of place are each one such place,
# which the model reads as people ("Harris"), bodies ("Fort Bend") or one glued name. Found from
# the kind word backwards over a bounded window, so a long run of names costs one look each.
# "States" and "islands" are left out: "the Baltic states" and "the Canary Islands" are one name.
_PLURAL_KINDS = ("counties", "parishes", "provinces", "prefectures", "townships", "boroughs", "districts")
_PLURAL_KIND = gated(rf"[ \t]+(?:{'|'.join(_PLURAL_KINDS)})(?![\w-])")
_KIND_NAME = r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}"
_KIND_LIST = re.compile(
    rf"(?<![\w.'’-])(?P<names>(?:{_KIND_NAME},[ \t]){{0,4}}{_KIND_NAME},?[ \t](?:and|&)[ \t]{_KIND_NAME})$"
)
_KIND_LIST_REACH = 160  # characters before the kind word: five names of up to three words
_KIND_NAME_RE = re.compile(_KIND_NAME)
_FIRST_WORD = re.compile(r"(\S+)[ \t]+(?=[A-Z])")


def plural_kind_places(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names listed before a plural kind of place; a leading stop word ("In Harris
    and Fort Bend counties") is cut off."""
    # scan tests the text for the kind words first (the usual text names none: no scan)
    for kind in scan(_PLURAL_KIND, text):
        match = _KIND_LIST.search(text, max(0, kind.start() - _KIND_LIST_REACH), kind.start())
        if match is not None:
            yield from _listed_names(text, match.start("names"), match.end("names"))


# "countries such as Varnovia, Keldra and Ostrania", "cities including Marlowe and Tessing",
# "provinces like Ardence": a plural kind of place and an example cue say what each listed name
# is, where the model misses unknown names or reads them as bodies. Found from the cue forwards
# over a bounded window: up to six names of up to three words, joined by commas, "and" or "or".
_EXAMPLE_KINDS = (
    "countries",
    "nations",
    "states",
    "cities",
    "towns",
    "villages",
    "provinces",
    "regions",
    "islands",
    "counties",
    "districts",
    "territories",
    "capitals",
    "municipalities",
    "prefectures",
    "suburbs",
    "places",
    "locations",
)
_EXAMPLE_CUE = gated(
    rf"(?<![\w-])(?:{'|'.join(f'[{k[0].upper()}{k[0]}]{k[1:]}' for k in _EXAMPLE_KINDS)}),?[ \t]+"
    r"(?:such[ \t]+as|including|like|notably|especially)[ \t]+"
)
_EXAMPLE_KIND_TAILS = tuple(kind[1:] for kind in _EXAMPLE_KINDS)  # what follows "[Cc]" of "[Cc]ountries"


def _example_cues(text: str) -> Iterator[re.Match[str]]:
    """``_EXAMPLE_CUE.finditer(text)``: " like " is in most texts, and the whole scan cost more
    than any other rule's there. A cue opens on a kind word's first letter, one before its tail."""
    return tried_where(_EXAMPLE_CUE, text, _EXAMPLE_KIND_TAILS, 1)


_EXAMPLE_LIST = re.compile(
    rf"(?:the[ \t]+)?(?P<names>{_KIND_NAME}"
    rf"(?:(?:,[ \t]|,?[ \t](?:and|or)[ \t])(?:the[ \t]+)?{_KIND_NAME}){{0,5}})"
    r"(?![\w'’-]|[ \t]+[A-Z])"  # the list ends before a lower-case word: "New York Mayor Jo Roe" is none
)
_EXAMPLE_REACH = 160
# "the villages of Marabol, Kelongu and Tessing", "the towns of Yual and Wook": a plural kind of
# small place after "the" and before "of" names its places as well; only a list of two or more
# names counts ("the villages of the region", "the cities of Hope Forum" name none).
_EXAMPLE_OF_KINDS = (
    "villages",
    "towns",
    "townships",
    "hamlets",
    "cities",
    "counties",
    "districts",
    "islands",
)
_EXAMPLE_OF_CUE = gated(rf"(?<![\w-])[Tt]he[ \t]+(?:{'|'.join(_EXAMPLE_OF_KINDS)})[ \t]+of[ \t]+")


_JOINED = re.compile(r",[ \t]|[ \t](?:and|or)[ \t]")
# A dot and a space inside a listed name: an abbreviation's ("St. Kelby") or a sentence's full
# stop, after which the list has ended ("countries such as Varnovia and Keldra. The aid ...").
_INNER_DOT = re.compile(r"\.[ \t]+")


def _sentence_end(text: str, start: int, end: int, known: Callable[[str], bool]) -> int:
    """Where a listed name's sentence ends inside it (the full stop's offset), or -1: a name's
    words may hold a dot ("St. Kelby"), and the name pattern runs over a full stop into the next
    sentence's first word ("Keldra. The", session 32)."""
    for dot in _INNER_DOT.finditer(text, start, end):
        if name_full_stop(text[start : dot.start() + 1], known):
            return dot.start()
    return -1


def example_places(text: str, known: Callable[[str], bool] = lambda _: False) -> Iterator[tuple[int, int]]:
    """Spans of the names a plural kind of place and an example cue list ("countries such as A,
    B and C"), each without a sentence's full stop (see `retype.name_full_stop`); a name the
    gazetteer knows with "and" in it stays whole ("Trinidad and Tobago"). A cue no name follows
    ("cities such as the") yields none."""
    cues: Iterable[re.Match[str]] = scan(_EXAMPLE_OF_CUE, text)
    if any(cue in text for cue in (" such as ", " including ", " like ", " notably ", " especially ")):
        cues = itertools.chain(_example_cues(text), cues)
    for cue in cues:
        match = _EXAMPLE_LIST.match(text, cue.end(), min(len(text), cue.end() + _EXAMPLE_REACH))
        if match is None or (cue.re is _EXAMPLE_OF_CUE and not _JOINED.search(match.group("names"))):
            continue
        spans = [n.span() for n in _KIND_NAME_RE.finditer(text, match.start("names"), match.end("names"))]
        i = 0
        while i < len(spans):
            start, end = spans[i]
            if (
                i + 1 < len(spans)
                and text[end : spans[i + 1][0]] == " and "
                and known(text[start : spans[i + 1][1]])
            ):
                i += 1
                end = spans[i][1]
            i += 1
            stop = _sentence_end(text, start, end, known) if "." in text[start:end] else -1
            if stop >= 0:
                yield start, stop
                break  # the list ended with its sentence
            yield start, end - name_full_stop(text[start:end], known)


# "companies including Zenthor, Harlow and Quillon", "platforms like Acme Play and Steamy":
# a plural kind of business and an example cue say each listed name is a body, where the model
# read an unknown one as a place (see `retype.bodies_in_lists`).
_EXAMPLE_BODY_KINDS = (
    "companies",
    "firms",
    "businesses",
    "brands",
    "retailers",
    "carriers",
    "operators",
    "providers",
    "platforms",
    "services",
    "startups",
    "start-ups",
    "banks",
    "lenders",
    "insurers",
    "airlines",
    "automakers",
    "carmakers",
    "manufacturers",
    "makers",
    "publishers",
    "studios",
    "broadcasters",
    "networks",
    "outlets",
    "websites",
    "sites",
    "vendors",
    "suppliers",
    "partners",
    "rivals",
    "competitors",
)
_EXAMPLE_BODY_CUE = gated(
    rf"(?<![\w-])(?:{'|'.join(_EXAMPLE_BODY_KINDS)}),?[ \t]+"
    r"(?:such[ \t]+as|including|like|notably|especially)[ \t]+",
    re.IGNORECASE,
)


def _unknown(_: str) -> bool:
    return False


def example_bodies(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the names a plural kind of business and an example cue list ("companies such
    as A, B and C"), as `example_places` finds them for kinds of place."""
    if not any(cue in text for cue in (" such as ", " including ", " like ", " notably ", " especially ")):
        return
    # " like " is in most texts; a kind of business word is in few (one lower-cased copy, then
    # substring tests at C speed, instead of the case-blind list tried at every word)
    aligned = lowered(text)
    low = text.lower() if aligned is None else aligned
    if not any(kind in low for kind in _EXAMPLE_BODY_KINDS):
        return
    # the cue opens on a kind word: tried only where the aligned lower-cased copy holds one
    cues = (
        _EXAMPLE_BODY_CUE.finditer(text)
        if aligned is None
        else tried_where(_EXAMPLE_BODY_CUE, text, _EXAMPLE_BODY_KINDS, where=aligned)
    )
    for cue in cues:
        match = _EXAMPLE_LIST.match(text, cue.end(), min(len(text), cue.end() + _EXAMPLE_REACH))
        if match is not None:
            for name in _KIND_NAME_RE.finditer(text, match.start("names"), match.end("names")):
                stop = _sentence_end(text, *name.span(), _unknown) if ". " in name.group() else -1
                if stop >= 0:
                    yield name.start(), stop
                    break  # the list ended with its sentence
                yield name.start(), name.end() - name_full_stop(name.group(), _unknown)


def _listed_names(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The names of a list "A, B and C" between start and end, each without a leading stop word."""
    for name in _KIND_NAME_RE.finditer(text, start, end):
        first = _FIRST_WORD.match(text, name.start(), name.end())
        if first is not None and first.group(1).lower() in STOP_WORDS:
            yield first.end(), name.end()
        else:
            yield name.span()


# A tour or fixture listing's line: "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre". What
# follows the "@" to the line's end is the venue, a named facility whatever its last word
# ("Music Park", "Jiffy Lube Live"); the words before the state code are its town.
_LISTING_LINE = gated(  # its gate searched as a class (consumer.gate): most characters skipped in C
    r"(?<![\w.'’-])(?P<town>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}),[ \t]+(?P<state>[A-Z]{2})[ \t]+@[ \t]+"
    r"(?P<venue>[A-Z0-9][^\n@,(\u2013\u2014]{1,80}?)[ \t]*(?:$|[,(\u2013\u2014]|\s+-\s|\s+w/)",
    re.MULTILINE,
)


def listing_places(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is a postal code) of the town, the state code and the venue of each listing line.
    Every line holds its venue's "@": a text without one (almost every story) is not scanned, for
    the scan tries each capital of the text (about 0.1 ms an item; issue 11)."""
    if "@" not in text:
        return
    for match in _LISTING_LINE.finditer(text):
        yield *match.span("town"), False
        yield *match.span("state"), True  # the extractor drops a code that is no known division
        yield *match.span("venue"), False


# A US state's or Canadian province's postal code after a town the gazetteer knows: "in
# Harrisburg, PA.", "Portland, OR 97201", "Tulsa, OK in 2001". The small model drops most such
# codes or reads them as bodies. Only where the code ends the phrase (a ZIP code, punctuation, a
# line's end or a lower-case word): "Dayton, GE said" stays the company. "Washington, DC" is left
# to the gazetteer's one city.
_STATE_CODE = gated(
    r",[ \t]+(?P<code>[A-Z]{2})(?=[ \t]+\d{5}(?:-\d{4})?(?!\d)|[;,.)!?:]|[ \t]*(?:\n|$)|[ \t]+[a-z])"
)
_TOWN_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}$")
_TOWN_BEFORE_REACH = 40  # characters looked back over for the town: three words and a little more
_NOT_STATE_CODES = frozenset({"DC"})


def town_state_codes(text: str, is_town: Callable[[str, str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of the two-capital codes after "Town, " where the town (its last one to three
    capitalised words, with no given name just before them: "Jordan Lee, PA" is a person's
    credential) is a place the gazetteer knows (``is_town(name, code)``: a place, or a city of
    that state, "Austin, TX", whose name is a given name too)."""
    if ", " not in text:
        return
    for match in _STATE_CODE.finditer(text):
        code = match.group("code")
        if code in _NOT_STATE_CODES:
            continue
        town = _TOWN_BEFORE.search(text, max(0, match.start() - _TOWN_BEFORE_REACH), match.start())
        if town is not None and _ends_in_town(town.group().split(), code, is_town):
            yield match.span("code")


def _ends_in_town(words: list[str], code: str, is_town: Callable[[str, str], bool]) -> bool:
    """Whether the words end in a known town not opened by a given name ("Visit Harrisburg")."""
    for k in range(len(words)):
        if is_town(" ".join(words[k:]), code):
            return k == 0 or not is_given_name(words[k - 1])
    return False


# A US state whose bare name is a bigger city ("Washington" is the capital in wire copy) is the
# state only with a marker: "Washington state", "the state of Washington", "Spokane, Washington".
_STATE_AFTER = re.compile(r"[ \t]+[Ss]tate\b(?![ \t]*-)")
_STATE_BEFORE = re.compile(r"\b[Ss]tate\s+of\s+$")
_PLACE_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),[ \t]*$")


def state_context(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the place name at text[start:end] is marked as the US state of that name."""
    if _STATE_AFTER.match(text, end) or _STATE_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    before = _PLACE_BEFORE.search(text[max(0, start - 60) : start])
    if before is None:
        return False
    words = before.group(1).split()
    for i in range(len(words)):  # "officials in Spokane, Washington": the longest known US city
        entry = gazetteer.lookup(" ".join(words[i:]))
        if entry is not None:
            return entry.kind == "city" and entry.country == "US" and entry.iso3166 is None
    return False
