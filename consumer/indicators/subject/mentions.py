"""The mentions a figure's owner is chosen from, and the story's focus the fallbacks use.

``MentionIndex`` sorts the entity stage's mentions once per article so every rule reads a bounded
window (``WINDOW_BEFORE`` / ``WINDOW_AFTER`` around the figure) instead of rescanning the text;
it also works out the story's focus (its company, country, province, city and product from the
headline and lead), leaving out mentions that only list a ticker or modify a currency.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from consumer.entities.gazetteer.lists import market_index_names
from consumer.events import Entity
from consumer.indicators.subject.event_story import story_event
from consumer.parse.agencies import is_known_agency

# Types that can own a figure. NORP ("Chinese") describes rather than owns; events and works
# (MISC) do not have quantities of their own in news copy.
OWNER_TYPES = frozenset({"ORGANIZATION", "LOCATION", "PERSON", "PRODUCT"})
# How far from the figure the owner may be: rules read this window, never the whole sentence.
WINDOW_BEFORE = 240
WINDOW_AFTER = 60


@dataclass(frozen=True, slots=True)
class Candidate:
    entity: Entity
    start: int
    end: int


class MentionIndex:
    """One field's entity mentions sorted by position, for window look-ups by bisection.

    Built once per field, so finding the mentions near a figure costs O(log M + k), not a
    scan of every mention of every entity per figure.
    """

    def __init__(self, entities: Sequence[Entity], field: str, text: str = "", skip_before: int = 0) -> None:
        # an exchange named only before tickers ("Acme (NYSE: ACME)") is no company of the story
        # nor is a country named only in its currency ("5 billion U.S. dollars") the story's country
        self.focus = _focus(
            [e for e in entities if not _lists_only(e, field, text) and not _currency_only(e, field, text)]
        )
        self.skip_before = skip_before  # the dateline prefix: where the story was filed, no referent
        # the focus entities the headline or the lead names, read once (each figure's fallback asks)
        self._named_early = [e for e in self.focus.values() if named_early(e)]
        # the firm a headline opens with ("VANTOR GRAIN CO <VGC> 1ST QTR NET"): a results table's owner
        self.headline_company = _headline_opener(entities)
        # the countries the story names: what a national adjective's statistic belongs to
        self.countries = [e for e in entities if e.links is not None and e.links.kind == "country"]
        # the gathering a fair's or a games' story is about: its unowned tallies' owner (event_story)
        self.story_event = story_event(entities)
        found = [
            Candidate(entity, m.start, m.end)
            for entity in entities
            for m in entity.mentions
            if m.field == field
        ]
        found.sort(key=lambda c: (c.start, c.end))
        self._mentions = found
        self._starts = [c.start for c in found]

    def leads_with(self, entity: Entity) -> bool:
        """Whether ``entity`` is a focus entity the headline or the lead names (``named_early``)."""
        return any(e is entity for e in self._named_early)

    def between(self, start: int, end: int) -> list[Candidate]:
        """Mentions wholly inside [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [c for c in self._mentions[lo:hi] if c.end <= end]


_LEAD_CHARS = 300  # the lead sentence, about
# An index the list does not know says so in its name ("Norland Composite", "Norland 40")
_INDEX_WORD = re.compile(r"\b(?:Index|Composite|Average|\d{2,3})\b")
FOCUS_KINDS = {"country": "country", "first_level_division": "province", "city": "city"}


# A public body is no company a story's "it" or unowned sales could be ("U.S. retail sales
# rose 0.7%, the Commerce Department said. Sales in August were revised up ..." is no
# department's): its name has the head word of a ministry, a statistics office or a court.
_PUBLIC_BODY = re.compile(
    r"\b(?:Department|Ministry|Bureau|Commission|Administration|Agency|Authority|Council|Customs|"
    r"Government|Parliament|Congress|Senate|Court|Office|Reserve|Statistics|Police|Army)\b"
)


def _headline_opener(entities: Sequence[Entity]) -> Entity | None:
    """The firm the headline opens with ("VANTOR GRAIN CO <VGC> 1ST QTR NET"): the wire names the
    reporter of a results table there, and its lines name nobody."""
    for entity in entities:
        if any(m.field == "headline" and not m.start for m in entity.mentions) and company_like(entity):
            return entity
    return None


def _focus(entities: Sequence[Entity]) -> dict[str, Entity]:
    """The most salient company named in the headline or lead, and the most salient place of
    each kind: what "the company", "the country" or "it" refer to when nothing nearer does."""
    focus: dict[str, Entity] = {}
    for entity in sorted(entities, key=lambda e: -e.salience):
        if entity.type == "ORGANIZATION" and "company" not in focus:
            lead = any(m.field == "headline" or m.start < _LEAD_CHARS for m in entity.mentions)
            if lead and not is_known_agency(entity.name) and not _PUBLIC_BODY.search(entity.name):
                focus["company"] = entity
        elif entity.type == "PRODUCT":
            lead = any(m.field == "headline" or m.start < _LEAD_CHARS for m in entity.mentions)
            if lead and "index" not in focus and is_index(entity):
                # a market story's index: what "the index", "the benchmark" and a bare "it" refer to
                focus["index"] = entity
            if lead and "product" not in focus and made_thing(entity) and _product_story(entity):
                # a review's product: whose horsepower, screen size or price an unowned spec is
                focus["product"] = entity
        elif entity.links is not None and entity.links.kind in FOCUS_KINDS and _place_in_focus(entity):
            focus.setdefault(FOCUS_KINDS[entity.links.kind], entity)
    return focus


def _product_story(entity: Entity) -> bool:
    """A product the story is about: named in the headline or more than once. A thing named
    once in a lead ("a Corvan taxi") is scenery, and "its cost" later is no price of it."""
    return len(entity.mentions) > 1 or any(m.field == "headline" for m in entity.mentions)


def is_index(entity: Entity) -> bool:
    """A market index or benchmark, known by the list or by its name's shape."""
    return entity.name in market_index_names() or _INDEX_WORD.search(entity.name) is not None


_NAMED_INDEX = re.compile(r"\b(?:Index|Composite|Average)\b")


def made_thing(entity: Entity) -> bool:
    """A product that can have specs: no index by the list or by name ("Vantor 40" may be
    either, and a spec unit or a price says which)."""
    return (
        entity.type == "PRODUCT"
        and entity.name not in market_index_names()
        and _NAMED_INDEX.search(entity.name) is None
    )


def _place_in_focus(entity: Entity) -> bool:
    """A country, province or city named in the headline or lead, or more than once: a place
    named once, late in the story (in a quote, an aside), is not its main place."""
    if entity.type != "LOCATION":
        return False
    return named_early(entity) or len(entity.mentions) > 1


def named_early(entity: Entity) -> bool:
    """Whether the headline or the lead (its first sentence, about) names the entity: what the
    story is about, not a place it mentions twice in passing."""
    return any(m.field == "headline" or m.start < _LEAD_CHARS for m in entity.mentions)


# "(NYSE: RIGP)", "(Nasdaq: VVUS)": the exchange before a ticker lists the company, it is none
TICKER_AFTER = re.compile(r"\s*:\s*[A-Z][A-Z.]{0,6}\s*\)")


def _lists_only(entity: Entity, field: str, text: str) -> bool:
    """An organisation every mention of which (in ``field``, none elsewhere) lists a ticker."""
    return (
        bool(text)
        and entity.type == "ORGANIZATION"
        and all(m.field == field and TICKER_AFTER.match(text, m.end) for m in entity.mentions)
    )


# A place's name as a currency's modifier: "5 billion U.S. dollars", "Hong Kong dollars"
CURRENCY_AFTER = re.compile(r"\s+(?:dollars?|dlrs?|stg|yen|francs|lire|guilders|pesos)\b", re.IGNORECASE)


def _currency_only(entity: Entity, field: str, text: str) -> bool:
    """A place every mention of which (in ``field``, none elsewhere) names a currency ("reached 5
    billion U.S. dollars"): agency copy prices in dollars whatever place it is about, so such a
    place is not the story's country, which a statistic with no owner would fall back on."""
    return (
        bool(text)
        and entity.type == "LOCATION"
        and all(m.field == field and CURRENCY_AFTER.match(text, m.end) for m in entity.mentions)
    )


def company_like(entity: Entity) -> bool:
    """An organisation "the company" may stand for: no news agency, no public body."""
    return (
        entity.type == "ORGANIZATION"
        and not is_known_agency(entity.name)
        and not _PUBLIC_BODY.search(entity.name)
    )
