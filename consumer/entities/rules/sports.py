"""Sports rules: clubs and teams told by scores, fixtures and words of play.

A place's name followed by a score or set against another side is its team (an
organisation), not the place; these helpers say when a name stands in such a context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.shared import matches_at_literals
from consumer.gate import gated

# A small whole number with no unit: "Vermont 3.2 percent", "Idaho 12 percent", "Kansas 4
# million tons" are a place's figures, not a result; and a count of spans of time, visits or
# miles is no score either ("killed in Munich 40 years ago", "visited Ohio 75 times", "moved to
# Lyon 15 years later", "drove to Dover 30 miles away").
_SCORE_AFTER = re.compile(
    r"\s+\d{1,3}(?![.,]?\d)(?!\s*(?:%|per\s*cent|pct\b|percentage|(?:thousand|million|billion|mln|bln)\b))"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times|"
    r"miles?|kilomet(?:er|re)s?|km)\b)"
    r"(?:\s|$|\s*[,;.(])"
)


def followed_by_score(text: str, end: int) -> bool:
    """A team name in a results line ('Shenyang 2 Dalian 1'): a place followed by a small number."""
    return bool(_SCORE_AFTER.match(text, end))


# "Spain beat Russia", "Chile lost to Peru", "Norway had lost to Denmark", "Sweden vs. Finland":
# two sides named on either side of a result verb (an auxiliary or an adverb perhaps before it)
# are teams (the conventions type national teams as organisations). The verb alone says nothing
# ("Unemployment in Spain fell to 12 percent", "Exports beat expectations").
_RESULT_BETWEEN = re.compile(
    r"^\s+(?:(?:had|has|have|also|then|later|[a-z]{3,}ly)\s+)?"
    r"(?:beat|beats|defeated|edged|thrashed|outclassed|overcame|routed|stunned|upset|"
    r"(?:drew|draws|tied|ties)\s+with|(?:lost|loses|fell)\s+to|vs\.?|v\.?|versus)\s+(?:the\s+)?$"
)
# "a 2-1 win over Russia": a score before the win names the loser a side too. Without a score,
# a result or fixture noun ("victory against defending champions Croatia", "the friendly with
# Brazil") names a side only in a sentence about sport: "the Allied victory over Germany" and
# "talks with Brazil" name countries.
_WIN_OVER = re.compile(r"\b\d{1,2}\s*[-\u2013]\s*\d{1,2}\s+(?:win|victory)\s+over\s+(?:the\s+)?$")
_FIXTURE_BEFORE = gated(
    r"\b(?:win|victory|triumph|defeat|draw|match|game|tie|friendly|final|semifinal|"
    r"semi-final|quarterfinal|quarter-final|qualifier|fixture|encounter)\s+"
    r"(?:over|against|to|with|versus|vs\.?)\s+"
    r"(?:(?:the|defending|reigning|world|european|olympic|champions?|holders?|hosts?)\s+){0,3}$",
    re.IGNORECASE,
)
# Words of sport alone ("group", "round", "points", "fans", "clash" are politics' words too).
_SPORT_WORDS = gated(  # searched in a window per club or team name: the gate skips most places
    r"\b(?:match|matches|goals?|scored|cup|league|tournament|championships?|semifinals?|"
    r"quarterfinals?|seed(?:ed)?|tie-?break|coach|squad|striker|goalkeeper|innings|wickets?|"
    r"half-?time|stadium|singles|doubles|medals?|olympics?|qualifiers?|qualifying|friendly)\b",
    re.IGNORECASE,
)
_SPORT_REACH = 150
# "Russia's straightforward victory against ...": the winner, named before the result noun.
_WINNER_AFTER = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}(?:win|victory|triumph)\s+(?:over|against)\s", re.IGNORECASE
)


# "Peru got past Chile 3-0": a match's score right after the second side
_MATCH_SCORE_AFTER = re.compile(r"\s+\d{1,2}\s*[-\u2013]\s*\d{1,2}(?![\w.,]?\d)")


def result_between(text: str, left_end: int, right_start: int, right_end: int | None = None) -> bool:
    """The words between two names say one side played the other (a verb of a fixture in a
    sentence about sport, or before a score after the second name: "got past Chile 3-0")."""
    if right_start - left_end > 40:
        return False
    between = text[left_end:right_start]
    if right_start - left_end <= 30 and _RESULT_BETWEEN.match(between) is not None:
        return True
    if _PLAYED_BETWEEN.match(between) is None:
        return False
    scored = right_end is not None and _MATCH_SCORE_AFTER.match(text, right_end) is not None
    return scored or sport_near(text, left_end, right_start)


# "Peru comfortably got past Ecuador", "Sweden takes on Finland", "Ghana plays the Ivory Coast":
# a verb of a fixture between two names reads as a game only in a sentence about sport ("Spain
# plays host to talks with Italy" names no side): a word of sport must stand near. ("England face
# Moldova in a World Cup qualifier" is left alone: CoNLL-2003 types such sides as places.)
_PLAYED_BETWEEN = re.compile(
    r"^\s+(?:(?:had|has|have|also|then|later|[a-z]{3,}ly)\s+)?"
    r"(?:(?:got|gets|get)\s+past|(?:takes|take|took)\s+on|(?:will\s+)?play|plays|played)"
    r"\s+(?:the\s+)?$"
)
# "giving top-ranked Italy a 2-1 victory", "secured Norway an opening win", "seal the victory
# for Portugal": the side a win goes to, in a sentence about sport.
_WIN_GIVEN_AFTER = re.compile(
    r"\s+an?\s+(?:\d{1,2}\s*[-\u2013]\s*\d{1,2}\s+)?(?:[a-z-]+\s+)?(?:win|victory)\b"
)
_VICTORY_FOR = gated(r"\b(?:win|victory|triumph)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# "eight points behind group leader Iraq": a side's standing in a competition, in a sentence
# about sport.
_STANDING_BEFORE = gated(r"\b(?:group|table|league|pool)\s+leaders?\s+$", re.IGNORECASE)


# "the Houston Rockets", "Cleveland Browns", "Shanghai Shenhua FC": a club named by its city and a
# plural nickname or a club suffix. The model often keeps only the city, or reads the pair as a
# person; in a story about a game the pair is the club. Plural heads that name land forms or
# events ("Colorado Springs", "Beijing Olympics") are no nicknames.
_CLUB_RUN = gated(
    r"(?<![\w'’.-])(?:[A-Z][a-z]+ ){1,3}(?:[A-Z][a-z]+[^s\W]s|F\.?C\.?|A\.?F\.?C\.?|S\.?C\.?)"
    r"(?![\w-]|['’]\w| [A-Z])"  # the name ends here: "... Studies University" goes on
)
_NOT_NICKNAMES = frozenset(
    word_list(
        "falls springs heights hills islands isles lakes mountains plains gardens woods rapids keys downs "
        "fields meadows acres estates towers sands cliffs beaches rocks flats banks shores waters "
        "olympics games paralympics championships finals awards masters talks nationals open "
        # a gallery's credit after the caption's place, "... in Lisbon Getty Images" (session 48)
        "images pictures"
    )
)
_CLUB_CONTEXT = re.compile(
    r"\b(?:games?|season|playoffs?|points|rebounds|assists|touchdowns?|quarterback|inning|roster|fans|"
    r"beat|defeated|victory|NBA|NFL|MLB|NHL|MLS)\b"
)


def city_clubs(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Clubs named by a city (or state) the gazetteer knows and a plural nickname or a club
    suffix, in a story about sport: (start, end) from the city to the nickname."""
    for match in _CLUB_RUN.finditer(text):
        words = match.group().split()
        start, end = match.span()
        if words[-1].lower() in _NOT_NICKNAMES or gazetteer.lookup(match.group()) is not None:
            continue
        if gazetteer.lookup(words[-1]) is not None:
            continue  # "Texas Republicans", "Ohio Muslims": a group the gazetteer knows, of that place
        if not _about_a_game(text, start, end):
            continue
        lead = _club_place(words, gazetteer)
        if lead is not None:
            yield start + sum(len(w) + 1 for w in words[:lead]), end


