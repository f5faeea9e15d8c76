"""The unit of a bare figure that its own words leave unsaid, from the words around it.

A number with no unit, currency or counted noun after it is usually elliptical: the sentence
named what it counts a few words away ("11 hits on the quarterback (12 if you count ...)",
"46 people visited, but only 16 came back", "20 of his 31 points", "the number of troops fell
to 2,500", "the index stood at 218"). A figure with no unit tells an analyst nothing, so these
shapes are read; anything else stays without a unit.

Hand-written because no library reads ellipsis in news copy; each rule reads a bounded window
next to the figure and the rows beside it, never the whole sentence again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from consumer.events import Indicator
from consumer.indicators.crowds import crowd_count
from consumer.indicators.index_level import index_level
from consumer.indicators.model_numbers import model_end
from consumer.indicators.money_story import currency_before, story_currency
from consumer.indicators.units import counted_noun

# "the number of troops", "the number of people who could be affected": what follows counts that
# "the number of firms ... to 14"; "raised the total of commercial providers to 14" (session 43)
_NUMBER_OF = re.compile(r"\b(?:(?:the|a|total)\s+number|the\s+total)\s+of\s+", re.IGNORECASE)
_NUMBER_OF_WINDOW = 120
# "the air quality index ... is 218", "a passer rating of 22.4", "tackling grade (77.4)",
# "93.2 defensive grade": a value on a scale is in points
_SCALE_BEFORE = re.compile(r"\b(?:index|rating|grade|score)\b[^.;:\d]{0,30}$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}(?:index|rating|grade|score)\b")
_SCALE_WINDOW = 40
# "20 of his 31 points", "8 of those hits": the part shares the whole's unit
# a possessive name may stand where the article does: "30 of Kelby's 868-9 jets" (up to three words)
_PART_OF = re.compile(
    r"\s+of\s+(?:the|those|these|them|his|her|their|its|our|my|your|"
    r"(?:[A-Z][\w&.-]*[ \t]+){0,2}[A-Z][\w&.-]*['\u2019]s)(?![\w'\u2019])\s*"
)
_PART_WINDOW = 40
# "11 hits ... (well, 12 ...)", "46 people ..., but only 16": the last figure's unit carries over
_ELLIPSIS_GAP = 100
# durations and ages name no count that a later bare number could elide ("Roe, 44, said 12 ...")
_NO_CARRY = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "percent", "percentage_point", "basis_point"}
)
_LEVEL_GAP = re.compile(r"\b(?:to|from)\b")  # "up 40 points to 4,512": a level, not more points
# ... but "from 100 stores to 1,100", "from 9,800 troops to 2,500": two levels of one count, the
# second written bare
# "17,448 buildings ... could hold 11,703,090 New Yorkers", "155,000 Realtors": a capitalised plural
# after the number is what it counts (a name's plural the walk does not read), so nothing carries
_OWN_PLURAL_NAME = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+s\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|some|nearly|around|roughly|just|over|almost)\s+)?$", re.I)
_TO_GAP = re.compile(r"\s+to\s+(?:(?:about|some|nearly|around|roughly|just|over|almost)\s+)?$", re.I)


# "..., bringing the country's total to 502,110", "raising the tally to 13,274", "a cumulative
# count of 9,100": a running total counts what the count before it in its sentence counted, also
# across the "to" that otherwise makes a level ("12 new cases on Monday to bring the total to 81")
_TOTAL_BEFORE = re.compile(
    r"\b(?:total|tally|count)\s+(?:[a-z]+\s+){0,2}?(?:to|of|at|is|was|stood\s+at|reached|hit)"
    r"(?:\s+(?:about|some|nearly|around|roughly|just|over|almost|more\s+than))?\s+$",
    re.IGNORECASE,
)
_TOTAL_WINDOW = 50
_TOTAL_LOOKBACK = 3  # rows back to the count the total sums (a duration or a date may stand between)
_TOTAL_GAP = 250


# "4,000 stores at the end of May, down from 4,500", "fell to 5.1 percent, down from 5.3": the
# basis after "up/down from" is written in the unit of the level right before it (a share too,
# which carries nowhere else); a duration before it is a window, no basis ("in 24 hours, up from 9")
# an adjunct of place or time between them, a year too ("in 1986": agency copy's "to 17.1 mln dlrs
# in 1986 from 8.7 mln in 1985"; session 31)
# ... and a dated period, agency copy's too ("in calendar 1986", "at end-1986", "in the first 11
# months of 1986", "this year": session 32)
_ADJUNCT = (
    r"(?:\s+(?:(?:in|on|at|for|by|during)\s+[^,;.\d]{0,30}?(?:(?:\d{1,2}\s+[a-z]+\s+of\s+)?(?:19|20)\d\d)?"
    r"|(?:this|last|next)\s+(?:year|month|week|quarter)))?"
)
_BASIS_GAP = re.compile(
    _ADJUNCT + r",?\s+(?:up|down)\s+from\s+"
    r"(?:(?:about|some|nearly|around|roughly|just|over|almost|more\s+than)\s+)?",
    re.IGNORECASE,
)
_NO_BASIS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "year_of_age", "times"})
# "rose to 3.2 million units from 2.9 million", "shrank to 9,000 employees from 12,000": agency
# copy's "to <level> from <basis>" writes the basis bare, in the level's unit (session twenty-eight)
_HEDGE = r"(?:(?:about|some|nearly|around|roughly|just|over|almost|only|more\s+than)\s+)?"
# "to a provisional 10.4 billion marks", "to a record 5 mln dlrs": an article and its adjectives
_TO_BEFORE = re.compile(r"\bto\s+(?:(?:a|an)\s+(?:[a-z][a-z-]*\s+){1,2})?" + _HEDGE + r"$", re.IGNORECASE)
_FROM_GAP = re.compile(_ADJUNCT + r",?\s+from\s+" + _HEDGE, re.I)
_TO_REACH = 40
# "sales rose to 1.01 billion from 964 mln dlrs": the level written bare before its basis's unit
_FROM_NEXT = re.compile(r"\s+from\s+" + _HEDGE, re.I)
# "Net 90 mln vs 51 mln", "earned 12.4 mln dlrs vs 9.3 mln": wire copy compares with the year
# before by "vs"; the basis after it is written bare, in the figure's unit (session 31)
_VS_GAP = re.compile(r"[ \t]+(?:vs\.?|versus)[ \t]+(?:(?:profit|loss)[ \t]+)?", re.IGNORECASE)
# ... and "against" between a sum or a share in a year and the year before's: "profits of 17.1 mln
# dlrs in 1986 against 6.8 mln in 1985" (a count "against" is a contest: "12 votes against 3")
_AGAINST_GAP = re.compile(
    r"(?:[ \t]+in[ \t]+(?:fiscal[ \t]+|calendar[ \t]+)?(?:19|20)\d\d,?[ \t]+"
    r"(?:against|compared[ \t]+with|after)"
    # ... or with no year between: "rose to 99.5 mln francs against 71.1 mln in 1985" (session 32)
    r"|" + _ADJUNCT + r",?[ \t]+(?:against|compared[ \t]+(?:with|to)))[ \t]+" + _HEDGE,
    re.I,
)


def implied_units(text: str, rows: Sequence[Indicator]) -> list[Indicator]:
    """The rows of one field, each figure without a unit given the one its context implies."""
    out: list[Indicator] = []
    for i, row in enumerate(rows):
        if row.unit is not None or row.value is None:
            out.append(row)
            continue
        before = out[-1] if out and out[-1].value is not None else None
        after = rows[i + 1] if i + 1 < len(rows) and rows[i + 1].value is not None else None
        unit = _implied(text, row, before, after) or index_level(text, row, before)
        unit = unit or _running_total(text, row, out) or _basis(text, row, before) or _level(text, row, after)
        unit = unit or _money_magnitude(text, row, before) or story_currency(text, row, before)
        spelled = not row.text[:1].isdigit()
        if unit is None and crowd_count(text, row.start, row.end, row.value, spelled=spelled):
            unit = "people"  # "Some 2,000 took part", "attracted 80,000": no word says what is counted
        out.append(row.model_copy(update={"unit": unit}) if unit is not None else row)
    return out


def _same_sentence(a: Indicator, b: Indicator) -> bool:
    # each row carries its sentence, at most MAX_SENTENCE_CHARS long: a bounded comparison
    return a.sentence == b.sentence


def _implied(text: str, row: Indicator, before: Indicator | None, after: Indicator | None) -> str | None:
    window_start = max(0, row.start - _NUMBER_OF_WINDOW)
    numbered = None
    for match in _NUMBER_OF.finditer(text, window_start, row.start):
        numbered = match  # the last one before the figure
    if numbered is not None and not re.search(r"[.;!?]", text[numbered.end() : row.start]):
        counted = counted_noun(text, numbered.end() - 1, singular_ok=True)
        if counted is not None:
            return counted.unit
    if _SCALE_BEFORE.search(text, max(0, row.start - _SCALE_WINDOW), row.start) or _SCALE_AFTER.match(
        text[row.end : row.end + _SCALE_WINDOW]
    ):
        return "point"
    part = _PART_OF.match(text, row.end, row.end + _PART_WINDOW)
    if part is not None:
        near = after is not None and after.unit is not None and after.start - part.end() <= _PART_WINDOW // 2
        if after is not None and near and _same_sentence(row, after):
            return after.unit
        counted = counted_noun(text, part.end() - 1, singular_ok=False)
        if counted is not None:
            return counted.unit
        model = model_end(text, part.end() - 1)
        counted = counted_noun(text, model, singular_ok=False) if model is not None else None
        if counted is not None:
            return counted.unit  # "40 of the troubled 868 Max jets": the noun after the model
        them = part.group().rstrip().endswith("them")
        if them and before is not None and _carries(before) and _same_sentence(row, before):
            return before.unit
    model = model_end(text, row.end)
    counted = counted_noun(text, model, singular_ok=False) if model is not None else None
    if counted is not None:
        return counted.unit  # "400 868 Max jets", "30 Kelby 868 jets": the model names the kind
    if (
        before is not None
        and _carries(before)
        and _same_sentence(row, before)
        and 0 <= row.start - before.end <= _ELLIPSIS_GAP
        and not _OWN_PLURAL_NAME.match(text, row.end)
        and not text[row.end : row.end + 1].isalpha()  # "Verizon's 4G network": a generation, no count
        and (not _LEVEL_GAP.search(text, before.end, row.start) or _from_to(text, before, row))
    ):
        return before.unit
    return None


def _carries(row: Indicator) -> bool:
    """A count ("11 hits", "46 people") carries over to a bare number; a percentage or a price
    does not ("rose 2% to 4,512": the level is in points; "$25, and 400 were sold")."""
    unit = row.unit
    return unit is not None and unit.islower() and unit not in _NO_CARRY


def _from_to(text: str, before: Indicator, row: Indicator) -> bool:
    """ "from 100 stores to 1,100": the bare level after "to" counts what the one after "from" does."""
    return _TO_GAP.fullmatch(text, before.end, row.start) is not None and (
        _FROM_BEFORE.search(text, max(0, before.start - 20), before.start) is not None
    )


def _running_total(text: str, row: Indicator, earlier: Sequence[Indicator]) -> str | None:
    """ "reported 1,517 new infections, bringing the state total to 65,170": the total counts
    what the last count before it in its sentence counts (a few rows back at most)."""
    if not _TOTAL_BEFORE.search(text, max(0, row.start - _TOTAL_WINDOW), row.start):
        return None
    for previous in reversed(earlier[-_TOTAL_LOOKBACK:]):
        if not _same_sentence(row, previous) or row.start - previous.end > _TOTAL_GAP:
            return None
        if _carries(previous):
            return previous.unit
    return None


def _basis(text: str, row: Indicator, before: Indicator | None) -> str | None:
    """ "had 4,000 stores, down from 4,500": the basis of a comparison is in its level's unit."""
    if before is None or before.unit is None or before.unit in _NO_BASIS or not _same_sentence(row, before):
        return None
    if _BASIS_GAP.fullmatch(text, before.end, row.start):
        return before.unit
    if _FROM_GAP.fullmatch(text, before.end, row.start) and _TO_BEFORE.search(
        text, max(0, before.start - _TO_REACH), before.start
    ):
        return before.unit  # "rose to 3.2 million units from 2.9 million"
    if _VS_GAP.fullmatch(text, before.end, row.start):
        return before.unit  # "Revs 1.2 billion dlrs vs 1.1 billion"
    if _AGAINST_GAP.fullmatch(text, before.end, row.start) and (
        before.unit.isupper() or "percent" in before.unit
    ):
        return before.unit  # "17.1 mln dlrs in 1986 against 6.8 mln in 1985"
    return None


