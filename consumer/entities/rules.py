"""Wire-copy rules that the statistical model does not know.

ALL-CAPS headlines and datelines defeat a model trained on mixed case, so such lines
are re-cased before NER using the casing the same article uses elsewhere. Re-casing
never changes a string's length, so every offset found in the re-cased text is an
offset in the original, and mention text is always cut from the original.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import GazEntry, Gazetteer
from consumer.entities.retype.cuts import sentence_end_word
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.kinds import STORM_WORDS
from consumer.entities.retype.lexicons import is_disease, word_list
from consumer.entities.retype.lists import name_full_stop
from consumer.entities.retype.products import launched_before, maker_product
from consumer.events import EntityType
from consumer.gate import gated, lowered, scan
from consumer.lexicon import (
    COMMON_ACRONYMS,
    COMPANY_TITLE_WORDS,
    MONTH_NAMES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SPEECH_VERB_PATTERN,
    WEEKDAYS,
)
from consumer.parse.agencies import canonical_agency, is_known_agency


def _split(text: str) -> list[str]:
    return text.split()


_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_WORD_OR_MARK = re.compile(r"([^\W\d_][\w'’.&-]*)|(\S)")  # _WORD, or any other non-space character
_LEADING_CAPS = re.compile(r"^\s*([A-Z][A-Z.'’\- ]{1,40}[A-Z.])(?=\s*,|\s+\(|\s+-|\s+\d)")
_SENTENCE_END = frozenset(".!?\"'“”‘’:•-([")
_VOWELS = frozenset("AEIOUY")
# A whole-text pattern opens with a look-ahead on its first character, e.g. (?=[A-Z]): the regex
# engine then skips every other position at once (1.5-4x faster; same matches). One that needs a
# rarer word ("Typhoon", "lander") runs through gate.scan, which skips a text holding none of them.


_DROP_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")  # translate() drops them


def is_caps_line(line: str) -> bool:
    # Exact quick answer for prose: when ASCII lower-case letters alone are over a fifth of the
    # line's characters, capitals cannot be 80% of its letters (a C pass, not a Python loop;
    # translate() counts them about twice as fast as a regex substitution).
    if (len(line) - len(line.translate(_DROP_ASCII_LOWER))) * 5 > len(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.8


def is_title_case(line: str) -> bool:
    """Most longer words capitalised ("Moon Could Host Life, Study Finds"): such a line's
    capitals mark every word, not names."""
    words = re.findall(r"[A-Za-z]{4,}", line)
    capitalised = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitalised >= 0.7 * len(words)


def case_map(texts: Iterable[str]) -> dict[str, str]:
    """How this article spells each word when it is not shouting and not sentence-initial."""
    words: list[str] = []
    for text in texts:
        for line in text.splitlines():
            if is_caps_line(line):
                continue
            # One C pass yields each word and each other non-space character in order (the word
            # alternative is tried first at every position, so the words are _WORD's own matches
            # and what lies between two tokens is white space): the last character before a word,
            # spaces skipped, is the previous token's last. A line's start reads as a sentence end.
            prev = "."
            for word, mark in _WORD_OR_MARK.findall(line):
                if not word:
                    prev = mark
                    continue
                if prev not in _SENTENCE_END and not (word.isupper() and len(word) > 1):
                    words.append(word)
                prev = word[-1]
    # Counted once at the end; a spelling seen first wins a tie, as Counter.most_common keeps it.
    best: dict[str, tuple[int, str]] = {}
    for word, count in Counter(words).items():
        low = word.lower()
        if low not in best or count > best[low][0]:
            best[low] = (count, word)
    return {low: word for low, (_, word) in best.items()}


def _title(word: str) -> str:
    out = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    return out if len(out) == len(word) else word


def _recase_word(word: str, cases: dict[str, str], gazetteer: Gazetteer) -> str:
    if word in gazetteer.acronyms:
        return word
    low = word.lower()
    if len(low) != len(word):
        return word
    form = cases.get(low)
    if form is not None:
        return form
    if low in STOP_WORDS:
        return low
    if low in gazetteer.proper_tokens:
        return _title(word)
    if len(word) <= 4 and not (_VOWELS & set(word)):
        return word
    return _title(word)


def _recase_span(text: str, cases: dict[str, str], gazetteer: Gazetteer) -> str:
    return _WORD.sub(
        lambda m: _recase_word(m.group(), cases, gazetteer) if m.group().isupper() else m.group(), text
    )


def recase(text: str, cases: dict[str, str], gazetteer: Gazetteer) -> str:
    """Re-case ALL-CAPS lines and leading ALL-CAPS dateline places; same length as ``text``."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if is_caps_line(line):
            line = _recase_span(line, cases, gazetteer)
        else:
            lead = _LEADING_CAPS.match(line)
            if lead:
                line = (
                    line[: lead.start(1)]
                    + _recase_span(lead.group(1), cases, gazetteer)
                    + line[lead.end(1) :]
                )
        out.append(line)
    result = "".join(out)
    return result if len(result) == len(text) else text


_ORG_NOUNS = (
    r"(?:maker|company|firm|manufacturer|producer|group|bank|operator|retailer|carrier|provider|developer|"
    r"conglomerate|insurer|lender|brokerage|start-?up|supplier|exporter|importer|airline|giant|agency|"
    r"organi[sz]ation|association|institute|university|fund|subsidiary|unit|affiliate|newspaper|"
    r"broadcaster|club|party|consultancy|charity|foundation|regulator|ministry|exchange|corporation)"
)
# The name may hold "of" or "for" ("Diplomatic Academy of Vietnam, a government university"), and
# "for a" ("Committee for a Sound Harbor Budget, a research group");
# "Macao and Taiwan, the ministry added" is an attribution, not an apposition.
# The apposition's head noun comes before any preposition: "X, a member of the group" is a
# member (a person), "X, a unit of Y" a unit; a possessive noun is no head: "X, the company's
# chief operating officer" is the officer.
_APPOSITIVE_ORG = re.compile(
    r"(?=[A-Z])(?<![\w'’.&-])((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for)\s+(?:the\s+)?|for\s+an?\s+)?){0,4}[A-Z][\w&'’.-]*),\s+"
    r"(?P<det>an?|the)\s+"
    r"(?:(?!(?:of|for|at|in|on|with|to|from|by|and|or)\s)[\w'’-]+\s+){0,5}?[\w-]*"
    + _ORG_NOUNS
    + rf"\b(?!['\u2019]s\b)(?!\s+{SPEECH_VERB_PATTERN}\b)"
)
# "According to a survey by X, the firm's sales rose": a sentence that opens with a
# prepositional phrase closes it at the comma, and "the firm" starts the main clause.
_OPENING_PREPOSITIONAL_PHRASE = re.compile(
    r"(?:^|[.!?]\s+|\n|\s(?:--|\u2014)\s+)"
    r"(?:according to|in|at|on|after|before|by|for|from|under|with|despite|as|when|while|"
    r"since|unlike|like|during|following|amid)\s[^,.!?\n]*$",
    re.IGNORECASE,
)
_PERSON_TITLE = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Capt|Lt|Col|Sgt)\.?\s"
)  # "MS Amlin" is no title
_OPENING_WINDOW = 200


# "beauty company Coty", "the chipmaker Nvidia": a company noun written right before a
# capitalised name is the name's description (the model often misses one-word companies). The
# name stays on its line ("firm Quorly.\n\nPrell's wife": a new paragraph is no part of it).
_COMPANY_BEFORE = gated(
    r"\b(?:company|firm|maker|chipmaker|automaker|carmaker|drugmaker|manufacturer|retailer|carrier|"
    r"airline|insurer|lender|brokerage|start-?up|conglomerate|giant|broadcaster|newspaper|"
    r"outlet|supplier|developer|operator)\s+((?:[A-Z][\w&'’.-]*)(?:[ \t]+[A-Z][\w&'’.-]*){0,2})"
)


_TITLE_WORDS = frozenset((*COMPANY_TITLE_WORDS, *ROLE_NOUNS, *ROLE_MODIFIERS, *ROLE_WORDS))


# Company nouns that are adjectives too ("the soft-spoken but firm Roe", "a very firm Roe"):
# after a degree word or a conjunction they describe a person, not a company.
_ADJECTIVE_NOUNS = frozenset({"firm", "giant"})
_ADJECTIVE_BEFORE = re.compile(r"\b(?:but|yet|very|so|too|quite|rather|fairly|always)[ \t]+$")
_ADJECTIVE_REACH = 12


# "CEO of the company Jobs co-founded", "left the firm Vale ran for a decade": a verb a founder
# or a head does right after the name, the noun phrase the object of a word before it, makes the
# name the subject of a clause about the company, a person as a rule ("The carmaker Lurio led the
# market" opens its sentence: the name is the carmaker's)
_FOUNDER_VERB_AFTER = re.compile(
    r"[ \t]+(?:co-?founded|founded|started|set[ \t]+up|ran|runs|heads|headed|led|leads|chairs|chaired)\b"
)
_OBJECT_BEFORE = re.compile(r"\b[a-z]+[ \t]+(?:the|a|an|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?$")
_OBJECT_REACH = 40


