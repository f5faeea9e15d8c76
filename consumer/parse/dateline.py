"""Wire datelines: ``BEIJING, April 20 (Xinhua) --``, ``NEW YORK (Reuters) -``,
``WASHINGTON (AP) —``, ``SUZHOU, China, Nov. 13 (Xinhua) --``.

Hand-written: a dateline is a wire typesetting convention (capitalised place,
optional region, abbreviated month without a year, agency in parentheses,
dash), not something a date library recognises in running text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from consumer.parse.agencies import canonical_agency
from consumer.parse.dates import MONTH_PATTERN, infer_year, month_number
from consumer.parse.zones import is_large_city

_PLACE = r"(?P<place>(?:[A-Z][A-Z'’.\-]*)(?: [A-Z][A-Z'’.\-]*){0,4})"
_REGION = (
    r"(?P<region>(?:,\s*(?!"
    + MONTH_PATTERN
    + r"\s+\d)[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*){0,3}){0,2})"
)
_WHEN = r"(?:,?\s*(?P<month>" + MONTH_PATTERN + r")\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?)?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][\w .&'’\-]{0,40})\))?"
_DASH = r"\s*(?:--|—|–|-|:)\s+"
DATELINE_RE = re.compile(rf"^{_PLACE}{_REGION}{_WHEN}{_AGENCY}{_DASH}")


@dataclass(frozen=True, slots=True)
class FoundDateline:
    raw: str
    place: str
    agency: str | None
    month: int | None
    day: int | None
    year: int | None

    def date(self, reference: dt.date | None) -> dt.date | None:
        """The dateline's date, its year taken from the reference (publication) date."""
        if self.month is None or self.day is None:
            return None
        if self.year is not None:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        if reference is None:
            return None
        return infer_year(self.month, self.day, reference)


# Words that open a paragraph in capitals before a dash without being a place.
_NOT_PLACES = frozenset(
    re.findall(
        r"\S+",
        "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LISTEN VIDEO PHOTOS PHOTO ANALYSIS OPINION EDITORIAL "
        "CORRECTION CLARIFICATION LIVE NOTE EDITOR'S EDITORS URGENT ALERT SPONSORED ADVERTISEMENT "
        "PODCAST REVIEW INTERVIEW COMMENTARY FLASH DEVELOPING FILE RELATED READ MORE CLICK HERE TOP "
        "STORIES SEE ALSO SUBSCRIBE OK",
    )
)


_SENTENCE_START = re.compile(r"[A-Z\"\u201c']")


def find_dateline(paragraph: str) -> FoundDateline | None:
    """The dateline at the start of a paragraph; it needs a date or an agency to count, or, in
    copy that carries neither ("MADRID — Rafael Nadal ..."), a place in capitals (the pattern
    admits no other) before a long dash, not a label ("FILE —"). A hyphen or colon after
    capitals is too often a label, so it counts only after a large city and before a
    sentence ("LONDON - Police said ...", as AP-style feeds send it)."""
    match = DATELINE_RE.match(paragraph[:200])
    if match is None:
        return None
    if not (match["month"] or match["agency"]):
        dash = paragraph[
            match.start("place") + len(match["place"]) + len(match["region"] or "") : match.end()
        ].strip()
        if any(w in _NOT_PLACES for w in match["place"].split()):
            return None
        hyphen = dash == "-" and _SENTENCE_START.match(paragraph, match.end()) is not None
        if not (dash in ("\u2014", "\u2013", "--") or (hyphen and is_large_city(match["place"]))):
            return None
    place = match["place"].strip()
    if len(place) < 2 or not any(c.isalpha() for c in place):
        return None
    region = match["region"].strip(", ") if match["region"] else ""
    full_place = _title_place(place) + (f", {region}" if region else "")
    return FoundDateline(
        raw=match.group(0).strip(),
        place=full_place,
        agency=canonical_agency(match["agency"]) if match["agency"] else None,
        month=month_number(match["month"]) if match["month"] else None,
        day=int(match["day"]) if match["day"] else None,
        year=int(match["year"]) if match["year"] else None,
    )


def dateline_end(body: str, raw: str | None) -> int:
    """Where the dateline prefix of an article body ends (0: the body opens with none).

    ``raw`` is the dateline the parser found, if any; it counts only at the body's start.
    """
    raw = raw.strip() if raw else ""
    if raw:
        at = body.find(raw, 0, 300)
        if at >= 0 and not body[:at].strip():
            return at + len(raw)
    found = find_dateline(body[:300].lstrip())
    return body.find(found.raw) + len(found.raw) if found else 0


def _title_place(place: str) -> str:
    """``XI'AN`` -> ``Xi'an``, ``NEW YORK`` -> ``New York`` (str.title would give ``Xi'An``)."""
    words = []
    for word in place.split(" "):
        parts = re.split(r"([\-.])", word)
        words.append("".join(p[:1].upper() + p[1:].lower() if p not in "-." else p for p in parts))
    return " ".join(words)
