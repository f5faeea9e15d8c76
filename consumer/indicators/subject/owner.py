"""``subject_of``: whose figure it is (an entity id); what it measures is read in ``measure``.

Without a parser we lean on how wire sentences are built: the figure's owner is the clause
subject, usually the first organisation or place named before the figure. Places inside
locative phrases ("in China"), appositions (", a robot-maker based in Shenyang,") and
possessive chains ("China's rustbelt province of Liaoning") are weaker candidates, because
they describe the subject rather than being it. This module runs the rules of the sibling
modules in order; table rows and gapped clauses are read here.
"""

from __future__ import annotations

import re

from consumer.events import Entity
from consumer.indicators.subject.ages import sized_owner
from consumer.indicators.subject.anaphora import anaphor_heads, name_head_owner, reported_anaphor
from consumer.indicators.subject.bystanders import addressed, credited, restates_list
from consumer.indicators.subject.clauses import (
    base_of_next,
    clause_breaks,
    figure_clause,
    heads_complement,
    in_opening_clause,
    in_opening_phrase,
    in_subject_position,
    is_framed,
    kind_modifier,
    listed,
    modifies_person,
    plays_for,
    second_of_framed_pair,
)
from consumer.indicators.subject.cues import (
    AGE_UNITS,
    REPORT_OPENING,
    REPORTED,
    counts_things,
    may_open_report,
)
from consumer.indicators.subject.debt_issue import issuer_owner
from consumer.indicators.subject.event_possessive import head_possessive_owner
from consumer.indicators.subject.event_span import event_span_owner
from consumer.indicators.subject.event_story import story_event_tally
from consumer.indicators.subject.fallbacks import framed_its_owner, owner_of_unnamed_clause
from consumer.indicators.subject.group_place import group_place_owner
from consumer.indicators.subject.happening_owners import happening_beside, happening_in_clause
from consumer.indicators.subject.happenings import happening_subject
from consumer.indicators.subject.its_figure import its_figure_owner
from consumer.indicators.subject.market_index import index_move
from consumer.indicators.subject.mentions import (
    CURRENCY_AFTER,
    OWNER_TYPES,
    TICKER_AFTER,
    WINDOW_AFTER,
    WINDOW_BEFORE,
    Candidate,
    MentionIndex,
)
from consumer.indicators.subject.opener_pronoun import phrase_pronoun_owner
from consumer.indicators.subject.partitive import its_partitive_owner, partitive_owner
from consumer.indicators.subject.place_measures import population_owner, total_in_place
from consumer.indicators.subject.possessed_relative import possessed_relative_owner
from consumer.indicators.subject.possessed_work import possessed_work
from consumer.indicators.subject.possessive import (
    made_by,
    narrowest,
    owner_named_after,
    possessed_or_forecast,
    share_of_owner,
    share_of_people,
)
from consumer.indicators.subject.postposed_place import paired_place
from consumer.indicators.subject.product_object import object_product
from consumer.indicators.subject.products import priced_product
from consumer.indicators.subject.quoted import quoted_speaker, speakers_firm
from consumer.indicators.subject.relatives import long_apposition_subject, subject_relative_owner
from consumer.indicators.subject.reported_statistic import reported_statistic
from consumer.indicators.subject.respectively import ranked_owner, respective_owner
from consumer.indicators.subject.second_predicate import second_predicate_owner
from consumer.indicators.subject.second_subject import contrasted_subject_owner, second_subject_owner
from consumer.indicators.subject.that_of import that_of_owner
from consumer.indicators.subject.unowned import (
    LENGTH_UNITS,
    SET_BEFORE,
    counts_nobody,
    happening_span,
    nobodys_length,
    opposed_count,
    others_beside,
    placed_moment,
    poll_margin,
    polled_share,
    record_line_end,
)
from consumer.indicators.subject.valuing_source import values_figure
from consumer.indicators.subject.with_apposed import with_apposed_owner

# the types a figure's window keeps (a people's word may still head a count), made once: written in
# the comprehension's test, the union was built again for every mention in the window
_OWNERS_OR_PEOPLES = OWNER_TYPES | {"NORP"}


