"""Spans that name nothing and are dropped: stock tickers and exchange prefixes, degrees after a
name ("MD, MPH"), counted parts ("Episode 38"), a person's shape that names nobody ("Jo
Roe-ish", "Block79 North").
"""

from __future__ import annotations

import re

from consumer.entities.candidates import Candidate, era_after_year
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.heads import head_type
from consumer.entities.retype.lexicons import word_list
from consumer.entities.retype.person_names import looks_like_person
from consumer.entities.retype.titles import no_name

_PERIOD_CODE = re.compile(r"^(?:Q[1-4]|H[12]|FY\d{2,4})$")
# Social handles, web addresses and URL slugs ("@jdoe", "www.x.com", "4p7SXk7JPW") that share
# links leave in page text: no entity has such a name.
_HANDLE = re.compile(
    r"@\w|https?:|www\.|\.(?:com|org|net)\b|"
    r"^(?=(?:\S*\d){2})(?=(?:\S*[A-Z]){2})(?=(?:\S*[a-z]){2})\S{8,}$"
)


# A kind of connected device written in capitals, as deals copy does: no maker, no product
_SMART_DEVICE = re.compile(
    r"Smart (?:TVs?|HDTVs?|Watch(?:es)?|Displays?|Speakers?|Phones?|Home|Glasses|Rings?|Plugs?|Bulbs?|"
    r"Thermostats?|Locks?|Bands?|Scales?)"
)


# "Orbix Labs Inc. (NASDAQ: ORBX)": a stock's exchange and its ticker after the company. The
# ticker is a code of the company's stock, no name of its own; the exchange is a body (the
# conventions type exchanges as organisations), not the exchange's index.
_EXCHANGES = (
    r"(?:NYSE(?:\s?(?:MKT|Arca|American))?|NASDAQ(?:GS|GM|CM)?|Nasdaq|AMEX|OTC(?:MKTS|QB|QX|BB)?"
    r"|TSXV?|ASX|LSE|HKEX|SEHK|SGX|NSE|BSE)"
)
_EXCHANGE = re.compile(_EXCHANGES)
_EXCHANGE_TICKER = re.compile(rf"^({_EXCHANGES})\s*:\s*[A-Z][A-Z.]{{0,7}}$")
_TICKER_BEFORE = re.compile(rf"\(\s*{_EXCHANGES}\s*:\s*$")
_TICKER_AFTER = re.compile(r"\s*\)")
_TICKER_AFTER_EXCHANGE = re.compile(r"\s*:\s*[A-Z][A-Z.]{0,7}\s*\)")
_EXCHANGE_NAMES = {"nasdaq": "Nasdaq Stock Market", "nyse": "New York Stock Exchange"}


# "Tarvex Corp <TRVX>", "<TRVX.N>": a wire's (Reuters') ticker in angle brackets, capitals only
_BRACKETED_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,3})?")


def ticker(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """The ticker in "(NYSE: DLF)" or "<DLF>", no name; its exchange retyped on the way (in place)."""
    if (
        text[cand.start - 1 : cand.start] == "<"
        and text[cand.end : cand.end + 1] == ">"
        and _BRACKETED_TICKER.fullmatch(text, cand.start, cand.end)
    ):
        return True
    if _TICKER_BEFORE.search(text, max(0, cand.start - 24), cand.start) and _TICKER_AFTER.match(
        text, cand.end
    ):
        return True
    _stock_exchange(cand, text, gazetteer)
    return False


def _stock_exchange(cand: Candidate, text: str, gazetteer: Gazetteer) -> None:
    """ "(NASDAQ: ORBX)": the exchange of a ticker is the exchange (in place), cut from the
    ticker the model may have read with it."""
    surface = text[cand.start : cand.end]
    both = _EXCHANGE_TICKER.match(surface)
    if both is not None:
        cand.end = cand.start + both.end(1)
        surface = both.group(1)
    if not _EXCHANGE.fullmatch(surface) or not _TICKER_AFTER_EXCHANGE.match(text, cand.end):
        return
    if not text[max(0, cand.start - 3) : cand.start].rstrip().endswith("("):
        return
    key = surface.split()[0].lower()
    entry = gazetteer.lookup(_EXCHANGE_NAMES.get(key, surface))
    cand.type, cand.origin = "ORGANIZATION", "rule"
    cand.entry = entry if entry is not None and entry.type == "ORGANIZATION" else None


# Post-nominal letters, the degrees and credentials a name may carry ("Jane Rowe, MD, MPH,"): a
# tagger reads them as a body or, for "MD", as Maryland. A closed class of words.
_DEGREES = (
    r"(?:MD|M\.D\.|DO|PhD|Ph\.D\.|MPH|MSN|MSW|MHS|MBA|MFA|MSc|MS|MA|BSc|BSN|RN|LPN|NP|DNP|PA-C|DVM|DDS|DMD|"
    r"JD|LLM|EdD|PsyD|PharmD|CPA|CFA|CFP|FACP|FACS|FRCP|FAAP|MSCE)"
)
_DEGREE = re.compile(rf"{_DEGREES}$")
_NAME_AND_DEGREES_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{1,2}})(?:, {_DEGREES})*, $"
)
_DEGREE_REACH = 60  # characters looked back: the name and the degrees before this one