def described_companies(text: str) -> Iterator[tuple[int, int]]:
    """'beauty company Coty': the capitalised name after a lower-case company noun."""
    for match in _COMPANY_BEFORE.finditer(text):
        noun = text[match.start() : match.start(1)].strip()
        if noun in _ADJECTIVE_NOUNS and _ADJECTIVE_BEFORE.search(
            text, max(0, match.start() - _ADJECTIVE_REACH), match.start()
        ):
            continue
        start = match.start(1)
        words = match.group(1).split()
        for i, word in enumerate(words[:-1]):
            if sentence_end_word(word):  # "cable giant Comcast. These networks": a sentence ends
                words = [*words[:i], word[:-1]]
                break
        while words and (words[-1].lower() in MONTH_NAMES or words[-1].lower() in WEEKDAYS):
            words.pop()  # "the firm Monday said": a day is no part of a name
        if not words or words[0].lower() in STOP_WORDS or words[0].lower() in _TITLE_WORDS:
            continue  # "company CEO Jane Roe": a title, then a person
        end = start
        for word in words:
            end = text.index(word, end) + len(word)
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2  # "company Omron's robot": the owner, without its possessive
        elif _FOUNDER_VERB_AFTER.match(text, end) and _OBJECT_BEFORE.search(
            text, max(0, match.start() - _OBJECT_REACH), match.start()
        ):
            continue
        yield start, end


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
    r"Games|Olympics|Paralympics|Cup|Championships?|Festival|festival|[Mm]eeting|Fair|[Ff]air)"
)
_NUMBERED_EVENT = gated(
    rf"(?<![\w-])({_EDITION}\s+(?:[A-Z][\w&'’.-]*\s+){{1,5}}?{_EVENT_HEADS})(?![\w-])"
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


def _tried_where(
    pattern: re.Pattern[str], text: str, words: Iterable[str], back: int = 0, where: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens ``back`` characters before
    one of ``words``: tried only at those places, found by substring search (C speed), instead
    of at every letter that can open it. Each place is tried in text order, and a match ends
    past the next try, as finditer's do: the same matches. ``where``, a copy of ``text`` that
    lines up with it letter for letter (`gate.lowered`), is searched for the words instead: a
    case-blind pattern's lower-case words are found in the lower-cased copy."""
    look = text if where is None else where
    starts: set[int] = set()
    for word in words:
        at = look.find(word, back)
        while at >= 0:
            starts.add(at - back)
            at = look.find(word, at + 1)
    end = 0
    for at in sorted(starts):
        if at < end:
            continue
        match = pattern.match(text, at)
        if match is not None:
            end = match.end()
            yield match


# "the film “Harbour Lights”", "his memoir 'Out There'": a work's title in quotation marks
# after the kind of work is its name (MISC), however the model reads its words. A comma may stand
# between them ("the Harbor Town episode, “Girls’ Club.”", "her memoir, “Out of the Quiet,”"):
# speech after the kind and a comma opens in lower case, which the title-case test turns away.
# A single closing mark is also an apostrophe ("'Takin' It to the Streets'", "'Rock 'n' Roll'"):
# it closes the title unless a letter follows it or it ends an elided word (-in', 'n'). In a title
# opened by a double mark (group ``dq``), a plural's apostrophe before a capitalised word closes
# nothing either ("“Girls’ Club”"); after a single mark it may be the closing one ('Lost Boys' Roe).
_TITLE_IN_MARKS = (
    r"(?P<title>[A-Z0-9][^“”\"\n]{0,98}?[^\s“”\"\n,.])[,.!?]?"
    r"(?:[”\"]|['’](?![A-Za-z])(?(dq)(?!(?<=s['’])[ \t][A-Z]))(?<!in['’])(?<!\s['’]n['’]))"
)
_WORK_TITLE = gated(
    r"\b(?:film|movie|book|novel|song|singles?|album|series|show|sitcom|play|documentary|memoir|poem|"
    r"opera|musical|podcast|painting|exhibition|episode|game|report|hit|track|tune|ballad|anthem|mixtape)"
    r"(?:\s+(?:called|titled|entitled)|,)?\s+"
    r"(?:(?P<dq>[“\"]|\(“)|[‘'])" + _TITLE_IN_MARKS
)
# "a role in “Harbor Lights”", "the set of “Greyhaven,”", "an adaptation of “Stone and Salt”", "a
# poem titled “Winter Roads”": a title in quotation marks after words only a work follows, with no
# kind of work named (the model reads most such titles as nothing, a body or an event).
# the words a cued title follows; `work_titles` tries the pattern only where one stands
_TITLE_CUES: tuple[str, ...] = ("titled", "entitled", "adaptation of", "set of", "season of", "episode of")
_TITLE_CUES += ("episodes of", "sequel to", "remake of", "cast of", "role in", "starred in", "starring in")
_TITLE_CUES += ("appeared in", "appearance in", "sang", "sing", "sings", "singing", "performed", "performs")
_TITLE_CUES += ("performing", "covered", "covering", "rendition of", "version of")
_CUED_TITLE = gated(r"\b(?:(?:" + "|".join(_TITLE_CUES) + r")\s+(?P<dq>[“\"])" + _TITLE_IN_MARKS + ")")
# "the “Quiet Fields” star", "the “Harbor Lights” songwriter": a title in quotation marks before the
# word for one who made or played in the work. Double marks only: a single mark is an apostrophe
# as often ("the players’ union").
_TITLE_THEN_MAKER = gated(
    r"[“\"](?P<title>[A-Z0-9][^“”\"\n]{0,58}?[^\s“”\"\n,.])[”\"] (?:star|stars|actor|actress|singer|"
    r"songstress|songwriter|rapper|director|creator|showrunner|author|novelist|cast|franchise|"
    r"soundtrack|finale|premiere)\b"
)


# "a new 'Ember Quest' game", "the “Tidewell” app": a title in quotation marks, then the kind: a game
# or an app is a PRODUCT by the conventions. The title must be capitalised and short, and no
# contest's ("the 'Harbor Derby' game" is a match).
_QUOTED_THEN_KIND = gated(
    r"(?:[“\"]|(?<![\w'’])['‘])(?P<title>[A-Z0-9][^“”\"'‘’\n]{0,40}?[^\s“”\"'‘’\n,.])[”\"'’]"
    r" (?:(?:video|mobile|computer) )?(?:game|app)s?\b"
)


def quoted_products(text: str) -> Iterator[tuple[int, int]]:
    """Titles in quotation marks followed by "game" or "app" ("a new 'Ember Quest' game")."""
    for match in _QUOTED_THEN_KIND.finditer(text):
        if match.group("title").split()[-1] not in _CONTEST_WORDS:
            yield match.span("title")


_CONTEST_WORDS = frozenset(
    ("Derby", "Bowl", "Classic", "Clasico", "Cup", "Game", "Rivalry")
)  # "the 'Harbor Derby' game"


# "the story collection Heat of Fusion", "his novel The Dragon Waiting": without quotation
# marks, a determiner, the kind of work, then capitalised words (small words between them).
# A maker's possessive is a determiner too, and a year may stand before the kind ("Fenn's 1994
# album Glass Orchard"); "called" or "titled" may stand after it ("a sitcom called Harbor Nights"),
# and then the kind may be one a bare title never follows ("a TV show called ...": "the show
# Monday" is no title). "a game called ..." is left to the product rules (a game is a PRODUCT).
_BARE_KIND = (
    r"(?:(?:film|movie|book|novel|novella|album|series|sitcom|documentary|memoir|poem|opera|"
    r"musical|podcast|collection|anthology|trilogy)(?:\s+(?:called|titled|entitled))?|game|video game"
    r"|(?:show|program|programme|song|single|play|drama|comedy|thriller|fantasy)\s+(?:called|titled|entitled))"
)
_WORK_TITLE_BARE = gated(
    r"(?:\b(?i:the|his|her|its|their|a|an|new|latest|debut|first|second|third|upcoming)"
    r"|(?<![\w'’])[A-Z][\w.&-]*['’]s)\s+"
    rf"(?:(?:[a-z]+|TV|(?:19|20)\d\d)\s+){{0,2}}{_BARE_KIND}\s+"
    r"((?:The\s+|A\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|in|on|at|to|a|for)\s+)*[A-Z][\w'’-]*){0,5})"
    r"(?![\w'’-])"
)

# "The Last Ferry, an urban fantasy about smugglers, ...", "Northern Verge, her second novel,":
# a title, then an apposition whose head is the kind of work. The kind must end the apposition's
# noun phrase: "Brightwater Pictures, a film studio" and "Ridgeway, a film producer" are no works,
# and its modifiers no function words ("Kestrel Records, the label behind the album").
_WORK_APPOSITION = gated(
    r"[”\"]?,\s+(?:a|an|the|his|her|its|their|[A-Z][\w.&-]*['’]s)\s+"
    r"(?:(?!(?:of|the|a|an|for|in|on|at|by|to|with|from|about|behind|and|or|that|which|who|whose|is|was)\s)"
    r"(?:[A-Za-z][\w-]*|(?:19|20)\d\d)\s+){0,3}"
    r"(?:novel|novella|film|movie|album|memoir|documentary|sitcom|thriller|fantasy|comedy|drama|musical|"
    r"sequel|trilogy|anthology|biopic|podcast|opera)"
    r"(?=[,.;:)]|\s+(?:about|by|that|which|starring|directed|written|set|released|based|from|in|of|with)\b)"
)
_APPOSED_TITLE = re.compile(
    r"(?<![\w'’-])((?:The |A |An )?[A-Z][\w'’-]*"
    r"(?: (?:(?:of|the|and|in|on|at|to|a|for|with) )*[A-Z][\w'’-]*){0,6})$"
)
_APPOSED_REACH = 80  # characters looked back from the comma for the title


# The kind word right before a title, when the work is a game: by the conventions a video
# game is a PRODUCT, other works MISC ("the video game 'Ember Quest'"). A bare "game" may be a
# match, a board game or a show, so only a kind that says video or mobile counts, or a word only a
# video game's kind takes ("its hit game", "the multiplayer game", "the role-playing game").
_GAME_BEFORE = re.compile(
    r"\b(?:video|computer|mobile|online|hit|blockbuster|multiplayer|indie|puzzle|strategy|role-playing|"
    r"shooter|open-world|sandbox|free-to-play|console|smartphone|PC)[ -]game\s+(?:\(?[“\"‘'])?$"
)


def game_title(text: str, start: int) -> bool:
    """Whether the title starting at ``start`` follows "game" (a bounded look back)."""
    return _GAME_BEFORE.search(text, max(0, start - 20), start) is not None


def _title_case(title: str) -> bool:
    """A title of one to ten words, half of them or more capitalised (or numbers)."""
    words = title.split()
    return 1 <= len(words) <= 10 and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= len(words) / 2


def _subtitled(title: str) -> bool:
    """ "A Paradise Built in Hell: The Communities that Arise in Disaster": a title and its
    subtitle after a colon, each a title of its own (a longer whole than one title may be)."""
    main, colon, sub = title.partition(": ")
    return bool(colon) and _title_case(main) and _title_case(sub)


def work_titles(text: str, is_person: Callable[[str], bool] = lambda _: False) -> Iterator[tuple[int, int]]:
    """Titles of works after the kind of work, in quotation marks or bare: spans of the title.
    A bare title that reads as a person's name ("the book Jane Roe wrote") is the author's."""
    for match in itertools.chain(_WORK_TITLE.finditer(text), _tried_where(_CUED_TITLE, text, _TITLE_CUES)):
        if _title_case(match.group("title")) or _subtitled(match.group("title")):
            yield match.span("title")
    for match in _TITLE_THEN_MAKER.finditer(text):
        if _title_case(match.group("title")):
            yield match.span("title")
    for match in scan(_WORK_TITLE_BARE, text, confirm=True):
        if len(match.group(1)) > 1 and not is_person(match.group(1)):  # "its series A round"
            yield match.span(1)
    yield from _apposed_titles(text, is_person)


# "the new TV series, The Long Watch, which airs ...", "his third novel, Salt Roads.", "a report
# titled World Harbor Outlook": a bare title set off by commas after the kind of work, or after
# "titled". The title must end at a comma or a sentence's end, so a clause's subject ("In the film,
# Jane Roe plays ...") is none; a person's name or a name the lists know is left to its own type.
_BARE_TITLE = (
    r"((?:The |A |An )?[A-Z][\w'’-]*(?: (?:(?:of|the|and|in|on|at|to|a|for|&) )*[A-Z][\w'’-]*){0,5})"
)
_KINDS: tuple[str, ...] = ("series", "novel", "book", "film", "movie", "album", "memoir", "documentary")
_KINDS += ("sitcom", "podcast", "show", "song", "single", "musical", "trilogy", "sequel")
_KINDS += ("episode", "exhibition")
_KINDS_BEFORE_A_COMMA = tuple(kind + "," for kind in _KINDS)
_KIND_THEN_TITLE = gated(
    r"\b(?:" + "|".join(_KINDS) + r"),[ \t]+" + _BARE_TITLE + r"(?=,[ \t]|\.(?:\s|$))"
    r"|\btitled[ \t]+" + _BARE_TITLE + r"(?![\w'’-])"
)


# "At the exhibition, Kestrel Gallery, which ...", "After the show, Acme Labs, a sponsor, ...": a
# sentence that opens on a preposition and the kind is a scene-setting phrase, and the name after
# its comma the clause's subject, no title. An owner's word keeps the title ("In his new book, The
# Quiet Coast, he writes"): it says whose work. Looked for in a bounded window before the kind.
_FRONTED_KIND = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:At|After|In|During|Before|Since|Following|On|From)\s+"
    r"(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}$"
)
_FRONTED_REACH = 50


