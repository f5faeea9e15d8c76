"""Places that stand for their side in a story about sport: "Scotland coach Jo Roe", "Kelby's
striker", "the defeat to Tarvia", "Tarvia have lost".

The conventions type a team named by its country or city as an organisation where the text means
the side, and a country in a contest of national teams as one throughout the story. The model and
the gazetteer read such a name as the place; ``cand_passes._sports_teams`` already finds a side
named on either side of a result ("Spain beat Russia") or after a win ("a 2-1 win over Russia").
These cues find the rest of the sides one name at a time, from the words right around it: a
player's or a coach's role after it (with a person's name after where the role word is one of
other trades: "France centre Jo Roe", "Kelby soccer player Jo Roe"), a side's thing after its
possessive ("Tarvia's game against", "Kelby's captain"), a word of a fixture before it ("against",
"defeat to", "at home to", "get past") or a result after it ("Tarvia have lost", "Tarvia lead",
"Tarvia v Keldra", "Tarvia 3-0"), or a plural verb after it, as British copy writes of a side
("Kelby were held 1-1", "Tarvia are favourites"; session 36), or a side's kind right before it
("English side Kelby", "title rivals Tarvia"; session 42). A place that is also the surname of
one of the story's people is the player ("Mira Tesko ... against Tesko"), never a side.

A cue is read only in a story about sport, which three different words of sport anywhere in its
fields say ("squad", "match", "rugby", ...): outside sport "a case against Tarvia", "Tarvia's
hopes" and "Tarvia won" name the country. The story is scanned once (stopping at the third
word); each name's cues are matched in a window of at most ``_REACH`` characters around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from consumer.entities import consolidate
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import GazEntry
from consumer.entities.retype import place_context
from consumer.events import TextField
from consumer.gate import gated, lowered, word_haystack

# Words that occur in sport copy and seldom elsewhere; three different ones make a story about sport.
_SPORT_SOURCE = (
    r"\b(?:match|matches|goals?|scored|coach|squad|striker|midfielder|defender|goalkeeper|"
    r"fly-half|scrum-half|flanker|winger|league|tournament|championships?|semi-finals?|"
    r"quarter-finals?|semifinals?|quarterfinals?|rugby|football|soccer|tennis|cricket|innings|"
    r"wickets?|singles|tie-break|fixtures?|stadium|half-time|halftime|kick-off|premiership|"
    r"seeds?|caps|team-mates?|teammates?|friendlies|play-offs?|relegat(?:ed|ion)|referee|fifa|uefa|"
    # a side's leaders, a game's, an injury's and a title's words (session 42: two in five BBC
    # football and rugby stories held fewer than three of the words above); none of athletics'
    # own words (a runner's story names places as where, and its people as rivals, not sides)
    r"captain|skipper|keeper|hooker|champions?|unbeaten|equaliser|free-kick|header|second-half|"
    r"hamstring|injury|defeat|cup|finals|slam)\b"
)
_SPORT_WORDS = gated(_SPORT_SOURCE, re.IGNORECASE)
# the same words read case-sensitively on a lower-cased copy that lines up (``lowered``)
_SPORT_WORDS_LOWER = gated(_SPORT_SOURCE)
_STORY_WORDS = 3

# A sport's word before a role ("Kelby soccer player", "the Tarvia football manager")
_SPORT = r"(?:(?:football|rugby|soccer|cricket|tennis|hockey|basketball|national|under-?\d\d)[ \t]+)?"
# "Scotland coach", "the Kelby manager", "Tarvia's captain": roles only a side has (also read by
# ``nickname_sides`` after a side's nickname)
SIDE_ROLES = (
    r"coach|manager|boss|captain|skipper|squad|team-?mates?|striker|midfielder|midfield|defender|"
    r"goalkeeper|keeper|winger|fly-half|scrum-half|flanker|full-?back|quarterback|batsman|bowler"
)
_ROLE_AFTER = re.compile(
    rf"[ \t]+{_SPORT}(?:{SIDE_ROLES}|side|team|game|match|fixture|clash)(?![\w-])(?![ \t]+of\b)"
)
# Roles that are other trades' words too ("a Kelby player" of a market, "the Kelby centre"): a
# person's name must follow ("France centre Jo Roe", "former Tarvia international Roe")
_ROLE_THEN_NAME = re.compile(
    rf"[ \t]+{_SPORT}(?:international|player|forward|centre|center|hooker|prop|lock|wing|"
    r"back|number[ \t]+(?:eight|8))[ \t]+[A-Z][a-z]"
)
# A side's things after its possessive ("Tarvia's game against", "Kelby's local rivals",
# "Tarvia's Davis Cup tie"), at most two words between
_POSSESSIVE_THING = re.compile(
    rf"['’]s?[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{SIDE_ROLES}|side|team|players?|game|match|tie|win|victory|"
    r"defeat|loss|draw|campaign|fans|supporters|rivals|line-?up|fixture|scorers?)(?![\w-])"
)
# The words of a fixture or a result before a side ("against Tarvia", "the defeat to Tarvia",
# "wins over Tarvia and then Keldra", "at home to Kelby", "got past Tarvia", "playing Kelby")
_BEFORE = re.compile(
    r"(?<![\w-])(?:against|beat|beats|beating|beaten[ \t]+by|defeated|defeating|thrashed|thrashing|"
    r"edged|stunned|overcame|(?:get|gets|got|getting|went)[ \t]+past|"
    r"(?:defeat|defeats|loss|losses|lost|lose|losing)[ \t]+(?:to|against)|"
    r"(?:win|wins|victory|victories|draw)[ \t]+(?:over|against|with)|drew[ \t]+with|"
    r"v\.?|vs\.?|versus|play|plays|played|playing|face|faces|faced|facing|host|hosts|hosted|hosting|"
    r"welcom(?:e|es|ed|ing)|at[ \t]+home[ \t]+to|meet|meets|meeting)"
    r"[ \t]+(?:(?:the|then|and|[a-z-]+ing|defending|reigning|champions|holders|hosts|neighbours|"
    r"neighbors|rivals)[ \t]+){0,2}$"
)
# A side's kind right before its name, nothing between: "English side Tarvia", "his old club
# Kelby", "title rivals Kelby", "leaders Tarvia" (session 42); "open-side" is a player's place,
# and "champions and Grand Slam" no kind of the name after "and"
_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:side|club|rivals|opponents|leaders|strugglers|outfit|champions|holders)[ \t]+$"
)
# A result or a fixture after a side ("Tarvia have lost", "Tarvia lead 1-0", "Tarvia v Keldra",
# "Tarvia face Keldra"); a verb that takes other objects ("face", "host", "play") only before
# another capitalised name ("Tarvia faces stiff competition" is the country's)
_AFTER = re.compile(
    r"[ \t]+(?:(?:have|has|had|will|would|could|must|can|were|was|are|also|then|now|comfortably|"
    r"narrowly)[ \t]+)?(?:(?:beat|beaten|defeated|thrashed|edged|lost|lose|drew|won|lead|led|trail|"
    r"trailed|conceded|v|vs|versus)(?![\w-])|(?:play|plays|played|face|faces|faced|host|hosts|"
    r"hosted|meet|meets|met)[ \t]+(?:the[ \t]+)?[A-Z])"
)
# "plays Tarvia's Jo Roe": a player and the country he comes from, in a contest of players
_PLAYER_AFTER = re.compile(r"['’]s[ \t]+[A-Z]")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}(?![\d.,:])")
_REACH = 60  # characters before the name a fixture's words may take
# "Kelby were held 1-1", "Tarvia are favourites", "Kelby have won four in a row": a single
# place's name with a plural verb, as British copy writes of a side (session 36); never a name
# after "the" ("the Netherlands are"), "and" or a comma (a pair of places, "Tarvia and Keldra
# are"), a preposition (no subject: "derby matches in Tarvia are worse"), nor before "to", "in"
# or "been to" (a place visited)
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:are|were|have)[ \t]+(?!(?:been[ \t]+)?(?:to|in|at)\b)[a-z0-9]")
_NO_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:the|and|or|&|of|in|at|on|to|from|for|with|by|into|across|around|near|throughout|like|than)"
    r"|,)[ \t]+$",
    re.IGNORECASE,
)


def _plural_side(text: str, start: int, end: int) -> bool:
    """ "Kelby were held 1-1": a place's name that takes a plural verb is its side."""
    return (
        _PLURAL_VERB_AFTER.match(text, end, end + 24) is not None
        and _NO_PLURAL_SUBJECT_BEFORE.search(text, max(0, start - 12), start) is None
    )


