"""Wire furniture: datelines, bylines, photo credits, agencies, sources, headline slugs.

The parts of wire copy around the story (who sent it, who took the photo, where it was
filed, which outlet it cites) hold names in fixed shapes the model does not know.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from consumer.entities.retype.lexicons import word_list
from consumer.entities.rules.shared import TITLE_WORDS
from consumer.events import EntityType
from consumer.gate import gated
from consumer.lexicon import (
    MONTH_NAMES,
    WEEKDAYS,
)
from consumer.parse.agencies import canonical_agency, is_known_agency

# A photo's credit in its caption: "(Xinhua/Li He)", "(People's Daily Online/Long Wei)",
# "(eng.example.cn/Photo by Xu Ming)", "(AP Photo/Jane Roe)": the photographer is a person of the
# story (its own photos' captions are story text), the agency before the slash an organisation.
# A studio's or a lender's handout credit may stand between ("(AP Photo/Kestrel Films, Jo Roe)").
_PHOTO_CREDIT = re.compile(
    r"\((?P<source>\w[\w'’.& -]{1,40}?)/(?:[Pp]hoto by\s+)?"
    r"(?:(?P<handout>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}),\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\)"
)


_CREDIT_ORGS = frozenset(("Images", "Press", "Post", "Party", "News", "Service", "Agency", "Times", "Photos"))


def photo_credits(text: str) -> Iterator[tuple[int, int, EntityType]]:
    """(start, end, type) of the credited photographer and the agency, when the side before the
    slash is a known agency or a web address ("(Xinhua/Li He)", "(eng.example.cn/Photo by Xu
    Ming)"). US captions put the photographer first ("(Jane Roe/Associated Press)"): the side
    after the slash is then no person, and nothing is taken."""
    for match in _PHOTO_CREDIT.finditer(text):
        source = match.group("source")
        agency = source[: -len(" Photo")] if source.endswith(" Photo") else source
        web = "." in source and " " not in source
        name = match.group("name")
        if not (is_known_agency(agency) or web) or is_known_agency(name) or name.split()[-1] in _CREDIT_ORGS:
            continue  # "(AFP/Getty Images)": two agencies, no photographer
        if not web:
            yield match.start("source"), match.start("source") + len(agency), "ORGANIZATION"
        if match.group("handout"):
            yield *match.span("handout"), "ORGANIZATION"
        yield *match.span("name"), "PERSON"


_AGENCY_IN_DATELINE = re.compile(r"\((?P<agency>[A-Z][A-Za-z .-]{1,30})\)")


def dateline_agency(raw: str) -> tuple[int, int] | None:
    match = _AGENCY_IN_DATELINE.search(raw)
    return match.span("agency") if match else None


def dateline_place(raw: str) -> tuple[int, int] | None:
    """The place at the start of 'BEIJING, April 20 (Xinhua) --' or 'LONDON 1996-08-30'."""
    match = re.match(r"\s*([A-Z][\w.'’ -]*?[\w.])(?=\s*,|\s+\(|\s+-|\s+\d|\s*$)", raw)
    if not match or len(match.group(1)) > 40:
        return None
    return match.span(1)


# Desk slugs glued to the front of wire headlines: "Soccer-Arsenal beat Chelsea 3-1".
_SLUG = re.compile(
    r"^\s*(?:(?:Soccer|Football|Tennis|Golf|Cricket|Rugby(?: union| league)?|Cycling|Athletics|"
    r"Motor racing|Motorcycling|Olympics|Basketball|Baseball|Boxing|Swimming|Skiing|Sailing|"
    r"Horse racing|Ice hockey|NFL|NBA|NHL|MLB|Formula One|BRIEF|UPDATE \d+|Update \d+|EXCLUSIVE|"
    r"Exclusive|FACTBOX|Factbox|ANALYSIS|Analysis|INSIGHT|Insight|WRAPUP(?: \d+)?|RPT|CORRECTED|REFILE)"
    r"\s*-\s*)+",
    re.IGNORECASE,
)


def headline_slug_end(headline: str) -> int:
    """Where a leading desk slug ('Soccer-', 'UPDATE 2-') ends in a headline, else 0."""
    match = _SLUG.match(headline)
    return match.end() if match and match.end() < len(headline) else 0


_BYLINE_WORD = re.compile(r"[\w'’.&-]+")


def agency_mentions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) of known news agencies a byline names: 'Jane Roe, Xinhua'.

    Short forms ('AP', 'AFP', 'dpa') count only as written by the agency (upper case or its own
    spelling), so a reporter called 'Ap' is not the Associated Press.
    """
    words = [(m.start(), m.end()) for m in _BYLINE_WORD.finditer(text)]
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            surface = text[start:end].rstrip(".,")
            end = start + len(surface)
            if surface.lower().startswith("the ") or not is_known_agency(surface):
                continue
            name = canonical_agency(surface) or surface
            if len(surface) <= 4 and not (surface.isupper() or surface == name):
                continue
            yield start, end, name
            i += n - 1
            break
        i += 1


# "sources told Kestrel Wire.", "according to the Harbor Ledger,", "in an interview with Quillcast
# on Monday", "a reporter for Dunmore Daily", "told The Harbor Ledger:" (a paper's capitalised "The"
# left out, session 45): a name a source cue opens and a clause's end or a
# time word closes is the outlet or body the words came through. The small model misses such
# names when they are one made-up word ("told Zorbly that"). The extractor adds them only where
# nothing else found a name, and never a person's look or a story person's surname ("told Roe.").
_SOURCE_NAME_WORD = r"[A-Z](?:[\w&'’!-]|\.(?=\w))*"
_SOURCE_CUE = gated(
    r"\b(?:told|according[ \t]+to|interview[ \t]+with"
    r"|(?:reporter|correspondent|columnist|writer)[ \t]+(?:for|at)"
    r"|spokes(?:man|woman|person)[ \t]+for)[ \t]+(?:[Tt]he[ \t]+)?"
    rf"(?P<name>{_SOURCE_NAME_WORD}(?:[ \t]+{_SOURCE_NAME_WORD}){{0,2}})"
    r"(?=[ \t]*(?:[,;:]|\.(?:\s|$)|$)|[ \t]+(?:that|on|in|at|last|this|earlier|about|when|while|before|after"
    r"|if|the|a|it|he|she|they|we|his|her|their)\b)"
)
_NOT_SOURCE_WORDS = frozenset(
    w.title() for w in (*STOP_WORDS, *WEEKDAYS, *MONTH_NAMES, *word_list("mr mrs ms dr sir dame lord lady"))
)


def source_names(text: str) -> Iterator[tuple[int, int]]:
    """'told Zorbly that ...': the name a source cue opens and a clause's end closes."""
    for match in _SOURCE_CUE.finditer(text):
        name = match.group("name")
        words = name.split()
        if any(w.rstrip(".") in _NOT_SOURCE_WORDS or w.rstrip(".").lower() in TITLE_WORDS for w in words):
            continue  # "told Mr. Roe", "told Monday", "according to Chief Roe"
        yield match.span("name")