def kind_then_titles(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Bare titles after the kind of work and a comma, or after "titled" (spans of the title);
    ``is_name`` says which are a person's or a listed name's instead."""
    if "titled" not in text and not any(kind in text for kind in _KINDS_BEFORE_A_COMMA):
        return  # substring tests in C: most texts name no kind of work before a comma
    for match in _KIND_THEN_TITLE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if group == 1 and _FRONTED_KIND.search(text, max(0, match.start() - _FRONTED_REACH), match.start()):
            continue  # "At the show, Acme Labs, a sponsor, ...": a fronted phrase, then its subject
        words = match.group(group).split(" ")
        # a date ends the title with the small word before it ("... Outlook on Tuesday")
        cut = next((i for i, w in enumerate(words) if _NOT_PRODUCT_WORD.match(w)), len(words))
        while cut > 0 and words[cut - 1].islower():
            cut -= 1
        title = " ".join(words[:cut])
        if title and title.split()[0].lower() not in STOP_WORDS - {"the", "a", "an"} and not is_name(title):
            yield match.start(group), match.start(group) + len(title)


# "Roe wrote A Song of Salt and Smoke", "she directed The Long Harbor", "the third season of The
# Velvet Court": a title opening on an article right after a verb of making a work or words only a
# work follows ("season of", "cast of", "sequel to"). The article keeps people's names out (no person's
# name opens on "The"); a listed name or a body by its head word ("wrote The Harbor Times", a
# paper) keeps its own reading, and a date word ends the title.
_MADE_TITLE = gated(
    r"\b(?:wrote|writes|penned|authored|co-wrote|co-authored|directed|co-directed|narrated|"
    r"(?:seasons?|episodes?|cast|sequel|remake|adaptation|finale|premiere)[ \t]+(?:of|to))[ \t]+"
    r"((?:The|A|An)[ \t]+[A-Z][\w'’-]*"
    r"(?:[ \t](?:(?:of|the|and|in|on|at|to|a|for|&)[ \t])*[A-Z][\w'’-]*){0,5})"
    r"(?![\w'’-])"
)


_PAPER_WORDS = frozenset(
    word_list(
        "Times Guardian Post Journal Telegraph Herald Tribune Observer Independent Economist Atlantic Globe "
        "Sun Mirror Standard Gazette Chronicle Inquirer Courant Review Magazine News Daily Express Record "
        "Star Register Bulletin Wire Today Ledger Examiner Dispatch"
    )
)
_OBJECT_AFTER = re.compile(r"[ \t]+(?:a|an|to|that|about|asking|saying)[ \t]")
_WHERE_WORDS = frozenset(("on", "at", "in", "for"))


def made_titles(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Titles after a verb of making a work ("wrote The Dragon Waiting"): (start, end)."""
    for match in scan(_MADE_TITLE, text):
        words = match.group(1).split(" ")
        cut = next((i for i, w in enumerate(words) if i and _NOT_PRODUCT_WORD.match(w)), len(words))
        while cut > 1 and words[cut - 1].islower():
            cut -= 1
        # "the third season of The Velvet Court on Netflix": a listed name after a small word is
        # where the work is shown, no word of its title
        where = (i for i in range(2, cut - 1) if words[i] in _WHERE_WORDS)
        cut = next((i for i in where if is_name(" ".join(words[i + 1 : cut]))), cut)
        title = " ".join(words[:cut])
        if cut < 2 or is_name(title) or is_name(" ".join(words[1:cut])):
            continue
        if head_type(title.split(" of ")[0]) not in (None, "MISC") or words[cut - 1] in _PAPER_WORDS:
            continue  # "wrote The Harbor Times": a paper
        end = match.start(1) + len(title)
        if _OBJECT_AFTER.match(text, end):
            continue  # "wrote The Harbor Ledger a letter": whom one wrote to
        yield match.start(1), end


def _apposed_titles(text: str, is_person: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Titles before an apposition that names the kind of work ("Northern Verge, her second
    novel,"): the capitalised words that end right before the comma, read back over a bounded
    window; a sentence's opening word ("But", "When") and an owner's possessive are cut off."""
    for match in _WORK_APPOSITION.finditer(text):
        end = match.start()
        title = _APPOSED_TITLE.search(text, max(0, end - _APPOSED_REACH), end)
        if title is None:
            continue
        start = title.start(1)
        words = title.group(1).split(" ")
        for i, word in enumerate(words[:-1]):
            if word.endswith(("'s", "’s")):  # "Fenn's Northern Verge"
                start, words = start + len(" ".join(words[: i + 1])) + 1, words[i + 1 :]
        if words[0].lower() in STOP_WORDS and words[0] not in ("The", "A", "An") and len(words) > 1:
            start, words = start + len(words[0]) + 1, words[1:]
        name = " ".join(words)
        if len(name) > 1 and name.lower() not in STOP_WORDS and not is_person(name):
            yield start, end


# "Its 12 launch titles are dull. They include: Ember Quest, Night Shift 2 and Hollow Tide.": a list
# of names after "include" near a kind of game names games (PRODUCT by the conventions). Only kinds
# that say video games count: "titles" and "games" alone are a champion's or a sports day's.
_GAME_KIND = gated(r"\b(?:video|launch|mobile|console|PC) (?:games|titles)\b")
_LIST_OPENER = re.compile(r"\b(?:include|includes|including)\b:?\s+")
_LIST_END = re.compile(r"\.(?:\s|$)|\n")
_LIST_ITEM = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+|^)(?P<item>[^,\n]+?)(?=,\s|\s+and\s|$)")
_LIST_REACH = 100  # characters from the kind to "include"
_LIST_SPAN = 1200  # characters of list read at most
_LIST_TITLE = re.compile(r"^[A-Z0-9][\w'’:.&-]*(?: [\w'’:.&-]+){0,7}$")


def game_lists(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names listed after "include" near a kind of video game; a list of three or more, each name
    capitalised and not a place or a body the gazetteer knows."""
    done = 0
    for kind in scan(_GAME_KIND, text):
        if kind.start() < done:
            continue
        opener = _LIST_OPENER.search(text, kind.end(), kind.end() + _LIST_REACH)
        if opener is None:
            continue
        end = _LIST_END.search(text, opener.end(), opener.end() + _LIST_SPAN)
        stop = end.start() if end else min(len(text), opener.end() + _LIST_SPAN)
        done = stop
        items = [
            m.span("item")
            for m in _LIST_ITEM.finditer(text[opener.end() : stop])
            if _LIST_TITLE.match(m.group("item")) and gazetteer.lookup(m.group("item")) is None
        ]
        if len(items) >= 3:
            yield from ((opener.end() + s, opener.end() + e) for s, e in items)


# "two novels (The Salt Crown and How Far to Kelby?, both out of print)", "films such as Harbor
# Lights, The Long Watch and Night Ferry": titles listed in a parenthesis or after "such as",
# "including" or "like" right after a plural kind of work are works (MISC). The list ends at the
# parenthesis, a sentence's end or the first item that is no title ("both out of print"); a name
# the lists know or a person's is left to its own reading. Video games are products, left to
# `game_lists`; kinds that are verbs as well ("plays", "shows", "records") are left out.
_WORK_LIST_KIND = gated(
    r"\b(?:novels|books|films|movies|albums|songs|singles|memoirs|documentaries|musicals|operas|"
    r"podcasts|sitcoms|poems|novellas)(?:[ \t]*(?P<paren>\()|,?[ \t]+(?:such[ \t]+as|including|like)[ \t]+)"
)
_WORK_LIST_END = re.compile(r"[.;:!?]?\)|[.;:](?:\s|$)|\n")
_WORK_LIST_SPAN = 240  # characters of list read at most
_WORK_LIST_ITEM = re.compile(r"[^,]+")
_WORK_LIST_AND = re.compile(r"^(?:and|or)[ \t]+|[ \t]+(?:and|or)[ \t]+(?=[“\"]?[A-Z0-9])")
_MARKS = "“”\"‘’' \t"


def listed_works(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Titles listed after a plural kind of work, in a parenthesis or after "such as",
    "including" or "like": (start, end) of each title, quotation marks left out."""
    for match in scan(_WORK_LIST_KIND, text):
        end = _WORK_LIST_END.search(text, match.end(), match.end() + _WORK_LIST_SPAN)
        if end is None:
            continue
        stop = end.start() + (1 if end.group()[:1] in "?!" else 0)
        pieces: list[tuple[int, int]] = []
        for item in _WORK_LIST_ITEM.finditer(text, match.end(), stop):
            start = item.start()
            for part in _WORK_LIST_AND.split(item.group()):
                at = text.find(part, start, item.end()) if part else -1
                if at >= 0:
                    pieces.append((at, at + len(part)))
                    start = at + len(part)
        for start, finish in pieces:
            while start < finish and text[start] in _MARKS:
                start += 1
            while finish > start and text[finish - 1] in _MARKS + ",":
                finish -= 1
            words = text[start:finish].split(" ")
            cut = next((i for i, w in enumerate(words) if i and _NOT_PRODUCT_WORD.match(w)), len(words))
            while cut > 1 and not words[cut - 1][:1].isupper() and not words[cut - 1][:1].isdigit():
                cut -= 1  # "Wild Iron Hearts in the nineties": the sentence goes on after the title
            title = " ".join(words[:cut])
            if not title or not (title[0].isupper() or title[0].isdigit()) or not _title_case(title):
                break  # "both unexpected delights": the list has ended
            if not is_name(title):
                yield start, start + len(title)
            if cut < len(words):
                break


# "- Get Ember Quest on Amazon for $49.99", "Get Lockbox Vault for Free": a deal line in a listicle
# opens on "Get", then what is sold, perhaps a store, then a price. "Get it", "Get 4 Months of ..."
# name nothing (a capital or a digit must open the name, and no pronoun is capitalised here).
_DEAL_LINE = re.compile(
    r"(?m)^(?:[-•*]\s*)?Get (?P<name>[A-Z][\w'’&+-]*(?: [A-Z0-9][\w'’&+-]*){0,5})"
    r"(?: (?:on|at|from) [A-Z][\w.&]*(?: [A-Z][\w.&]*)?)? for (?:\$\s?\d|[Ff]ree\b)"
)


def deal_lines(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """What a listicle's deal line sells ("- Get Ember Quest on Amazon for $49.99"), unless a
    body or a place the gazetteer knows (a store, "Get Walmart+ for $98")."""
    for match in _DEAL_LINE.finditer(text):
        entry = gazetteer.lookup(match.group("name"))
        if entry is None or entry.type == "PRODUCT":
            yield match.span("name")


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
            if _OPENING_PREPOSITIONAL_PHRASE.search(text, max(0, start - _OPENING_WINDOW), start):
                continue  # "In Marlow, a plan for ...": the clause's subject, no scheme's name
        words = text[start:end].split()
        if words[0] in ("The", "A", "An"):
            start, words = start + len(words[0]) + 1, words[1:]
        if not words or any(_NOT_PRODUCT_WORD.match(w) for w in words) or is_listed(" ".join(words)):
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
        if any(_NOT_PRODUCT_WORD.match(w) for w in words) or is_listed(" ".join(words)):
            continue
        if len(words) == 1 and words[0].lower() in STOP_WORDS:
            continue
        yield start, end


# "the charity's “Quiet Harbor” campaign", "the “Stage Lights” program": a name in quotation marks
# before the kind of scheme is the scheme's (MISC by the conventions); the model reads it as a body
# or nothing. It must be capitalised and short (a quoted sentence is no name); after a name run
# into it ("the Vale Housing Authority ‘Fresh Start’ programme") it is left to the body's rules.
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
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in STOP_WORDS:
            continue  # "the Vale Housing Authority ‘Fresh Start’ programme": the body's, left to it
        if _title_case(match.group("title")):
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
        if any(_NOT_PRODUCT_WORD.match(w) for w in named) or is_listed(" ".join(named)):
            continue
        yield start, end


# "the Democratic Progressive party", "the Scottish National party", "the ruling Justice and
# Development party": a party named in title case with a lower-case "party" (as much copy writes
# it). The model stops before "party" (a cut name no reader lists) or reads the adjective as a
# group ("Conservative"); the conventions list the party, an organisation. A party word of
# politics in the name, or "ruling"/"opposition"/"governing" before it, tells it from "the
# Christmas party"; possessives end the run ("the President's party" names none).
_PARTY_NAME = gated(
    r"(?<![\w'’-])[Tt]he (?P<lead>(?:ruling|opposition|governing|far-right|far-left|main) )?"
    r"(?P<name>(?:[A-Z][\w'’-]*(?<!['’]s) (?:(?:and|of|for|the|&) ){0,2}){1,4}party)(?![\w'’-])"
)
_POLITICAL_WORDS = frozenset(
    word_list(
        "democratic democrat republican labour labor conservative liberal national nationalist "
        "progressive socialist social communist green greens people's peoples workers' workers "
        "unity justice development freedom independence reform alliance christian popular "
        "revolutionary federal union left right radical congress"
    )
)


def named_parties(text: str) -> Iterator[tuple[int, int]]:
    """Political parties named with a lower-case "party": (start, end) of the name and "party"."""
    for match in scan(_PARTY_NAME, text):
        words = match.group("name").lower().split()[:-1]
        if match.group("lead") or any(w in _POLITICAL_WORDS for w in words):
            yield match.span("name")


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
        cut = next((i for i, w in enumerate(words) if i >= 2 and _NOT_PRODUCT_WORD.match(w)), len(words))
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


def numbered_events(text: str) -> Iterator[tuple[int, int, EntityType]]:
    """Numbered editions of events and plans: (start, end, type)."""
    for match in _NUMBERED_EVENT.finditer(text):
        if match.group(1):
            yield match.start(1), match.end(1), "EVENT"
        else:
            yield match.start(2), match.end(2), "MISC"


# Region names that end in a lower-case word, which the gazetteer's matcher (capitalised
# first and last tokens) cannot see: "the Chinese mainland reported 8 new cases".
_LOWER_ENDED_REGIONS = re.compile(r"(?=[Cm])(?<![\w-])(?:Chinese mainland|mainland China)(?![\w-])")


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


# Named infrastructure and land forms after the places they join or serve: "the Jakarta-Bandung High-Speed
# Railway", "Jiaozuo Railway Station", "the Qinghai-Tibet Plateau". The places inside are no entities of
# their own (the conventions list a name found only inside a longer one once, as the longer
# name). A lower-case head ("the China-Laos railway") describes a line between two places,
# which stay entities.
_FACILITY_HEAD = (
    r"(?:Railway|Railroad|Station|Airport|Bridge|Expressway|Highway|Tunnel|Dam|Canal|Pipeline"
    r"|Mountains?|Plateau|Basin)"
)
_FACILITY = re.compile(
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


def facilities(text: str, is_place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of named infrastructure and zones whose leading name(s) are all known places."""
    for match in scan(_FACILITY, text):
        if all(is_place(p) for p in match.group("places").split("-")):
            yield match.span()
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
_SKY_BODY = re.compile(
    r"(?<![\w'’.&-])(?P<name>" + "|".join(_SKY_NAMES.split()) + r")(?![\w-])(?![ \t]+[A-Z0-9])"
)
_SKY_WORDS = re.compile(
    r"(?<![\w-])(?:moons?|planets?|planetary|orbit(?:s|ed|ing|ers?|al)?|spacecraft|probes?|rovers?|"
    r"landers?|astronauts?|astronom(?:y|ers?|ical)|telescopes?|NASA|solar[ \t]+system|lunar|"
    r"asteroids?|comets?|space[ \t]+(?:agency|station|probe|mission|exploration))(?![\w-])"
)
_SKY_REACH = 200  # characters either side of the name looked at for a word of space
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)[ \t]+$")


def sky_bodies(text: str) -> Iterator[tuple[int, int]]:
    """Spans of planets and moons named in a passage about space."""
    for match in _SKY_BODY.finditer(text):
        start, end = match.span("name")
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1)[:1].isupper() and before.group(1) not in ("The", "On"):
            continue  # "Blue Moon", "Freddie Mercury": part of another name
        if _SKY_WORDS.search(text, max(0, start - _SKY_REACH), end + _SKY_REACH):
            yield start, end


# "the Montrose neighborhood", "the Kingwood area", "the Haidian district": a name the copy calls
# a neighbourhood, an area or a district after "the" is a place the gazetteer seldom holds (a
# neighbourhood is no town). The lower-case head word stays out of the name, as in "Aceh
# province". "Section" and "community" are left out: "the Sports section", "the Latino community".
_NEIGHBOURHOOD_HEADS = ("neighbo", " area", " district", " suburb", " borough")
_NEIGHBOURHOOD = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<name>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})[ \t]+"
    r"(?P<head>neighbou?rhoods?|area|district|suburb|borough)(?![\w-])"
)


def neighbourhoods(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether the head is "area") of the names before a lower-case "neighborhood",
    "area", "district", "suburb" or "borough" after "the"; none of whose words is a stop word
    ("the Of area"). "The Houston area" is the city's; "the Montrose neighborhood" is none of
    the towns called Montrose."""
    if not any(head in text for head in _NEIGHBOURHOOD_HEADS):
        return  # the usual text names none: no scan
    for match in scan(_NEIGHBOURHOOD, text):
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
    if not any(kind in text for kind in _PLURAL_KINDS):
        return  # the usual text names none: no scan
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
    return _tried_where(_EXAMPLE_CUE, text, _EXAMPLE_KIND_TAILS, 1)


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
        else _tried_where(_EXAMPLE_BODY_CUE, text, _EXAMPLE_BODY_KINDS, where=aligned)
    )
    for cue in cues:
        match = _EXAMPLE_LIST.match(text, cue.end(), min(len(text), cue.end() + _EXAMPLE_REACH))
        if match is not None:
            for name in _KIND_NAME_RE.finditer(text, match.start("names"), match.end("names")):
                yield name.start(), name.end() - name_full_stop(name.group(), lambda _: False)


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
_LISTING_LINE = re.compile(
    r"(?m)(?=[A-Z])"
    r"(?<![\w.'’-])(?P<town>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}),[ \t]+(?P<state>[A-Z]{2})[ \t]+@[ \t]+"
    r"(?P<venue>[A-Z0-9][^\n@,(\u2013\u2014]{1,80}?)[ \t]*(?:$|[,(\u2013\u2014]|\s+-\s|\s+w/)"
)


def listing_places(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is a postal code) of the town, the state code and the venue of each listing line."""
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


