"""Chinese county-level places written with a lower-case kind word: "Shanba county", "Lijiao
village", "Mengxi autonomous county".

Agency copy from China writes the kind word of a county, district, township or village in lower
case as often as capitalised. The capitalised form ("Shanba County") is one name to the model and
the rules; the lower-case one is not: the model reads the bare name or nothing ("Lijiao village
earned 3 million yuan" gave no place at all), so the place is missing or named short, and a figure
it owns has no owner. The guidelines count districts and such places as LOCATION, named as the copy
writes them. Provinces and cities are left alone: the gazetteer knows them and their bare name is
the entity's ("Fujian province" is Fujian). Only a pinyin name: a lower-case "county" after an
English name ("the Kent county council") is an ordinary word. One pass over the text.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.retype.person_names import PINYIN_SYLLABLE

# a pinyin word of one to four syllables ("Shanba"; "Xi'an" aside: no apostrophe)
_PINYIN_WORD = re.compile(rf"(?:{PINYIN_SYLLABLE}){{1,4}}")
_KINDS = r"county|district|village|township|town|new\s+area"
# The name (one or two capitalised words) and its lower-case kind; an autonomous unit may put
# its peoples' names between ("Mengxi Dai autonomous county"), which need not be pinyin.
_LOWER_KIND = re.compile(
    r"(?=[A-Z])(?<![\w'’-])"
    r"(?P<base>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"(?:(?P<peoples>(?:\s+[A-Z][a-z]+){1,3})\s+autonomous\s+(?:county|region|prefecture|banner)"
    rf"|\s+(?:{_KINDS}))"
    r"(?![\w'’-])"
)
_CHINA = re.compile(r"\bChin(?:a|ese)\b|\bXinhua\b")
_OF_AFTER = re.compile(r"\s+of\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "a Yunnan village", "an Anhui county": the province says what kind of village it is
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def lower_kind_places(text: str) -> list[tuple[int, int]]:
    """Spans of pinyin-named places with a lower-case kind word after them, kind word included.
    A sentence's capitalised first word before the name ("The Qinhai new area") is left out."""
    spans: list[tuple[int, int]] = []
    if not _CHINA.search(text):
        return spans  # copy about China names it ("Orange county" reads as pinyin too)
    for m in _LOWER_KIND.finditer(text):
        start = m.start()
        words = m.group("base").split(" ")
        if len(words) == 2 and not _pinyin(words[0]) and _pinyin(words[1]):
            start += len(words[0]) + 1
            words = words[1:]
        if not all(_pinyin(w) for w in words):
            continue
        if _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
            continue  # "a Yunnan village"
        if _OF_AFTER.match(text, m.end()) and _THE_BEFORE.search(text, max(0, start - 4), start):
            continue  # "the Hubei town of Lijiao" names the town after "of"; "Daxing district of Beijing"
        spans.append((start, m.end()))
    return spans


def _pinyin(word: str) -> bool:
    """A pinyin name word ("Shanba", "Jin-an"), no English function word ("In", "On")."""
    return word.lower() not in STOP_WORDS and all(
        _PINYIN_WORD.fullmatch(part.lower()) for part in word.split("-")
    )