def post_nominal(cand: Candidate, text: str, surface: str, gazetteer: Gazetteer) -> bool:
    """A degree after a person's name and a comma ("Jane Rowe, MD, MPH,"), not a place after a
    town ("Baltimore, MD"): the words before the degrees must read as a person's name."""
    if not _DEGREE.match(surface):
        return False
    before = _NAME_AND_DEGREES_BEFORE.search(text, max(0, cand.start - _DEGREE_REACH), cand.start)
    return before is not None and looks_like_person(before.group("name"), gazetteer)


# The counted parts of a series, a list, a page or a plan, named by the kind and a number ("Episode
# 38", "Item 1", "Part 2", "Phase 3", "Round 4"): the model reads the capitalised kind alone as a
# MISC or a body; the part names no entity (a law's parts are `_PROVISION_WORDS`, kept as MISC).
_COUNTED_PARTS = frozenset(
    word_list(
        "episode item part step page figure fig table slide photo image round phase stage level lot "
        "volume vol issue option question exhibit appendix note chart graph"
    )
)


_PART_NUMBER = re.compile(r"[ \u00a0](?:\d+[A-Za-z]?|[IVXL]+)(?![\w-]|\.\w)")  # "Item 2." ends a sentence


def _counted_part(text: str, cand: Candidate, surface: str) -> bool:
    """A model name that is a counted part's kind alone before its number, or with it."""
    word, _, rest = surface.partition(" ")
    if word.lower().rstrip(".") not in _COUNTED_PARTS or not word[:1].isupper():
        return False
    if rest:
        return _PART_NUMBER.fullmatch(" " + rest) is not None
    return _PART_NUMBER.match(text, cand.end) is not None


# A player's stat line counts things by their letters ("1 sack, 1 TFL, 2 QH", "3 REB, 2 AST"): the
# letters after a small number, with another count right before or after them, name no body
_STAT_LETTERS = re.compile(r"[A-Z]{2,4}")
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}[ \t]+$")
_COUNT_NEIGHBOUR_AFTER = re.compile(r"[ \t]*[,;][ \t]*\d{1,3}[ \t]+[A-Za-z]")
_COUNT_NEIGHBOUR_BEFORE = re.compile(r"\d{1,3}[ \t]+[A-Za-z]+[ \t]*[,;][ \t]*\d{1,3}[ \t]+$")
_STAT_REACH = 24
# A lower-case word right after the letters: a noun they qualify, a body's name ("2 BBC journalists")
_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _counted_stat(text: str, cand: Candidate, surface: str) -> bool:
    """Capitals alone right after a small number, another count beside them: a stat, no name."""
    if _STAT_LETTERS.fullmatch(surface) is None or _WORD_AFTER.match(text, cand.end) is not None:
        return False  # "left 3 soldiers, 2 BBC journalists": never before a noun
    if _COUNT_BEFORE.search(text, max(0, cand.start - 6), cand.start) is None:
        return False
    return (
        _COUNT_NEIGHBOUR_AFTER.match(text, cand.end, cand.end + _STAT_REACH) is not None
        or _COUNT_NEIGHBOUR_BEFORE.search(text, max(0, cand.start - _STAT_REACH), cand.start) is not None
    )


# A field of study in title case ("a degree in Computer Science", "minored in Art History",
# "two Chemistry students"): the model reads it as a body or a person, but a discipline is no
# named entity. Only the whole span, with a field's modifier and head from these lists; never a
# school's, a journal's or a department's name around it ("the Department of Physics", "Social
# Science Quarterly", "Capital Economics" has no field modifier).
_ACADEMIC_FIELD = re.compile(
    r"(?:(?:Computer|Political|Social|Civil|Mechanical|Electrical|Chemical|Aerospace|Biomedical|"
    r"Environmental|Organic|Inorganic|Molecular|Cognitive|Materials|Nuclear|Industrial|Applied|"
    r"Theoretical|Natural|Earth|Art|Marine|Behavioral|Behavioural) )?"
    r"(?:Chemistry|Physics|Biology|Mathematics|Psychology|Sociology|Anthropology|Linguistics|Geology|"
    r"Economics)|"
    r"(?:Computer|Political|Social|Civil|Mechanical|Electrical|Chemical|Aerospace|Biomedical|"
    r"Environmental|Materials|Nuclear|Industrial|Software|Cognitive|Earth|Natural|Marine|Art|"
    r"Information|Library) (?:Sciences?|Engineering|History|Studies)"
)
_FIELD_BODY_BEFORE = re.compile(
    r"(?:Department|Dept\.|School|Faculty|College|Institute|Journal|Society|Academy|Center|Centre|"
    r"Museum|Association|Council|Division|Board|Foundation|Laboratory|Lab)"
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$"
)
_FIELD_NAME_AFTER = re.compile(r"[ \t]*(?:[A-Z&]|['\u2019]s\b)")


