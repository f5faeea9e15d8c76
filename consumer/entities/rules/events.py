"""Events, plans, laws and prizes named by a kind word or an edition.

"the 12th BRICS summit", "Typhoon Kajiki", "the Treaty of Marlow", "the Marlow Prize",
"Tokyo 2020": the kind word or the numbered edition says what the name is, where the
model reads a body, a place or nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.retype.heads import HEAD_TYPES, STREET_HEADS, head_type, head_word
from consumer.entities.retype.kinds import STORM_WORDS
from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.shared import (
    NOT_PRODUCT_WORD,
    OPENING_PREPOSITIONAL_PHRASE,
    OPENING_WINDOW,
    WORD_BEFORE,
    matches_at_literals,
    title_case,
)
from consumer.events import EntityType
from consumer.gate import gated, scan

# "the 12th BRICS summit", "the 19th Party Congress", "the 2020 Olympic Games", "the 14th
# Five-Year Plan": a numbered edition of a recurring event or plan is named with its number,
# and its head noun may be lower case ("summit", "session"), which the model leaves out.
_EDITION = r"(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)"
# "the 15th Five-Year Plan (2026-2030) for National Economic and Social Development": a plan's
# field in title case after "for" or "on" is part of its name, and so is the span of years
# between (the model stops at the parenthesis); the span alone, with no field after it, is an
# aside and stays out, and so is a date after "on" ("the 15th Five-Year Plan on Monday") and a
# place after "in" ("... for Rural Roads in Kelby").
_PLAN_FIELD = (
    r"(?:(?:\s+\((?:19|20)\d\d[-–](?:19|20)\d\d\))?\s+(?:for|on)\s+(?!(?:[A-Z][a-z]+day|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|of|the)\s+){0,2}[A-Z][\w'’-]*){0,6})"
)
_EVENT_HEADS = (
    r"(?:[Ss]ummit|[Cc]ongress|[Ff]orum|[Cc]onference|[Pp]lenum|[Pp]lenary [Ss]ession|[Ss]ession|[Ee]xpo|"
    r"Games|Olympics|Paralympics|Cup|Championships?|Festival|festival|[Mm]eeting|Fair|[Ff]air|Exhibition)"
)
# "the 2nd Harbor Road Forum for International Cooperation", "the 2021 Summit on Coastal Trade": a
# meeting's field in title case after "for" or "on" is part of its name, as a plan's is (never a
# date: "the 2021 Summit on Monday"); a cup's or a games' is not ("the 2014 World Cup for Tarvia").
# With such a field the kind may follow the edition at once ("the 2031 Summit for Coastal Trade").
_EVENT_FIELD = (
    r"(?:(?:(?<=Forum)|(?<=Conference)|(?<=Summit)|(?<=Expo)|(?<=Fair)|(?<=Exhibition)|(?<=Congress))"
    + _PLAN_FIELD
    + ")"
)
# "the 2nd Harbor-Tarvia Economic and Trade Expo": "and" (or "&") between two capitalised words
# is inside an edition's name; after a kind word it joins two events ("the 2020 Olympics and
# Paralympic Games"), which _EVENTS_JOINED finds and leaves out.
_NUMBERED_EVENT = gated(
    rf"(?<![\w-])({_EDITION}\s+(?:(?:(?:(?<=[A-Za-z]\s)(?:and|&)\s+)?[A-Z][\w&'’.-]*\s+){{1,6}}?{_EVENT_HEADS}"
    rf"{_EVENT_FIELD}?|(?:Summit|Forum|Conference|Congress){_EVENT_FIELD}))(?![\w-])"
    rf"|(?<![\w-])(\d{{1,3}}(?:st|nd|rd|th)\s+Five-Year\s+Plan{_PLAN_FIELD}?(?![\w-])"
    # "Made in Norland 2025": an industrial plan named by its country and target year (the model
    # reads the country alone as a place; the place inside the name is no entity of its own)
    r"|Made[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?[ \t](?:19|20)\d\d"
    r"(?![\w/–—-]|[ \t]*[–—-][ \t]*\d))"
)


EDITION_PREFIX = re.compile(rf"^{_EDITION}\s+")
# "the 15th Five-Year Plan (2026-2030) for National ... Development ... the 15th Five-Year Plan":
# the plan with its field and the plan alone are one plan.
PLAN_FIELD_END = re.compile(rf"(?<=Five-Year Plan){_PLAN_FIELD}$")
EDITION_YEAR_SUFFIX = re.compile(r"\s+(?:19|20)\d\d$")
# "Beijing 2022 Olympic Winter Games ... the Olympic Winter Games": a host city and a year before
# an event's name say which edition, and the name alone is the same event.
CITY_EDITION_PREFIX = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:19|20)\d\d\s+(?=[A-Z])")
# "the Harbor Open 2020", "the Lakeside Finals 2021": an edition's year written after an event's
# name is part of the name, and the model stops before it. A span of years ("Open 2019-20",
# "2019 – 2020") or a longer token ("2020s", "2020/21") is no edition.
_EDITION_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?![\w/–—-]|[ \t]*[–—-][ \t]*\d)")


def event_year_end(text: str, end: int) -> int:
    """Where an event's name that ends at ``end`` ends with its edition's year after it."""
    year = _EDITION_YEAR_AFTER.match(text, end)
    return year.end() if year else end


# "Tokyo 2020", "the Oslo 2026 program", "the Hangzhou 2022 Asian Games": a host city and a
# year written together name that year's edition of a games or an expo (the model reads the city
# alone as a place and leaves the year out). The city must be one the gazetteer lists as a city
# (a country and a year, "Made in Norland 2025", names a plan). A date ("Paris, 2024", "Paris 12
# May 2024"), a span of years or a number after the year ("Tokyo 2020 2021") is no edition. An
# event's capitalised name after the year belongs to it.
_CITY_YEAR = gated(r"(?<=[A-Za-z])[ \t](?:19|20)\d\d(?![\w/–—.-]|[ \t]*[–—-][ \t]*\d|,?[ \t]+\d)")
_CITY_BEFORE = re.compile(r"(?<![\w.'’&-])[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}$")
_CITY_BEFORE_REACH = 40  # characters looked back for the city: three words
_EDITION_NAME_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w&'’.-]*[ \t]+){0,4}?"
    r"(?:Games|Olympics|Paralympics|Cup|Championships?|Festival|Expo|Fair|Summit|Congress|Forum)(?![\w-])"
)


def city_editions(text: str, is_city: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """A listed city and a year, "Tokyo 2020", with the event's name after it if one follows:
    (start, end) of the edition."""
    for match in _CITY_YEAR.finditer(text):
        before = _CITY_BEFORE.search(text, max(0, match.start() - _CITY_BEFORE_REACH), match.start())
        if before is None:
            continue
        words = before.group().split()
        for i in range(len(words)):  # the longest run of last words that names a city
            if is_city(" ".join(words[i:])):
                start = match.start() - len(" ".join(words[i:]))
                after = _EDITION_NAME_AFTER.match(text, match.end())
                yield start, after.end() if after else match.end()
                break


# A storm named with its kind: "Typhoon Kajiki", "Hurricane Milton", "Tropical Storm Erin". The
# model often tags nothing there; the kind word makes the name an event ("Storm" alone is no
# kind: "Storm Shadow" is a missile).
STORM_KIND = re.compile(rf"{STORM_WORDS}\s+")  # the storm kinds retype reads too
_NAMED_STORM = gated(rf"\b{STORM_KIND.pattern}[A-Z][a-z]+(?:-[a-z]+)?\b")


def named_storms(text: str) -> Iterator[tuple[int, int]]:
    for match in scan(_NAMED_STORM, text):
        yield match.span()


# "the Belt and Road Initiative", "the Clean Harbors Act", "the Made in Asia Plan": a plan, law or
# programme named in title case after "the", ending in its kind. The model often tags nothing
# there, or stops before the kind word ("Belt and Road" as an organisation); the kind makes the
# name MISC. Possessives end the run ("the Mayor's Plan" names no plan). A target year inside the
# name is part of it ("the Healthy Tarvia 2030 Plan"; the model stops before the year).
# ("Programme" is left out: "the World Food Programme" is a body). Prizes and named periods of
# history have the same shape ("the Marlow Prize", "the Neolithic Age", "the Warring States
# Period") and are MISC too; "Awards" (a ceremony) and "Era" ("the Trump Era": a person's) are not.
# A plan's or an agreement's field in title case after "for" or "on" is part of its name too
# ("the Action Agenda for Harbor Development", "the Marlow Agreement on Port Measures"), and
# then a target year may open it ("the 2030 Agenda for Sustainable Development"); never a date
# ("the Paris Agreement on Monday"). A law ends on "Law" ("the Data Security Law"; "the Harlow
# Law School" is the school's, and the model's longer span keeps it).
_FIELD_AFTER_KIND = (
    r"(?: (?:for|on) (?!(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)[A-Z][\w'’-]*(?: (?:(?:and|of|the) ){0,2}[A-Z][\w'’-]*){0,5})"
)
# no "Initiative" here: "the Kestrel Initiative for Clean Water" names a body as often
_FIELD_KINDS = r"(?:Plan|Strategy|Agenda|Agreement)"
_PLAN_KINDS = (
    rf"(?:{_FIELD_KINDS}{_FIELD_AFTER_KIND}?|Initiative|Scheme|Act|Treaty|Accord|Pact|Doctrine|Charter|Age|Period|"
    r"Dynasty|Law(?! [A-Z])|"
    # a prize's field may follow its kind ("the Kestrel Prize for Fiction", "... Prize in Physics")
    r"(?:Prize|Award|Medal)(?: (?:for|in) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?)"
)
_NAMED_PLAN = gated(
    r"[Tt]he (?P<name>(?=[A-Z])(?:(?:(?<= )(?:19|20)\d\d|[A-Z][\w'’-]*(?<!['’]s)) "
    r"(?:(?:and|of|for|on|to|in|the|&) ){0,2}){1,6}"
    rf"{_PLAN_KINDS}|(?:19|20)\d\d {_FIELD_KINDS}{_FIELD_AFTER_KIND})(?![\w'’-]| of [A-Z])"
)


# a small word inside a name ending on "Law" makes it a body's name or a school's ("Center for
# Youth Law", "School of Law"); a law's own name is title-case words before "Law"
_BODY_OF_LAW = re.compile(r" (?:for|of|on|in|to) ")


def named_plans(text: str) -> Iterator[tuple[int, int]]:
    """Plans, laws and programmes named after "the" with their kind: (start, end) of the name;
    two named together ("the Orwell Prize and the Quill Award") are two names."""
    for match in _NAMED_PLAN.finditer(text):
        name = match.group("name")
        if name.endswith(" Law") and _BODY_OF_LAW.search(name):
            continue  # "the National Center for Youth Law", "the Institute of Harbor Law": a body
        yield from kind_pair(text, *match.span("name")) or (match.span("name"),)


# "the Treaty of Marlow and the Convention on Harbors", "the Great Slump and World War II", "the
# Orwell Prize and the Quill Award": two laws, prizes or events named together, each with its kind
# word, which the model or the plan rule reads as one name. A kind on one side only is one name,
# a work's title as often ("War and Peace", "Pride and the Passion").
_KIND_WORDS = frozenset(
    word_list(
        "treaty treaties convention conventions protocol charter act accord accords agreement pact law "
        "plan initiative strategy doctrine prize award awards medal war depression revolution crisis "
        "games olympics cup championship championships festival summit expo fair"
    )
)
_KIND_PAIR_AND = re.compile(r" and (?:the )?(?=[A-Z])")


def kind_pair(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two names in ``text[start:end]`` when it joins two named with a kind word each by
    "and" (or "and the"); None when it is one name."""
    surface = text[start:end]
    if " and " not in surface:
        return None
    found = _KIND_PAIR_AND.search(surface)
    if found is None:
        return None
    first, second = surface[: found.start()], surface[found.end() :]
    for part in (first, second):
        words = [w.strip(",.") for w in part.split()]
        if not any(w.lower() in _KIND_WORDS for w in words):
            return None
        if not any(w[:1].isupper() and w.lower() not in _KIND_WORDS for w in words):
            return None  # "the Kestrel Prize and Medal": a bare kind names nothing of its own
    if not first[:1].isupper() or " and " in second:
        return None
    return [(start, start + len(first)), (start + found.end(), end)]


