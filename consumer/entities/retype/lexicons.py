"""Names known only from a list: diseases ("Ebola", "... syndrome") and holidays ("Passover").

Nothing in these words says what they are, so a lexicon is the only way to type them; kept
apart because the finders (``disease_spans``, ``holiday_spans``) run over the whole text,
before any candidate exists. ``word_list`` (the shared helper that spells a word table as one
string) lives here because every other module builds its tables with it.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.gate import gated, scan

# Real diseases that are written as names (a lexicon is the only way to know them).
_DISEASE_NAMES = (
    r"(?:COVID(?:-19)?|Covid(?:-19)?|SARS(?:-CoV-2)?|MERS|H1N1|H5N1|H7N9|HIV|AIDS|HIV/AIDS|Ebola|Zika|"
    r"Mpox|Monkeypox|Alzheimer'?s|Parkinson'?s|Nipah|Marburg|Lassa|Omicron|Delta variant|Black Death|"
    r"Yersinia pestis)"
)
_DISEASE_SUFFIX = (
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:[Dd]isease|[Ss]yndrome|[Ff]ever|[Vv]irus|[Ff]lu|[Pp]lague)"
)
DISEASES = re.compile(rf"^(?:{_DISEASE_NAMES}|{_DISEASE_SUFFIX})$")
_DISEASE_IN_TEXT = gated(rf"(?<![\w-])(?:{_DISEASE_NAMES}|{_DISEASE_SUFFIX})(?![\w-])")
# The suffix branch tries a run of capitalised words at every capital and needs one of its kind
# words after a space; a text with none of them can match the names only (the same matches: the
# alternation never reaches a branch that cannot match), and one C search says which.
_DISEASE_KIND = re.compile(r"\s(?:[Dd]isease|[Ss]yndrome|[Ff]ever|[Vv]irus|[Ff]lu|[Pp]lague)(?![\w-])")
_DISEASE_NAME_IN_TEXT = gated(rf"(?<![\w-]){_DISEASE_NAMES}(?![\w-])")


def is_disease(name: str) -> bool:
    """Whether the name is a disease's ("Covid", "Lassa fever")."""
    return DISEASES.match(name) is not None


def disease_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a disease: these are MISC whatever the model says."""
    pattern = _DISEASE_IN_TEXT if _DISEASE_KIND.search(text) else _DISEASE_NAME_IN_TEXT
    spans = (_without_opening_stop_words(text, *m.span()) for m in pattern.finditer(text))
    return [span for span in spans if span is not None]


_OPENING_WORD = re.compile(r"([A-Z][\w'-]*)\s+")


def _without_opening_stop_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A disease's span without the capitalised stop words opening it ("The Quorvax virus" →
    "Quorvax virus"); None when only the kind word is left ("The virus", "While virus": a
    sentence's first word before a lower-case kind names nothing)."""
    word = _OPENING_WORD.match(text, start, end)
    while word is not None and word.group(1).lower() in STOP_WORDS:
        start = word.end()
        word = _OPENING_WORD.match(text, start, end)
    return (start, end) if word is not None or _DISEASE_NAME_IN_TEXT.match(text, start, end) else None


# Holidays, feasts and named days by their name (a lexicon, as for diseases: nothing in the word says it is a
# day). The conventions make them EVENTs; the model reads them as a people ("Holi"), a body
# ("Kwanzaa"), a place ("Easter") or nothing ("Passover", "Yom Kippur"). An "Easter egg" is a
# hidden feature, no feast.
_HOLIDAY_NAMES = (
    r"(?:Hanukkah|Chanukah|Kwanzaa|Passover|Yom Kippur|Rosh Hashanah|Purim|Sukkot|Eid al-Fitr|Eid al-Adha|"
    r"Eid ul-Fitr|Eid ul-Adha|Ramadan|Holi|Vesak|Nowruz|Easter(?: Sunday| Monday)?|Good Friday|Ash Wednesday|"
    r"Mardi Gras|Halloween|Thanksgiving|Juneteenth|Hogmanay|Bonfire Night|Boxing Day|Oktoberfest|"
    r"Lunar New Year|Chinese New Year|Mid-Autumn Festival|Dragon Boat Festival|Lantern Festival|"
    # days of the calendar named "... Day"/"... Eve" (session 48): the model read "Bastille Day" as a
    # place, split "New Year's Eve" at its possessive into "New Year" and an event "Eve", and ran
    # "Armistice Day" into the name after it
    r"New Year['’]s (?:Day|Eve)|Bastille Day|Armistice Day|Remembrance (?:Day|Sunday)|Anzac Day|"
    r"Veterans Day|Memorial Day|Valentine['’]s Day|St\.? Patrick['’]s Day)"
)
HOLIDAYS = re.compile(rf"^{_HOLIDAY_NAMES}$")
# standalone only: never a word of a longer capitalised name ("A Thanksgiving Carol", "Easter
# Island", "Holi Cola"), which keeps its own reading
_HOLIDAY_IN_TEXT = gated(rf"(?<![\w'’.&-]){_HOLIDAY_NAMES}(?![\w'’&-]|[ \t]+[A-Z])")
EGG_AFTER = re.compile(r"[ \t]+[Ee]ggs?\b")  # "an Easter egg": a hidden feature
_WORD_BEFORE_HOLIDAY = re.compile(r"([A-Za-z][\w'’.&-]*)[ \t]+$")


def holiday_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a holiday on its own: EVENTs whatever the model says. A capitalised
    word before it that is no small word makes it part of a longer name ("Office Thanksgiving",
    "A Hanukkah Story"), left to its own reading ("On Thanksgiving" is the day)."""
    spans = []
    for match in scan(_HOLIDAY_IN_TEXT, text):  # most texts name no holiday: tested first
        word = _WORD_BEFORE_HOLIDAY.search(text, max(0, match.start() - 30), match.start())
        if word is not None and word.group(1)[:1].isupper() and word.group(1).lower() not in STOP_WORDS:
            continue
        if not EGG_AFTER.match(text, match.end()):
            spans.append(match.span())
    return spans


def word_list(text: str) -> list[str]:
    return text.split()
