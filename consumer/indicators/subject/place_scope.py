"""A place named inside the phrase that heads a statistic owns the statistic (session 39).

Wire copy scopes an economy's figure with the place in many more ways than the "<statistic> in X"
and "X's <measure>" the possessive rules read, and those figures were left with no owner though
the place is named in their own sentence:

- a place's stock or tally, counted with "the number / value / volume / length of ... in X": "The
  number of private firms in Kessel rose to 30,000", "The total length of expressways in Kessel
  reached 5,000 km" (never a count of casualties or patients, which the conventions give to no one
  unless the text frames it as the place's);
- an economy's statistics the older lists lack, before "in X": "Total bank assets in Norland rose to
  8 billion dlrs", "Capital expenditure in Tarvia rose 4 pct", "money supply", "foreign exchange
  reserves", "wholesale prices", "the trade deficit in Norland";
- Xinhua's "the added value / output value / fiscal revenue of X" and "(tourist) arrivals to X";
- after a sentence-opening "In X,", "the output / number / value of ...": "In Kessel, the output of
  new energy vehicles rose 40 percent"; and "In X," right after the dateline's dash ("BEIJING, March
  3 (Xinhua) -- In Kessel, retail sales rose ..."), which the older test for a sentence's head missed;
- the possessive of a place before a statistic the measure words lack: "Norland's money supply",
  "the swing in Tarvia's current account to a surplus of 2 billion dlrs";
- a public body the place's possessive names, telling the statistic: "Norland's finance ministry
  said the trade surplus narrowed to 3 billion dlrs" is Norland's (the teller's country, not the
  ministry, as the conventions give "the ministry said X's output rose").

Each test reads only the words right before or after the place, which its caller bounds.
"""

from __future__ import annotations

import re

from consumer.indicators.subject.mentions import Candidate
from consumer.indicators.subject.place_statistics import STATISTIC

# What must not be counted as a place's own tally: casualties, patients and people acted upon
_CASUALTY = (
    r"(?:killed|dead|deaths?|died|injured|injuries|wounded|victims|missing|casualties|cases|infections|"
    r"infected|patients|evacuated|evacuees|homeless|displaced|affected|arrested|detained|fatalities)"
)
# "the number of private enterprises in ", "The total length of expressways in "
_TALLY_IN = re.compile(
    r"\b(?:number|value|volume|length|mileage|area|amount)\s+of\s+(?:[a-z][\w-]*\s+){1,4}?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CASUALTY_WORD = re.compile(rf"\b{_CASUALTY}\b", re.IGNORECASE)
# the statistics of an economy that the older "in X" list lacks
_ECONOMY_IN = re.compile(
    r"\b(?:money\s+supply|(?:foreign\s+(?:exchange|currency)|gold\s+and\s+foreign\s+exchange)\s+reserves|"
    r"total\s+bank\s+(?:assets|deposits|lending|loans)|(?:producer|wholesale)\s+prices|(?:trade|budget|current\s+account)\s+(?:deficit|surplus|balance)|"
    r"housing\s+starts|(?:tourist|visitor)\s+arrivals|(?:tourism|tourist)\s+receipts)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Xinhua's statistics named before the place with "of", and the arrivals a place receives
_STATISTIC_OF = re.compile(rf"\b(?:{STATISTIC})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ARRIVALS_TO = re.compile(
    r"\b(?:tourist|visitor|foreign)\s+arrivals\s+(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE
)


def scoped_before(before: str) -> bool:
    """Whether ``before`` (the words right before a place) ends with a phrase that makes the place
    the owner of a statistic only a place keeps: "money supply in ", "the added value of ",
    "tourist arrivals to "."""
    last = before.rstrip()
    if last.endswith(("in", "the")):
        economy = _ECONOMY_IN.search(before)
        # "Norland's trade surplus in Tarvia": the possessor's, the place after "in" a market
        if economy is not None and not before[: economy.start()].rstrip().endswith(("'s", "\u2019s")):
            return True
    if last.endswith(("of", "the")) and _STATISTIC_OF.search(before) is not None:
        return True
    return last.endswith(("to", "the")) and _ARRIVALS_TO.search(before) is not None


# A firm's tally or outlay in a place is the firm's: "Acme said the number of stores in Kessel rose"
_FIRM_TYPES = ("ORGANIZATION", "PERSON")
_CAPITAL_IN = re.compile(
    r"\bcapital\s+(?:expenditure|spending|investment)\s+in\s+(?:the\s+)?$", re.IGNORECASE
)


def tallied_place(local: list[Candidate], text: str, figure_start: int) -> Candidate | None:
    """The place named last in the figure's clause (``local``: its names before the figure) after
    "the number / value / length of <things> in" or "capital expenditure in", when no firm or person
    named in the clause may own the tally and no other name stands between the place and the
    figure, which follows within a few words and no comma: "The number of private firms in Kessel
    rose to 30,000"."""
    if not local:
        return None
    place = local[-1]
    if place.entity.type != "LOCATION" or figure_start - place.end > _TALLY_REACH:
        return None
    before = text[max(0, place.start - 60) : place.start]
    if not before.rstrip().endswith(("in", "the")):
        return None  # the cheap test first: most places follow no "in"
    if (
        any(c.entity.type in _FIRM_TYPES for c in local)
        or _LISTED.match(text, place.end) is not None
        or "," in text[place.end : figure_start]
    ):
        return None
    tally = _TALLY_IN.search(before)
    if tally is not None and not _CASUALTY_WORD.search(tally.group()) and not _OWNED.search(tally.group()):
        return place
    return place if _CAPITAL_IN.search(before) is not None else None


_TALLY_REACH = 60  # the verb and a hedge between the place and the figure: " rose to more than "
# one of a list of places owns no tally alone ("in Norland and Tarvia warehouses")
_LISTED = re.compile(r"\s*(?:,|\s(?:and|or|&)\s)")
_OWNED = re.compile(r"\b(?:its|their|our|his|her)\b|['\u2019]s\b", re.IGNORECASE)


# "In Kessel, the output of new energy vehicles rose": a place's output or tally heads the clause
_OUTPUT_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:total\s+)?(?:output|production|number|value|volume)\s+of\s+(?P<what>[^,.;:]{0,40})",
    re.IGNORECASE,
)


