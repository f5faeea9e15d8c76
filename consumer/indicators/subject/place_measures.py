"""Measures only a place has, whose owner a pronoun or an apposition names: "its GDP", "with a
population of".

Agency copy about a city or a province goes on with "its": "Kessel's economy grew 6 percent last
year. Its per capita GDP reached 12,000 dollars, and its population stood at 7 million". A bare
"its" fell back on the story's company, which has no GDP and no population: such a measure is the
place's named last before the clause. And "Kessel, with a population of 7 million, ..." gives the
place before the apposition its head count, which no rule read (a count of people in a place is
nobody's unless the text frames it as the place's, as this apposition does). Both read a bounded
window: the clause's first words, the words right before the figure, and the mentions of about
two sentences before.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.adverbial import opening_end
from consumer.indicators.subject.cues import PRONOUN_BACK
from consumer.indicators.subject.mentions import CURRENCY_AFTER, FOCUS_KINDS, Candidate, MentionIndex

# "its" and a measure only a place keeps of itself: its economy and output as a whole, its
# residents' number and income, its prices, its jobless rate; never what a firm has too (sales,
# revenue, profit, exports, wages)
_ITS_PLACE_MEASURE = re.compile(
    r"\s*[\"\u201c]?its\s+(?:(?:total|annual|regional|local|urban|rural|average|resident|permanent|"
    r"registered)\s+){0,2}"
    r"(?:gdp|gross\s+domestic\s+product|economy|economic\s+(?:growth|output)|per\s+capita\s+(?:gdp|income|"
    r"disposable\s+income)|(?:per\s+capita\s+)?disposable\s+income|population|unemployment\s+rate|"
    r"jobless\s+rate|inflation(?:\s+rate)?|consumer\s+prices|fiscal\s+revenue|foreign\s+trade|"
    r"urbani[sz]ation\s+rate|forest\s+(?:coverage|cover)|poverty\s+(?:rate|incidence))\b",
    re.IGNORECASE,
)
_ITS_REACH = 80  # the pronoun, two describing words and the measure, from the clause's head


def its_place_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int]
) -> Entity | None:
    """The place "its" stands for when a clause opens with "its" and a measure only a place has:
    the country, province or city named last before the clause (within about two sentences, not
    in the dateline nor before a currency). None when the clause does not open so or no such
    place is named."""
    end = min(figure[0], clause_start + _ITS_REACH)
    start = clause_start + opening_end(text[clause_start:end])
    if _ITS_PLACE_MEASURE.match(text, start, figure[0]) is None:
        return None
    back = index.between(max(index.skip_before, clause_start - PRONOUN_BACK), clause_start)
    for c in reversed(back):
        # not a place that only names a currency ("12,000 U.S. dollars")
        place = c.entity.links is not None and c.entity.links.kind in FOCUS_KINDS
        if (place or county_level(c.entity)) and not CURRENCY_AFTER.match(text, c.end):
            return c.entity
    return None


# A county-level place no gazetteer knows, named with its kind word ("Wuxiang village", "Shanba
# County"): "Wuxiang village has 1,200 households, and its per capita income ..." is the village's,
# not the province's or the city's named before it
_COUNTY_LEVEL = re.compile(r"\s(?:county|district|village|township|town|new\s+area)$", re.IGNORECASE)


def county_level(entity: Entity) -> bool:
    return entity.type == "LOCATION" and _COUNTY_LEVEL.search(entity.name) is not None


# ", with a population of (about) 7 million": the apposition's head count, right before the figure
_POPULATION_OF = re.compile(
    r",\s+(?:which\s+has\s+|with\s+)(?:a\s+|its\s+)?(?:total\s+|resident\s+|permanent\s+)?population\s+of\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
_POPULATION_REACH = 80  # the apposition's words before the figure


def population_owner(owners: list[Candidate], text: str, figure: tuple[int, int]) -> tuple[Entity] | None:
    """ "Kessel, with a population of 7 million, ...": the place right before the apposition's
    comma owns the head count. Only a place, named right before the comma."""
    low = max(0, figure[0] - _POPULATION_REACH)
    if "population" not in text[low : figure[0]].lower():
        return None  # the cheap test first
    found = _POPULATION_OF.search(text, low, figure[0])
    if found is None:
        return None
    for c in owners:
        if c.end == found.start() and c.entity.type == "LOCATION":
            return (c.entity,)
    return None


# "..., bringing the total number in the country to 412,097", "raising the tally in Kessel to
# 833,307": a running total the text places ("in" a place or "the country") is that place's, not the
# reporting body's that heads the sentence nor nobody's
_TOTAL_IN = re.compile(
    r"\b(?:bringing|raising|pushing|taking|lifting)\s+(?:up\s+)?the\s+(?:(?:total|cumulative|overall)\s+)?"
    r"(?:total|tally|count|number|caseload|(?:death\s+)?toll)(?:\s+of(?:\s+[\w-]+){1,4}?)?"
    r"\s+(?:in|across)\s+(?P<where>the\s+(?:country|nation)|[A-Z][^,;:()]{1,40}?)\s+to\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than)\s+)?$"
)
_TOTAL_REACH = 120  # the participle, the total's words, the place, "to"
_TOTAL_CUES = ("bringing", "raising", "pushing", "taking", "lifting")


def total_in_place(
    index: MentionIndex, candidates: list[Candidate], text: str, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """The place a running total is "in", right before the figure: a place named there, or the
    story's country for "the country" / "the nation". None when the words are not there."""
    low = max(0, figure[0] - _TOTAL_REACH)
    before = text[low : figure[0]]
    if not any(cue in before for cue in _TOTAL_CUES):
        return None  # the cheap test first
    found = _TOTAL_IN.search(text, low, figure[0])
    if found is None:
        return None
    start, end = found.span("where")
    if text[start].islower():
        country = index.focus.get("country")
        return (country,) if country is not None else None
    for c in candidates:
        if c.start == start and c.end == end and c.entity.type == "LOCATION":
            return (c.entity,)
    return None