# The United Kingdom's home nations play as national sides (the gazetteer files them as divisions)
HOME_NATIONS = frozenset(("GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"))
_TEAM_PLACE_KINDS = ("country", "first_level_division", "city")
_CITY_RANK = 1  # a city of 100,000 people or more (see gazetteer._cities)


def sport_story(texts: Iterable[str]) -> bool:
    """Three different words of sport in the story's fields: one scan, stopped at the third.

    A match of a sport word holds no white space, so the field's distinct words (``word_haystack``,
    built once per text for the gate's literal tests) hold the same matched words as the field,
    in about a third of its length; read lower-cased where that copy lines up, the case-blind
    pattern's cost goes too (issue 11: this scan was the entity rules' dearest single pattern)."""
    seen: set[str] = set()
    for text in texts:
        hay = word_haystack(text)
        low = lowered(hay)
        pattern, read = (_SPORT_WORDS, hay) if low is None else (_SPORT_WORDS_LOWER, low)
        for match in pattern.finditer(read):
            seen.add(match.group().lower().rstrip("s"))  # "goal" and "goals" are one word
            if len(seen) >= _STORY_WORDS:
                return True
    return False


def team_cue(text: str, start: int, end: int) -> bool:
    """The words right around a place's name say it is a side (in a story about sport)."""
    return (
        _ROLE_AFTER.match(text, end) is not None
        or _ROLE_THEN_NAME.match(text, end) is not None
        or _POSSESSIVE_THING.match(text, end, end + _REACH) is not None
        or _AFTER.match(text, end, end + _REACH) is not None
        or _SCORE_AFTER.match(text, end) is not None
        or _plural_side(text, start, end)
        or _KIND_BEFORE.search(text, max(0, start - 16), start) is not None
        or (
            _BEFORE.search(text, max(0, start - _REACH), start) is not None
            and _PLAYER_AFTER.match(text, end) is None
        )
    )


