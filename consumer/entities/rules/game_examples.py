"""Video games named as examples of their kind: "arcade classics such as Star Raiders, Moon
Hopper and Kelp Kong", "games like The Tarvos", "console titles including Harbor Quest".

By the conventions a video game is a PRODUCT; the model reads most game titles as bodies
("Kelp Kong", "Star Raiders") or not at all, and the story names no maker before them. A plural
kind of game right before "such as", "like" or "including" says what the names after it are,
as a plural kind of film or book does for works (``works.listed_works``, MISC). The kind must
say video games: a gaming word before it ("video", "arcade", "console", "PC", "computer",
"mobile", "handheld", "online"), or bare "games" / "titles" / "classics" only where a word of
gaming stands within 300 characters of it ("the console's games such as ..."): "titles such
as" alone is a champion's, "games such as" a sports day's; never a kind of game no video game
is ("board games such as", "Olympic games like"). The first title may open
on "the" and a lower-case word of praise ("titles like the acclaimed Tarvo Knights"); the list
ends at the sentence's end or at its first item that is no title; a name the lists know is left
to its own reading (a person's look is not: "Star Raiders" is a game there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from consumer.entities.rules.shared import matches_at_literals, title_case
from consumer.entities.rules.works import list_pieces, list_title

# the kind and its list's opener, tried only where ``str.find`` puts a kind's word
_KIND_WORDS = ("games", "titles", "classics")
_GAME_LIST_KIND = re.compile(
    r"(?<![\w-])(?:games|titles|classics)[ \t]*,?[ \t]+(?:such[ \t]+as|like|including)[ \t]+"
    r"(?:the[ \t]+(?:[a-z-]+[ \t]+){0,2}(?=[A-Z0-9]))?"
)
# a gaming word right before the kind: "arcade classics", "PC games", "video game titles"
_CUED_BEFORE = re.compile(
    r"\b(?:video|arcade|console|PC|computer|mobile|handheld|online)[ \t-]+(?:game[ \t]+)?$"
)
_CUE_REACH = 30  # characters looked back for the gaming word
# a word of gaming before a bare kind: "the console's games such as ...", "gamers love titles like"
_GAMING_WORD = re.compile(
    r"\b(?:(?i:video[ \t-]?games?|gam(?:ing|ers?)|consoles?|joysticks?|arcades?)|PlayStation|Xbox|Nintendo|"
    r"GameCube|Game[ \t]?Boy)\b"
)
_GAMING_REACH = 300  # characters read either side of a bare kind for a word of gaming
# a kind of game no video game is: "board games such as ...", "Olympic games like ...", "home games"
_NOT_VIDEO_BEFORE = re.compile(
    r"\b(?i:board|card|dice|tabletop|table-top|party|parlour|parlor|ball|team|word|drinking|playground|"
    r"olympic|commonwealth|home|away|league|cup|world|war|mind|outdoor|garden|lawn)[ \t-]+$"
)
_LIST_END = re.compile(r"[.;:!?]?\)|[.;:!?](?:\s|$)|\n")
_LIST_SPAN = 240  # characters of list read at most
_SMALL_WORDS = frozenset(("of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "vs"))


def _game_title(title: str) -> bool:
    """A title: it opens on a capital or a digit, and every word but a small one is capitalised."""
    words = title.split()
    return (
        bool(words)
        and (title[0].isupper() or title[0].isdigit())
        and title_case(title)
        and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS or not w[:1].isalpha() for w in words)
    )


def listed_games(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Titles listed after a plural kind of video game and "such as", "like" or "including":
    (start, end) of each title, quotation marks left out (PRODUCT)."""
    for kind in matches_at_literals(_GAME_LIST_KIND, text, _KIND_WORDS):
        cued = _CUED_BEFORE.search(text, max(0, kind.start() - _CUE_REACH), kind.start()) is not None
        reach = max(0, kind.start() - _GAMING_REACH)
        if not cued and _GAMING_WORD.search(text, reach, kind.end() + _GAMING_REACH) is None:
            continue
        if not cued and _NOT_VIDEO_BEFORE.search(text, max(0, kind.start() - 20), kind.start()):
            continue  # "board games such as Monopoly": no video game
        end = _LIST_END.search(text, kind.end(), kind.end() + _LIST_SPAN)
        if end is None:
            continue  # no sentence's end in reach: no list read
        stop = end.start() + (1 if end.group()[:1] in "?!" else 0)
        for start, finish in list_pieces(text, kind.end(), stop):
            start, title, runs_on = list_title(text, start, finish)
            if not _game_title(title):
                break  # "and many others": the list has ended
            if not is_name(title):
                yield start, start + len(title)
            if not runs_on:
                break
