"""People the model reads as bodies or places, told by how the story names them again: a name of
one to three name words whose last word the story writes after a courtesy title ("Mr Quell",
"Ms Dorne"), before an age in apposition ("Quell, 38,"), before a verb of speech and "he"/"she"
("Quell said she ...") or before kin ("Quell's wife") is a person's. A body is never "Mr", has
no age or wife and says "it".

``person_cue_words`` reads each field once (four linear scans) and gives the words so named;
``cued_surname`` then asks only a set per candidate, so the cost stays linear in the text
whatever the number of names.
"""

from __future__ import annotations

import re

from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.given_names import is_given_name
from consumer.entities.retype.heads import HEAD_TYPES, head_word
from consumer.entities.retype.person_names import NAME_OPENERS, NOT_SURNAMES, is_place, person_words
from consumer.gate import gated

_WORD = r"([A-Z][\w'\u2019-]+)"
# "Mr Quell", "Mrs. Dorne's": a courtesy title only a person bears (a rank or an office is left
# to ``person_context``: "Governor" heads bodies' names too)
_TITLED = gated(rf"(?<![\w'\u2019.-])(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{_WORD}")
# "Quell, 38, ...", "Quell, 38 - who ...": an age in apposition
_AGED = gated(rf"(?<![\w'\u2019.-]){_WORD},[ \t]+\d{{1,2}}(?=[ \t]*[,;)\u2013\u2014]|[ \t]+-[ \t])")
# "Quell said she would ...", "Quell told reporters he ...": speech going on with a person's pronoun
_SAYS_PRONOUN = gated(
    rf"(?<![\w'\u2019.-]){_WORD}[ \t]+(?:said|says|added|told[ \t]+[a-z]+)[ \t]+"
    r"(?:that[ \t]+)?(?:he|she)[ \t]"
)
# "Quell's wife", "Quell's late father": kin only a person has
_KIN_AFTER = gated(
    rf"(?<![\w'\u2019.-]){_WORD}['\u2019]s[ \t]+(?:late[ \t]+|former[ \t]+)?"
    r"(?:wife|husband|widow|widower|son|daughter|father|mother|brother|sister|girlfriend|boyfriend|fianc[eé]e?)\b"
    r"(?![ \t]+(?:company|companies|firms?|banks?|units?|groups?|brands?))"  # "its daughter company"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_TITLE_WORDS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr"))


def person_cue_words(text: str) -> frozenset[str]:
    """Every word the text writes after a courtesy title, before an age, before speech and a
    person's pronoun or before kin (a possessive's clitic cut off): one pass of each pattern over
    the field."""
    found: set[str] = set()
    for pattern in (_TITLED, _AGED, _SAYS_PRONOUN, _KIN_AFTER):
        found.update(_POSSESSIVE.sub("", m.group(1)) for m in pattern.finditer(text))
    return frozenset(found)


def cued_surname(surface: str, cued: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A name of one to three name words whose last word ``cued`` holds: a person's (one word: the
    surname alone, "Quell ... Mr Quell said"). Never a name the gazetteer knows, one a place that is
    no given name or an opener's word starts ("Lisbon Quell", "New Dorne"), one with a body's head
    word ("Dorne Holdings") or a title inside ("Tarvia Mr Quell")."""
    words = surface.split()
    return (
        1 <= len(words) <= 3
        and words[-1] in cued
        and person_words(words, gazetteer)
        and words[-1] not in NOT_SURNAMES
        and words[0].lower() not in NAME_OPENERS
        and not _TITLE_WORDS.intersection(words)
        and head_word(surface) not in HEAD_TYPES
        and gazetteer.lookup(surface) is None
        and not (is_place(words[0], gazetteer) and not is_given_name(words[0]))
    )