def output_after_opening(text: str, end: int) -> bool:
    """Whether the clause after a sentence-opening "In <place>," (the place ending at ``end``) heads
    with the place's output or tally of something other than casualties."""
    found = _OUTPUT_AFTER.match(text, end, end + 80)
    return found is not None and _CASUALTY_WORD.search(found.group("what")) is None


# "BEIJING, March 3 (Xinhua) -- In ", "LONDON, March 16 - In ": the dateline's dash opens the text
_DASH_IN = re.compile(r"\s(?:-{1,2}|\u2014|\u2013)\s*In\s+(?:the\s+)?$")


def opens_after_dash(before: str) -> bool:
    """Whether ``before`` (the words right before a place) ends with "In" right after a dash."""
    return before.endswith(("In ", "the ")) and _DASH_IN.search(before) is not None


# A place's statistics the measure words lack, right after its possessive: "Norland's money
# supply", "Tarvia's current account", "the region's added value"
_PLACE_STATISTIC = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}?(?:money\s+supply|current\s+account|balance\s+of\s+payments|"
    r"trade\s+balance|added\s+value|output\s+value|foreign\s+exchange\s+holdings)\b",
    re.IGNORECASE,
)


_PLACE_STATISTIC_CUE = re.compile(r"supply|account|balance|value|holdings", re.IGNORECASE)


def place_statistic_head(rest: str) -> bool:
    """Whether ``rest`` (the words after a place's possessive) opens with a statistic only a place
    keeps that the measure words lack."""
    if _PLACE_STATISTIC_CUE.search(rest, 0, 60) is None:
        return False  # the cheap test first: most possessives own a measure word or nothing
    return _PLACE_STATISTIC.match(rest) is not None


# "Norland's finance ministry said", "Tarvia's statistics office reported", "the Kessel provincial
# bureau of statistics said": a public body the place's possessive, or the place as its first
# word, names (at most three lower-case words before the body's noun)
_PLACE_BODY = re.compile(
    r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+){0,3}?(?:ministry|government|statistics\s+(?:office|bureau|agency)|"
    r"central\s+bank|bureau|department|administration|commission|cabinet|treasury)\b",
    re.IGNORECASE,
)


def place_body(text: str, end: int) -> bool:
    """Whether a place ending at ``end`` names a public body by its possessive ("Norland's finance
    ministry") or as its first word ("the Kessel statistics bureau"): the body tells the place's
    statistics."""
    return _PLACE_BODY.match(text, end, end + 60) is not None
