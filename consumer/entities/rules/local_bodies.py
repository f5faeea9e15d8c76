"""A town's, county's or state's own public bodies named on the place: "the Kelby County Sheriff's
Office", "the Marlow Police Department", "the Tarvin County School District", "the Brackwater
Health Department", "the Harlow Transit Authority" (issue 14, session 35).

US local news names its police, schools and health offices this way, and a story's official
words are theirs ("..., the sheriff's office said"). The small model reads such a name as the
place alone, as a place whole ("Clark County School District"), as a person ("Kelby Water Board")
or not at all ("a Jackson County Sheriff's Office deputy"), so its quotes had no speaker. The
rule finds the body's kind word first (``str.find`` of a few capitalised words), then reads the
place before it in a bounded window: one to three capitalised words, and perhaps the level of
government ("County", "City", "Township", "Parish", "State"). The place inside is part of the
name, no entity of its own (the conventions list a name inside a longer one only where the text
also names it alone).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.rules.shared import matches_at_literals
from consumer.lexicon import MONTH_NAMES, WEEKDAYS

_SP = r"[ \t]+"
_POSS = r"['’]s"
# The kinds of a place's body that say what it is by themselves: what comes before them is the
# place they serve ("Forest Hill Police Department"), whether or not any list knows the place
_STRONG = (
    rf"Police{_SP}(?:Department|Dept\.|Service|Bureau)"
    rf"|Sheriff{_POSS}{_SP}(?:Office|Department|Dept\.)"
    rf"|Fire{_SP}(?:(?:and|&){_SP}Rescue{_SP})?(?:Department|Dept\.|Protection{_SP}District)"
    rf"|(?:(?:Unified|Independent|Consolidated|Community|Public){_SP})?School{_SP}(?:District|System)"
    rf"|Public{_SP}Schools"
    rf"|Board{_SP}of{_SP}(?:Education|Health|Supervisors|Commissioners|Elections)"
    rf"|(?:Public{_SP})?Health{_SP}(?:Department|District)"
    rf"|(?:Coroner|Medical{_SP}Examiner|(?:District|Prosecuting|County|City){_SP}Attorney|Prosecutor)"
    rf"{_POSS}{_SP}Office"
    rf"|Emergency{_SP}Management{_SP}(?:Agency|Department|Office)"
)
# ... and kinds that other bodies share ("Kessel Rail Police", "Acme Water Board"): only after a
# place a list knows or a level of government
_WEAK = (
    rf"Police|State{_SP}Police|Highway{_SP}Patrol|State{_SP}Patrol"
    rf"|(?:Transit|Transportation|Housing|Port|Water|Airport){_SP}Authority"
    rf"|Water{_SP}(?:Board|District|Department)|Schools"
)
# A rank or an office of the force right after a weak kind: the kind still ends the body's name
# ("Denver Police Chief Ann Roe", "Kelby Police Detective Jo Vale"; the model reads the town alone)
_RANK_AFTER = re.compile(
    r"[ \t]+(?:(?:Deputy|Assistant|Interim|Acting)[ \t]+)?"
    r"(?:Chief|Officer|Detective|Sgt\.|Sergeant|Lt\.|Lieutenant|Capt\.|Captain|Cmdr\.|Commander"
    r"|Commissioner|Superintendent|Spokesman|Spokeswoman|Spokesperson|Trooper|Constable)\b"
)
_KIND = re.compile(rf" (?:(?P<strong>{_STRONG})|(?P<weak>{_WEAK}))(?![\w'’&-])")
_KIND_LITERALS = (
    " Police",
    " Sheriff",
    " Fire ",
    " School",
    " Unified ",
    " Independent ",
    " Consolidated ",
    " Community ",
    " Public ",
    " Board of ",
    " Health ",
    " Coroner",
    " Medical Examiner",
    " District Attorney",
    " Prosecuting Attorney",
    " County Attorney",
    " City Attorney",
    " Prosecutor",
    " Emergency Management",
    " State ",
    " Highway Patrol",
    " Transit ",
    " Transportation ",
    " Housing ",
    " Port ",
    " Water ",
    " Airport ",
)
# A capitalised word of a place's name: "Fort", "Miami-Dade", "St.", "Prince George's"
_WORD = r"[A-Z][\w.'’-]*"
_PLACE_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<run>{_WORD}(?:[ \t]+{_WORD}){{0,4}})[ \t]*$")
_REACH = 64  # characters before the kind: a place of three words and its level
# The level of government a place's body serves, last word of the place ("Clark County")
_LEVELS = frozenset(("County", "City", "Township", "Parish", "Borough", "Village", "Town", "State"))
# A capitalised word that opens a sentence or a description and is no part of a place's name
# (beside spaCy's stop words, which `_place_word` rejects first: "Former", "Several", "Both",
# "Two")
_NOT_PLACE_WORDS = frozenset(
    (
        *(w.title() for w in (*MONTH_NAMES, *WEEKDAYS)),
        *("Acting", "Interim", "Local", "Nearby", "Neighboring", "Neighbouring", "Rural", "Suburban"),
        *("Officers", "Deputies", "Police", "Sheriff", "Fire", "School", "Schools", "Board"),
        *("Department", "Office"),
    )
)
_MAX_PLACE = 3  # words of a place's own name, before its level


def local_bodies(text: str, is_place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Each place's body a kind word ends: its start (the place's first word) and end. A strong
    kind ("Police Department", "Sheriff's Office", "School District") takes one to three
    capitalised words before it, a weak one ("Police", "Water Board", "Transit Authority") only
    a place the gazetteer knows or one ending on a level of government ("Marlow County"); never a
    weak kind followed by another capitalised word ("Kelby Police Federation") but a rank of the
    force ("Denver Police Chief Ann Roe")."""
    for kind in matches_at_literals(_KIND, text, _KIND_LITERALS):
        weak = kind.group("weak") is not None
        end = kind.end()
        if weak and re.match(r"[ \t]+[A-Z]", text[end : end + 8]) and not _RANK_AFTER.match(text, end):
            continue
        run = _PLACE_BEFORE.search(text, max(0, kind.start() - _REACH), kind.start())
        if run is None:
            continue
        start = _place_start(text, run.start("run"), run.group("run"), is_place, weak=weak)
        if start is not None:
            yield start, end


