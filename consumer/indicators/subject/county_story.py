"""The place a county's story gives its unowned statistics: the county its lead opens with.

Xinhua copy about a county, a district or a township opens its lead with the place and says where
it lies: "Leiwu County in southwest Norland's Kessel Province has shaken off poverty". The gazetteer
links the province and the country, not the county, so the statistic fallback ("GDP grew 9.5
percent last year", "Tourism revenue reached 3.6 billion yuan") gave the story's figures to the
province, named only to place the county. The county stands in for it when the body's first name
after the dateline is a place whose name ends in a lower division's word, followed within a short
phrase by " in " and then, within 80 characters, the story's province or country. Reads the lead's
first mentions only.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.mentions import MentionIndex

_LOWER_DIVISION = (" County", " District", " Prefecture", " Township", " Town", " Village", " Banner")
_LEAD_REACH = 40  # the lead's first name: after the dateline and a word or two ("The", "Remote")
_WHERE_REACH = 80  # " in southwest Norland's Kessel Province"
_IN_AFTER = re.compile(r",?\s+(?:in|of)\s+")
_DIVISION_WORD = re.compile(r" (?:County|District|Prefecture|Township|Town|Village|Banner)\b")


def lead_division(index: MentionIndex, text: str, wider: Entity | None) -> Entity | None:
    """The county or district the lead opens with when the lead places it in ``wider`` (the
    province or country the fallback would give), else None."""
    if wider is None:
        return None
    start = index.skip_before
    if _DIVISION_WORD.search(text, start, start + _LEAD_REACH + 60) is None:
        return None  # most leads: no division word, said without reading the mentions
    lead = index.between(start, start + _LEAD_REACH + 60)
    if not lead or lead[0].start - start > _LEAD_REACH:
        return None
    first = lead[0]
    county = first.entity
    if county.type != "LOCATION" or not county.name.endswith(_LOWER_DIVISION) or county is wider:
        return None
    if _IN_AFTER.match(text, first.end) is None:
        return None
    after = index.between(first.end, first.end + _WHERE_REACH)
    return county if any(c.entity is wider for c in after) else None
