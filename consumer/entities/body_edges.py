"""A body's name the model cut at its first or last word (issue 11, session 37), mended before
the candidates are tidied and typed:

* a place the body is named for, which the model read apart from the rest ("the US" +
  "Anti-Doping Agency", "the UK" + "Independence Party", "the US" + "District Court"): after
  "the", a place the gazetteer knows right before a model body of two words or more that ends on
  a public body's head word is the body's first word, as the conventions name it ("California
  Public Utilities Commission", "United States Department of State");
* a numbered group of countries, "Group" and "of" and a count ("the Group of Seven", "the Group
  of 24"), which the model reads as a bare "Group";
* a people's word or a country run into a portfolio before an office's title ("Belgian" +
  "Agriculture Minister Jo Roe", "U.S." + "Interior Secretary"): the portfolio is no body.

Each looks at the words next to a model body only, one anchored match.
"""

from __future__ import annotations

import re

from consumer.entities import rules
from consumer.entities.candidates import Candidate
from consumer.entities.gazetteer import Gazetteer
from consumer.entities.retype.lexicons import word_list
from consumer.events import TextField

# Head words of public bodies and institutions a place names ("the US District Court"); a
# company's, a bank's or a club's are left out ("the UK Pepsi Company", "the Texas Rangers").
_PUBLIC_HEADS = frozenset(
    word_list(
        "ministry department agency commission committee council bureau administration authority "
        "association federation institute foundation party court office service board"
    )
)
_THE_BEFORE = re.compile(r"(?:^|[^\w'’-])[Tt]he[ \t]+$")


def _public_body(cand: Candidate, text: str) -> bool:
    if cand.type != "ORGANIZATION" or cand.origin != "ner":
        return False  # read before the span is split: most candidates stop here
    words = text[cand.start : cand.end].split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in _PUBLIC_HEADS


def _known_place(cand: Candidate) -> bool:
    return cand.type == "LOCATION" and cand.entry is not None and cand.entry.type == "LOCATION"


def place_opened_bodies(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A known place after "the" and one space before a model body of two words or more ending
    on a public body's head word opens the body's name; the place's own readings there go."""
    bodies = {(c.field, c.start): c for c in cands if _public_body(c, recased[c.field])}
    if not bodies:
        return cands
    taken: set[tuple[TextField, int, int]] = set()
    for cand in cands:
        if not _known_place(cand):
            continue
        text = recased[cand.field]
        body = bodies.get((cand.field, cand.end + 1))
        if body is None or text[cand.end] != " " or body.start <= cand.start:
            continue
        if _THE_BEFORE.search(text, max(0, cand.start - 5), cand.start) is None:
            continue
        taken.add((cand.field, cand.start, cand.end))
        body.start = cand.start
        body.weak = False
    if not taken:
        return cands
    return [c for c in cands if (c.field, c.start, c.end) not in taken]


# "the Group of Seven", "the Group of 24", "the so-called Group of Five industrial nations"
_COUNT = (
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Seventy-Seven"
    r"|\d{1,2})"
)
_GROUP_COUNT = re.compile(rf"[ \t]+(?P<of>of)[ \t]+(?P<count>{_COUNT})(?![\w-])")


def numbered_groups(cands: list[Candidate], recased: dict[TextField, str]) -> list[Candidate]:
    """A model body that is the bare word "Group" takes "of" and the count after it; what was
    found in the count is dropped."""
    # where the words taken in start ("of", the count), and where they end: a reading there that
    # ends by then is inside the name (a dict, so the drop stays one pass)
    grown: dict[tuple[TextField, int], int] = {}
    for cand in cands:
        if cand.type != "ORGANIZATION" or cand.origin != "ner":
            continue
        text = recased[cand.field]
        if text[cand.start : cand.end] != "Group":
            continue
        count = _GROUP_COUNT.match(text, cand.end, cand.end + 24)
        if count is None:
            continue
        grown[(cand.field, count.start("of"))] = grown[(cand.field, count.start("count"))] = count.end()
        cand.end = count.end()
    if not grown:
        return cands
    return [c for c in cands if c.end > grown.get((c.field, c.start), -1)]


# "Belgian Agriculture Minister Jo Roe", "U.S. Interior Secretary Jo Roe": the model reads the
# people's word or the country and the portfolio as one body ("Belgian Agriculture"); the portfolio
# before an office holder's title is no body (``rules.portfolio_before_office``), and what opens
# the span is the people or the place the gazetteer knows.
def nation_portfolios(cands: list[Candidate], recased: dict[TextField, str], gazetteer: Gazetteer) -> None:
    """A model body of a listed people's word or place (one or two words) and portfolio words before
    an office's title is cut to the people or the place, which takes the list's type (in place)."""
    for cand in cands:
        if cand.type != "ORGANIZATION" or cand.origin != "ner":
            continue
        text = recased[cand.field]
        if not rules.office_follows(text, cand.end):
            continue  # every portfolio ends where the body does, before an office's title
        words = list(re.finditer(r"\S+", text[cand.start : cand.end]))
        for k in (1, 2):
            if len(words) <= k:
                break
            head_end = cand.start + words[k - 1].end()
            rest_start = cand.start + words[k].start()
            if not rules.portfolio_before_office(text, rest_start, cand.end):
                continue
            entry = gazetteer.lookup(text[cand.start : head_end])
            if entry is None or entry.type not in ("LOCATION", "NORP"):
                continue
            cand.end, cand.type, cand.origin, cand.entry = head_end, entry.type, "gazetteer", entry
            break