def _academic_field(text: str, cand: Candidate, surface: str) -> bool:
    """A model name that is a field of study alone, no body's name running on before or after."""
    if _ACADEMIC_FIELD.fullmatch(surface) is None or _FIELD_NAME_AFTER.match(text, cand.end):
        return False
    return _FIELD_BODY_BEFORE.search(text, max(0, cand.start - 40), cand.start) is None


# A compass or part-of adjective alone ("18 Northern and central California counties", "in
# Northern greenhouses"): the model reads it as a place, but it names none without the place it
# qualifies ("Northern Tarvia" is found whole). "Central" is left out: it names districts ("the
# protest in Central"). Nor a body after "the" and before a lower-case word ("The Eastern states
# ..."): once such a region's bare name left the gazetteer's keys (session 48), the model read
# the adjective as an organisation instead; "Fares rose on Northern, the rail operator said" is one.
_LONE_PART_WORD = re.compile(r"(?:North|South|East|West)(?:east|west)?ern|Upper|Lower|Inner|Outer")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


def _lone_part_word(cand: Candidate, text: str, surface: str) -> bool:
    if cand.origin == "rule" or _LONE_PART_WORD.fullmatch(surface) is None:
        return False
    if cand.type == "LOCATION":
        return True
    return (
        cand.type == "ORGANIZATION"
        and _LOWER_AFTER.match(text, cand.end) is not None
        and _THE_BEFORE.search(text, max(0, cand.start - 8), cand.start) is not None
    )


def names_nothing(cand: Candidate, text: str, surface: str) -> bool:
    if _PERIOD_CODE.match(surface):
        return True  # "Q3", "FY2024": reporting periods, not names
    if _lone_part_word(cand, text, surface):
        return True  # "Northern" alone: a qualifier of a place, no place nor body
    if cand.entry is None and (_HANDLE.search(surface) or no_name(surface)):
        return True  # handles and slugs; "Lt Col", "Y.": titles or an initial alone name nobody
    if cand.entry is None and _SMART_DEVICE.fullmatch(surface):
        return True  # "the best Smart TV interface", "42mm Smart Watch": a kind of device
    if cand.origin == "ner" and cand.entry is None and _counted_part(text, cand, surface):
        return True  # "Episode 38", "Item 1", "Phase 2": a part of a series by its number
    if cand.origin == "ner" and cand.entry is None and _academic_field(text, cand, surface):
        return True  # "majored in Art History", "Computer Science graduates": a field of study
    if cand.origin == "ner" and cand.entry is None and _counted_stat(text, cand, surface):
        return True  # "1 sack, 1 TFL, 2 QH": a stat's letters in a line of counts (session 35)
    return era_after_year(text, cand.start, surface)  # "476 B.C.": an era, not British Columbia


_FOOTNOTE_END = re.compile(r"(?<=[a-z])[,.;:*]?\d{1,3}$")
_GLUED_DIGIT = re.compile(r"[A-Za-z][.,*]?\d|\d[A-Za-z]")  # not "RSA-768": a model's number
_LIKENESS_END = re.compile(r"-(?:ish|esque)$")
_MODEL_CODE = re.compile(r"(?<![\w.-])[A-Z]{1,6}\d{1,4}[A-Za-z]{0,3}(?![\w-])")
_OWNED_AFTER = re.compile(r"['\u2019]s\s+(?=[A-Z])")


def no_persons_name(cand: Candidate, text: str, gazetteer: Gazetteer) -> bool:
    """Whether a model person's span is no person's name by its shape (True: drop it). A page's
    footnote mark glued to the name is cut off ("Jo Roe,11"); a digit glued to a letter ("DDR4 RAM",
    "Block79 North"), a likeness's suffix ("a Jo Roe-ish swagger") or an owned thing after a
    possessive ("Acme’s Orbo", "Roe’s Tavern", "Valentine’s Day") names none; where the owner has a
    person's look ("Jo Roe’s Tavern") the owner is kept."""
    if cand.type != "PERSON":
        return False
    surface = text[cand.start : cand.end]
    footnote = _FOOTNOTE_END.search(surface)
    if footnote is not None:
        cand.end = cand.start + footnote.start()
        surface = surface[: footnote.start()]
    if _MODEL_CODE.search(surface):
        cand.type = "PRODUCT"  # "Orvo X10", "GDDR5 RAM": a model's code, a made thing
        return False
    if _GLUED_DIGIT.search(surface) or _LIKENESS_END.search(surface):
        return True
    owned = _OWNED_AFTER.search(surface)
    if owned is None or head_type(surface) is not None or gazetteer.lookup(surface) is not None:
        return False  # "Sam’s Club", "Macy’s Parade": the head word or the gazetteer types it later
    if looks_like_person(surface[: owned.start()], gazetteer):
        cand.end = cand.start + owned.start()
        return False
    return True