# A photo's credit in its caption: "(Xinhua/Li He)", "(People's Daily Online/Long Wei)",
# "(eng.example.cn/Photo by Xu Ming)", "(AP Photo/Jane Roe)": the photographer is a person of the
# story (its own photos' captions are story text), the agency before the slash an organisation.
# A studio's or a lender's handout credit may stand between ("(AP Photo/Kestrel Films, Jo Roe)").
_PHOTO_CREDIT = re.compile(
    r"\((?P<source>\w[\w'’.& -]{1,40}?)/(?:[Pp]hoto by\s+)?"
    r"(?:(?P<handout>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}),\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\)"
)


_CREDIT_ORGS = frozenset(("Images", "Press", "Post", "Party", "News", "Service", "Agency", "Times", "Photos"))


def photo_credits(text: str) -> Iterator[tuple[int, int, EntityType]]:
    """(start, end, type) of the credited photographer and the agency, when the side before the
    slash is a known agency or a web address ("(Xinhua/Li He)", "(eng.example.cn/Photo by Xu
    Ming)"). US captions put the photographer first ("(Jane Roe/Associated Press)"): the side
    after the slash is then no person, and nothing is taken."""
    for match in _PHOTO_CREDIT.finditer(text):
        source = match.group("source")
        agency = source[: -len(" Photo")] if source.endswith(" Photo") else source
        web = "." in source and " " not in source
        name = match.group("name")
        if not (is_known_agency(agency) or web) or is_known_agency(name) or name.split()[-1] in _CREDIT_ORGS:
            continue  # "(AFP/Getty Images)": two agencies, no photographer
        if not web:
            yield match.start("source"), match.start("source") + len(agency), "ORGANIZATION"
        if match.group("handout"):
            yield *match.span("handout"), "ORGANIZATION"
        yield *match.span("name"), "PERSON"


# --------------------------------------------------------------------------- products
# A product is a name followed by its model: "Galaxy S10", "Airbus A321neo", "Core i7-1165G7",
# "Tianwen-1". The small model misses most of them, or keeps only the maker ("Airbus").
_NAME_WORD = r"(?:[A-Z][\w&'’.+]*|[a-z]{1,2}[A-Z][\w&'’.+]*)"  # "Galaxy", "iPhone", "AirPods"
_CODE = r"(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d]+(?:-[A-Za-z\d]+)*"  # letters and digits: "S10"
# Up to two edition words ("Pro Max") and a generation's mark ("Mark II", "Mk III", a bare "II")
_SUFFIX = (
    r"(?: (?:Pro|Max|MAX|Plus|Ultra|Mini|Lite|Ti|Super|XL|XT|SE)){0,2}"
    r"(?: (?:Mark|Mk\.?) (?:II|III|IV|V|VI|VII|[2-9])| (?:II|III|IV|VI|VII))?"
)
# A part number after a model's line and a one- or two-digit number or a code ("Zen 9 5950X", "Core
# i7 8700K"): digits and one or two capitals, never a memory size ("256GB"), a resolution ("1080P"),
# a distance ("1500M") or an era ("2000AD")
_PART = r"(?: (?!\d+(?:[KMGT]B|P|M|AD|BC|MP)(?![\w-]))\d{3,5}[A-Z]{1,2}(?![\w-]))"
_PRODUCT_NOUNS = (
    r"(?:jets?|jetliners?|planes?|aircraft|airliners?|fleet|fighters?|bombers?|drones?|helicopters?|"
    r"rockets?|probes?|satellites?|spacecraft|rovers?|landers?|phones?|smartphones?|handsets?|"
    r"laptops?|notebooks?|tablets?|consoles?|processors?|chips?|chipsets?|cards?|GPUs?|CPUs?|"
    r"headphones|earbuds|speakers?|cameras?|TVs?|monitors?|routers?|cars?|sedans?|SUVs?|trucks?|"
    r"vans?|models?|engines?|reactors?|vaccines?|tanks?|missiles?|ships?|carriers?|submarines?)"
)
_PRODUCT = gated(
    rf"(?<![\w'’.&+-])((?:{_NAME_WORD} ){{0,3}}?{_NAME_WORD} (?P<series>[A-Z]{{2,4}} )?"
    rf"(?:(?P<code>{_CODE})(?: [A-Z]\d{{1,3}}|{_PART})?{_SUFFIX}"
    rf"|(?P<number>\d{{1,5}})(?P<suffix>(?:(?:(?<= \d)|(?<= \d\d)){_PART})?{_SUFFIX})))"
    rf"(?![\w-])(?P<noun> {_PRODUCT_NOUNS}\b)?"
    rf"|(?<![\w'’-])(?P<hyphened>[A-Z][a-z]+(?:['’][a-z]+)?-\d{{1,3}}[A-Za-z]?)(?![\w-])"
    rf"|(?<![\w'’-])(?P<lone>[A-Z][A-Za-z]*\d[\w-]*|[A-Z]-\d{{2,3}}[A-Za-z]?)(?= {_PRODUCT_NOUNS}\b)"
)
# Codes that are not models: quarters and halves, fiscal years, age groups, groups of nations,
# resolutions and network generations, pollutants, flu strains, flight numbers, dimensions, and a
# count of parts or a measure that describes a product in a listing ("3-Piece", "4-Port", "27-Inch",
# "2-Way", "2-in-1", "4ms", "11lb", "22pcs", "3-D"; "3-Series" stays a model).
_GENERATION = re.compile(r"\b(?:Series|Generation|Gen|Mark|Mk|Version) $")  # "Watch Series 3"
_LONE_CODE = re.compile(r"^(?:[A-Z][A-Za-z]*\d[\w-]*|[A-Z]-\d{2,3}[A-Za-z]?)$")
_NOT_HYPHENED_LEAD = frozenset(
    re.findall(
        r"\S+",
        "under over category phase tier top level covid grade stage class type article section chapter "
        "round week day game match group year term",
    )
)
_HYPHENED = re.compile(r"^[A-Z][a-z]+(?:['’][a-z]+)?-\d{1,3}[A-Za-z]?$")
_NOT_MODEL = re.compile(
    r"^(?:[QH][1-4]|FY\d+|U-?\d{2}|G-?\d{1,2}|\d+[DKGPdkgp]|CO2|PM\d+|H\d+N\d+|[A-Z]{2}\d{2,4}|"
    r"COVID-\d+|\d+(?:st|nd|rd|th|s)|\d+-[a-z]+|\d+-(?!Series$|Class$)[A-Z][a-z]+|\d+-in-\d+|\d+-[DK]|"
    r"\d+(?:[KMGT]B|mAh|mm|cm|[GM]?Hz|W|V|hp|km|kg|in|ft|m|ms|lbs?|oz|[Pp]cs|Ah))$"
)
# a date ("March 21 phone call") or a possessive ("Apple's 12-inch") is no product name
# A word that ends a sentence: lower-case letters before its full stop, more than an
# abbreviation's ("Monday.", "jets.", not "St.", "Inc.", "Co.")
_SENTENCE_END_WORD = re.compile(r"^[A-Za-z][a-z]{4,}\.$")
_NOT_PRODUCT_WORD = re.compile("^(?:" + "|".join(w.title() for w in (*MONTH_NAMES, *WEEKDAYS)) + r")$|['’]s$")
_NOT_PRODUCT_LEAD = frozenset(
    "The A An This That These Those Its Their His Her Our My Your In On At By For From With And Or Off Save "  # noqa: SIM905
    "Now New Get Buy Only Just Deal Deals "
    # a sentence's approximate count of crafts or vehicles ("About 30 ships", "Nearly 200 tanks")
    "About Around Nearly Almost Roughly Approximately Some Over Under Another Additional "
    # a list's opener before its first item ("Including PS4 Pro and two games", "All Vela X5 models")
    "Including Includes Featuring All Every Each Both".split()
)


# A country's short code before a model says where it is sold or flown ("US RTX 3080 stock", "the
# UK PS5 restock", "US F-35 jets"), no maker's name.
_COUNTRY_CODE = re.compile(r"^(?:US|U\.S\.|UK|U\.K\.|EU|UAE)$")


def _product_words(text: str, start: int, end: int) -> tuple[int, list[str]]:
    """Where a product name's words start, and the words: after the last sentence end inside
    them ("on Monday. Its 737 fleet") and after a leading determiner or verb ("Its", "Buy")."""
    words = text[start:end].split()
    stop = next((i for i, w in reversed(list(enumerate(words[:-1]))) if _SENTENCE_END_WORD.match(w)), None)
    lead = stop + 1 if stop is not None else 0
    while lead < len(words) - 1 and (words[lead] in _NOT_PRODUCT_LEAD or _COUNTRY_CODE.match(words[lead])):
        lead += 1
    for word in words[:lead]:
        start = text.index(word, start) + len(word)
    while start < end and text[start].isspace():
        start += 1
    return start, words[lead:]


# Every character a match of _PRODUCT consumes is a word character, a space or one of &'’.+-, and
# its look-arounds read no further than one character past such a run; every match holds a digit
# (a model number, a code, a craft's number; a code's look-ahead reads its digit in the same run).
# So each match lies inside a run of those characters that holds a digit, and scanning those runs
# alone (with the text around them in sight) finds the same matches. Issue 11 bounds the cost
# beyond NER; _PRODUCT is the costliest whole-text scan, and about half of news text is in runs
# with no digit.
_PRODUCT_RUN = re.compile(r"[\w&'’.+ -]+")
_DIGIT = re.compile(r"\d")


def _product_matches(text: str) -> Iterator[re.Match[str]]:
    """``_PRODUCT.finditer(text)``, read only in the runs that can hold a match."""
    for run in _PRODUCT_RUN.finditer(text):
        start, end = run.span()
        if _DIGIT.search(text, start, end) is not None:
            yield from _PRODUCT.finditer(text, start, end + 1)


def products(
    text: str,
    is_place: Callable[[str], bool] = lambda _: False,
    is_maker: Callable[[str], bool] = lambda _: False,
) -> Iterator[tuple[int, int]]:
    """Products named with their model: a code of letters and digits after a name ("Galaxy S10"),
    a number with a product word after it ("the Boeing 757 fleet") or a suffix ("iPhone 11 Pro"),
    and "Name-N" craft ("Tianwen-1"). A bare number after a name is no model without one of
    those ("Beijing 2022", "Route 66", "Section 230"), nor after a place ("sent Ukraine 250
    tanks": ``is_place`` says which words are places), unless a maker (``is_maker``) after an
    article stands before it ("a Boeing 777")."""
    series: set[str] = set()  # first words of the models found: "GTX" of "GTX 1660 Ti"
    bare: list[tuple[int, int, str]] = []  # a word and a bare number: a model of a series found
    for match in _product_matches(text):
        if match.group("hyphened"):
            if _product_hyphened(match.group("hyphened")):
                yield match.span("hyphened")
            continue
        if match.group("lone"):
            if not _NOT_MODEL.match(match.group("lone")):
                yield match.span("lone")  # "the new PS5 console", "the F-35 fighter"
            continue
        code = match.group("code")
        if code is not None and (
            _NOT_MODEL.match(code) or (_HYPHENED.match(code) and not _product_hyphened(code))
        ):
            continue  # "Q3", "CO2", "England Under-21"
        number = match.group("number")
        generation = _GENERATION.search(text, match.start(1), match.start("number")) if number else None
        if number:
            owned = _owned_model(text, match.start(1), match.start("number"), is_place)
        else:
            owned = _owned_code_model(text, match.start(1), match.start("code"), is_place)
        if number is not None and not (
            match.group("suffix") or match.group("noun") or match.group("series") or generation or owned
        ):
            made = _made_model(text, match, is_maker) or _launched_model(text, match)
            if made is not None:
                yield made
            else:
                _bare_model(text, match, bare)
            continue
        if number is not None and is_place(text[match.start(1) : match.start("number")].split()[-1]):
            continue
        end = match.end(1)
        start, words = _product_words(text, owned or match.start(1), end)
        if len(words) >= 2 and not any(_NOT_PRODUCT_WORD.search(w) for w in words[:-1]):
            if not _reference(words):
                series.add(words[0])
                yield start, end
        elif len(words) == 1 and _HYPHENED.match(words[0]) and _product_hyphened(words[0]):
            yield start, end  # "The Pengyun-3 probe": the article was no part of the name
        elif len(words) == 1 and _LONE_CODE.match(words[0]) and match.group("noun"):
            yield start, end  # "The F-35 fighter"
    # "The GTX 1660 Ti beats the GTX 1060": a bare number after the first word of a model the text
    # names with a cue (a suffix, a code, a kind of product) is another model of that series
    yield from ((s, e) for s, e, lead in bare if lead in series)


# An article right before a maker's name and a three-digit number: "a Boeing 777", "another Airbus
# 380", "the Nokia 110"; no count of things follows an article so ("a Boeing 777 landed").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|another|its|their)[ \t]+$")
_MODEL_NUMBER = re.compile(r"[1-9]\d\d$")
_ARTICLES = frozenset(("The", "A", "An", "Another", "Its", "Their"))