# The last word of a venue or a region, which is no side's name: "the Millennium Stadium", "the
# West Country" (session 33, unseen BBC sport: both had turned into sides after "against", "at")
_NO_SIDE_HEADS = frozenset(
    (
        *("stadium", "arena", "ground", "grounds", "park", "road", "lane", "oval", "bowl", "dome"),
        *("circuit", "racecourse", "course", "centre", "center", "hall", "field", "country", "region"),
    )
)


def _team_place(cand: Candidate, entry: GazEntry | None, surface: str) -> bool:
    """A place that may stand for its side: a country, a division or a city the gazetteer knows,
    or a name the model read as a place that it does not know, unless it names a venue or a region.
    The model's body over a known place's name counts too (session 39): "Kelby manager Jo Roe" read
    as a body, its other mentions as the town, left the vote to the town, the cue unheard; a city
    of 100,000 people or more only."""
    if cand.type == "ORGANIZATION" and cand.origin == "ner" and entry is not None:
        # a small town's name is a surname as often ("Boss Jo Ferrow ... Ferrow's side")
        return entry.kind in _TEAM_PLACE_KINDS and (entry.kind != "city" or entry.rank >= _CITY_RANK)
    if cand.type != "LOCATION":
        return False
    if entry is None:
        words = surface.split()
        return cand.origin == "ner" and not (len(words) > 1 and words[-1].lower() in _NO_SIDE_HEADS)
    return entry.kind in _TEAM_PLACE_KINDS


def _in_town(text: str, start: int, end: int) -> bool:
    """ "in Kelby", "near Kelby": the town itself ("in Kelby's defeat" is the club's)."""
    return place_context(text, start) and text[end : end + 1] not in ("'", "’")


def _surnames(sides: list[tuple[Candidate, GazEntry | None]], recased: dict[TextField, str]) -> set[str]:
    """The keys of the last words of the story's people of two or more words: a player's surname
    alone, which the model reads as a place it does not know, or the gazetteer as a town, as often
    as the person (session 42: "Lindsay Davenport ... against Davenport")."""
    found: set[str] = set()
    for cand, _ in sides:
        if cand.type == "PERSON":
            words = recased[cand.field][cand.start : cand.end].split()
            if len(words) > 1:
                found.add(consolidate.key_of(words[-1]))
    return found


def cued_teams(sides: list[tuple[Candidate, GazEntry | None]], recased: dict[TextField, str]) -> set[str]:
    """The keys of the places a cue says are sides, in a story about sport (none elsewhere). A
    country is its side throughout (the conventions' contest of national teams); a town the
    story also names as a place ("meet again in Kelby") is left the town: its club is named
    on only some of its mentions, which the entity cannot tell apart."""
    places = [
        (cand, entry)
        for cand, entry in sides
        if _team_place(cand, entry, recased[cand.field][cand.start : cand.end])
    ]
    if not places or not sport_story(recased.values()):
        return set()
    surnames = _surnames(sides, recased)
    teams: set[str] = set()
    towns: set[str] = set()
    for cand, entry in places:
        text = recased[cand.field]
        key = consolidate.key_of(text[cand.start : cand.end])
        if (entry is None or entry.kind == "city") and key in surnames:
            continue  # "against Tesko" after "Mira Tesko": the player, read as a town or a place
        if team_cue(text, cand.start, cand.end):
            teams.add(key)
        if (entry is None or entry.kind == "city") and _in_town(text, cand.start, cand.end):
            towns.add(key)
    return teams - towns