def club_shaped(name: str) -> bool:
    """ "Houston Rockets", "Shanghai Shenhua FC": words that read as a club's name, a plural
    nickname or a club suffix last ("Colorado Springs", "Beijing Olympics" are none)."""
    return _CLUB_RUN.fullmatch(name) is not None and name.split()[-1].lower() not in _NOT_NICKNAMES


# A game's report in its players' words: a club named by its city is read by these too
_PLAY_WORDS = gated(
    r"\b(?:sacks?|interceptions?|snaps|lineup|tackles|kickoff|halftime|pitchers?|rushing|"
    r"offensive|defensive|standings|draft\s+picks?|head\s+coach|freestyle|backstroke|breaststroke)\b"
)
# "Salina South diver Jo Roe", "Wichita East's Jo Roe": a town and a compass word before a
# player's year or event, or a possessive and a person's two names, name a school's team in
# local sports copy (the model reads a place, or a person)
_SCHOOL_SIDE = gated(
    r"(?<![\w'’.-])(?:[A-Z][a-z]+ ){1,2}"
    r"(?:North|South|East|West|Central|Northwest|Northeast|Southwest|Southeast)"
    r"(?=['’]s? +[A-Z][a-z]+ +[A-Z][a-z]|[ \t]+(?:senior|junior|sophomore|freshman|diver|swimmer|runner|"
    r"sprinter|wrestler|golfer|pitcher|quarterback|linebacker|guard|forward|standout)\b)"
)


def school_sides(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Schools' teams named by their town and a compass word in a report of a game ("Salina
    South diver Jo Roe"): never a place the gazetteer knows by the whole ("South Sudan" opens on
    the compass word; "Fort Worth West" no town of that name)."""
    for match in _SCHOOL_SIDE.finditer(text):
        words = match.group().split()
        town = gazetteer.lookup(" ".join(words[:-1]))
        if town is None or town.type != "LOCATION" or town.kind not in ("city", "first_level_division"):
            continue
        if gazetteer.lookup(match.group()) is None and about_a_game(text, *match.span()):
            yield match.span()


def about_a_game(text: str, start: int, end: int) -> bool:
    """A word of sport, of a game's report or of its play within reach of the name."""
    window = (max(0, start - _SPORT_REACH), end + _SPORT_REACH)
    return _about_a_game(text, start, end) or _PLAY_WORDS.search(text, *window) is not None


