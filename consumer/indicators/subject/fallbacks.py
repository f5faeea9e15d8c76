"""Fallbacks for a clause that names no owner: ", with" clauses, anaphors and the story's focus.

When nothing in the clause owns the figure, an owner the story implies may: the subject of
the clause a ", with" hangs on, an anaphor, the story's company (for its output in a company
story), product, country (a "nationwide" statistic) or main place; never when a capitalised
name no mention covers heads the clause.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.measure import MEASURE, names_measure
from consumer.indicators.subject.adverbial import opening_end
from consumer.indicators.subject.anaphora import (
    anaphor_kind,
    anaphor_owner,
    its_owner,
    opening_its_owner,
    pronoun_owner,
)
from consumer.indicators.subject.built_in_place import built_in_place
from consumer.indicators.subject.city_story import statistic_place
from consumer.indicators.subject.clauses import in_subject_position, is_framed, opens_sentence
from consumer.indicators.subject.county_story import lead_division
from consumer.indicators.subject.cues import (
    CAPITALISED,
    CORPORATE_MEASURE,
    HEAD_WORDS,
    MACRO_BEFORE,
    OWN_RESULT,
    PREPOSITION_BEFORE,
    TIME_NAMES,
    counts_things,
    owned_sum,
)
from consumer.indicators.subject.generic_body import generic_body
from consumer.indicators.subject.its_figure import its_figure_back
from consumer.indicators.subject.mentions import (
    FOCUS_KINDS,
    Candidate,
    MentionIndex,
    company_like,
)
from consumer.indicators.subject.national_accounts import firm_keeps, national_account, statistics_row
from consumer.indicators.subject.place_measures import its_place_owner
from consumer.indicators.subject.possessive import possessor
from consumer.indicators.subject.postposed_place import postposed_place, visited_place
from consumer.indicators.subject.products import product_owner
from consumer.indicators.subject.relatives import relative_antecedent
from consumer.indicators.subject.reported_statistic import timed_pronoun_start
from consumer.indicators.subject.reporting_anaphor import group_reports_other
from consumer.indicators.subject.results_note import results_note, results_row


def owner_of_unnamed_clause(
    index: MentionIndex,
    text: str,
    candidates: list[Candidate],
    owners: list[Candidate],
    window: tuple[int, re.Match[str] | None],
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """A clause that names no owner before its figure: the name its relative pronoun hangs on,
    the possessor of "its", what its words imply, or the person its pronoun stands for; a
    phrase opening the sentence with "its" points ahead to the clause's subject."""
    low, clause = window
    ahead = opening_its_owner(index, text, low, figure, unit)
    if ahead is not None:
        return ahead
    clause_start = max(low, clause.end()) if clause is not None else low
    antecedent = relative_antecedent(owners, text, clause, figure, unit)
    if antecedent is not None:
        return antecedent
    its = (
        its_owner(candidates, text, low, clause_start, figure)
        or its_place_owner(index, text, clause_start, figure)
        or its_figure_back(index, text, low, figure, unit)  # "However, its 23.6 billion shares"
    )
    if its is not None:
        return its
    withed = _with_clause_owner(owners, text, low, clause, figure, unit)
    if withed is not None:
        return withed
    # "Retail sales fell 2.1 pct in Norland": the place after the figure, not the story's
    implied = (
        postposed_place(index, owners, text, clause_start, figure)
        or visited_place(owners, text, figure)
        or built_in_place(owners, text, clause_start, figure, unit)  # "45 schools were built in Kessel"
        or _implied_owner(index, text, clause_start, figure, unit)
    )
    if implied is not None:
        return implied
    return pronoun_owner(index, text, clause_start, figure)


_WITH_OPENS = re.compile(r",\s+with\b")