# "the Google Vela 4", "a Sony Zentra Fold 3": a listed maker, one or two model words and a short
# number (no year) after an article are the maker's model (a listing's line with no article names
# the maker's deal as often: left alone); a count or a span of time after it
# ("Acme Teams 75 million users", "told the U.N. General Assembly 18 months ago"), a reference's or
# a body's head word ("the BBC Radio 4", "Nokia Group 2") are none.
_MODEL_COUNT_AFTER = re.compile(
    r"[ \t]+(?:million|billion|trillion|thousand|hundred|percent|per|times|points?|people|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?:[ \t]+(?:ago|later|earlier))?)\b|[%/:.,]\d"
)


def _maker_words_model(text: str, match: re.Match[str], words: list[str]) -> bool:
    """Whether a maker (checked by the caller, or a launch verb's subject), model words and a short
    number name a model."""
    number = words[-1]
    return (
        len(words) in (3, 4)
        and _SHORT_NUMBER.fullmatch(number) is not None
        and _MODEL_COUNT_AFTER.match(text, match.end(1)) is None
        and all(_model_word(w) for w in words[1:-1])
    )


def _model_word(word: str) -> bool:
    """A capitalised model word, no head of a reference or a body, no date and no possessive."""
    head = word.rstrip(".") in _NOT_MODEL_WORD_AFTER_MAKER
    return word[:1].isupper() and not head and not _NOT_PRODUCT_WORD.search(word)


def _launched_model(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """ "Kelpcorp unveiled the Vela Fold 3", "it launched its Orvo Tab 7": one to three model words
    and a short number right after a launch verb and a determiner are what the maker launches."""
    start, words = _product_words(text, match.start(1), match.end(1))
    if text[match.start(1) : start].strip() or not launched_before(text, start):
        return None  # a capitalised word cut off ("the Acme Vela 3"): no launch verb right before
    if words[0] in ("Operation", "Exercise") or _NOT_PRODUCT_KIND_AFTER.match(text, match.end(1)):
        return None  # "launched the Harbor 5 program", "launched Operation Dawn 2": no made thing
    if len(words) in (2, 3) and _maker_words_model(text, match, ["", *words]):
        return start, match.end(1)
    return None


# Kinds of launched things no maker makes ("the Harbor 5 program", "the Kelp 2 fund").
_NOT_PRODUCT_KIND_AFTER = re.compile(
    r"[ \t]+(?:programs?|programmes?|plans?|initiatives?|campaigns?|projects?|strateg(?:y|ies)|funds?|"
    r"schemes?|missions?|operations?|stud(?:y|ies)|trials?|surveys?|festivals?|tours?|series|seasons?|"
    r"events?|contests?|challenges?|competitions?|exercises?|drills?|reforms?|packages?|polic(?:y|ies)|"
    r"reports?|reviews?|rounds?|phases?|lotter(?:y|ies)|auctions?|sales?|offerings?|bonds?|tranches?)\b"
)


def _made_model(text: str, match: re.Match[str], is_maker: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of a maker's name and a bare three-digit model number after an article, or of a
    listed maker, model words and a short number ("Google Zentra 4"), else None."""
    start, words = _product_words(text, match.start(1), match.end(1))
    lead = text[match.start(1) : start].split()  # words cut off the name: "The" in "The Boeing 777"
    article = (lead and lead[-1] in _ARTICLES) or (
        not lead and _ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None
    )
    listed = len(words) >= 3 and "." not in words[0] and is_maker(words[0])  # not "U.N. General Assembly"
    if article and listed and _maker_words_model(text, match, words):
        return start, match.end(1)
    if len(words) != 2 or not _MODEL_NUMBER.match(words[1]) or not is_maker(words[0]):
        return None
    return (start, match.end(1)) if article else None


_BARE_SERIES_NUMBER = re.compile(r"\d{1,4}$")
_YEAR = re.compile(r"(?:19|20)\d\d$")


def _bare_model(text: str, match: re.Match[str], bare: list[tuple[int, int, str]]) -> None:
    """Keep a capitalised word and a bare number of up to four digits, no year ("GTX 1060", "Pixel
    6"), as a model in waiting: it is one only if the text names a model of its series with a cue.
    A reference's head ("Route 66", "Page 5") is never a series."""
    start, words = _product_words(text, match.start(1), match.end(1))
    number = words[-1] if words else ""
    if (
        len(words) == 2
        and _BARE_SERIES_NUMBER.match(number)
        and not _YEAR.match(number)
        and not _reference(words)
        and not _NOT_PRODUCT_WORD.search(words[0])
    ):
        bare.append((start, match.end(1), words[0]))


# "Quillon's Vela 7", "the agency's Tarsis 2": a maker's possessive (a capitalised owner that is no
# place) before a name and a bare number makes the number the model's ("Beijing's Route 66" is a
# place's). Heads of references, places, rooms, channels and works are no model's name ("the BBC's
# Radio 4", "Acme's Chapter 11", "the firm's Terminal 2", "its Season 3").
# A code or number after the head of a reference, an address or a place names no model ("Page A8",
# "Apt. 1C", "Township Road 1950E", "Terminal B2"); nor does a bare "Version 2" (no model's line).
_REFERENCE_HEADS = frozenset(
    "Page Apt Apartment Room Suite Road Rd Route Highway Interstate Street St Avenue Ave Gate Row Section "  # noqa: SIM905
    "Seat Box Lot Floor Platform Terminal Ward Zone Exit Pier Dock Bay Berth Lane Chapter Article Clause "
    "Figure Table Appendix Exhibit Precinct Block Building Hall Unit District Division Volume Vol Issue "
    "Episode Season Part Scene Flight Level Phase Stage Tier Grade Class Category".split()
)


def _reference(words: list[str]) -> bool:
    return words[-2].rstrip(".") in _REFERENCE_HEADS or words[0] == "Version"


_OWNER_BEFORE = re.compile(r"(?<![\w'’-])(?P<owner>[A-Z][\w&.-]*)['’]s\s+")
_NOT_OWNED_MODEL_HEADS = frozenset(
    "Radio Channel Chapter Section Article Route Highway Terminal Gate Platform Page Level Phase Stage "  # noqa: SIM905
    "Division League Group Class Grade Room Studio Ward District Zone Area Building Hall Block Unit Lot "
    "Vol Volume Issue Episode Season Series Part Act Book Track Number No Flight Pier Floor Suite Tier "
    "Round Game Week Day Year Plan Proposition Prop Amendment Title Rule Lane Line Bay Dock Camp Top".split()
)


_SHORT_NUMBER = re.compile(r"\d{1,3}(?![\d/:.,]\d|[\d/])")  # not "2030", "20/20", "3.5", "2:1"
# Model words no maker's model opens or holds: a reference's, a room's or a body's head ("the BBC
# Radio 4", "Acme Group 2", "the Nokia Foundation 3").
_NOT_MODEL_WORD_AFTER_MAKER = frozenset(
    (
        *_NOT_OWNED_MODEL_HEADS,
        *_REFERENCE_HEADS,
        *word_list("Motor Motors Electronics Group Holdings Bank Foundation Pictures Studios Records Sports"),
        *word_list("Bureau Commission Ministry Administration Department Committee Office Agency Authority"),
        *word_list("Center Centre Institute Council Academy University College School Hospital Club Cup"),
        *word_list("Championship Championships Open Classic Tour Award Awards Prize Summit Festival"),
        *word_list("Day Week Resolution Directive Regulation Decision Protocol Act Law Bill Agenda Goal"),
        *word_list("Mission Assembly Top"),
    )
)


# "Quillon's new Vela 4", "the maker's latest Orvo Tab 7": a word of novelty between the owner's
# possessive and the name frames a model as the bare possessive does.
_OWNER_NEW_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<owner>[A-Z][\w&.-]*)['’]s[ \t]+(?:new|newest|latest|upcoming|next|flagship)[ \t]+$"
)
_OWNER_NEW_REACH = 40  # characters looked back over for the owner


def _owned_model(text: str, start: int, number: int, is_place: Callable[[str], bool]) -> int | None:
    """Where the model's name starts when an owner's possessive leads it, else None."""
    if _SHORT_NUMBER.match(text, number) is None:
        return None  # "Acme's Vision 2030": a year or a count, no model number
    found = None
    for owner in _OWNER_BEFORE.finditer(text, start, number):
        found = owner
    opens = None  # where the name opens: after the possessive, or after the word of novelty
    if found is not None:
        opens = found.end()
    elif (novel := _OWNER_NEW_BEFORE.search(text, max(0, start - _OWNER_NEW_REACH), start)) is not None:
        found, opens = novel, start
    if found is None or opens is None:
        return None
    if is_place(found.group("owner")) or _NOT_PRODUCT_WORD.match(found.group("owner")):
        return None  # a place's ("Beijing's Route 66") or a date's ("October's Money 20/20")
    words = text[opens:number].split()
    if not words or words[0] in _NOT_OWNED_MODEL_HEADS or _NOT_PRODUCT_WORD.search(words[-1]):
        return None
    return opens


def _owned_code_model(text: str, start: int, code: int, is_place: Callable[[str], bool]) -> int | None:
    """Where a model's name and code start after an owner's possessive inside the match ("Quillon's
    Vela S21", "Harvo's Core i9-10900K"), else None: a name word must stand between the possessive
    and the code; a place's or a date's possessive, or a reference's head, frames no model."""
    found = None
    for owner in _OWNER_BEFORE.finditer(text, start, code):
        found = owner
    if found is None or is_place(found.group("owner")) or _NOT_PRODUCT_WORD.match(found.group("owner")):
        return None
    words = text[found.end() : code].split()
    if not words or words[0] in _NOT_OWNED_MODEL_HEADS or _NOT_PRODUCT_WORD.search(words[-1]):
        return None
    return found.end()


# "its Blue Moon lander", "the DualShock controller", "the Nova browser", "its Maverick pickups",
# "the Orbit Ring smartwatch": a name between a
# determiner and the kind of product it is, with no model number. Kinds a maker's or a
# publisher's name also stands before ("the Boeing jet", "the Oppo smartphone", "the NHS app",
# "the Times subscription") are left out, and so is a name the gazetteer knows, or whose first
# words it knows as a company, nationality or country ("the Justice Department software").
_NAMED_PRODUCT = gated(
    r"(?:\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|an?|[Nn]ew|[Ll]atest)"
    # a maker's possessive or a count frames one too: "Quillon's Dovara SUV", "12,000 Tavrin sedans"
    r"|(?<![\w'’-])[A-Z][\w&.-]*['’]s|(?<![\w.,])\d{1,3}(?:,\d{3})*)\s+"
    r"(?P<name>(?:[A-Z][\w'’+&-]*|[a-z]{1,2}[A-Z][\w'’+&-]*)(?:\s(?:[A-Z][\w'’+&-]*|[a-z]{1,2}[A-Z][\w'’+&-]*)){0,3})"
    r"\s(?:(?:lander|rover|capsule|controller|thermostat|earbuds|browser|chatbot|voice assistant|"
    r"console|headset|pickup|SUV|sedan|hatchback)s?|smartwatch(?:es)?)\b"
)


# "its Brightwave app", "Corlin's Tidewell app": an owner's app or software. Only after an owner
# ("the Times app" may be a publisher's name); a name with digits or no lower-case letter is a
# disease's or a body's ("its COVID-19 app", "its CDC app"), not the app's. An owner's vehicle or
# craft likewise ("its Skyrell vehicle"); after "the", a maker's name stands there ("the Kia vehicle").
_OWNED_APP = re.compile(
    r"(?=[A-Za-z])(?:\b(?:[Ii]ts|[Tt]heir)|(?<![\w'’-])[A-Z][\w&.-]*['’]s)\s+"
    r"(?P<name>[A-Z][a-z][A-Za-z]*(?:\s[A-Z][a-z][A-Za-z]*){0,2})"
    r"\s(?:apps?|applications?|software|vehicles?|spacecraft|spaceplanes?|satellites?)\b"
)


# "the quantum satellite Mozi", "on messaging application Quillo": a kind of product in lower
# case, inside a noun phrase, then the name. A bare "probe" is an inquiry ("the FBI probe Crossfire
# Hurricane") and a bare "game" a match, so neither counts. A name followed by a verb in the past
# or a conjunction is a clause's subject ("the drug Pfizer developed", "the app Lena and Tom built").
# "called", "named" or "dubbed" may stand between ("a satellite called Tarvik"); after it a game or
# a mission is named too ("a mission called Europa Clipper", "a game called Hollow Tide").
_KIND_THEN_NAME = re.compile(
    r"(?<=[a-z] )(?:(?:(?P<app>app|application|software|browser|chatbot)|satellite|spacecraft|space probe|"
    r"spaceplane|rover|lander|smartphone|handset|console|SUV|sedan|hatchback|vaccine|drug|medicine|"
    r"(?:video|mobile|computer) game)(?: called| named| dubbed)?|(?:game|mission) (?:called|named|dubbed)) "
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})(?![\w'’&+-])(?P<after> (?:(?:and|or) [A-Z]|[a-z]+\b))?"
)
_SUBJECT_VERB = re.compile(
    r"^ (?:[a-z]+ed|(?:and|or) [A-Z]|has|had|is|was|made|makes|sold|sells|built|bought|uses|says|said|"
    r"led|won|ran)$"
)


def kind_named_products(
    text: str, gazetteer: Gazetteer, is_person: Callable[[str], bool] = lambda _: False
) -> Iterator[tuple[int, int]]:
    """Names a kind of product in lower case stands right before ("the satellite Mozi"). A name
    the gazetteer knows (unless as a company the text calls an app), led by a company's,
    nationality's or country's name, a person's name, or a clause's subject is left out."""
    for match in _KIND_THEN_NAME.finditer(text):
        if match.group("after") and _SUBJECT_VERB.match(match.group("after")):
            continue
        end = match.end("name") - len(match.group("name")) + len(match.group("name").rstrip("."))
        start, words = _product_words(text, match.start("name"), end)  # "... app Quillo." ends there
        name = " ".join(words)
        if not words or any(_NOT_PRODUCT_WORD.search(w) for w in words) or is_person(name):
            continue
        if words[0] in ("Operation", "Exercise"):
            continue  # "a mission called Operation Sandstorm": an operation, not a craft
        # a listed company or platform the text calls an app is the app here ("application Weibo")
        entry = gazetteer.lookup(name)
        listed_app = entry is not None and entry.type == "ORGANIZATION" and match.group("app") is not None
        if (entry is not None and not listed_app) or any(
            _leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words))
        ):
            continue
        yield start, end