def subject_of(
    index: MentionIndex,
    text: str,
    sentence: tuple[int, int],
    figure: tuple[int, int],
    skip_before: int = 0,
    unit: str | None = None,
) -> Entity | None:
    """The entity a figure is about, or None when the text does not say it plainly.

    A wrong owner is worse than none for an analyst, so only plain patterns count: the owner
    named right after a counted noun ("45 deputies from Liaoning"), a possessive owner of the
    measure ("China's exports rose 11 percent"), "<measure> of X", the person next to an age,
    or the grammatical subject of the figure's clause ("Acme raised $5 million"). Mentions
    before ``skip_before`` (the dateline prefix of the body) are never subjects.
    """
    low = max(sentence[0], skip_before, figure[0] - WINDOW_BEFORE)
    high = min(sentence[1], figure[1] + WINDOW_AFTER)
    candidates = [c for c in index.between(low, high) if c.entity.type in _OWNERS_OR_PEOPLES]
    inside = [c for c in candidates if figure[0] <= c.start < figure[1]]
    candidates = [c for c in candidates if not (figure[0] <= c.start < figure[1])]
    candidates = _after_record(text, max(sentence[0], skip_before), figure[0], candidates)
    sized = sized_owner(index, text, sentence[0], candidates, figure, unit)
    if sized is not None or unit in AGE_UNITS:
        return sized
    # a base owns nothing ("Shares of the Redmond, Washington-based company rose 4%"), nor does
    # the maker of a poll or a data set ("A Reuters poll had pointed to a 0.1% contraction"), nor
    # an exchange before a ticker
    owners = [
        c
        for c in candidates
        if c.entity.type in OWNER_TYPES
        and not base_of_next(c, text)
        and not _SOURCE_AFTER.match(text, c.end)
        and not values_figure(c, text, figure[0])  # "The Statistics Office put the surplus at"
        and not TICKER_AFTER.match(text, c.end)  # "(NYSE: VNT)": the exchange lists the company
        and not (c.entity.type == "LOCATION" and CURRENCY_AFTER.match(text, c.end))  # "U.S. dollars"
        # a place has no shares: "Tarvel Street predicted $2.52 a share" is the company's
        and not (c.entity.type == "LOCATION" and unit is not None and unit.endswith("/share"))
        # nor a street standing for its trade: "Tarvel Street is expecting Kelvar to report revenue
        # of $1.15 billion" is Kelvar's; the model never found such streets before session 30
        and not (c.entity.type == "LOCATION" and c.entity.name.endswith(" Street"))
        and not second_of_framed_pair(c, candidates, text)
    ]
    row = _table_row(text, figure[0])
    if row is not None:
        return _row_owner(index, text, max(row, skip_before), figure)
    if (unit in LENGTH_UNITS and nobodys_length(candidates, text, figure)) or placed_moment(
        text, low, figure, unit
    ):
        return None  # "34 million miles from Harlow", "11 days before the vote"
    priced = _happening_length(index, text, low, figure, unit) or _claimed_before_clause(
        owners, candidates, text, low, figure, unit
    )
    if priced is not None:
        return priced[0]
    named_after = owner_named_after(owners, inside, text, figure, unit) or share_of_people(
        candidates, text, figure, unit
    )
    named_after = (
        respective_owner(candidates, text, low, figure)
        or ranked_owner(candidates, text, low, figure)
        or named_after
        or _first(total_in_place(index, candidates, text, figure))
    )
    if named_after is not None:
        return named_after
    if (
        counts_nobody(text, low, figure, unit)
        or (counts_things(unit) and SET_BEFORE.search(text, max(low, figure[0] - 40), figure[0]))
        or restates_list(candidates, text, figure[0], counts_things(unit))  # "A and B, two networks"
        or polled_share(text, figure[1], unit)  # "65% of the managers surveyed"
        or poll_margin(text, low, figure[0], unit)  # "a margin of error of 3 percentage points"
        or opposed_count(text, low, figure[0], counts_things(unit))  # "against 30 teams"
    ):
        return None  # "tensions between the two countries": the parties, not a quantity
    breaks = clause_breaks(text, low, figure)
    clause_start, local = figure_clause(text, low, breaks, owners, figure)
    settled = possessed_or_forecast(index, text, local, clause_start, figure, unit)
    if settled is not None:
        return settled[0]
    reported = (
        second_subject_owner(owners, text, low, figure)  # "... and Jim Rowe stopped 22 shots"
        or reported_anaphor(index, text, local, clause_start, figure)
        # "In addition to its order of 30 jets, it ordered 50 more": the firm "it" stands for
        or _first_of(phrase_pronoun_owner(index, text, max(sentence[0], skip_before), figure, unit))
        or reported_statistic(index, text, local, clause_start, figure, unit)
        or subject_relative_owner(owners, text, breaks, local, clause_start, figure, unit)
        or quoted_speaker(candidates, local, text, clause_start, figure)
        or speakers_firm(index, local, text, clause_start, figure)
        or _gapped_owner(local, text, low, figure)
        or anaphor_heads(index, text, local, clause_start, figure, unit)
        or name_head_owner(index, text, local, clause_start, figure)
        or happening_subject(index, text, local, clause_start, figure, unit)
        or happening_beside(index, text, max(sentence[0], skip_before), figure, unit)
        or head_possessive_owner(index, text, max(sentence[0], skip_before), figure, unit)
        or event_span_owner(index, text, figure, unit)
        or partitive_owner(index, text, local, figure, unit)
        or its_partitive_owner(local, text, clause_start, figure)
        or happening_in_clause(index, text, local, clause_start, breaks, figure, unit)
        or with_apposed_owner(owners, text, low, breaks, figure, unit)
        or possessed_relative_owner(index, owners, text, breaks, figure)
        or second_predicate_owner(index, owners, text, low, breaks, figure, unit)
        or population_owner(owners, text, figure)
        or that_of_owner(local, text, figure)  # ", while that of Marlow hit 5 trillion yuan"
        or paired_place(local, owners, text, figure, unit)  # "7 percent in Kessel and 7.5 percent in Marlow"
        or group_place_owner(local, owners, text, clause_start, figure, unit)  # "Residents in Kessel had"
    )
    if reported is not None:
        return reported[0]
    for c in local:
        # "He told Harbor News", "The comedy, starring Ann Lee, took $33m": bystanders, no subject
        if (addressed(c, text) or credited(c, text)) or (
            plays_for(c, local, text)
            and not (
                may_open_report(text, c.end, figure[0]) and REPORT_OPENING.search(text, c.end, figure[0])
            )
        ):
            continue  # "Trinity Academy junior Ben Patton scored 22 points": the player's
        if (
            (in_subject_position(c, text, clause_start, figure[0]) or heads_complement(c, text, figure[0]))
            and not listed(c, local, text)
            # "Since the Harlow Air crash, the stock fell 12%": the subject follows the comma
            and not in_opening_clause(c, text, clause_start, figure[0])
        ):
            return _head_of(index, c, local, text, figure[0])
    if not local:
        clause = breaks[-1] if breaks else None
        unnamed = owner_of_unnamed_clause(index, text, candidates, owners, (low, clause), figure, unit)
        if unnamed is not None:
            return unnamed
    # Otherwise the first place or organisation of the clause (else of the sentence before the
    # figure) that no preposition or apposition frames: wire sentences name their subject
    # first ("Last year Liaoning's fair drew 3,000 exhibitors, ..., up 5 percent").
    earlier = local or [c for c in owners if c.end <= figure[0]]
    # A count of people or things in a place is nobody's unless a plain pattern above framed it
    # as the place's ("Japan's daily cases", "45 deputies from X").
    weak = ("PERSON", "PRODUCT", "LOCATION") if counts_things(unit) else ("PERSON", "PRODUCT")
    strong = [
        c
        for c in earlier
        if c.entity.type not in weak
        and not is_framed(c, text)
        and not REPORTED.search(text, c.end, figure[0])
        and not _ACCORDING.search(text, max(low, c.start - 100), c.start)
        and not modifies_person(c, candidates, text)
        and not listed(c, earlier, text)
        and not in_opening_phrase(c, text, sentence[0], figure[0])
        and not in_opening_clause(c, text, clause_start, figure[0])
        and not kind_modifier(c, text)
        and not addressed(c, text)
    ]
    if strong:
        return _head_of(index, strong[0], earlier, text, figure[0])
    return (
        share_of_owner(owners, text, figure, unit)
        or framed_its_owner(
            index, text, candidates, owners, local, (low, breaks[-1] if breaks else None), figure, unit
        )
        or long_apposition_subject(index, text, sentence, low, figure)
        or story_event_tally(index.story_event, text, sentence, figure)
        or issuer_owner(index, text, sentence, figure)  # "The debentures have an 8-3/4 pct coupon"
    )


