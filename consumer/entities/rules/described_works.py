"""Titles of works named right after a described kind of work, with no determiner before it:
"Oscar-nominated movie The Harbour Pilot", "Animated movie Kelpies has opened", "suburban
series Marlow Lane", "reality TV show The Quellbys", "BBC programme This Harbour". Such copy
(arts pages, 2000s British copy above all) drops the article, and the small model then reads the
title as nothing, or as a body or a team on its other mentions ("The Harbour Pilot has been
tipped ...": a body). A work is MISC by the conventions.

``works.work_titles`` takes a bare title only after a determiner or an owner ("his novel ...");
``retype.kind_titles`` retypes a name the model found after a described kind. Here the title is
found whatever the model read: the kind is found first (``str.find`` of a space and the kind),
then the word before it must describe it (``kind_titles.describes_kind``: no auxiliary, pronoun
or plural subject of the verbs "show" and "film", "figures show Kelby Motors") and may not be a
determiner (``work_titles``' case), and the title right after it is "The" perhaps and one to six
capitalised words. A title a capitalised word or a number runs on from is cut no more: it is
left alone (a longer title), and so is one that reads as a person's name or a listed name, a
body's head word's ("Kelby Studios") or capitals alone ("BBC"). Only the kind's own phrase is
read: the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from consumer.entities.retype.heads import head_type
from consumer.entities.retype.kind_titles import describes_kind
from consumer.entities.rules.shared import matches_at_literals
from consumer.lexicon import MONTH_NAMES, WEEKDAYS

_KINDS = (
    "film",
    "movie",
    "series",
    "show",
    "sitcom",
    "drama",
    "documentary",
    "comedy",
    "album",
    "programme",
    "soap",
    "thriller",
    "musical",
    "biopic",
    "blockbuster",
)
_KIND_LITERALS = tuple(f" {kind} " for kind in _KINDS)
_TITLE_WORD = r"[A-Z][\w'’-]*"
_SMALL = r"(?:of|the|and|&|in|on|at|to|for|a|with)"  # small words inside a title
# the kind, then "The" perhaps and the title's words (small words between them)
_KIND_THEN_TITLE = re.compile(
    r" (?P<kind>" + "|".join(_KINDS) + r") "
    rf"(?P<title>(?:The |A )?{_TITLE_WORD}(?: (?:{_SMALL} )*{_TITLE_WORD}){{0,5}})"
    r"(?P<after>[ \t]*(?:[^\w\s'’-]|[ \t][a-z]|$))"
)
# small words and a capitalised word or a number after the title: it runs on past what was found
# ("festive comedy Kelby with the Marlows", "Kelby & Death of ..."), a slash and one ("Nip/Tuck"),
# or a colon and one (a subtitle, "Team Kelby: World Police")
_RUNS_ON = re.compile(rf"(?:[ \t]+{_SMALL})*[ \t]+(?:[A-Z]|\d)|/[A-Z]|:[ \t]+[A-Z]")
# a comma, then more capitalised titles and "and"/"or": a list of titles after the kind
_LIST_AFTER = re.compile(r",[ \t]+(?:The[ \t]+)?[A-Z][^,.;:!?\n]{0,40}?(?:,|[ \t](?:and|or)[ \t]+[A-Z])")
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“])(?P<word>[\w'’.&-]+)$")
_REACH = 30  # characters before the kind looked at for the word that describes it
# words the bare-title rule of ``work_titles`` takes: an article, an owner or an order's word
_DETERMINERS = frozenset(
    ("the", "a", "an", "his", "her", "its", "their", "my", "our", "your", "new", "latest", "debut", "first")
)
# a prize's words: "a best film Oscar", "the worst movie Razzie"
_NO_WORK_BEFORE = _DETERMINERS | {"best", "worst"}
# a person's style opening the words after the kind: "on Radio's Today programme Mr Roe said"
_STYLES = frozenset(
    ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.")
)
_DATE_WORDS = frozenset(w.title() for w in (*MONTH_NAMES, *WEEKDAYS))
_CAPITALS = re.compile(r"[A-Z0-9&.+-]+")


def described_titles(text: str, is_name: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """ "Oscar-nominated movie The Harbour Pilot.": the spans of works' titles ("The" left out,
    so the title's other mentions, which the model reads without it, share its key) right after
    a kind of work that a word other than a determiner describes."""
    for match in matches_at_literals(_KIND_THEN_TITLE, text, _KIND_LITERALS):
        before = _WORD_BEFORE.search(text, max(0, match.start() - _REACH), match.start())
        if before is None:
            continue
        word = before.group("word")
        if word.lower() in _NO_WORK_BEFORE or word.endswith(("'s", "’s")):
            continue  # "the film Harbor Nights", "Roe's album Salt": ``work_titles``' own
        if not describes_kind(word, match.group("kind")):
            continue
        if _RUNS_ON.match(text, match.end("title")) is not None:
            continue  # "hit film Sailors of the Kelp Sea 2": a longer title than the words found
        if _LIST_AFTER.match(text, match.end("title")) is not None:
            continue  # "spin-off series The Kelp, Deep Tide and Harbor": the list rules' own
        title = match.group("title")
        if " and The " in title or " and A " in title:
            continue  # "comedy series Early Tides and The Quell Diaries": two titles
        words = title.split(" ")
        bare = [w for w in words if w not in ("The", "A")]
        if (
            not bare
            or bare[0] in _STYLES
            or any(w in _DATE_WORDS for w in words)
            or words[-1].endswith(("'s", "’s"))
        ):
            continue  # "the show Tuesday", "programme Mr Roe", "drama Kelby's ...": no title, or cut
        name = " ".join(bare)
        if _CAPITALS.fullmatch(name.replace(" ", "")) or head_type(name) is not None or is_name(name):
            continue
        start = match.start("title") + (4 if title.startswith("The ") else 0)
        yield start, match.end("title")  # "The" left out: the model's other mentions lack it
