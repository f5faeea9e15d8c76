"""Titles of works (MISC) and games (PRODUCT) by the kind of work around them.

A title in quotation marks or title case after "the film", "his novel", "titled", or in a
list after a plural kind: the kind says it is a work, however the model reads its words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.shared import NOT_PRODUCT_WORD, title_case, tried_where
from consumer.gate import gated, holds_one, probes, scan

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


def _subtitled(title: str) -> bool:
    """ "A Paradise Built in Hell: The Communities that Arise in Disaster": a title and its
    subtitle after a colon, each a title of its own (a longer whole than one title may be)."""
    main, colon, sub = title.partition(": ")
    return bool(colon) and title_case(main) and title_case(sub)


def work_titles(text: str, is_person: Callable[[str], bool] = lambda _: False) -> Iterator[tuple[int, int]]:
    """Titles of works after the kind of work, in quotation marks or bare: spans of the title.
    A bare title that reads as a person's name ("the book Jane Roe wrote") is the author's."""
    for match in itertools.chain(_WORK_TITLE.finditer(text), tried_where(_CUED_TITLE, text, _TITLE_CUES)):
        if title_case(match.group("title")) or _subtitled(match.group("title")):
            yield match.span("title")
    for match in _TITLE_THEN_MAKER.finditer(text):
        if title_case(match.group("title")):
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
_KIND_THEN_TITLE_CUES = probes(("titled", *_KINDS_BEFORE_A_COMMA))
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
    if not holds_one(_KIND_THEN_TITLE_CUES, text):
        return  # most texts name no kind of work before a comma (tested in the text's words)
    for match in _KIND_THEN_TITLE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        if group == 1 and _FRONTED_KIND.search(text, max(0, match.start() - _FRONTED_REACH), match.start()):
            continue  # "At the show, Acme Labs, a sponsor, ...": a fronted phrase, then its subject
        words = match.group(group).split(" ")
        # a date ends the title with the small word before it ("... Outlook on Tuesday")
        cut = next((i for i, w in enumerate(words) if NOT_PRODUCT_WORD.match(w)), len(words))
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
        cut = next((i for i, w in enumerate(words) if i and NOT_PRODUCT_WORD.match(w)), len(words))
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


# "Alice Quell's The Lovely Harbours", "Alan Kettle's The History Men are shortlisted": a title
# opening on "The" right after a name's possessive is a work of that maker's (MISC, the article
# in it); the model reads its last words as a body or a people, or runs on over "and" into the
# next name (session 32, BBC arts copy). "and" ends the title ("Torvin's The Copper Boy and Ada
# Roe's ..."); a paper or a listed name ("Vane's The Daily Harbor") keeps its own reading.
_OWNED_TITLE = gated(
    r"(?<=[A-Za-z]['’]s )(The[ \t]+[A-Z][\w'’-]*"
    r"(?:[ \t](?:(?:of|the|in|on|at|to|a|for)[ \t])*[A-Z][\w'’-]*){0,5})"
    r"(?![\w'’-])"
)
_OWNER = re.compile(r"(?<![\w'’-])([A-Z][\w.-]*)['’]s $")
_PAPER_AFTER = re.compile(r"[ \t]+(?:newspaper|paper|tabloid|magazine|website|daily|weekly)(?![\w'’-])")


def owned_titles(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Titles opening on "The" after a name's possessive ("Quell's The Lovely Harbours"):
    (start, end)."""
    if "s The " not in text and "s\u2019 The " not in text:
        return
    for match in scan(_OWNED_TITLE, text):
        owner = _OWNER.search(text, max(0, match.start() - 40), match.start())
        if owner is None or owner.group(1).lower() in STOP_WORDS or owner.group(1) == "Let":
            continue  # "it's The ...", "That's The ...": a contraction, no owner
        words = match.group(1).split(" ")
        cut = next((i for i, w in enumerate(words) if i and NOT_PRODUCT_WORD.match(w)), len(words))
        while cut > 1 and words[cut - 1].islower():
            cut -= 1
        title = " ".join(words[:cut])
        if cut < 2 or is_name(title) or is_name(" ".join(words[1:cut])) or words[cut - 1] in _PAPER_WORDS:
            continue
        end = match.start(1) + len(title)
        if head_type(title.split(" of ")[0]) not in (None, "MISC") or _PAPER_AFTER.match(text, end):
            continue  # "Murdoch's The Harbor Times", "Vane's The Kelby newspaper": a paper
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


def list_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A listed kind's items between ``start`` and ``stop``: split at commas and at "and"/"or"
    (shared by the lists of works and of games)."""
    pieces: list[tuple[int, int]] = []
    for item in _WORK_LIST_ITEM.finditer(text, start, stop):
        at_least = item.start()
        for part in _WORK_LIST_AND.split(item.group()):
            at = text.find(part, at_least, item.end()) if part else -1
            if at >= 0:
                pieces.append((at, at + len(part)))
                at_least = at + len(part)
    return pieces


def list_title(text: str, start: int, finish: int) -> tuple[int, str, bool]:
    """Where a listed item's title starts, the title (the sentence's words after it cut off: "Wild
    Iron Hearts in the nineties" → "Wild Iron Hearts"), and whether the list runs on after it."""
    while start < finish and text[start] in _MARKS:
        start += 1
    while finish > start and text[finish - 1] in _MARKS + ",":
        finish -= 1
    words = text[start:finish].split(" ")
    cut = next((i for i, w in enumerate(words) if i and NOT_PRODUCT_WORD.match(w)), len(words))
    while cut > 1 and not words[cut - 1][:1].isupper() and not words[cut - 1][:1].isdigit():
        cut -= 1
    return start, " ".join(words[:cut]), cut == len(words)


def listed_works(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Titles listed after a plural kind of work, in a parenthesis or after "such as",
    "including" or "like": (start, end) of each title, quotation marks left out."""
    for match in scan(_WORK_LIST_KIND, text):
        end = _WORK_LIST_END.search(text, match.end(), match.end() + _WORK_LIST_SPAN)
        if end is None:
            continue
        stop = end.start() + (1 if end.group()[:1] in "?!" else 0)
        for start, finish in list_pieces(text, match.end(), stop):
            start, title, runs_on = list_title(text, start, finish)
            if not title or not (title[0].isupper() or title[0].isdigit()) or not title_case(title):
                break  # "both unexpected delights": the list has ended
            if not is_name(title):
                yield start, start + len(title)
            if not runs_on:
                break