# "Harbor Start, a program that gives grants", "MarlowCare, a health benefit for low-income
# residents", "a scheme known as Green Roofs": a scheme named by an apposition or "known as" after
# its kind is MISC by the conventions (the model reads most such names as bodies). The kind must
# end the apposition's noun phrase, before a clause or a purpose ("a law firm", "a policy
# analyst", "the plan's author" are none), and a sentence's opening phrase before the comma ("In
# Marlow, a plan for the port was approved") leaves the name its own reading.
_SCHEME_KINDS = r"(?:program|programme|scheme|initiative|benefit|subsidy|plan|policy|law|treaty|pact)"
_SCHEME_APPOSITION = gated(
    r",[ \t]+(?:an?|the)[ \t]+(?:(?!(?:of|the|a|an|for|in|on|at|by|to|with|from|and|or|that|which)[ \t])"
    r"[a-z][\w-]*[ \t]+){0,3}" + _SCHEME_KINDS + r"(?=[ \t]+(?:for|that|which|to|aimed|designed|run|funded|"
    r"launched|created|offering|providing|giving|paying|covering|meant|intended|under|in)\b|[,.;:)])"
)
_SCHEME_WORDS = r"([A-Z][\w'’&-]*(?:[ \t](?:(?:of|for|and|the|to)[ \t])?[A-Z][\w'’&-]*){0,4})"
_SCHEME_CALLED = gated(
    r"\b"
    + _SCHEME_KINDS
    + r",?[ \t]+(?:known[ \t]+as|called|dubbed|named)[ \t]+(?:the[ \t]+)?"
    + _SCHEME_WORDS
)
_SCHEME_NAME = re.compile(r"(?<![\w'’.&-])" + _SCHEME_WORDS + "$")
_SCHEME_REACH = 60  # characters looked back from the comma for the name