def _level(text: str, row: Indicator, after: Indicator | None) -> str | None:
    """ "sales rose 4.3 pct to 1.01 billion from 964 mln dlrs": a bare level after "to" is in the
    unit its basis right after "from" names (a count, a share or a currency; no duration)."""
    if after is None or after.unit is None or after.unit in _NO_BASIS or not _same_sentence(row, after):
        return None
    if _FROM_NEXT.fullmatch(text, row.end, after.start) and _TO_BEFORE.search(
        text, max(0, row.start - _TO_REACH), row.start
    ):
        return after.unit
    return None


# "revenue at 222.03 billion yuan, against a budgeted 214.17 billion, and up from 185.41 billion",
# "earned 12.5 mln dlrs, and 450 million in 1985": a sum written once with its currency, the next
# ones in the sentence as bare magnitudes. A magnitude is what money is counted in; a count of
# things names its noun ("1.3 billion people"), so a bare one after a sum is the same currency.
_MONEY_GAP = 160
_CLAUSE_BREAK = re.compile(r"[;:()]|\bper\b|\bpeople\b")


def _money_magnitude(text: str, row: Indicator, before: Indicator | None) -> str | None:
    """The currency of the sum before, for a bare magnitude in the same sentence."""
    if before is None or not _same_sentence(row, before):
        return None
    code = currency_before(row, before, _MONEY_GAP)
    if code is None:
        return None
    if _CLAUSE_BREAK.search(text, before.end, row.start) is not None:
        return None  # "$5 billion (1.2 million shares)", "$3 a share; 4 million": another quantity
    return code