def _happening_length(
    index: MentionIndex, text: str, low: int, figure: tuple[int, int], unit: str | None
) -> tuple[Entity | None] | None:
    """ "the two-day summit", "after a 72-hour break": how long a happening lasts is the gathering's
    named right after it, else nobody's (``(None,)``), as a count of others beside a name is; None
    for any other figure."""
    if others_beside(text, low, figure, unit):
        return (None,)  # "Ann Lee and 10 other people": no one's people
    if not happening_span(text, low, figure, unit):
        return None
    return (_first(event_span_owner(index, text, figure, unit)),)


def _claimed_before_clause(
    owners: list[Candidate],
    candidates: list[Candidate],
    text: str,
    low: int,
    figure: tuple[int, int],
    unit: str | None,
) -> tuple[Entity | None] | None:
    """Owners read before the clause is cut (``(None,)`` is nobody): a contrasted clause's own head
    ("Lee's plan is free, while Orbel will cost you $80"), what "its" before a sum stands for ("the
    Orbel X is its $500 price"), then a product priced or acted on in the clause; first, a move of
    a market index is the index's, or nobody's ("The Kessel composite index rose 2.6 points")."""
    moved = index_move(candidates, text, low, figure, unit)
    if moved is not None:
        return moved
    claimed = contrasted_subject_owner(owners, text, low, figure) or its_figure_owner(
        candidates, text, low, figure, unit
    )
    if claimed is not None:
        return claimed
    priced = priced_product(candidates, text, figure, unit) or object_product(candidates, text, figure, unit)
    return (priced,) if priced is not None else None