def named_schemes(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Schemes named before an apposition with their kind or after "known as": (start, end) of
    the name; never a name ``is_listed`` knows, a date word, or one word opening the sentence."""
    for match in itertools.chain(scan(_SCHEME_APPOSITION, text), scan(_SCHEME_CALLED, text)):
        if match.lastindex:
            start, end = match.span(1)
        else:
            name = _SCHEME_NAME.search(text, max(0, match.start() - _SCHEME_REACH), match.start())
            if name is None:
                continue
            start, end = name.span(1)
            if OPENING_PREPOSITIONAL_PHRASE.search(text, max(0, start - OPENING_WINDOW), start):
                continue  # "In Marlow, a plan for ...": the clause's subject, no scheme's name
        words = text[start:end].split()
        if words[0] in ("The", "A", "An"):
            start, words = start + len(words[0]) + 1, words[1:]
        if not words or any(NOT_PRODUCT_WORD.match(w) for w in words) or is_listed(" ".join(words)):
            continue
        if head_type(" ".join(words).split(" of ")[0]) not in (None, "MISC"):
            continue  # "the Jamison School of Music, a free program for ...": the school
        if len(words) == 1 and (words[0].lower() in STOP_WORDS or words[0].endswith("ly")):
            continue  # "Meanwhile, a plan to ...", "Separately, a scheme for ..."
        yield start, start + len(" ".join(words))


# "multiple World Fantasy Awards", "three Golden Harp Awards": awards counted are prizes a person
# won (MISC), not the ceremony "the Golden Harp Awards" names alone (an EVENT by its head word).
_COUNTED_AWARDS = gated(
    r"\b(?:multiple|several|many|numerous|two|three|four|five|six|seven|eight|nine|ten|dozens of|\d{1,3})"
    r"[ \t]+"
    r"((?:[A-Z][\w'’.-]*[ \t]+){1,4}Awards)(?![\w'’-])"
)
# "the Golden Harp Awards ... the Golden Harp Award": a prize's plural is the same prize
PRIZE_PLURAL = re.compile(r"(?<=Award|Prize|Medal)s$")


def counted_awards(text: str) -> Iterator[tuple[int, int]]:
    """Awards after a count ("three Golden Harp Awards"): (start, end) of the name."""
    for match in scan(_COUNTED_AWARDS, text):
        yield match.span(1)


# "the coveted Voice of the Year award", "a Best Director prize": a prize named in title case with
# a lower-case kind after it is MISC, the name without the kind (the model reads such names as a
# body or nothing). A listed name or a person's before the kind ("the Geneva prize", "the Jo Roe
# award") is left to its own reading; capitals only ("the MVP award") name a rank, no prize.
_KIND_NAMED_AWARD = gated(
    r"(?<![\w'’-])(?:[Tt]he|an?|his|her|its|their)[ \t]+"
    r"(?:(?:coveted|prestigious|annual|inaugural|top|highest|lifetime|honorary|first|second)[ \t]+)?"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?<!['’]s)"
    r"(?:[ \t](?:(?:of|the|for|and|in)[ \t]){0,2}[A-Z][a-z][\w'’-]*){0,5})"
    r"[ \t]+(?:award|prize|medal)(?![\w'’-])"
)
# "the Presidential Medal of Valor", "the Medal of Honor": a medal named by its kind and "of" (the
# plan rule stops before "of"; the model reads a body there). An owner's possessive is no part.
_MEDAL_OF = gated(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][a-z][\w'’-]*(?<!['’]s)[ \t]+){0,3}Medal[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*)?)(?![\w'’-])"
)


def named_awards(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Prizes named before a lower-case "award", "prize" or "medal" (the name alone) and medals
    named "... Medal of ...": (start, end); never a date word in it nor a name ``is_listed``
    knows."""
    for match in itertools.chain(scan(_KIND_NAMED_AWARD, text), scan(_MEDAL_OF, text)):
        start, end = match.span("name")
        words = match.group("name").split()
        if words[0] == "The":
            start, words = start + 4, words[1:]
        if any(NOT_PRODUCT_WORD.match(w) for w in words) or is_listed(" ".join(words)):
            continue
        if len(words) == 1 and words[0].lower() in STOP_WORDS:
            continue
        yield start, end


# "won an Oscar for", "an Emmy-winning writer", "Bafta nominee Jo Roe", "her best actress Tarvel":
# a one-word prize named by what is done with a prize (won, nominated for, "-winning", a
# nominee, a statuette, a category of "best ..." before it) is MISC by the conventions; the
# model reads such a word as a person, a body or nothing (session 32). One capitalised word
# only (a metal's word perhaps before it), after no capitalised word ("Supreme Court nominee"
# is a body's); never a date word, a party's or a people's word ("Republican nominee",
# "Democratic nomination"), nor a sporting contest a side wins ("won a Test in", "Cup-winning":
# an event's).
# "a Golden Globe", "the Silver Bear": a metal's word before the prize's is part of its name,
# and then "the" may stand before it ("won the Golden Globe for"; "won the Derby" is a race's)
_METAL = r"(?:Golden|Silver|Bronze|Crystal|Platinum|Diamond)[ \t]+"
_PRIZE_WORD = r"(?P<{0}>(?:" + _METAL + r")?[A-Z][a-z][A-Za-z]+)"
_PRIZE_NEXT = (
    r"(?=[,.;:)!?]|[ \t]+(?:for|in|at|this|last|earlier|nomination|nod|award)(?![\w'’-])"
    r"|[ \t]+and[ \t]+(?:an?|the|his|her|their|its)[ \t]|$)"
)
# Each reading is tried only where ``str.find`` puts its cue (a scan of every position for all of
# them cost 1.5 ms a story): a verb of winning before the prize, "best" and a category before it,
# "-winning" or "nominee" after it.
_PRIZE_VERB = re.compile(
    r"(?<![\w'’-])(?:won|wins?|winning|received|receives?|receiving|awarded|scooped|collected|landed|earned"
    r"|(?:picked|picking|picks|pick)[ \t]+up"
    r"|(?:nominated|nominations?|shortlisted|up|bid|campaign|campaigning)[ \t]+for)[ \t]+"
    r"(?:an?|his|her|their|its|the(?=[ \t]+" + _METAL + r"))[ \t]+"
    r"(?:(?:first|second|third|fourth|fifth|sixth|honorary|special|ever)[ \t]+){0,2}"
    r"(?:best[ -][a-z]+(?:[ \t]+[a-z]+)?[ \t]+)?" + _PRIZE_WORD.format("name") + _PRIZE_NEXT
)
_PRIZE_VERB_CUES = (
    *("won ", "win ", "wins ", "winning ", "received ", "receive ", "receives ", "receiving ", "awarded "),
    *("scooped ", "collected ", "landed ", "earned ", "pick ", "picked ", "picking ", "picks "),
    *("nominated ", "nomination ", "nominations ", "shortlisted ", "up for", "bid ", "campaign"),
)
_PRIZE_BEST = re.compile(
    r"best[ -](?:supporting[ \t]+)?"
    r"(?:actor|actress|picture|film|director|screenplay|song|score|album|single|newcomer|documentary|play"
    r"|musical|novel)[ \t]+" + _PRIZE_WORD.format("name") + _PRIZE_NEXT
)
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:an?|his|her|their|its|[Tt]he)[ \t]+$")
# "Oscar-winning", "Emmy nominee", "Bafta nominations", "Oscar statuettes": the cue after the prize
_PRIZE_AFTER = re.compile(
    r"-(?:winning|winner|nominated)(?![\w'’-])"
    r"|[ \t](?:nominees?|nominations?|statuettes?|winners?|buzz|hopefuls?)(?![\w'’-])"
)
_PRIZE_AFTER_CUES = ("-winn", "-nomin", " nomin", " statuette", " winner", " buzz", " hopeful")
# cues a prize shares with other things won or talked about ("the Kelby winner" of a race, "the
# Quorvex buzz" of a launch): read only in a story of films, music, books or prizes, as "nominee"
_SCREEN_ONLY_CUES = ("nomin", "winner", "buzz", "hopeful")
# "Kelvo Award-winning singer": a prize named with its kind before the cue; the word before the
# kind opens its name, which the model runs into the cue as a person or a body
_KIND_BEFORE_CUE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][A-Za-z]+[ \t]+(?:Award|Prize))$")
# A story of films, music, books or prizes: where "X nominee" names a prize, not a company's or a
# party's candidate ("a Kelvor nominee on the board"; found on unseen Reuters copy, session 32)
_SCREEN_STORY = re.compile(
    r"\b(?:awards?|ceremony|prizes?|films?|movies?|actors?|actress(?:es)?|cast|albums?|singers?|"
    r"directors?|festival|academy|novels?|shortlist(?:ed)?)\b",
    re.IGNORECASE,
)
_PRIZE_ENDING = re.compile(r"(?<![\w'’-])" + _PRIZE_WORD.format("name") + r"$")
_NOT_PRIZE = re.compile(
    r"(?:an|ic|ist|ive|al|ish|ese|ats?|Certificate|Degree|Diploma|Labour|Tory|Green|Test|Tests|Slam|Cup|Derby|League|Final|Open|Masters|Series"
    r"|Match|Trophy|Shield|Grand|Golden|Silver|Bronze|Gold|Best)$"
)
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*(?<!['’]s)[ \t]+$")


# a capitalised word's plural, and a metal's word right before it: where a cued prize's plural may be
_PLURAL = gated(r"(?<![\w'’-])[A-Z][a-z][A-Za-z]+s(?![\w'’-])")
_METAL_BEFORE = re.compile(r"(?<![\w'’-])" + _METAL + r"$")
# "at the Oscars", "this year's Oscars": the plural after "the" or a possessive is the ceremony
_CEREMONY_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)[ \t]+(?:(?:19|20)\d\d[ \t]+)?$")
_CEREMONY_AFTER = re.compile(r"[ \t]+(?:show|ceremony|night|race|telecast|season)(?![\w'’-])")


def cued_prizes(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int, EntityType]]:
    """One-word prizes named by a prize's cue ("won an Oscar", "Bafta-winning", "Emmy
    nominee"): (start, end, MISC) of the word; never a word ``is_listed`` knows. The plural of
    such a word elsewhere in the text is the ceremony after "the" or a possessive ("at the
    Oscars": EVENT, as "the Golden Harp Awards" alone is; "the Oscars show" too), else the
    prizes ("three Oscars")."""
    words: set[str] = set()
    for start, end in _cued_prize_words(text, is_listed):
        words.add(text[start:end])
        yield start, end, "MISC"
    if not words:
        return
    # one scan for every plural, each looked up in the words found: a scan of the text per word
    # would cost a text of many cued words their number times its length
    for match in _PLURAL.finditer(text):
        stem = text[match.start() : match.end() - 1]
        metal = _METAL_BEFORE.search(text, max(0, match.start() - 16), match.start())
        starts = [match.start()] if stem in words else []
        if metal is not None and text[metal.start() : match.end() - 1] in words:
            starts.append(metal.start())  # "Golden Globes" after a cued "Golden Globe"
        for start in starts:
            before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
            if before and before.group().split()[0].lower() not in STOP_WORDS:
                continue  # "the Golden Globes" after a "Globe" the cue found: a longer name's
            ceremony = _CEREMONY_BEFORE.search(text, max(0, start - 12), start) or (
                _CEREMONY_AFTER.match(text, match.end())
            )
            yield start, match.end(), "EVENT" if ceremony else "MISC"