def _with_clause_owner(
    owners: list[Candidate],
    text: str,
    low: int,
    clause: re.Match[str] | None,
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """ "Harlow Bank had a strong year, with net profit up 12 percent": a sum or a share in a
    clause opened by ", with" and a measure, naming nobody, is the main clause's subject's (a firm
    for its own results, a place for its statistics), not the story's company the fallback gives.
    Only the subject that opens the sentence, with one name before the clause and no report."""
    if clause is None or not owned_sum(unit) or _WITH_OPENS.match(clause.group()) is None:
        return None
    before = [c for c in owners if low <= c.start and c.end <= clause.start()]
    if not before or any(c.entity is not before[0].entity for c in before):
        return None
    subject = before[0]
    if not opens_sentence(text, low):
        return None  # the window starts inside a long sentence: its opening is not read
    if not in_subject_position(subject, text, low, clause.start()) or possessor(
        subject, text, clause.start()
    ):
        return None
    head = text[clause.end() : figure[0]].lstrip()
    entity = subject.entity
    if entity.type == "ORGANIZATION":
        own = company_like(entity) and OWN_RESULT.match(head) is not None
        return entity if own else None
    # a place's statistic, perhaps after "its": "Kessel became a prosperous district, with its GDP
    # up 21 percent" (the bare "its" fell to the story's company)
    place = entity.links is not None and entity.links.kind in FOCUS_KINDS
    if place and _measure_heads(_ITS_BEFORE.sub("", head)):
        return entity
    return None


_ITS_BEFORE = re.compile(r"^its\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-z][\w-]*\s+")


def _measure_heads(head: str) -> bool:
    """Whether a measure opens ``head``, perhaps after up to three lower-case words that say which
    ("tourism revenue of", "rural per capita income of"): Xinhua's ", with" phrases name a
    sector's measure, which ``MEASURE``'s own short list of modifiers does not cover."""
    for _ in range(4):
        if MEASURE.match(head):
            return True
        word = _LOWER_WORD.match(head)
        if word is None:
            return False
        head = head[word.end() :]
    return False


def _unnamed_name_heads(index: MentionIndex, text: str, clause_start: int, end: int) -> bool:
    """A capitalised name among the first words of the clause (after a leading adverbial) that no
    mention covers and no preposition governs: the clause's subject is a thing the entity stage
    missed ("the Orbel X costs $500", "Looking at ad spending, Brightpath estimates that spend hit
    $325 million"), so no owner the story implies stands in for it. Reads the clause's head only;
    the capitalised words first, since most heads have none and the anaphor's test then says
    nothing (issue 11's cost bound)."""
    start = clause_start + opening_end(text[clause_start:end])
    head = HEAD_WORDS.match(text, start, end)
    stop = head.end() if head is not None else start
    names = [
        m
        for m in CAPITALISED.finditer(text, start, stop)
        # a month range ("Jan-May") is a time name too
        if not all(part in TIME_NAMES for part in m.group(0).split("-"))
        and not generic_body(text, m.start(), m.group(0))
    ]
    if not names or anaphor_kind(text[clause_start:end]) is not None:
        return False  # "The Harlow snack maker lifted its dividend": an epithet of a firm named before
    return any(
        not any(c.start <= m.start() < c.end for c in index.between(max(0, m.start() - 60), m.end() + 60))
        and not PREPOSITION_BEFORE.search(text, max(0, m.start() - 15), m.start())
        for m in names
    )


def _implied_owner(
    index: MentionIndex, text: str, clause_start: int, figure: tuple[int, int], unit: str | None
) -> Entity | None:
    """A clause that names nobody: the owner its words imply, from the story's focus."""
    if unit is not None and unit.endswith("/share"):
        return index.focus.get("company")  # a per-share figure is the story's company's
    if _unnamed_name_heads(index, text, clause_start, figure[0]):
        return None  # "..., and the Orbel X costs $500": a thing the entity stage missed heads it
    product = product_owner(index, text, clause_start, figure, unit)
    if product is not None:
        return product
    anaphor = anaphor_owner(index, text, clause_start, figure[0], unit)
    if anaphor is not None and not group_reports_other(anaphor, text, clause_start, figure[0]):
        return anaphor
    timed = timed_pronoun_start(text, clause_start, figure[0]) if owned_sum(unit) else None
    if timed is not None:  # "Today it reported a loss of ...": a sum or a share only
        anaphor = anaphor_owner(index, text, timed, figure[0], unit)
        if anaphor is not None:
            return anaphor
    corporate = CORPORATE_MEASURE.search(text, clause_start, figure[0])
    macro = corporate is not None and MACRO_BEFORE.search(
        text, max(clause_start, corporate.start() - 30), corporate.start()
    )
    if (
        (corporate is not None and not macro)
        or results_note(text, clause_start, figure[0])
        or results_row(text, figure[0])
    ) and not counts_things(unit):
        # "Comparable-store sales grew 3.5%": a company's measure with no owner in its clause
        # is the story's company's, when the story is about one
        company = index.focus.get("company")
        if company is not None:
            return company
    if _counts_statistic(text, clause_start, figure, unit):
        # "Fiscal revenue rose 5 percent": a statistic with no owner in its clause is the
        # story's main place's (named in an earlier sentence of the passage).
        if _NATIONWIDE.search(text, clause_start, min(len(text), figure[1] + _NATIONWIDE_AFTER)):
            return index.focus.get("country")  # "Hourly earnings nationwide rose 2.1%": the country's
        made = _MADE_OR_SHIPPED.search(text, clause_start, figure[0]) is not None or firm_keeps(
            text, clause_start, figure[0]
        )
        company = _company_story(index) if made else None
        if company is not None:
            return company
        wider = statistic_place(index)
        if wider is not None and not index.leads_with(wider):
            # "Analysts put the price tag per unit at $2" in a story that names Tarvia twice in
            # passing: only the place the headline or lead names is the story's (session 47)
            return None
        return lead_division(index, text, wider) or wider  # "Leiwu County in ... Kessel Province"
    return None


# What a firm makes or ships, as an economy does: output, production, exports, imports
_MADE_OR_SHIPPED = re.compile(r"\b(?:output|production|exports|imports|shipments)\b", re.IGNORECASE)


def _company_story(index: MentionIndex) -> Entity | None:
    """The story's company when its headline names it and no place of the focus: "Vantor Motors
    sales hit a record ... Domestic production fell 2.5 percent" is Vantor's output, not that of
    a country the story names in passing."""
    company = index.focus.get("company")
    if company is None or not any(m.field == "headline" for m in company.mentions):
        return None
    places = (index.focus.get(kind) for kind in ("country", "province"))
    if any(p is not None and any(m.field == "headline" for m in p.mentions) for p in places):
        return None
    return company


# A statistic said to cover the whole country: its country's, whatever province the story is about
_NATIONWIDE = re.compile(  # "National" capitalised may open a name ("National Bureau of Statistics")
    r"\b(?:[Nn]ationwide|[Nn]ationally|[Cc]ountrywide|national|across\s+the\s+(?:country|nation))\b"
)
_NATIONWIDE_AFTER = 30  # "rose 3.4 percent across the country": the cue may follow the figure


# Statistics the measure list lacks, read only to find a place's unowned figure: "The added
# value of services rose", "Trade with ... increased", "The number of new firms grew 8 percent".
_STATISTIC_HEAD = re.compile(r"\b(?:added value|value added|trade|the (?:total )?number of)\b", re.IGNORECASE)
# Bulk quantities an output or a consumption is measured in, which are no count of things
_BULK_UNITS = frozenset({"tonne", "kg", "barrel", "barrel/day", "m3", "litre", "gallon", "kWh", "MWh", "GWh"})


def _counts_statistic(text: str, clause_start: int, figure: tuple[int, int], unit: str | None) -> bool:
    """The figure measures a named statistic (exports, GDP, revenue ...), not a count of things;
    "Grain output hit 37.9 million tonnes" is a statistic in tonnes."""
    if counts_things(unit) and unit not in _BULK_UNITS:
        return False
    if names_measure(text, clause_start, figure[0]) or statistics_row(text, figure[0]):
        return True
    if owned_sum(unit) and national_account(text, clause_start, figure[0]):
        return True  # "Wholesalers' inventories rose 1.3 pct": a statistic the measure list lacks
    # a bare number after "the number of" may be a toll ("The number of deaths rose to 45")
    return unit is not None and _STATISTIC_HEAD.search(text, clause_start, figure[0]) is not None


# "Its exports to Tarvia rose 8 percent": a possessive "its" opening the clause before a measure
_ITS_MEASURE = re.compile(r"[\s\"\u201c]*its\s+(?:[a-z][\w-]*\s+){0,3}?", re.IGNORECASE)
_ITS_REACH = 40  # the measure follows "its" within a few modifiers


def framed_its_owner(
    index: MentionIndex,
    text: str,
    candidates: list[Candidate],
    owners: list[Candidate],
    local: list[Candidate],
    window: tuple[int, re.Match[str] | None],
    figure: tuple[int, int],
    unit: str | None,
) -> Entity | None:
    """ "Kenya signed a pact on Monday. Its exports to Uganda rose 8 percent": a clause whose
    subject is "its" and a measure names only partners or markets a preposition governs after
    it, so it names no owner; what "its" stands for owns the figure, read as in a clause that
    names nobody, and never one of the governed names. Reads the clause's head."""
    low, clause = window
    if not local:
        return None
    clause_start = max(low, clause.end()) if clause is not None else low
    # on the slice: the pattern's "^" would never match at a position past the text's start
    start = clause_start + opening_end(text[clause_start : figure[0]])
    if _ITS_MEASURE.match(text, start, local[0].start) is None:
        return None  # the cheap test first: few clauses open on "its"
    if not all(is_framed(c, text) for c in local):
        return None
    if not names_measure(text, start, min(local[0].start, start + _ITS_REACH)):
        return None
    owner = owner_of_unnamed_clause(index, text, candidates, owners, window, figure, unit)
    if owner is None or any(c.entity is owner for c in local):
        return None
    return owner