def _about_a_game(text: str, start: int, end: int) -> bool:
    window = (max(0, start - _SPORT_REACH), end + _SPORT_REACH)
    return sport_near(text, start, end) or _CLUB_CONTEXT.search(text, *window) is not None


def _club_place(words: list[str], gazetteer: Gazetteer) -> int | None:
    """Index of the word that opens the club's city ("Houston" in "Houston Rockets"), the
    nickname keeping at least one word; None when no city or state opens a club name here."""
    for lead in range(len(words) - 1):
        if words[lead].lower() in STOP_WORDS:
            continue
        for stop in range(len(words) - 1, lead, -1):
            place = gazetteer.lookup(" ".join(words[lead:stop]))
            if (
                place is not None
                and place.type == "LOCATION"
                and place.kind in ("city", "first_level_division")
            ):
                return lead
    return None


def sport_near(text: str, start: int, end: int) -> bool:
    """A word of sport within reach of the name: the sentence is about a game."""
    return _SPORT_WORDS.search(text, max(0, start - _SPORT_REACH), end + _SPORT_REACH) is not None


def won_over(text: str, start: int, end: int) -> bool:
    """ "a 2-1 win over X", "victory against defending champions X", "X's victory
    over ...", "victory for X", "giving X a 2-1 win", "group leader X" in a sentence about sport:
    X is a side of a match."""
    if _WIN_OVER.search(text, max(0, start - 40), start) is not None:
        return True
    fixture = (
        _FIXTURE_BEFORE.search(text, max(0, start - 60), start) is not None
        or _VICTORY_FOR.search(text, max(0, start - 20), start) is not None
        or _STANDING_BEFORE.search(text, max(0, start - 30), start) is not None
    )
    if (
        not fixture
        and _WINNER_AFTER.match(text[end : end + 60]) is None
        and _WIN_GIVEN_AFTER.match(text, end, end + 40) is None
    ):
        return False
    return sport_near(text, start, start)


# "the Australian Open semi-finals", "a 3-0 FA Cup victory", "the European Championship race",
# "Six Nations disappointments": a competition named by a people's adjective, a body's letters or
# a count of nations and its head word, and a race named "Tour de/du" and its place ("the Tour de
# Kelby stage"). The model reads the adjective alone as a people, "Nations" as a body, the place
# alone, or nothing (session 32, on BBC sport copy). The first word must be such a word (a
# people's adjective the caller knows, letters only, "World", a count before "Nations"), after no
# capitalised word other than a stop word ("the RBS Six Nations" is left to the model), with at
# most two capitalised words before the head ("the European Indoor Championships").
# The head word is found first (``str.find``), then the words before it over a bounded window. A
# count of nations or a Tour before a further capitalised word is a longer name's ("the Six Nations
# Championship"), left to the model.
_COMPETITION_HEAD = re.compile(
    r"[ \t](?:Open|Cup|Championships?|Grand[ \t]+Prix|Masters|Classic|Games|Trophy)(?![\w'’-])"
)
_COMPETITION_HEAD_CUES = (" Open", " Cup", " Champion", " Grand", " Masters", " Classic", " Games", " Trophy")
_COMPETITION_FIRST = re.compile(
    r"(?<![\w'’&.-])(?P<first>[A-Z][a-z]+|[A-Z]{2,5}|World)(?:[ \t]+[A-Z][a-z]+(?<!['’]s)){0,2}$"
)
_NATIONS_OR_TOUR = re.compile(
    r"(?<![\w'’&.-])(?:(?:Two|Three|Four|Five|Six|Tri)[ \t-]Nations"
    r"|Tour[ \t]+d[eu][ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])(?![ \t]+[A-Z])"
)
_NATIONS_OR_TOUR_CUES = ("Two", "Three", "Four", "Five", "Six", "Tri", "Tour d")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’.&-]*(?<!['’]s)[ \t]+$")


def competitions(text: str, is_people: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Competitions named by a people's adjective, a body's letters or a count of nations and a
    head word ("the Australian Open", "FA Cup", "Six Nations"): (start, end) of the name."""
    spans: list[tuple[int, int]] = []
    for head in matches_at_literals(_COMPETITION_HEAD, text, _COMPETITION_HEAD_CUES):
        first = _COMPETITION_FIRST.search(text, max(0, head.start() - 40), head.start())
        if first is None:
            continue
        word = first.group("first")
        if word.isupper() or word == "World" or is_people(word):
            spans.append((first.start(), head.end()))
    spans.extend(match.span() for match in matches_at_literals(_NATIONS_OR_TOUR, text, _NATIONS_OR_TOUR_CUES))
    for start, end in sorted(spans):
        before = _NAMED_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group().split()[0].lower() not in STOP_WORDS:
            continue  # "the RBS Six Nations", "Pan American Games": a longer name's words
        yield start, end
