"""Languages named where the text says they are spoken, written or translated into: MISC.

"classes taught in Hindi, Urdu and Swahili", "a Sanskrit-language text", "Yiddish speakers": the
conventions type a language MISC. A language whose word is also a people's ("French", "Tibetan") is
the gazetteer's NORP entry and retype's (``apply._language``, mention by mention); this finder
takes the others, which the model reads as a place ("in Hindi" a town), a person or nothing. The
names come from ISO 639-1 (``pycountry``), one word of four letters or more, and a few everyday
names ISO files under another ("Mandarin", "Cantonese", "Farsi"); a word the gazetteer lists is
left out, so a place or a people is never made a language.

A cue must stand beside the word: a preposition or a verb of speaking, learning or translating
before it (and then the words a list adds: "in Hindi, Urdu and Swahili"), or a language's noun
after it ("-language", "speakers", "dialect"); never a capitalised word after it ("Persian Gulf",
"Hebrew University", "Mandarin Oriental" name other things). Two gated whole-text patterns, run
once per field.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from consumer.gate import capitalised_runs, gated

# everyday names ISO 639-1 files under another name or leaves out
_EXTRA_NAMES = (
    "Mandarin",
    "Cantonese",
    "Hokkien",
    "Gaelic",
    "Farsi",
    "Pashto",
    "Dari",
    "Punjabi",
    "Filipino",
    "Creole",
)


@functools.cache
def language_names() -> frozenset[str]:
    """One-word language names of four letters or more (ISO 639-1 and the everyday extras)."""
    import pycountry

    names = {str(lang.name).split(" (")[0] for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    names.update(_EXTRA_NAMES)
    return frozenset(n for n in names if n.isalpha() and len(n) >= 4 and n[0].isupper() and n[1:].islower())


# a cue before the first word; a list goes on with ", " / " and " / ", and " / " or "
_LIST_AFTER_CUE = gated(
    r"\b(?:in|into|from|speaks?|spoke|speaking|spoken|learn(?:s|ed|t|ing)?|teach(?:es|ing)?|taught|"
    r"translat(?:e|es|ed|ing|ion)|dubbed|subtitled)[ \t]+"
    r"(?:(?:fluent|perfect|broken|basic|plain|native|conversational)[ \t]+)?"
    r"(?P<words>[A-Z][a-z]{3,}(?:(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[A-Z][a-z]{3,}){0,6})"
    r"(?![\w'’-]|[ \t]+[A-Z])"
)
_WORD = re.compile(r"[A-Z][a-z]+")
# a language's noun after the word
_NOUN_AFTER = gated(
    r"\b(?P<word>[A-Z][a-z]{3,})(?:-|[ \t]+)(?:language|languages|speaking|speakers?|dialects?|script|"
    r"translations?|subtitles|dubbing)\b"
)


def named_languages(text: str, is_listed: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Languages named beside a cue: (start, end) of each name; never a word ``is_listed`` knows
    (a people's word or a place). A list after a cue stops at its first word that is no
    language's."""
    names = language_names()
    if names.isdisjoint(capitalised_runs(text)):
        return  # every name a match yields is one of the text's capitalised runs
    for match in gated_matches(text):
        if match.re is _NOUN_AFTER:
            word = match.group("word")
            if word in names and not is_listed(word):
                yield match.span("word")
            continue
        for word in _WORD.finditer(match.group("words")):
            if word.group() not in names:
                break  # "in Hindi and Kelby": the list is no list of languages past here
            if not is_listed(word.group()):
                start = match.start("words") + word.start()
                yield start, start + len(word.group())


def gated_matches(text: str) -> Iterator[re.Match[str]]:
    """Both patterns' matches over ``text``, each pattern run once."""
    yield from _LIST_AFTER_CUE.finditer(text)
    yield from _NOUN_AFTER.finditer(text)
