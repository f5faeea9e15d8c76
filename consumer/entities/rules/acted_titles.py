"""Titles of films and shows named after an actor's part in them, with no quotation marks:
"her role in Kelp Harbour", "his performance in The Quiet Ferry", "starred in Salt Roads",
"her role as Ada Quell in Northern Verge", "supporting roles in Harbor Nights and Marlow Lane".

A work is MISC by the conventions; the BBC arts copy names films this way, bare, and the model
reads them as people (a title that is a character's name), places or bodies, or not at all.
``works.work_titles`` reads these cues only before a title in quotation marks.

The cue's other senses are kept out by the title's shape: an owner's possessive after it ("his
role in Kelby's collapse", "her performance in Marlow's defeat": no title), a name the gazetteer
lists ("performances in Harwick and Tarvo", "her role in the Hague"), a date word ("performance in
February"), capitals alone ("its role in ZBC"), another type's head word ("his role in Kelby
Bank"), a scandal's "-gate" word, or a people's word. A listed place after "in"/"at"/"on" inside
the title ends it ("a performance in The Salt Road in Harwick"). A possessive among the first
words is the maker's: the title starts after it ("a role in Jo Roe's Last Harbor").

Cost: the cue words are looked for by substring search (``tried_where``) and the title is
matched at each cue once, a bounded run of at most nine words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.retype.heads import head_type
from consumer.entities.rules.shared import tried_where

_CUE_WORDS = ("role", "performance", "starred", "starring", "cameo")
_TITLE = (
    r"(?:The[ \t]+|A[ \t]+|An[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t](?:(?:of|the|in|on|at|to|a|for|&)[ \t])*[A-Z][\w'’-]*){0,8}"
)
_ACTED = re.compile(
    r"(?<![\w'’])(?P<cue>roles?|performances?|cameo|starred|starring)"
    r"(?:[ \t]+as[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})?"
    r"[ \t]+in[ \t]+(?P<title>" + _TITLE + r")(?![\w'’-])"
)
# a second title after "and", for a plural cue ("roles in Harbor Nights and Marlow Lane")
_AND_TITLE = re.compile(r"[ \t]+and[ \t]+(?P<title>" + _TITLE + r")(?![\w'’-])")
_PLURAL_CUES = frozenset(("roles", "performances", "starred", "starring"))
_DATE_WORD = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
_POSSESSIVE = re.compile(r".+['’]s?$")
_CAPITALS = re.compile(r"[A-Z0-9&.+-]+")
_WHERE_WORDS = frozenset(("in", "on", "for"))
_OWNER_REACH = 3  # a possessive among the first three words is the maker's, not the title's


def _place_or_body(words: list[str], is_listed: Callable[[str], bool]) -> bool:
    """The words after a small word inside a title name where it is shown, not the title's end
    ("in London's West End", "for the National Theatre", "in Harwick")."""
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return False
    rest = " ".join(words)
    first = re.sub(r"['’]s?$", "", words[0])
    return is_listed(rest) or is_listed(first) or head_type(rest) not in (None, "MISC")


def _owner(
    words: list[str], is_listed: Callable[[str], bool], is_person: Callable[[str], bool]
) -> int | None:
    """Where a maker's possessive ends among the first words ("Jo Roe's Last Harbor"), or None:
    a person's name with its mark, never a word of the title ("Dead Man's Shoes", "All's Well").
    A listed name's possessive ("Harwick's West End") ends the words: -1, no title."""
    for i, word in enumerate(words[:_OWNER_REACH]):
        if _POSSESSIVE.match(word):
            name = " ".join([*words[:i], re.sub(r"['’]s?$", "", word)])
            if is_listed(name):
                return -1
            return i if name.lower() not in STOP_WORDS and is_person(name) else None
    return None


def _title_span(
    start: int, title: str, is_listed: Callable[[str], bool], is_person: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The title's span within the matched words, or None when they are no title."""
    words = title.split(" ")
    owner = _owner(words, is_listed, is_person)
    if owner == -1:
        return None  # "a performance in Harwick's West End": the place's, no title
    if owner is not None:
        start += len(" ".join(words[: owner + 1])) + 1
        words = words[owner + 1 :]  # "Jo Roe's Last Harbor": the maker's possessive, then the title
        if not words or not words[0][:1].isupper():
            return None
    cut = next((i for i, w in enumerate(words) if _DATE_WORD.match(w)), len(words))
    # "... at the Gielgud", "... for the National Theatre": the venue or the company
    cut = next((i for i in range(1, cut - 1) if words[i] == "at" or words[i : i + 2] == ["for", "the"]), cut)
    where = (i for i in range(1, cut - 1) if words[i] in _WHERE_WORDS)
    cut = next((i for i in where if _place_or_body(words[i + 1 : cut], is_listed)), cut)
    while cut > 0 and words[cut - 1][:1].islower():
        cut -= 1
    words = words[:cut]
    if not words or (len(words) == 1 and words[0] in ("The", "A", "An")):
        return None
    name = " ".join(words)
    if _POSSESSIVE.match(words[-1]) or _CAPITALS.fullmatch(name.replace(" ", "")):
        return None  # "his role in Kelby's collapse", "its role in ZBC"
    if len(words) == 1 and words[0].lower().endswith("gate"):
        return None  # "his role in Harborgate": a scandal
    if is_listed(name) or head_type(name) not in (None, "MISC"):
        return None
    return start, start + len(name)


def acted_titles(
    text: str, is_listed: Callable[[str], bool], is_person: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """Titles after an actor's part ("her role in Kelp Harbour", "starred in Salt Roads"):
    (start, end) of each; ``is_listed`` says which names the gazetteer knows (never a title),
    ``is_person`` which possessives before a title are its maker's."""
    for match in tried_where(_ACTED, text, _CUE_WORDS):
        span = _title_span(match.start("title"), match.group("title"), is_listed, is_person)
        if span is None:
            continue
        second = _AND_TITLE.match(text, span[1]) if span[1] == match.end("title") else None
        if second is not None and match.group("cue") not in _PLURAL_CUES:
            continue  # "a role in Hide and Seek" or "... in Kelp Harbour and Jo Roe": one title or two?
        yield span
        if second is not None:
            more = _title_span(second.start("title"), second.group("title"), is_listed, is_person)
            if more is not None:
                yield more