def _place_start(text: str, at: int, run: str, is_place: Callable[[str], bool], *, weak: bool) -> int | None:
    """Where the place's name opens in a run of capitalised words before a body's kind, or None
    when the run names no place (a weak kind) or holds nothing but sentence openers."""
    words = run.split()
    offsets = [at + m.start() for m in re.finditer(r"\S+", run)]
    level = words[-1] in _LEVELS and len(words) >= 2
    name = words[:-1] if level else words
    if not level and (name[-1] in _LEVELS or name[-1].endswith(("'s", "’s"))):
        return None  # 'the County Sheriff's Office', "Britain's Public Schools": no place's own name
    # the longest tail of the run the gazetteer knows as a place ("Fort Worth", "Kansas City"), as
    # written: a possessive tail names a county for a person ("St. Mary's County"), never a place
    for i in range(max(0, len(name) - _MAX_PLACE), len(name)):
        piece = " ".join(name[i:])
        if _place_word(name[i]) and is_place(piece):
            return offsets[i]
    if weak and not level:
        return None
    # no list knows it: the words after any sentence opener, up to three
    keep = len(name)
    while keep > 0 and len(name) - keep < _MAX_PLACE and _place_word(name[keep - 1]):
        keep -= 1
    if keep == len(name):
        return None
    return offsets[keep]


def _place_word(word: str) -> bool:
    """A capitalised word that may be part of a place's name (no stop word, date or describing word)."""
    return word.lower() not in STOP_WORDS and word not in _NOT_PLACE_WORDS and word[:1].isupper()
