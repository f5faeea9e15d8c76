"""Sides named by their nickname alone in a story about sport: "the Gophers (9-1) play the
Wildcats", "Huskies quarterback Jo Roe", "Spurs have won five", and both sides of a round-up's
results line ("Hawks 4, Comets 1: Jo Roe scored twice ...").

American and British sport copy names a club by its plural nickname after its first mention, or
only so; the model reads such a word as a people, a place, a person or nothing (session 43, on
fresh news pages: hockey, college football and football stories). The conventions type a team as
an organisation. A plural alone says nothing (a people, a family, a band, a prize show), so a cue
of play must stand right beside it, read by ``team_cues.team_cue`` (a fixture's or a result's
words, a side's role or thing after it), or a team's record in brackets after it ("(9-1, 6-1)").
Without "the" before it only a side's role after it or a plural verb counts: a player's
surname ending in "s" is written bare ("against Jones"). A people's word, a name the gazetteer
knows ("the Netherlands"), a prize show or a contest ("the Oscars", "the Ashes"), a word closing a
longer capitalised name and the surname of one of the story's people are never sides. A results
line opens its line: one to three capitalised words and a score, a comma, the other side and its
score, and a colon. Matches are found in one scan; each is judged from a bounded window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.gazetteer.lists import group_words
from consumer.entities.opening_words import opens_sentence
from consumer.entities.retype.lexicons import word_list
from consumer.entities.team_cues import SIDE_ROLES, sport_story, team_cue
from consumer.gate import gated

# One or two capitalised words, the last a plural ("Sabres", "Red Wings", "Nittany Lions"); not
# inside a longer capitalised name: no name word right before or after it.
_NICKNAME = gated(r"(?<![\w'’.&-])(?:(?!The[ \t])[A-Z][a-z]+[ \t])?[A-Z][a-z]*[a-z]s(?![\w-])(?![ \t]+[A-Z])")
_NAME_BEFORE = re.compile(r"(?!The[ \t])[A-Z][\w'’.&-]*[ \t]+$")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")
# "the Gophers (9-1, 6-1)", "the Huskies (4-7)": a side's record of wins and losses
_RECORD_AFTER = re.compile(r"[ \t]*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]")
# Without "the": a side's role right after ("Huskies quarterback", "Sabres captain") or a plural
# verb ("Spurs have won"), never after a capitalised word or a preposition of place
_ROLE_AFTER = re.compile(
    rf"[ \t]+(?:{SIDE_ROLES}|goaltender|goalie|defenseman|forward|pitcher|receiver|linebacker|fans)(?![\w-])"
)
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:are|were|have)[ \t]+(?!(?:been[ \t]+)?(?:to|in|at)\b)[a-z0-9]")
# Plurals that name a show, a contest, a house or a range, never a side
_NO_SIDES = frozenset(
    word_list(
        "oscars grammys emmys tonys baftas globes brits awards ashes commons lords games olympics "
        "paralympics championships finals nationals masters internationals playoffs rockies alps "
        "americas highlands lowlands islands isles falls springs heights hills"
    )
)
# "Hawks 4, Comets 1:": a round-up's results line, at the opening of its line
# the story's lower-case plurals: a capitalised one the story also writes so is a common noun
_LOWER_PLURAL = re.compile(r"(?<![\w'’-])[a-z]+s(?![\w'’-])")
_NAME = r"[A-Z][\w.'’&-]*(?:[ \t][A-Z][\w.'’&-]*){0,2}"
_RESULTS_LINE = re.compile(rf"(?m)^[ \t]*({_NAME})[ \t]+\d{{1,3}},[ \t]+({_NAME})[ \t]+\d{{1,3}}[ \t]*:")


def nickname_sides(
    text: str, gazetteer: Gazetteer, is_surname: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """(start, end) of the sides a story about sport names by a nickname or in a results line."""
    story: bool | None = None
    seen: set[tuple[int, int]] = set()
    peoples = group_words()
    common: set[str] | None = None  # the story's lower-case plurals, read once on a first match
    for match in _RESULTS_LINE.finditer(text):
        if story is None:
            story = sport_story([text])
        if not story:
            return
        for group in (1, 2):
            name = match.group(group)
            if gazetteer.lookup(name) is None and name not in peoples and not is_surname(name):
                seen.add(match.span(group))
                yield match.span(group)
    for match in _NICKNAME.finditer(text):
        start, end = match.span()
        name = match.group()
        last = name.split()[-1]
        if (
            last.lower() in _NO_SIDES
            or last in peoples
            or name in peoples
            or is_surname(last)
            or _NAME_BEFORE.search(text, max(0, start - 30), start) is not None
            or gazetteer.lookup(name) is not None
            or gazetteer.lookup(last) is not None
        ):
            continue
        if _THE_BEFORE.search(text, max(0, start - 5), start) is not None:
            cued = _RECORD_AFTER.match(text, end) is not None or team_cue(text, start, end)
        else:
            # a plural verb after a capitalised plural that opens a sentence is a common noun's
            # as often ("Fans have waited", "Officials were told"): only a side's role counts there
            cued = _ROLE_AFTER.match(text, end, end + 20) is not None or (
                not opens_sentence(text, start) and _PLURAL_VERB_AFTER.match(text, end, end + 24) is not None
            )
        if not cued:
            continue
        if common is None:
            common = set(_LOWER_PLURAL.findall(text))
        if last.lower() in common:
            continue  # the story writes it in lower case too ("the Rangers" beside "park rangers")
        if story is None:
            story = sport_story([text])
        if not story:
            return
        if (start, end) not in seen:
            yield start, end