def _cued_prize_words(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    for start, end, after in _prize_spans(text):
        word = text[start:end]
        if NOT_PRODUCT_WORD.match(word) or _NOT_PRIZE.search(word) or word.lower() in STOP_WORDS:
            continue
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        named_before = before is not None and before.group().split()[0].lower() not in STOP_WORDS
        if after and named_before:
            continue  # "Supreme Court nominee", "World Cup-winning": a longer name's last word
        if is_listed(word):
            continue
        yield start, end


def _prize_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether the cue follows) of each word a prize's cue frames."""
    for match in matches_at_literals(_PRIZE_VERB, text, _PRIZE_VERB_CUES):
        yield match.start("name"), match.end("name"), False
    for match in matches_at_literals(_PRIZE_BEST, text, ("best ", "best-")):
        if _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            yield match.start("name"), match.end("name"), False
    screen: bool | None = None  # whether the story speaks of films, music or prizes: read once
    for match in matches_at_literals(_PRIZE_AFTER, text, _PRIZE_AFTER_CUES):
        cue = match.group().lstrip()
        kind = _KIND_BEFORE_CUE.search(text, max(0, match.start() - 40), match.start())
        if kind is not None and cue.startswith("-"):
            if not _NOT_PRIZE.search(kind.group("name").split()[0]):
                yield kind.start("name"), kind.end("name"), True  # "Kelvo Award-winning"
            continue
        word = _PRIZE_ENDING.search(text, max(0, match.start() - 40), match.start())
        if word is None:
            continue
        if cue.startswith("nomination") and text.endswith("the ", 0, word.start()):
            continue  # "the Harlan nomination": a person's
        if cue.startswith(_SCREEN_ONLY_CUES):
            if screen is None:
                screen = _SCREEN_STORY.search(text) is not None
            if not screen:
                continue  # "a Kelvor nominee a seat on the board": a company's, in a story of no prizes
        yield word.start("name"), word.end("name"), True