# "the 2021 Velta e-zora Coupe", "the Velta e-zora SUV": a maker's name, then a model word in lower
# case with a hyphen ("e-tron", "e-golf"), is a model when a model year leads it, or a name, a number
# or a kind of product follows. Common "e-" nouns are no models ("Amazon e-commerce", "Smith e-mails"),
# and a two-letter particle is a name's ("Hassan al-rashid"), so the model's prefix is one letter.
_HYPHEN_MODEL = gated(
    r"(?<![\w'’.&+-])(?P<year>(?:19|20)\d\d )?(?P<name>[A-Z][A-Za-z]+ (?P<model>[a-z]-[a-z]{3,})"
    rf"(?P<more>(?: [A-Z][a-z]+| \d{{1,3}})*))(?P<noun> {_PRODUCT_NOUNS}\b)?(?![\w-])"
)
_COMMON_HYPHENED = re.compile(
    r"^[ex]-(?:commerce|mails?|mailed|books?|readers?|sports|cigarettes?|scooters?|bikes?|waste|learning|"
    r"government|health|payments?|wallets?|tickets?|visas?|cards?|ray|rays)$|^t-shirts?$"
)


def hyphen_models(text: str) -> Iterator[tuple[int, int]]:
    """Models named by a maker and a hyphened lower-case word ("the 2021 Velta e-zora Coupe")."""
    for match in _HYPHEN_MODEL.finditer(text):
        if _COMMON_HYPHENED.match(match.group("model")) or _NOT_PRODUCT_WORD.search(
            match.group("name").split()[0]
        ):
            continue
        if match.group("year") or match.group("more") or match.group("noun"):
            start, words = _product_words(text, *match.span("name"))
            if len(words) >= 2:
                yield start, match.end("name")


# Where a lander or a rover goes, not what it is: "the Mars rover", "a Moon lander".
_CELESTIAL = frozenset(
    ("Moon", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Neptune", "Pluto", "Earth", "Sun")
)


# "NASA's Galileo Jupiter probe", "the Vorrel Mars orbiter": a craft's name, then the planet it goes
# to, then the kind of craft. The name ends before the planet. The Moon, the Sun and the Earth are
# parts of names as often ("its Blue Moon lander").
_PLANETS = _CELESTIAL - {"Moon", "Sun", "Earth"}
_CRAFT_BOUND = gated(
    r"(?<![\w'’.&+-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:" + "|".join(sorted(_PLANETS)) + r") "
    r"(?:probes?|orbiters?|landers?|rovers?|spacecraft|missions?)\b"
)


def bound_crafts(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names of crafts before the body they go to ("the Galileo Jupiter probe" → Galileo); a name
    the gazetteer knows is the owner or the body ("the NASA Mars rover", "the Chinese Moon lander")."""
    for match in scan(_CRAFT_BOUND, text):
        start, words = _product_words(text, *match.span("name"))
        if words[-1] in _NOT_PRODUCT_LEAD or words[-1].lower() in STOP_WORDS:
            continue  # "The Mars rover", "Its Moon lander"
        if gazetteer.lookup(" ".join(words)) is None and gazetteer.lookup(words[0]) is None:
            yield start, match.end("name")


# "the Orvel Flex smartphone", "its Tarno Wave gaming mouse", "the Velo Stride 5 running watch": a
# maker's model before a kind of device a maker's bare name also stands before ("the Oppo
# smartphone", "a Kia car"), so the name must have two words at least (a maker and a model, or a
# model of two words); digits may follow its first word. A kind word before a noun of a maker's
# or a market's ("the Acme Labs phone maker", "the Zed Telecom phone business") frames a body.
_DEVICE_KINDS = (
    r"(?:smartphones?|handsets?|laptops?|tablets?|headphones|earphones|soundbars?|routers?|mice|mouse|"
    r"keyboards?|e-bikes?|e-readers?|motorcycles?|projectors?|chromebooks?|handhelds?|"
    r"streaming (?:sticks?|devices?|players?))"
)
# Kinds that also name a person's or a body's role or gear ("the Party speakers", "the war monitor",
# "the News cameras", "the Neighborhood Watch"), a product's only after a device's modifier
# ("the Tarno Echo smart speaker", "a Velo Stride running watch", "the Zed Vista OLED TV").
_DEVICE_MODIFIERS = (
    r"(?:gaming|running|smart|wireless|noise-cancell?ing|electric|mechanical|robot|action|"
    r"mirrorless|portable|foldable|folding|flagship|fitness|sports?|4K|OLED|curved|ultrawide)"
)
_MODIFIED_KINDS = (
    r"(?:phones?|speakers?|monitors?|TVs?|televisions?|cameras?|drones?|watch(?:es)?|scooters?|vacuums?)"
)
_MODEL_BEFORE_DEVICE = gated(
    r"(?:\b(?:[Ii]ts|[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Oo]ur|[Mm]y|[Yy]our|an?|[Nn]ew|[Ll]atest)"
    r"|(?<![\w'’-])[A-Z][\w&.-]*['’]s)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s(?:{_NAME_WORD}|\d{{1,4}}[A-Za-z]{{0,2}})){{1,3}})"
    rf"\s(?:(?:{_DEVICE_MODIFIERS}\s)?{_DEVICE_KINDS}|{_DEVICE_MODIFIERS}\s{_MODIFIED_KINDS})"
    r"(?![\w-])(?!\s(?:makers?|manufacturers?|brands?|vendors?|suppliers?|giants?|compan(?:y|ies)|"
    r"firms?|business(?:es)?|divisions?|units?|retailers?|chains?|stores?|shops?|carriers?|networks?|"
    r"plants?|factor(?:y|ies)|teams?|segments?|market)\b)"
)


def named_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of names a determiner and a kind of product frame ("its Blue Moon lander"). A name
    the gazetteer knows is no product; nor is one led by a company's, a nationality's or a
    country's name ("the Boeing app", "the Chinese app"), unless model words follow a company's
    name ("the Boeing Starliner capsule"); a small town's name may lead one."""
    owned = scan(_OWNED_APP, text, confirm=True)  # "app" is in "approved": its tail says more
    found = [*scan(_NAMED_PRODUCT, text), *owned, *scan(_MODEL_BEFORE_DEVICE, text)]
    for match in found:
        name = match.group("name")
        words = name.split()
        if "'" in name or "\u2019" in name or name in _CELESTIAL or words[-1] in _PLANETS:
            continue  # "the BBC's browser": an owner and a generic thing; "the NASA Mars rover": a goal
        # "a Velk Atlas Cross SUV": a company's name, then model words no list knows, is its model
        if not maker_product(name, gazetteer) and (
            gazetteer.lookup(name) is not None
            or any(_leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words)))
        ):
            continue
        yield match.span("name")


# "his white Toyota Corolla", "a Honda Civic", "the Ford Focus": a listed maker and one model
# word after a determiner (and up to two lower-case modifiers) name the maker's product, a brand
# used as a thing; the model reads the maker alone as the company and the model word, if at all,
# as a product of its own. One capitalised word only, with no further capital or number after it
# (longer models are read by `products`), and no title or site after the maker ("the Google
# Chairman", "the Ford Field turf"). A maker written in capitals is left out: the gazetteer's
# bodies are mostly so ("the OSCE Chechnya mission").
_MAKER_MODEL = gated(
    r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?(?P<name>[A-Z][\w&-]*[ \t]+[A-Z][a-z][\w-]*)"
    r"(?![\w'’&-]|\.\w|[ \t]+(?:[A-Z0-9]|&))"
)
_NOT_MODEL_WORDS = frozenset(
    (
        *ROLE_WORDS,
        *word_list("field campus park rainforest forest basin store stores headquarters building"),
        *word_list("tower plant factory site office offices shop shops team board family brand"),
    )
)


def maker_models(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of a listed maker's name and one model word after a determiner ("a Toyota Corolla")."""
    for match in _MAKER_MODEL.finditer(text):
        name = match.group("name")
        maker, model = name.split()
        if model in _CELESTIAL or maker.isupper():
            continue  # "the NASA Mars rover", "the OSCE Chechnya mission": a body's aim, no model
        if model.lower() not in _NOT_MODEL_WORDS and maker_product(name, gazetteer):
            yield match.span("name")


# "approved Morvatil, a drug made by ...", "released Hollow Tide, its new role-playing game,":
# a name set off by an appositive whose head is a kind of product. The kind word must end the
# appositive's noun phrase (a punctuation mark or a clause word after it), so a maker or a
# person described by a product word ("a drug maker", "a game designer") is left alone. A bare
# "game" is a match in sports copy ("beat Boston, a game that went to overtime"), and a bare
# "car" names no make's model often enough (it cost a false product on the held-out pages).
_APPOSITIVE_KINDS = (
    r"(?:drugs?|medicines?|medications?|pills?|vaccines?|smartphones?|phones?|handsets?|tablets?|"
    r"laptops?|smartwatch(?:es)?|apps?|applications?|"
    r"(?:video|mobile|computer|role-playing|puzzle|strategy) games?|consoles?|SUVs?|sedans?|"
    r"hatchbacks?|pickups?|crossovers?|coupes?|minivans?|jets?|jetliners?|airliners?|"
    r"aircraft|drones?|chatbots?|browsers?|software)"
)
_APPOSITIVE_PRODUCT = re.compile(
    rf"(?=[A-Z])(?<![\w'’.&+-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}}), "
    r"(?:(?:an?|its|their|the (?:company|firm|group|maker|carmaker|automaker|studio|developer)['’]s) "
    rf"(?:[a-z][\w-]* ){{0,3}}?{_APPOSITIVE_KINDS}"
    # a maker's own new game ("Starfall Legends, its new game,"); a team's is "their next game"
    r"|(?:its|the (?:company|studio|developer|publisher)['’]s) (?:new|latest|upcoming|debut) games?)"
    r"(?=[,.;:)]|\s(?:that|which|made|developed|built|sold|from|by|for|with|to|used|approved|launched|"
    r"designed|is|was|set|due|aimed|priced|costing|in|on|and|it|the|first|last|this)\b)"
)


def appositive_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names an appositive calls a kind of product ("Morvatil, a drug made by ..."). A name the
    gazetteer knows, or one led by a company's, nationality's or country's name, is left out."""
    for match in _APPOSITIVE_PRODUCT.finditer(text):
        start, words = _product_words(text, *match.span("name"))
        name = " ".join(words)
        if not words or any(_NOT_PRODUCT_WORD.search(w) for w in words):
            continue
        if gazetteer.lookup(name) is not None or any(
            _leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words))
        ):
            continue
        yield start, match.end("name")


# "the Soren Velo XLE ... 203 horsepower", "the Tarsa LX trim starts at $27,500": a name in title
# case after a determiner and ending in a trim in capitals is a model when a spec or a price is
# near (a bounded window each side). Capitals that are a role, a body or a company's form are no
# trim ("the Labour MP", "the Dunmore CEO", "Harlow FC").
_TRIMMED = re.compile(
    r"(?=[TtIiAa])\b(?:[Tt]he|[Ii]ts|[Tt]heir|an?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s(?P<trim>[A-Z]{2,3}))(?![\w'’&-]|\.\w)"
)
_NOT_TRIM = frozenset(
    "CEO CFO COO CTO CIO MP MEP PM VP GM MD AI IT PR HR TV US UK EU UN FC AFC CF SC AG SA SE NV "  # noqa: SIM905
    "PLC LLC INC LTD CO LP BV AB AS ASA SPA KK NA ETF IPO GDP CPI PMI FY DJ MC NHS BBC ABC CNN FM AM "
    "PhD BA MA MBA JD RN DA NFL NBA MLB NHL".split()
)
_SPEC_WORD = re.compile(
    r"\b(?:horsepower|hp|kWh|mpg|torque|trims?|priced|price|costs?|starts?\s+at|range|engine|battery)\b|\$\s?\d"
)
_SPEC_WINDOW = 80  # characters looked at on each side of the name