def _head_of(
    index: MentionIndex, owner: Candidate, among: list[Candidate], text: str, at: int
) -> Entity | None:
    """The head of the phrase the clause's owner opens: a work its possessive or its name
    describes ("Ann Lee's comedy Harbor Lights took $21m", "Ann Lee thriller Rootless"; nobody
    when the title is no entity), a thing it made, or the narrowest name its possessive or
    description frames, or the work that name describes ("Jo Roe's Ann Lee biopic Rootless")."""
    work = possessed_work(index, owner, text)
    if work is not None:
        return work[0]
    made = made_by(index, owner, text, at)
    if made is not None:
        return made
    head = narrowest(owner, among, text)
    work = possessed_work(index, head, text) if head is not owner else None
    return head.entity if work is None else work[0]


def _after_record(text: str, start: int, at: int, candidates: list[Candidate]) -> list[Candidate]:
    """ "Harlow (3-1): Tolbert 25 points": a box score line's team owns no player's tally."""
    record = record_line_end(text, start, at)
    return candidates if record < 0 else [c for c in candidates if c.start >= record]


def _first_of(found: Entity | None) -> tuple[Entity] | None:
    return (found,) if found is not None else None


def _first(found: tuple[Entity] | None) -> Entity | None:
    return found[0] if found is not None else None


# "Nevada was 5.9 percent below its peak, Arizona 4.1 percent, Florida 1.5 percent": after a
# figure, a name and its own figure with the verb left out (gapping) make a clause of their own
_GAP_OPENS = re.compile(r"(?:,|\band)\s+$")
_GAP_CLOSES = re.compile(r"\s*(?:[,.;)]|\s+(?:and|or)\b|$)")


def _gapped_owner(
    local: list[Candidate], text: str, low: int, figure: tuple[int, int]
) -> tuple[Entity] | None:
    """The name right before a figure (one space between) in a gapped clause: a comma or "and"
    before the name, the clause closing after the figure, a figure earlier in the window."""
    if not local:
        return None
    name = local[-1]
    if (
        text[name.end : figure[0]] != " "
        or name.entity.type not in ("ORGANIZATION", "LOCATION", "PERSON")
        or _GAP_OPENS.search(text, max(low, name.start - 6), name.start) is None
        or _GAP_CLOSES.match(text, figure[1]) is None
        or _DIGIT.search(text, low, name.start) is None
    ):
        return None
    return (name.entity,)


_DIGIT = re.compile(r"\d")


# "According to a report by the watchdog Clearwater Trust, the region's 14 refineries ...": the
# source of the figures, named before them, owns none of them
_ACCORDING = re.compile(r"\baccording\s+to\b[^,;:]*$", re.IGNORECASE)


def _table_row(text: str, at: int) -> int | None:
    """Where the table row holding ``at`` starts, when ``at`` is in a "| a | b |" row."""
    line_start = text.rfind("\n", max(0, at - WINDOW_BEFORE), at) + 1
    if line_start == 0 and at > WINDOW_BEFORE:
        return None
    line = text[line_start:at]
    return line_start if line.lstrip().startswith("|") and line.count("|") >= 2 else None


_CELL_END = re.compile(r"[ \t]*\|")


def _row_owner(index: MentionIndex, text: str, row: int, figure: tuple[int, int]) -> Entity | None:
    """ "| Pos | Player | Plays |" rows: the figure is its row's, owned by the row's name cell (a
    name filling a cell of its own), read from the row's start: a stats cell holds full stops
    ("1 tackle (1 combined). 1 sack, 2 TFL") that split sentences but not the row, and
    abbreviations in it ("TFL") are no name cell. Without one, the name nearest before the
    figure; other rows and the prose around the table say nothing."""
    in_row = [c for c in index.between(row, figure[0]) if c.entity.type in OWNER_TYPES]
    cells = [
        c
        for c in in_row
        if not text[text.rfind("|", row, c.start) + 1 : c.start].strip() and _CELL_END.match(text, c.end)
    ]
    named = cells or in_row
    return named[-1].entity if named else None


_SOURCE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:polls?|surveys?|calculations?|tally|tallies)\b")