# "the charity's “Quiet Harbor” campaign", "the “Stage Lights” program": a name in quotation marks
# before the kind of scheme is the scheme's (MISC by the conventions); the model reads it as a body
# or nothing. It must be capitalised and short (a quoted sentence is no name); after a name run
# into it ("the Vale Housing Authority ‘Fresh Start’ programme") it is left to the body's rules.
# (Adding "strategy", "blueprint", "agenda" and "roadmap" lost a MISC on holdout's wire pages.)
_QUOTED_SCHEME_KINDS = r"(?:campaign|program|programme|initiative|scheme|project|plan|policy|challenge)"
_QUOTED_SCHEME = gated(
    r"(?:[“\"]|(?<![\w'’])['‘])(?P<title>[A-Z0-9][^“”\"'‘’\n]{0,50}?[^\s“”\"'‘’\n,.])[”\"'’]"
    r" " + _QUOTED_SCHEME_KINDS + r"s?(?![\w'’-])"
)
# what every match of it holds: a closing mark, a space and the kind ("plan" and "policy" alone are
# in most texts; after a closing mark in few), searched for at C speed before the whole scan
_MARK_THEN_SCHEME_KIND = re.compile(r"[”\"'’] " + _QUOTED_SCHEME_KINDS)


def quoted_schemes(text: str) -> Iterator[tuple[int, int]]:
    """Names in quotation marks before the kind of a scheme ("the “Quiet Harbor” campaign")."""
    if _MARK_THEN_SCHEME_KIND.search(text) is None:
        return
    for match in scan(_QUOTED_SCHEME, text):
        before = WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in STOP_WORDS:
            continue  # "the Vale Housing Authority ‘Fresh Start’ programme": the body's, left to it
        if title_case(match.group("title")):
            yield match.span("title")