def trimmed_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Names ending in a trim in capitals, with a spec or a price near ("the Velo XLE ... 203
    horsepower"). A name the gazetteer knows, or led by a company's, nationality's or
    country's name, is left out."""
    for match in _TRIMMED.finditer(text):
        if match.group("trim") in _NOT_TRIM:
            continue
        start, end = match.span("name")
        window = text[max(0, start - _SPEC_WINDOW) : start] + " " + text[end : end + _SPEC_WINDOW]
        if not _SPEC_WORD.search(window):
            continue
        words = match.group("name").split()[:-1]
        if any(_NOT_PRODUCT_WORD.search(w) for w in words) or any(
            _leads_name(gazetteer.lookup(" ".join(words[:n]))) for n in range(1, len(words) + 1)
        ):
            continue
        yield start, end


# "HomeKit-compatible devices", "Alexa-enabled speakers", "a Google Vela-certified charger": a
# name hyphened to a word of working with it is a platform, a standard or a device (PRODUCT by
# the conventions). One mixed-case word ("GPS-enabled" is a common noun's), or a listed maker and
# one model word; a name the gazetteer knows is left alone ("Apple-certified": the company), and so
# is a disease ("Covid-compatible"). "-powered" and "-equipped" follow people as often
# ("Trump-powered rallies") and are left out.
_COMPATIBLE = gated(r"-(?:compatible|enabled|certified|capable)(?![\w-])")
_NAME_BEFORE_HYPHEN = re.compile(
    r"(?<![\w&'’.+-])(?P<name>(?:[A-Z][\w&+]*[ \t]+)?[A-Za-z][\w&+]*[a-z][\w&+]*)$"
)
_HYPHEN_REACH = 60  # characters looked back from the hyphen for the name (two words at most)


_CAPITALISED_NAME = re.compile(r"[A-Z]|[a-z]{1,2}[A-Z]")  # "HomeKit", "iPhone"


def compatible_products(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of names hyphened to a word of working with them ("HomeKit-compatible")."""
    for hyphen in scan(_COMPATIBLE, text):
        match = _NAME_BEFORE_HYPHEN.search(text, max(0, hyphen.start() - _HYPHEN_REACH), hyphen.start())
        if match is None:
            continue
        start, end = match.span("name")
        words = match.group("name").split()
        if len(words) == 2:
            lead = gazetteer.lookup(words[0])
            if lead is None or lead.type != "ORGANIZATION" or not maker_product(" ".join(words), gazetteer):
                start, words = start + len(words[0]) + 1, words[1:]  # "With HomeKit-...": the last word
        name = " ".join(words)
        if not _CAPITALISED_NAME.match(name) or name.isupper() or _NOT_PRODUCT_WORD.search(name):
            continue
        entry = gazetteer.lookup(name)
        if (entry is not None and entry.type != "PRODUCT") or is_disease(name):
            continue
        yield start, end


def _leads_name(entry: GazEntry | None) -> bool:
    """A company, nationality or country leading a name makes it theirs, not a product's name."""
    return entry is not None and (entry.type != "LOCATION" or entry.kind in ("country", "continent"))


def _product_hyphened(word: str) -> bool:
    """ "Tianwen-1", not "Under-21", "Category-5", "Covid-19" or "Top-10"."""
    return word.split("-")[0].lower() not in _NOT_HYPHENED_LEAD and not _NOT_MODEL.match(word)


# "Rep. Jane Roe, R-W.Va., said": a US legislator's party and state, the state abbreviated
# in AP style or written out.
_PARTY_STATE = gated(
    r"(?<![\w.-])[RDI]-(?P<state>[A-Z][A-Za-z]*\.?(?: ?[A-Z][a-z]*\.)?(?: [A-Z][a-z]+)?)(?=[,;)])"
)


def party_states(text: str, gazetteer: Gazetteer) -> Iterator[tuple[int, int]]:
    """The state in a party-state tag ("R-W.Va.", "D-Calif.", "R-Texas"), when it is a US state."""
    for match in _PARTY_STATE.finditer(text):
        entry = gazetteer.lookup(match["state"])
        if entry is not None and entry.kind == "first_level_division" and entry.country == "US":
            yield match.span("state")


# Nouns of a firm that name a person's trade too: "who" after them says which
_TRADES = frozenset(
    ("maker", "producer", "developer", "operator", "supplier", "exporter", "importer", "provider")
)
_WHO_AFTER = re.compile(r"\s+who(?:se)?\s")


# "Jo Roe, CEO of Quillon Labs, a startup ...": an officer's title and "of" open the name the
# apposition describes; the company is what follows them, the title is Jo Roe's.
_OFFICER_TITLES = frozenset((*COMPANY_TITLE_WORDS, *word_list("coo cto cio cmo co-founder cofounder")))
_TITLE_OF = re.compile(r"(?P<title>(?:[\w-]+ ){1,4}?)of (?:the )?(?=[A-Z])")


_EMPLOYER_AFTER = re.compile(r".* (?:for|at) (?:the )?(?=[A-Z])")


def _after_officer_title(name: str) -> int:
    """How many characters of ``name`` an officer's title and "of" take at its start (0: none),
    with the department up to "for" or "at" when one follows ("Director of Growth Marketing
    for Harbin Logistics": the employer is Harbin Logistics)."""
    match = _TITLE_OF.match(name)
    if match is None or not all(w.lower() in _OFFICER_TITLES for w in match["title"].split()):
        return 0
    employer = _EMPLOYER_AFTER.match(name, match.end())
    return employer.end() if employer is not None else match.end()


def appositive_orgs(text: str) -> Iterator[tuple[int, int]]:
    """'Siasun, a robot-maker based in ...': the name before 'a <kind of company>' is an organisation."""
    for match in _APPOSITIVE_ORG.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        for word in re.finditer(r"\S+", text[start:end]):
            if word.end() < end - start and sentence_end_word(word.group()):
                start += word.end() + 1  # "went to Verizon. Quillon Labs, a startup": a sentence ends
        while text[start:end][:1].isspace():
            start += 1
        name = text[start:end]
        if name.startswith("The "):
            start += 4
        start += _after_officer_title(text[start:end])
        if text[start:end].lower() in STOP_WORDS or _PERSON_TITLE.match(name):
            continue  # "Dr. Jane Roe, a ..." is a person whatever the apposition says
        if _SUFFIX_ALONE.fullmatch(name):
            continue  # "Acme Optics Co., Ltd., a lens maker": the name's own tail, no name
        if _WHO_AFTER.match(text, match.end()) and re.split(r"[\s-]", match.group(0))[-1] in _TRADES:
            continue  # "Kowalczyk, a film producer who ...": a person (a firm is "that" or "which")
        opening = _OPENING_PREPOSITIONAL_PHRASE.search(text, max(0, start - _OPENING_WINDOW), start)
        if match.group("det") == "the" and opening is not None:
            continue
        yield start, end


# "Secretary of State Jane Roe", "the Secretary of Commerce": the one word after a cabinet
# title's "of" is the title's portfolio, no body's name (the model reads "State" as one)
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers)\s+of\s+$")
_PORTFOLIO_REACH = 20  # characters looked back over


# "Finance Minister Jo Roe", "who served as Energy Minister", "Transport Secretary Ann Lee": the
# one word before a capitalised cabinet title is its portfolio, no body's name (the model reads
# "Finance" or "Transport" as one); a body with that word is written "Ministry of Finance"
_TITLE_AFTER_PORTFOLIO = re.compile(r"[ \t]+(?:Minister|Ministers|Secretary|Secretaries)(?![\w-])")


def portfolio_word(text: str, start: int, end: int | None = None) -> bool:
    """Whether a word at [start, end) closes a cabinet title ("Secretary of State") or opens
    one ("Finance Minister")."""
    if _PORTFOLIO_BEFORE.search(text, max(0, start - _PORTFOLIO_REACH), start) is not None:
        return True
    return end is not None and _TITLE_AFTER_PORTFOLIO.match(text, end) is not None


# "Minister of Industry, Investment and Commerce Dale Orwin", "Secretary of Health and Human
# Services Alex Tazar", "Minister of Labour and Social Security Pearnel Tambry": a cabinet title
# whose portfolio runs over several words before the holder's name. The model reads the pieces
# of the portfolio as bodies ("Industry", "Investment and Commerce") or runs the last of them
# into the name ("Planning Rosa Kettle" as a body): one wrong body, and the person lost. The
# portfolio is read from a class of words that name a government's fields, so the name after it
# is the words that are none of them ("Minister of Blue Economy Jo Roe", an unknown field, is
# left alone). "Ministry of Industry, Investment and Commerce" is one body, which the model
# splits at its comma.
_CABINET_TITLE = gated(
    r"(?<![\w-])(?:(?P<office>Minister|Ministers|Secretary|Secretaries)|(?P<body>Ministry|Department))"
    r"[ \t]+(?:of|for)[ \t]+"
)
_PORTFOLIO_WORDS = frozenset(
    word_list(
        "affairs agriculture arts aviation business care children civil climate commerce communication "
        "communications community consumer culture defence defense development digital disaster economic "
        "economy education employment energy enterprise environment external family finance fisheries "
        "food foreign forestry gender health heritage higher home housing human immigration industry "
        "industries information infrastructure innovation interior international investment justice "
        "labor labour land lands legal local management marine mines mining national natural planning "
        "petroleum public relations resources rural safety science security services skills social "
        "sport sports state technology telecommunications tertiary tourism trade training transport "
        "transportation treasury urban utilities veterans water welfare wellness women works youth"
    )
)
_PORTFOLIO_JOINS = frozenset(("and", "&", "of", "for", "the", ","))
_PORTFOLIO_TOKEN = re.compile(r",|[^\s,]+")
_PORTFOLIO_TOKENS = 16  # a portfolio and a name fit in far fewer: a bounded look
_HOLDER_WORD = re.compile(r"(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)*|[A-Z]\.|Jr\.?|Sr\.?|II|III|IV)")
_NAME_TITLES = frozenset(word_list("Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Hon Hon. Sen. Senator Rev. Prof. Sir Dame"))
_NAME_WORDS = 4
_POSSESSIVE_END = re.compile(r"['’]s$")
_INITIAL = re.compile(r"[A-Z]\.|[JS]r\.")


def cabinet_titles(text: str) -> Iterator[tuple[bool, int, int, int, tuple[int, int] | None]]:
    """Cabinet titles and ministries named with a portfolio of one or more field words:
    (a ministry?, the title's start, the portfolio's start and end, the holder's name's span
    after a title, if one follows before a lower-case word or a sentence's punctuation)."""
    for match in scan(_CABINET_TITLE, text):
        tokens = [
            (m.start(), m.end(), m.group())
            for m in itertools.islice(_PORTFOLIO_TOKEN.finditer(text, match.end()), _PORTFOLIO_TOKENS)
        ]
        last = _portfolio_last(tokens)
        if last < 0:
            continue
        run = (tokens[0][0], tokens[last][1])
        if match.group("body"):
            yield True, match.start(), run[0], run[1], None
        else:
            yield False, match.start(), run[0], run[1], _holder(tokens[last + 1 :])


def _portfolio_last(tokens: list[tuple[int, int, str]]) -> int:
    """The index of the portfolio's last field word, or -1 (a leading "the" is allowed:
    "Minister of the Interior")."""
    last = -1
    for i, (_, _, word) in enumerate(tokens):
        if word[:1].isupper() and word.lower() in _PORTFOLIO_WORDS:
            last = i
        elif word in _PORTFOLIO_JOINS and (last >= 0 or (i == 0 and word == "the")):
            continue
        else:
            break
    return last


def _holder(tokens: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The name of two to four words right after a portfolio, ended by a lower-case word, a
    punctuation mark or a weekday ("... Jo Roe said", "... Jo Roe, who", "... Jo Roe Tuesday");
    a courtesy title before it is left out ("Minister of Health Dr Jo Roe")."""
    if tokens and tokens[0][2] in _NAME_TITLES:
        tokens = tokens[1:]
    words: list[tuple[int, int]] = []
    for start, _, word in tokens[: _NAME_WORDS + 1]:
        stem = word if _INITIAL.fullmatch(word) else _POSSESSIVE_END.sub("", word.rstrip(".,;:!?"))
        if stem.lower() in WEEKDAYS:
            break
        if _HOLDER_WORD.fullmatch(stem) is None or stem.lower() in _PORTFOLIO_WORDS:
            if word[:1].isupper():
                return None  # a capitalised word goes on: no plain name ends here
            break
        words.append((start, start + len(stem)))
        if stem != word:
            break  # a possessive or a sentence's mark ends the name
    if not 2 <= len(words) <= _NAME_WORDS or all(e - s <= 2 for s, e in words):
        return None  # no name, a longer run of capitals, or initials only
    return words[0][0], words[-1][1]


# "the State-owned shipbuilder", "State-run media": the state capitalised, as Chinese copy
# writes it, before an ownership participle is no body's name
_STATE_COMPOUND = re.compile(r"State-(?:owned|run|backed|controlled|funded|affiliated|sponsored)\b")


def state_compound(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end) is the "State" of "State-owned"."""
    return end - start == len("State") and _STATE_COMPOUND.match(text, start) is not None


# "SPEND a day at the lake ...", "ATTEND a workshop ...": an events listing opens each entry
# with its verb in capitals; a name at a line's start is not followed by an article
_CAPS_LEAD_IN = re.compile(r"[A-Z]{3,}(?= (?:a|an|the|your|our|this|these) )")


def caps_lead_in(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end), opening a line, is a listing's verb in capitals."""
    at_line_start = start == 0 or text[start - 1] == "\n"
    match = _CAPS_LEAD_IN.match(text, start, end + 12)
    return at_line_start and match is not None and match.end() == end


# "the FNV union said", "oil broker PVM": capitals the model passes over, named by the kind of
# body they are (a body's kind after the letters, or a firm's kind before them)
_ACRONYM_BODY = re.compile(
    r"(?=[tT])\b(?:the|The)\s+([A-Z][A-Z0-9&]{1,5})\s+(?:union|party|group|agency|brokerage|ministry|council|"
    r"committee|alliance|movement|militia|broadcaster|newspaper|airline|carrier|lender|insurer|regulator|"
    r"coalition|federation|association|institute|think\s+tank|rebels|faction)\b"
)


def acronym_bodies(text: str, is_known: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The letters of "the FNV union", unless they name something already known (a place: "the
    US carrier") or are a common abbreviation ("the AI group")."""
    for match in _ACRONYM_BODY.finditer(text):
        letters = match.group(1)
        if letters not in COMMON_ACRONYMS and not is_known(letters):
            yield match.span(1)


# A small whole number with no unit: "Vermont 3.2 percent", "Idaho 12 percent", "Kansas 4
# million tons" are a place's figures, not a result.
_SCORE_AFTER = re.compile(
    r"\s+\d{1,3}(?![.,]?\d)(?!\s*(?:%|per\s*cent|pct\b|percentage|(?:thousand|million|billion|mln|bln)\b))"
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
        "olympics games paralympics championships finals awards masters talks nationals open"
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


_AGENCY_IN_DATELINE = re.compile(r"\((?P<agency>[A-Z][A-Za-z .-]{1,30})\)")


def dateline_agency(raw: str) -> tuple[int, int] | None:
    match = _AGENCY_IN_DATELINE.search(raw)
    return match.span("agency") if match else None


def dateline_place(raw: str) -> tuple[int, int] | None:
    """The place at the start of 'BEIJING, April 20 (Xinhua) --' or 'LONDON 1996-08-30'."""
    match = re.match(r"\s*([A-Z][\w.'’ -]*?[\w.])(?=\s*,|\s+\(|\s+-|\s+\d|\s*$)", raw)
    if not match or len(match.group(1)) > 40:
        return None
    return match.span(1)


# Crude benchmarks are traded products, not the places they are named after: "Brent" is not
# the London borough, "West Texas Intermediate" is neither the United States nor Texas.
BENCHMARKS: dict[str, str] = {
    "west texas intermediate": "West Texas Intermediate",
    "wti": "West Texas Intermediate",
    "brent": "Brent",
    "urals": "Urals",
    "dubai": "Dubai crude",
    "oman": "Oman crude",
    "murban": "Murban",
    "henry hub": "Henry Hub",
}
_MARKET_WORDS = (
    r"crude|oil|futures|prices?|benchmark|contracts?|blend|natural gas|gas|was|were|fell|rose|settled|"
    r"traded|added|lost|gained|dropped|climbed|slipped|jumped|slid|eased|firmed|edged"
)
_BENCHMARK = re.compile(
    r"(?=[UWBMHDO])(?<![\w'’-])(?:U\.S\.\s+)?(?:(?P<always>West Texas Intermediate|WTI)"
    r"|(?P<traded>Brent|Urals|Murban|Henry Hub)(?=\s+(?:" + _MARKET_WORDS + r")\b)"
    r"|(?P<crude>Dubai|Oman)(?=\s+(?:crude|oil|futures|benchmark)\b))(?![\w'’-])"
)


def benchmarks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) of crude and gas benchmarks: 'Brent crude', 'U.S. WTI'."""
    for match in scan(_BENCHMARK, text):
        name = match.group("always") or match.group("traded") or match.group("crude")
        yield match.start(), match.end(), BENCHMARKS[name.lower()]


# A market index named by its provider and its capitalised words, ending on "Index" or "Average"
# (or "index" after one word at least: "the MSCI Asia Pacific index"):
# "the MSCI Asia Pacific Index", "the Bloomberg Dollar Spot Index", "the KBW Bank Index", "the
# Dow Jones Transportation Average" (PRODUCT by the conventions). The model reads the provider alone
# as the company, a region inside as a place, or the whole as a body. Providers are the index
# houses and exchanges known by a short name; a ranking of people is no market index ("the
# Bloomberg Billionaires Index").
_INDEX_PROVIDER = (
    r"(?:MSCI|FTSE|Stoxx|STOXX|Euro Stoxx|S&P|Bloomberg|Nasdaq|NASDAQ|Russell|Dow Jones|Nikkei|CSI|KBW|"
    r"ICE|Cboe|CBOE|PHLX|NYSE|Baltic|Wilshire|Hang Seng|BSE|NSE|Markit|IHS Markit|Solactive|Refinitiv)"
)
_MARKET_INDEX = gated(
    rf"(?<![\w&'’./-]){_INDEX_PROVIDER}(?P<words>(?:[ \t]+(?:[A-Z][\w&/.'’-]*|\d{{1,4}})){{0,5}}?)"
    r"[ \t]+(?P<head>Index|index|Average)(?![\w'’-])"
)
_NOT_MARKET_INDEX = re.compile(r"\b(?:Billionaires|Wealth|Happiness|Equality|Gender|Peace)\b")


def market_indices(text: str) -> Iterator[tuple[int, int]]:
    """Spans of market indices named by their provider ("the MSCI Asia Pacific Index")."""
    for match in scan(_MARKET_INDEX, text):
        words = match.group("words")
        if match.group("head") == "index" and not words:
            continue  # "a Bloomberg index of ...": the provider and a common noun
        if not _NOT_MARKET_INDEX.search(words):
            yield match.span()


# A corporate suffix makes the capitalised words before it a company: "Acme Corp", "Foo Holdings".
_CORPORATE_SUFFIX = (
    r"(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|Co|Plc|PLC|plc|AG|SA|SE|NV|LLC|LLP|GmbH|Bhd|Berhad|"
    r"Oyj|ASA|SpA|S\.A|N\.V|Holdings|Group)"
)
# "Co., Ltd.", "Co., Inc.": a second suffix may follow the first after a comma. The words are
# on one line: a heading or a list item before a line break is no part of the name ("Ocean
# Villa\n\nHarbor Hotels Corporation").
_COMPANY = gated(
    r"(?<![\w&'’.-])((?:(?:[A-Z][\w&'’-]*\.?|&|of|and)[ \t]+){0,4}?[A-Z][\w&'’-]*)"
    r"(?:[ \t]+" + _CORPORATE_SUFFIX + r"\b\.?(?!\w))+(?:,[ \t]+(?:Ltd|Limited|Inc|LLC)\b\.?(?!\w))?"
)
_SUFFIX_ALONE = re.compile(_CORPORATE_SUFFIX + r"\.?")
CORPORATE_SUFFIX_END = re.compile(r"\s+" + _CORPORATE_SUFFIX + r"\.?$")
ROLE_TITLE_WORDS = frozenset(COMPANY_TITLE_WORDS)
_NOT_NAME_WORDS = frozenset((*WEEKDAYS, *MONTH_NAMES))


# "in Group D", "the Euro Cup Group F match": a stage of a competition, whose "Group" is no
# corporate suffix and no body
_STAGE_AFTER = re.compile(r" (?:[A-H]|\d{1,2})(?![\w'’-])")


def stage_group(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) ends in "Group" or "Pool" opening a stage's label."""
    return text[max(start, end - 5) : end] in ("Group", " Pool") and _STAGE_AFTER.match(text, end) is not None


def companies(text: str) -> Iterator[tuple[int, int]]:
    """'Acme Corp', 'Siasun Robot & Automation Co Ltd': name plus corporate suffix."""
    for match in _COMPANY.finditer(text):
        start, end = match.start(1), match.end()
        if stage_group(text, start, end):
            continue
        words = text[start:end].split()
        # "On Tuesday Acme Corp": sentence-initial function words and dates are not the name
        while len(words) > 2 and (words[0].lower() in STOP_WORDS or words[0].lower() in _NOT_NAME_WORDS):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words[0].lower() in STOP_WORDS or words[0].lower() in _NOT_NAME_WORDS:
            continue
        if "of" in words[:-1]:  # "Chief Executive of Acme Corp": a title, then the company
            cut = words.index("of")
            if all(w.lower() in ROLE_TITLE_WORDS for w in words[:cut]):
                if cut + 1 >= len(words) - 1:
                    continue
                start = text.index(words[cut + 1], start + sum(len(w) + 1 for w in words[:cut]))
        yield start, end


# A word of a company's own name: capitalised, joined only to capitalised parts ("Coca-Cola",
# never "Shenzhen-based"), perhaps the suffix's comma ("Co.,")
_FIRM_NAME_WORD = re.compile(r"[A-Z][\w&'’.]*(?:-[A-Z][\w&'’.]*)*,?")


def company_reaches_back(text: str, start: int, end: int, org_start: int, org_end: int) -> bool:
    """A suffixed company name [start, end) that holds a model organisation and begins words
    before it: the model dropped the name's first words ("Origin" of "Origin Quantum Computing
    Technology Co., Ltd."; all of it but "Ltd."), which are capitalised name words only."""
    if not start < org_start or org_end > end:
        return False
    words = text[start:org_start].split()
    return all(_FIRM_NAME_WORD.fullmatch(w) for w in words)


# Desk slugs glued to the front of wire headlines: "Soccer-Arsenal beat Chelsea 3-1".
_SLUG = re.compile(
    r"^\s*(?:(?:Soccer|Football|Tennis|Golf|Cricket|Rugby(?: union| league)?|Cycling|Athletics|"
    r"Motor racing|Motorcycling|Olympics|Basketball|Baseball|Boxing|Swimming|Skiing|Sailing|"
    r"Horse racing|Ice hockey|NFL|NBA|NHL|MLB|Formula One|BRIEF|UPDATE \d+|Update \d+|EXCLUSIVE|"
    r"Exclusive|FACTBOX|Factbox|ANALYSIS|Analysis|INSIGHT|Insight|WRAPUP(?: \d+)?|RPT|CORRECTED|REFILE)"
    r"\s*-\s*)+",
    re.IGNORECASE,
)


def headline_slug_end(headline: str) -> int:
    """Where a leading desk slug ('Soccer-', 'UPDATE 2-') ends in a headline, else 0."""
    match = _SLUG.match(headline)
    return match.end() if match and match.end() < len(headline) else 0


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


_BYLINE_WORD = re.compile(r"[\w'’.&-]+")


def agency_mentions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) of known news agencies a byline names: 'Jane Roe, Xinhua'.

    Short forms ('AP', 'AFP', 'dpa') count only as written by the agency (upper case or its own
    spelling), so a reporter called 'Ap' is not the Associated Press.
    """
    words = [(m.start(), m.end()) for m in _BYLINE_WORD.finditer(text)]
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            surface = text[start:end].rstrip(".,")
            end = start + len(surface)
            if surface.lower().startswith("the ") or not is_known_agency(surface):
                continue
            name = canonical_agency(surface) or surface
            if len(surface) <= 4 and not (surface.isupper() or surface == name):
                continue
            yield start, end, name
            i += n - 1
            break
        i += 1


# What follows a product's name to make a model or edition of it: a model number ("2", "11",
# "S10", "XL") or one of a closed list of edition words; at most three of them, on one line.
_PRODUCT_TAIL = re.compile(
    r"[ \t]+(?:\d{1,2}[A-Za-z]?|[A-Z]{1,2}\d{1,3}[A-Za-z]?|(?:Pro|Max|Plus|Mini|Lite|Ultra|Air|SE|XL|XS|"
    r"Edition|Controller|Series|Elite|Slim|Neo|Go|Fold|Flip|Note|Sport|Studio|Touch))\b(?![-'\u2019.,]\S|:|[\x22\u201d\u2033])"
    # not a screen's inches, a figure ('Paperwhite 6" E-Reader'), nor a count or a share that
    # follows the name ("AirPods 3 days ago", "Switch 2 million",
    # "Chrome 65 percent", "Kindle 8 out of 10"), nor a year or a figure with decimals
    r"(?![ \t]*(?:%|percent|per\b|million|billion|thousand|days?|weeks?|months?|years?|hours?|minutes?|"
    r"times|units|copies|consoles|out\s+of|teraflops|[0-9]))"
)
_PRODUCT_TAIL_WORDS = 3


def product_tail_end(text: str, end: int) -> int:
    """Where a listed product's name ends once its model words are added (bounded: three)."""
    for _ in range(_PRODUCT_TAIL_WORDS):
        m = _PRODUCT_TAIL.match(text, end)
        if m is None:
            break
        end = m.end()
    return end


# "sources told Kestrel Wire.", "according to the Harbor Ledger,", "in an interview with Quillcast
# on Monday", "a reporter for Dunmore Daily": a name a source cue opens and a clause's end or a
# time word closes is the outlet or body the words came through. The small model misses such
# names when they are one made-up word ("told Zorbly that"). The extractor adds them only where
# nothing else found a name, and never a person's look or a story person's surname ("told Roe.").
_SOURCE_NAME_WORD = r"[A-Z](?:[\w&'’!-]|\.(?=\w))*"
_SOURCE_CUE = gated(
    r"\b(?:told|according[ \t]+to|interview[ \t]+with"
    r"|(?:reporter|correspondent|columnist|writer)[ \t]+(?:for|at)"
    r"|spokes(?:man|woman|person)[ \t]+for)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_SOURCE_NAME_WORD}(?:[ \t]+{_SOURCE_NAME_WORD}){{0,2}})"
    r"(?=[ \t]*(?:[,;:]|\.(?:\s|$)|$)|[ \t]+(?:that|on|in|last|this|earlier|about|when|while|before|after"
    r"|if|the|a|it|he|she|they|we|his|her|their)\b)"
)
_NOT_SOURCE_WORDS = frozenset(
    w.title() for w in (*STOP_WORDS, *WEEKDAYS, *MONTH_NAMES, *word_list("mr mrs ms dr sir dame lord lady"))
)


def source_names(text: str) -> Iterator[tuple[int, int]]:
    """'told Zorbly that ...': the name a source cue opens and a clause's end closes."""
    for match in _SOURCE_CUE.finditer(text):
        name = match.group("name")
        words = name.split()
        if any(w.rstrip(".") in _NOT_SOURCE_WORDS or w.rstrip(".").lower() in _TITLE_WORDS for w in words):
            continue  # "told Mr. Roe", "told Monday", "according to Chief Roe"
        yield match.span("name")