# "the Kestrel Music festival", "the annual Harbor Lights summit", "the film festival Harbor
# Lights": an event named in title case with a lower-case kind after it (the whole is the name, as
# in "the BRICS summit") or after "the" and its kind. The model reads the words as a body or tags
# nothing. A place before the kind ("the Geneva summit") is where it met, left to the place, and a
# listed body's summit keeps the body; an owner's possessive names no event ("the Mayor's festival").
_EVENT_KINDS = r"(?:festival|summit|expo|fair|marathon|regatta|carnival|biennale|gala)"
_KIND_NAMED_EVENT = gated(
    r"(?<![\w'’-])[Tt]he[ \t]+(?:(?:annual|yearly|biennial|inaugural)[ \t]+)?"
    r"(?P<name>(?:[A-Z][\w'’&-]*(?<!['’]s)[ \t]+){1,4}" + _EVENT_KINDS + r")(?![\w'’-])"
    r"|(?<![\w'’-])[Tt]he[ \t]+(?:film|music|arts?|jazz|folk|literary|book|food|beer|wine)[ \t]+"
    r"festival,?[ \t]+"
    r"(?P<after>[A-Z][\w'’&-]*(?:[ \t][A-Z][\w'’&-]*){0,3})(?![\w'’-])"
)

# a kind word as a word of its own after a space, as either reading of _KIND_NAMED_EVENT has it
_EVENT_KIND_WORD = re.compile(r"[ \t]" + _EVENT_KINDS + r"(?![\w'’-])")


def kind_named_events(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Events named with a lower-case kind ("the Kestrel Music festival") or after "the film
    festival": (start, end) of the name; never a date word in it, nor a name ``is_listed`` knows
    (a place, or a body whose summit it is: its own name stays the body's)."""
    if _EVENT_KIND_WORD.search(text) is None:
        return  # "fair" is in "affair", "expo" in "export": the whole scan ran on most texts for nothing
    for match in scan(_KIND_NAMED_EVENT, text):
        group = "name" if match.group("name") else "after"
        start, end = match.span(group)
        words = match.group(group).split()
        named = words[:-1] if group == "name" else words
        if any(NOT_PRODUCT_WORD.match(w) for w in named) or is_listed(" ".join(named)):
            continue
        yield start, end


# "the Battle of Kelby Ridge", "the Siege of Tarnow", "the Wars of the Roses": a fight named by
# its kind first and then its place or side; the model files it as a work, a place or nothing.
# Only capitalised words follow "of" (and one "the"), up to four, so "the battle of ideas" and
# "a war of words" are no names; a title-case headline capitalises every word, so it is not read.
_CONFLICT = gated(
    r"(?<![\w-])((?:Battle|Siege|Wars?|Massacre|Uprising|Rebellion)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:St\.|[A-Z][\w'’-]*)(?:[ \t]+(?:St\.|[A-Z][\w'’-]*)){0,3})"
)


# "the Treaty of Marlow", "the Convention on the Rights of Harbors", "the Charter of the Northern
# League": a law or treaty named by its kind first and then its place or subject. The model tags
# nothing there or only the body at its end ("Northern League"); the kind word makes the whole name
# MISC. Only capitalised words follow (small words between them), so "a charter of rights" and
# "the convention on Monday" are none ("Monday" ends the name before it); "Convention of ..."
# names bodies ("the Convention of Harbor Authorities") and is left out. A law is named so too
# ("the Law on Foreign Investment", "the Law of the People's Republic of Tarvia on Rural
# Revitalization"; "Law of" only before "the", and never after "of": "the School of Law of ...").
_NAMED_TREATY = gated(
    r"(?<![\w-])((?:Treaty|Charter|Protocol|Covenant)[ \t]+(?:of|on)|Convention[ \t]+on"
    r"|(?<!of )Law[ \t]+(?:on|of(?=[ \t]+the[ \t])))[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’-]*)(?:[ \t]+(?:(?:of|on|the|and|for|in|against|to)[ \t]+){0,2}[A-Z][\w'’-]*){0,6}"
)


def named_treaties(text: str) -> Iterator[tuple[int, int]]:
    """Treaties and charters named "Treaty of ...", "Convention on ...": (start, end) of the name,
    cut before a weekday or a month that ends it."""
    for match in scan(_NAMED_TREATY, text):
        words = match.group().split(" ")
        cut = next((i for i, w in enumerate(words) if i >= 2 and NOT_PRODUCT_WORD.match(w)), len(words))
        while cut > 2 and words[cut - 1].islower():
            cut -= 1
        if cut > 2:
            end = match.start() + len(" ".join(words[:cut]))
            yield from kind_pair(text, match.start(), end) or ((match.start(), end),)


# "the State of the Union address", "the State of the Nation Address", "a State of the City
# speech": a leader's yearly report is an event, named with its kind word; the model reads the
# words before it as a body. Without the kind word ("the State of the Union is strong") the
# words name a condition, not the speech, and are left to the model.
_STATE_OF_ADDRESS = gated(
    r"(?<![\w-])State[ \t]+of[ \t]+the[ \t]+(?:Union|Nation|State|City|County|Province|Region)"
    r"[ \t]+(?:[Aa]ddress|[Ss]peech)(?![\w-])"
)


def state_of_addresses(text: str) -> Iterator[tuple[int, int]]:
    """Yearly "State of the ..." addresses: (start, end) of the name and its kind word."""
    for match in scan(_STATE_OF_ADDRESS, text):
        yield match.span()


def named_conflicts(text: str) -> Iterator[tuple[int, int]]:
    """Battles, sieges and wars named "... of ...": (start, end) of the name."""
    for match in scan(_CONFLICT, text):
        yield match.span(1)


_EVENTS_JOINED = re.compile(rf"{_EVENT_HEADS}\s+(?:and|&)\s")
# an edition right before its kind ("2031 Summit for Coastal Trade") needs "the" before it
_BARE_KIND_EDITION = re.compile(rf"{_EDITION}\s+(?:Summit|Forum|Conference|Congress)\s")
_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he\s+$")


def numbered_events(text: str) -> Iterator[tuple[int, int, EntityType]]:
    """Numbered editions of events and plans: (start, end, type)."""
    for match in _NUMBERED_EVENT.finditer(text):
        if match.group(1):
            if _EVENTS_JOINED.search(match.group(1)):
                continue  # "the 2020 Olympics and Paralympic Games": two events
            if _BARE_KIND_EDITION.match(match.group(1)) and not _THE_BEFORE.search(
                text, max(0, match.start(1) - 4), match.start(1)
            ):
                continue  # "In 2031 Congress on ...": a year and a body, no edition
            yield match.start(1), match.end(1), "EVENT"
        else:
            yield match.start(2), match.end(2), "MISC"


# "the Healthy Tarvia 2030 initiative", "the Dual Gateway strategy", "the latest Global Harbor
# Outlook report", "the Safe Streets for All plan": a scheme, plan or report named in title
# case with a lower-case kind after it is MISC by the conventions, the name without the kind (the
# model reads the words as a body or a place, or tags nothing). One word before the kind names its
# owner as often ("the Trump campaign", "the Mozilla project"), so two words or more are needed;
# a listed name, a person's, a name with a body's, a place's or an event's head word ("the State
# Department report", "the Premier League campaign") and a paper's before "report" ("the Harlow
# Times report") are the owner's, left to their own reading, and so is a name opening on a listed
# acronym ("the ACME Rewards plan"); a road's head word is no owner's ("the Digital Silk Road
# initiative"). A "program" is left to retype's programme rule, which wants a scheme word ("the
# Clean Stove Grants program"; "the Mayo Clinic program" is the clinic's). Found from the kind
# word, then a bounded look back for the name.
# a space before the kind: a literal first character, which the engine seeks at C speed (4x faster
# than a look-behind or a gate on the kinds' first letters, which are in most words)
_LOWER_KIND = re.compile(r" (?P<kind>initiative|strategy|report|policy|plan|campaign)(?![\w'’-])")
_NAME_BEFORE_LOWER_KIND = re.compile(
    r"(?<![\w'’.&-])(?:[Tt]he|its|their|his|her|our)[ \t]+"
    r"(?:(?:latest|new|annual|ambitious|flagship|landmark|so-called|national|nationwide|proposed)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?<!['’]s)"
    r"(?:[ \t](?:(?:of|for|to|in|on)[ \t](?:the[ \t])?|and[ \t])?"
    r"(?:[A-Z][\w'’-]*(?<!['’]s)|(?:19|20)\d\d)){1,5})"
    r"[ \t]$"
)
_LOWER_HYPHEN_PART = re.compile(r"-[a-z]")  # "Council-backed", "Tarvia-led": a modifier, no name
_LOWER_KIND_REACH = 90  # characters looked back from the kind for the determiner and the name
_PAPER_LAST_WORD = re.compile(
    r"(?:Times|News|Daily|Weekly|Online|Review|Magazine|Today|Wire|Agency|TV|Channel|Insider|Network|Radio|"
    r"Television|Media|Press|Post|Journal|Herald|Tribune|Gazette)$"
)


def lower_kind_schemes(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Schemes, plans and reports named before a lower-case kind ("the Dual Gateway strategy"):
    (start, end) of the name without the kind; never a date word in it, a name ``is_listed``
    knows, one with another type's head word, nor a paper's name before "report"."""
    for match in _LOWER_KIND.finditer(text):
        kind = match.start("kind")
        found = _NAME_BEFORE_LOWER_KIND.search(text, max(0, kind - _LOWER_KIND_REACH), kind)
        if found is None:
            continue
        name = found.group("name")
        words = name.split()
        if any(NOT_PRODUCT_WORD.match(w) or _LOWER_HYPHEN_PART.search(w) for w in words) or is_listed(name):
            continue  # "the State Council-backed plan": the body's, a modifier
        if words[0].isupper() and is_listed(words[0]):
            continue  # "the ACME Rewards plan": a listed body's acronym first, the owner
        if " and " in name and any(is_listed(part) for part in name.split(" and ")):
            continue  # "the White House and Kessel campaign": two owners
        if head_type(name) not in (None, "MISC") and head_word(name) not in STREET_HEADS:
            continue  # "the State Department report", "the Premier League campaign": the owner's
        if " of " in name and HEAD_TYPES.get(head_word(name.split(" of ")[0]), "MISC") != "MISC":
            continue  # "the Commission of Inquiry report": a body's
        if match.group("kind") == "report" and _PAPER_LAST_WORD.search(name):
            continue  # "the Harlow Times report": the paper's
        yield found.span("name")


# "the Tarvia (Kelby) Pilot Free Trade Zone", "the Tarvia (Harlow) Free Trade Zone": a country's
# name with a place in brackets opens the name of a zone. The model stops at the bracket and reads
# the two names as places; the head word makes the whole one place, and the place inside it is no
# entity of its own, as in "Made in Tarvia 2025". (A fair named so, "the Tarvia (Kelby)
# International Technology Fair", is left to the model: an event there took the story's figures
# from the country its lead names, and check's subjects fell.)
_BRACKETED_PLACE_ZONE = gated(
    r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+"
    r"\((?P<place>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)\)[ \t]+"
    r"(?:(?:(?<=[A-Za-z][ \t])(?:and|&)[ \t]+)?[A-Z][\w&'’.-]*[ \t]+){0,6}?"
    r"Zone(?![\w'’-])"
)


def bracketed_place_zones(text: str, is_place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Zones named with a place ``is_place`` knows in brackets after the country ("the Tarvia
    (Kelby) Pilot Free Trade Zone"): (start, end); never an acronym in brackets ("the Harbor
    Zones Organization (HZO) Free Zone")."""
    for match in scan(_BRACKETED_PLACE_ZONE, text):
        if is_place(match.group("place")):
            yield match.span()
