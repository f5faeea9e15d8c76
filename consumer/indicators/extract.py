"""The indicator stage: every figure of the headline and body as a chartable row.

Pipeline per field: spot numbers -> attach currency/unit/counted noun -> drop non-figures ->
join ranges -> read change, comparison, period, subject, measure, metric. Then qualitative
movements ("negative growth in 2016") and bounded periods with no figure ("falsified from
2011 to 2014") are added as rows with ``value=None``: the story reports them as facts about
a period, and an analyst charting Liaoning wants them on the same timeline.

Ranges ("5% to 10%", "between 750,000 and 800,000") give one row: ``value`` is the lower
bound and ``value_max`` the upper, with the whole range as ``text``/``start``/``end``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from consumer.bounds import FIGURES_WARNING, MAX_FIGURES, enriched_end
from consumer.entities.gazetteer.lists import market_index_names
from consumer.events import Article, Change, Entity, Indicator, TextField
from consumer.gate import gated
from consumer.indicators.blocks import block_break
from consumer.indicators.change import change_of, comparison_of
from consumer.indicators.filters import (
    citation_spans,
    comment_header_spans,
    compound_adjective,
    index_compound,
    merge_spans,
    metres_not_millions,
    name_or_furniture,
    not_a_figure,
    period_window,
    phone_spans,
    spoken_year,
    year_or_day,
)
from consumer.indicators.implied import implied_units
from consumer.indicators.measure import PARTICIPLE, measure_of, predicate_before
from consumer.indicators.metric import COUNT, EPS, MARKET_INDEX, OTHER, SHARE_PRICE, metric_of, results_label
from consumer.indicators.model_numbers import letter_code, letter_model, model_line, model_variant
from consumer.indicators.numbers import Number, find_numbers
from consumer.indicators.period import PeriodIndex, find_periods, period_for
from consumer.indicators.ranks import named_by_cent, rank_bracket
from consumer.indicators.share_basis import per_share_bases
from consumer.indicators.share_points import share_points
from consumer.indicators.subject.bystanders import persons_people
from consumer.indicators.subject.carry import (
    another_thing_between,
    carries_on,
    count_sentence,
    counts_place_people,
    paragraph_opener,
    place_after_count,
    places_story,
    spec_goes_on,
    story_place,
)
from consumer.indicators.subject.change_after import change_owner
from consumer.indicators.subject.clauses import same_clause
from consumer.indicators.subject.cues import AGE_UNITS, is_price
from consumer.indicators.subject.forecaster import forecaster
from consumer.indicators.subject.goods_price import goods_price, prices_a_good
from consumer.indicators.subject.maker_claim import maker_claim_owner
from consumer.indicators.subject.maker_part import maker_part_owner
from consumer.indicators.subject.maker_price import maker_price_owner
from consumer.indicators.subject.maker_spec import maker_spec_owner
from consumer.indicators.subject.market_index import index_move
from consumer.indicators.subject.mentions import MentionIndex, is_index
from consumer.indicators.subject.owner import subject_of
from consumer.indicators.subject.part_count import part_count_owner
from consumer.indicators.subject.placed_price import placed_price_owner
from consumer.indicators.subject.product_modifier import product_named_next
from consumer.indicators.subject.product_pronoun import heading_product
from consumer.indicators.subject.product_rating import rating_owner
from consumer.indicators.subject.products import PriceOwners
from consumer.indicators.subject.second_subject import has_second_subject
from consumer.indicators.subject.section_product import section_product
from consumer.indicators.subject.seller_price import seller_price_owner
from consumer.indicators.subject.store_price import store_price_owner
from consumer.indicators.subject.subsidiary_focus import focus_on_unit
from consumer.indicators.subject.thing_comparison import comparison_owner
from consumer.indicators.subject.trading_venue import trading_venue
from consumer.indicators.subject.unowned import (
    counts_nobody,
    happening_span,
    others_beside,
    placed_moment,
    poll_margin,
    polled_share,
    unless_agency,
)
from consumer.indicators.time_idiom import point_in_time
from consumer.indicators.units import (
    TIME_OF_DAY_NOUNS,
    age_of_person,
    compound_noun,
    compound_without_hyphen,
    count_rate,
    counted_noun,
    election_margin,
    exchange_rate,
    label_unit,
    magnitude_span,
    named_person,
    pay_period_before,
    per_unit,
    prefix_unit,
    published_unit,
    ratio_head,
    shared_head,
    suffix_unit,
    temperature_scale,
)
from consumer.lexicon import CURRENCY_CODES
from consumer.sentences import bounded_sentences, sentence_spans

# What the rules of one figure read: this many characters either side of it, clipped to its
# sentence (over-long sentences are read in pieces, see consumer.bounds). Never the whole
# sentence again, so a sentence of N figures costs O(N), not O(N^2).
WINDOW_BEFORE = 300
WINDOW_AFTER = 200
_MEASURE_UNITS_EXCLUDED = frozenset({"people", "company"})
# A counted figure inside a prepositional phrase counts where or among what, not the series.
_IN_PHRASE = gated(
    r"\b(?:in|across|among|throughout|from|at|of|between)\s+(?:(?:the|some|about|around|nearly|almost|"
    r"over|more than|at least|all)\s+)*$",
    re.IGNORECASE,
)
# Periods written with a count: "the first 10 months", "four years ago". (A bare year is the
# filters' business: "2000 hires" is a count, not the year 2000.)
_COUNTED_PERIODS = frozenset({"months", "ago"})
# "15 fewer accidents", "300 more troops": the comparative inside the counted phrase is the change
# ("200 or more protesters" is a hedge, no change)
_COMPARATIVE_INSIDE = re.compile(r"(?<!\sor)\s(more|fewer|less)\s", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|and|through|to-)\s*~?\s*$", re.IGNORECASE)
_QUALITATIVE = gated(
    r"\b(?:(?P<down>negative growth|contract(?:ed|ion|ing)?|shr[iau]nk(?:ing)?|recession|declined?|slowdown)"
    r"|(?P<up>positive growth|grew|expand(?:ed|ing)?|rebound(?:ed)?|recover(?:ed|y)))\b",
    re.IGNORECASE,
)
# A bare number right after these counts people: "killing at least 42", "injuring more than
# 500", "the death toll rose to 38", "a crowd of 60,000", "a workforce of 5,600".
_CASUALTIES_BEFORE = gated(
    r"\b(?:(?:kill|injur|wound|hurt|evacuat|displac|rescu|hospitali[sz]|employ|hir|recruit|furlough)"
    r"(?:e|es|ed|s|ing)?|(?:lay|lays|laying|laid)\s+off"
    r"|(?:death|casualty|injury) tolls?(?:\s+\w+){0,3}?\s+(?:to|at|of|is|was|stood at|reached|hit)"
    r"|population(?:\s+\w+){0,2}?\s+(?:of|at|to|is|was|stood at|reached|hit|of\s+about)"
    r"|(?:crowd|attendance|audience|workforce|staff|membership|labou?r force) of)"
    r"(?:\s+(?:at least|more than|over|some|about|around|nearly|almost|up to|an estimated|another|"
    r"roughly|approximately|as many as|fewer than|less than))*\s+$",
    re.IGNORECASE,
)
# ... and a toll or a count of the dead named further back, its noun left out (session 49, read on
# four wire stories of attacks and disasters): "the death toll from last week's blast in the
# north has risen to 40", "Tanzania toll rises to 12", "the toll for both bombings to 259", "The
# victims in Nairobi numbered 213", "Those who died are well over 1,000". A singular "toll" only
# unless a death names it, and then only its level after "to": "highway tolls rose to 16" and "the
# toll on the bridge is 12" count no one.
_DEATHS_BEFORE = gated(
    r"\b(?:(?:death|casualty|injury)\s+tolls?\b[^.;!?\n]{0,80}?\b"
    r"(?:to|at|of|is|was|stood\s+at|reached|hit|initially)"
    r"|toll\b[^.;!?\n]{0,80}?\bto"
    r"|(?:victims|dead|deaths|fatalities|casualties|those\s+(?:who\s+died|killed|dead))\b[^.;!?\n]{0,40}?\b"
    r"(?:numbered|number|totall?ed|are|were))"
    r"(?:\s+(?:at least|more than|well over|well above|just over|over|some|about|around|nearly|almost|"
    r"roughly|approximately|an estimated))*\s+$",
    re.IGNORECASE,
)
_DEATHS_REACH = 110
# ... and so does one right before "in attendance": "more than 12,000 in attendance"
_IN_ATTENDANCE = re.compile(
    r"\s+(?:(?:were|was|are)\s+)?(?:in\s+attendance|on\s+board|aboard)\b", re.IGNORECASE
)  # "with 239 on board"
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]['\"\u2019\u201d)]*\s+|\n\s*|[\"\u201c\u2018(\-\u2014]\s*)$")
# A hedge between a count and its noun: "200 or more protesters", "50 or so workers"
_HEDGE_AFTER = re.compile(r"\s+or\s+(?:more|so|fewer|less|over)\b", re.IGNORECASE)
_ECONOMIC_CONTEXT = re.compile(r"\b(?:econom\w*|gdp|output|growth|industr\w*|sales|exports?|prices?)\b", re.I)


@dataclass(frozen=True, slots=True)
class Figure:
    start: int  # span including currency prefix and unit / counted noun
    end: int
    number_start: int
    number_end: int
    value: float
    unit: str | None
    counted: str | None
    has_measure_unit: bool
    spelled: bool


def _reference_date(article: Article) -> dt.date | None:
    if article.dateline is not None and article.dateline.date is not None:
        return article.dateline.date
    published = article.published_at
    return published.date() if published is not None else None


# A fraction of one unit: "7/8 of a percentage point over Libor", "1/2 of one percent", "3/4 of an
# inch" (session 31: the fraction had no unit, and "one percent" was a figure of its own)
_FRACTION_OF = re.compile(r"[ \t]+of[ \t]+(?:an?|one)(?=[ \t])")


def _fraction_of_unit(text: str, end: int) -> tuple[str, int] | None:
    """The unit of measure after "of a" / "of one" following a fraction, and where it ends."""
    of = _FRACTION_OF.match(text, end)
    return suffix_unit(text, of.end()) if of is not None else None


def _figure(text: str, number: Number, phones: list[tuple[int, int]]) -> Figure | None:  # noqa: C901 - the unit conventions around one number (prefix, suffix, per-currency, counted noun), read in order
    start, end, value = number.start, number.end, number.value
    unit: str | None = None
    counted: str | None = None
    prefix = prefix_unit(text, start)
    if prefix is not None:
        unit, start = prefix
    # "10,000+ users", "8M+ applications", "5+ percent": a plus glued after the number says "or
    # more"; the unit or counted noun comes after it
    plus = 1 if text[end : end + 1] == "+" and _LOWER_WORD_AFTER.match(text, end + 1) else 0
    if not plus and _PLUS_WORD.match(text, end):
        plus = 5  # "20-plus employees", "a 20-plus-year career": "or more" written out, the noun after it
    suffix = suffix_unit(text, end + plus)
    if suffix is None and prefix is None and 0 < value < 1 and "/" in text[start:end]:
        suffix = _fraction_of_unit(text, end)  # "7/8 of a percentage point", "1/2 of one percent"
    if suffix is not None and suffix[0] == "g" and _NETWORK_GENERATION.match(text, number.start, suffix[1]):
        suffix = None  # "5G networks", "4G LTE": a network generation, no grams (NewsQuant counts it)
    if suffix is not None and letter_model(text, number.start, end, suffix[0], suffix[1]):
        return None  # "a Long March 4C rocket", "the 5, 5S and 5C": a model's name, no temperature
    if suffix is not None and letter_code(text, suffix[0], suffix[1]):
        suffix = None  # "five F-1 engines": a model's code, no farads
    joined_by_hyphen = text[end : end + 1] == "-"
    if suffix is not None and (
        unit is None or suffix[0].split("/")[0] in ("cent", "point") or "/" in suffix[0]
    ):
        per_currency = unit is not None and "/" in suffix[0]
        unit = f"{unit}/{suffix[0].split('/', 1)[1]}" if per_currency else suffix[0]
        end = suffix[1]
    elif suffix is not None and unit is not None and suffix[0] == unit:
        end = suffix[1]  # "$500 US", "2,435,000 YEN"
    if prefix is not None and unit == prefix[0]:
        per = per_unit(text, end)
        if per is not None:  # "$63.50 a barrel", "$2.15 per share"
            unit, end = f"{unit}/{per[0]}", per[1]
    if unit is not None and unit in CURRENCY_CODES:
        period = pay_period_before(text, start)
        if period is not None:  # "whose monthly salary is $200", "an annual rent of 4,000 euros"
            unit = f"{unit}/{period}"
    if unit == "degree":
        unit = temperature_scale(text, start, end) or unit  # "highs of 40 degrees" after "104F"
    glued_at_clause_end = number.glued_m and prefix is None and unit is None
    if glued_at_clause_end and (
        not _LOWER_WORD_AFTER.match(text, end + plus) or metres_not_millions(text, number.start, end)
    ):
        value, unit = value / 1e6, "m"  # "5m" at a clause end, "the 500m final": metres, not millions
    fx = exchange_rate(text, start, end, unit) if unit is None or "/" not in unit else None
    if fx is not None:  # "7.1 yuan per dollar", "The yen weakened to 151.2 per dollar"
        unit, end = fx
    magnitude = magnitude_span(text, start, end) if unit is None else None
    if magnitude is not None:  # "magnitude 6.4", "a 6.4-magnitude quake", "Magnitude 6.1 strikes ..."
        (start, end), unit = magnitude, "magnitude"
    if unit is None:
        # "zero" counts only a plural ("zero infections", not "zero tolerance").
        # a fraction of one counts a singular noun too: "1/2 cup milk", "3/4 mile"
        fraction = 0 < value < 1 and not number.spelled and text[number.start : number.end][:1] not in "0."
        singular_ok = (number.spelled and value != 0) or value == 1 or fraction
        if singular_ok and value > 1 and _THE_BEFORE.search(text, max(0, start - 8), start):
            singular_ok = False  # "the two struggle to ...", "the three return": the pronoun, its verb
        bare = compound_without_hyphen(text, start, end) if value >= 2 and not number.spelled else None
        # "38 gold, 32 silver and 18 bronze medals": the list's last noun is every member's
        bare = bare or shared_head(text, end + plus, value)
        if bare is None and not number.spelled:
            bare = ratio_head(text, end + plus, value)  # "12 of 13 games": the whole's noun
        noun = bare or counted_noun(text, end + plus, singular_ok=singular_ok, single=value == 1)
        hedge = _HEDGE_AFTER.match(text, end) if noun is None else None
        if hedge is not None:  # "200 or more protesters", "a million or so Tarvans"
            noun = counted_noun(text, hedge.end(), singular_ok=False)
        if noun is not None:
            unit, counted, end = noun.unit, noun.noun, noun.end
            rate = count_rate(text, end)
            if rate is not None and unit != "people":
                unit, end = f"{unit}/{rate[0]}", rate[1]
    if unit is None and joined_by_hyphen and value >= 2:
        compound = compound_noun(text, end + plus)
        if compound is not None:  # "five-team", "a 20-member delegation", "three-time winner"
            unit, counted, end = compound.unit, compound.noun, compound.end
    if end > number.end and block_break(text, number.end, end) is not None:
        # "vs 392,000" over a line "Year": the words after a block break are not the figure's
        unit, counted, end = (prefix[0] if prefix is not None else None), None, number.end
    if unit is None and not number.spelled:
        unit = label_unit(text, start)  # "sodium (mg) 708": the table row's unit
    if unit is None and not number.spelled and age_of_person(text, start, end, value):
        unit = "year_of_age"  # "Braun, 38, said", "at age 54"
    if unit is None and (
        _CASUALTIES_BEFORE.search(text, max(0, start - 60), start)
        or _IN_ATTENDANCE.match(text, end)
        or _DEATHS_BEFORE.search(text, max(0, start - _DEATHS_REACH), start)
    ):
        unit, counted = "people", "people"  # "killing at least 42", "the death toll rose to 38"
    if unit == "point" and (election_margin(text, start, end) or share_points(text, start, end, value)):
        unit = "percentage_point"  # "lost the primary by five points", "up 0.3 points to 5.2%"
    has_measure_unit = unit is not None and counted is None
    digits = text[number.start : number.end]
    if not_a_figure(
        text,
        start,
        number.end,
        digits,
        value,
        has_unit=unit is not None,
        has_measure_unit=has_measure_unit,
        phones=phones,
        counted_words=len(counted.split()) if counted else 0,
    ):
        return None
    if compound_adjective(unit, joined_by_hyphen, text[start:end], text[end : end + 40]):
        return None
    if index_compound(unit, joined_by_hyphen, text, end):
        return None  # "the 30-share index", "the 500-stock index": a name
    if year_or_day(text, start, number.end, digits, value, has_unit=unit is not None, counted=counted):
        return None
    if number.spelled and spoken_year(text, number.start, number.end, value, has_unit=unit is not None):
        return None  # "nineteen ninety-four", "the year two thousand"
    if period_window(text, start, unit, end):
        return None
    if name_or_furniture(text, start, number.start, number.end, value, unit=unit, counted=counted):
        return None
    if rank_bracket(text, start, unit, counted) or named_by_cent(text, number.end, unit):
        return None  # "a top 10 hit", "the UK top 75"; "Rapper 50 Cent said"
    if named_person(text, end, value, unit, counted):
        return None  # "District 7 District Attorney", "the 40 Harbor writer": a number in a name
    if not has_measure_unit and (
        model_variant(text, number.start, number.end, digits) or model_line(text, number.end, digits)
    ):
        return None  # "the 868-4 jet", "the troubled 868 Max jets": a model's name, no count
    return Figure(
        start, end, number.start, number.end, value, unit, counted, has_measure_unit, number.spelled
    )


def _priced_model(subject: Entity, unit: str | None) -> bool:
    """ "the Galaxy Note 10 for $749": a sum of money owned by a product that only its number
    makes look like an index ("Norland 40") is the product's price, no index level; a listed
    index or benchmark keeps its own ("Brent crude at $80")."""
    return unit in CURRENCY_CODES and subject.name not in market_index_names()


_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_PLUS_WORD = re.compile(r"[-\u2010\u2011]plus(?=\s+[a-z]|-[a-z])", re.IGNORECASE)
_NETWORK_GENERATION = re.compile(r"[2-6]G")
_SCALE_WORD = re.compile(r"(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b", re.I)
_A_DOZEN = re.compile(r"an?\s+dozen", re.IGNORECASE)
_HYPHEN_RANGE = re.compile(r"-\s?(?:to|and)\b")
_PARTITIVE = re.compile(r"\s+of\b")


# "the two", "all three": a definite count stands for people named before; a singular word after
# it is its verb, never the head noun ("the two sides" is plural and still counted)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose)\s+$")
# "one" in idioms of time that count nothing: "could one day be used", "One day, she left", "at one
# time", "at any one time" ("for one day", "a one-day visit" stay durations).
_ONE_DAY_MODAL = re.compile(r"\b(?:can|could|may|might|will|would|should|must|shall|to|hope|hopes)\s+$", re.I)
# "one" right after a modal is the pronoun ("can one catch", "should one respond"), no count; after
# "does" it may be either ("does one hear", "she does one show a week")
_ONE_AFTER_AUX = re.compile(r"\b(?:can|could|would|should|must|might|may|shall)\s+$", re.I)
_AT_ONE = re.compile(r"\bat\s+(?:any\s+)?$", re.IGNORECASE)
_AFTER_ONE_DAY = re.compile(r"\s*,|\s+(?:soon|later|after|before)\b")
# "one full day", "one extra night": the length of a stay or a wait, a duration still
_DURATION_ADJECTIVES = frozenset(
    {
        "full",
        "whole",
        "entire",
        "extra",
        "additional",
        "single",
        "long",
        "more",
        "working",
        "business",
        "calendar",
    }
)
_FOR_BEFORE = re.compile(r"\b(?:for|only|just|than|spent|spend|spends|per)\s+$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")
_STEP_IDIOM = re.compile(r"\s+(?:closer|further|farther|nearer|ahead|forward|away|back|at\s+a\s+time)\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_ON_THE_BEFORE = re.compile(r"\bon\s+the\s+$", re.IGNORECASE)
_OR_ANOTHER = re.compile(r"\s+or\s+(?:another|the\s+other)\b", re.IGNORECASE)
_TO_ANOTHER = re.compile(r"\s+to\s+(?:another|the\s+(?:next|other))\b")
_NOT_BEFORE = re.compile(r"(?:\bnot|n't|n\u2019t|\bnever)\b[^.;!?]*$", re.IGNORECASE)


# "the one everyone has heard of", "the only one airing such ideas", "the now-infamous one struck
# with Mozilla": "one" after "the" standing for a thing named before, its clause after it
_THE_ONE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:only|very|same|real|[a-z]+-[a-z]+)\s+)?$")
_CLAUSE_WORD = re.compile(
    r"(?:everyone|everybody|anyone|someone|you|we|they|i|he|she|[a-z]{3,}[^e]ed|struck|made|"
    r"written|taken|given|found|held|known|seen|built|left|sent|told|won|lost|kept|worn|chosen)",
    re.IGNORECASE,
)
# ... and a participle in -ing with its object ("the one running the machine"; "the one building
# in town" is a building)
_PARTICIPLE_OBJECT = re.compile(
    r"[a-z]{3,}ing[ \t]+(?:the|a|an|such|his|her|their|its|our|my|your|this|that|these|those)\b"
)


def _one_idiom(text: str, figure: Figure) -> bool:
    """Whether a figure of one is an idiom of time or the pronoun "one", which count nothing."""
    before = text[max(0, figure.number_start - 12) : figure.number_start]
    if (
        figure.counted is not None
        and " " not in figure.counted
        and (
            _CLAUSE_WORD.fullmatch(figure.counted)
            or _PARTICIPLE_OBJECT.match(text, figure.end - len(figure.counted)) is not None
        )
        and _THE_ONE_BEFORE.search(text, max(0, figure.number_start - 30), figure.number_start)
    ):
        return True  # "the one everyone has heard of", "the one running the machine": the pronoun
    if figure.unit == "day" and figure.end == figure.number_end + 4:
        if _ONE_DAY_MODAL.search(before):
            return True
        opens = _SENTENCE_OPEN.search(before) is not None
        if opens and _AFTER_ONE_DAY.match(text, figure.end) is not None:
            return True
        return point_in_time(text, figure.number_start, figure.end, "day")  # "then one day it broke"
    if figure.unit in TIME_OF_DAY_NOUNS and not _FOR_BEFORE.search(before):
        # "They met one hot night", "One morning, she left": a point in time. Only with an
        # adjective, or opening the sentence before a comma ("spent one night in jail" stays).
        words = text[figure.number_end : figure.end].split()
        described = len(words) > 1 and words[0].lower() not in _DURATION_ADJECTIVES
        opens = _SENTENCE_OPEN.search(before) is not None and _COMMA_AFTER.match(text, figure.end) is not None
        if described or opens:
            return True
        if len(words) == 1 and point_in_time(text, figure.number_start, figure.end, figure.unit):
            return True  # "..., one evening, Roe argued", "the man who one night found"
    if figure.unit == "hand" and _ON_THE_BEFORE.search(before):
        return True  # "On the one hand": an idiom of argument
    if figure.unit in ("way", "form", "side") and _OR_ANOTHER.match(text, figure.end):
        return True  # "one way or another", "in one form or another": any, not one
    if figure.unit == "step" and _STEP_IDIOM.match(text, figure.end):
        return True  # "one step closer to a deal", "one step at a time": an idiom of degree
    if _FROM_BEFORE.search(before) and _TO_ANOTHER.match(text, figure.end):
        return True  # "from one room to another", "from one day to the next": any, not one
    if (
        figure.unit == "bit"
        and figure.end == figure.number_end + 4
        and _NOT_BEFORE.search(text, max(0, figure.number_start - 30), figure.number_start)
    ):
        return True  # "she does not mind one bit", "never worried one bit": an idiom of degree
    if figure.counted is not None and " " not in figure.counted and _ONE_AFTER_AUX.search(before):
        return True  # "only then can one catch", "how should one respond": the pronoun
    # ("at one point" stays a figure: the NewsQuant annotators count it, and the conventions say nothing)
    return figure.unit in ("time", "stage") and _AT_ONE.search(before) is not None


# "two thirds", "one fifth", "three tenths": a spelled fraction, which the conventions do not count
# (as "a third", "two-thirds"); "quarters" also count periods ("four quarters of growth")
_FRACTION_NOUN = re.compile(
    r"[ \t]+((?:third|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|hundredth)s?)\b(?!-)",
    re.IGNORECASE,
)


def _spelled_ok(text: str, figure: Figure) -> bool:
    """Words-as-numbers count only when they count something: "two sides", "two million"."""
    if _SCALE_WORD.match(text, figure.number_start):
        return False  # "several hundred", "thousands of": no figure given
    if _A_DOZEN.fullmatch(text, figure.number_start, figure.number_end):
        return False  # "a dozen people": the conventions call it vague ("two dozen" counts 24)
    if text[figure.number_end : figure.number_end + 1] == "-" and figure.unit not in ("year_of_age",):
        if figure.unit is not None and (figure.counted is not None or figure.end > figure.number_end + 1):
            return True  # "five-team", "three-day visit": the compound names what is counted
        return _HYPHEN_RANGE.match(text, figure.number_end) is not None
    if figure.value == 1 and _one_idiom(text, figure):
        return False  # "could one day be", "at one time": no count
    if _PARTITIVE.match(text, figure.number_end):
        return False  # "one of the", "two of Johnson's deputies": partitives
    fraction = _FRACTION_NOUN.match(text, figure.number_end)
    if fraction is not None and fraction.group(1).lower().endswith("s") == (figure.value != 1):
        return False  # "two thirds of", "one fifth": a fraction in words ("two third parties" counts)
    if re.match(r"^['\u2019]s\b", text[figure.number_end : figure.number_end + 3]):
        return False  # "one's own interests": a pronoun
    if text[figure.number_start : figure.number_end].istitle() and not _SENTENCE_OPEN.search(
        text, max(0, figure.number_start - 4), figure.number_start
    ):
        return False  # "Xbox One", "our One Home Depot plan": a number inside a name
    return figure.unit is not None or abs(figure.value) >= 100


# The gap between two figures one movement verb governs: "grew 5.8 percent in the first half
# and 6.1 percent in the third quarter", "rose 3 percent and 4 percent respectively".
_COORDINATED = re.compile(
    r"^(?:\s+(?:in|on|for|during|over|from|at)\s+[^,;.\d\x00]{1,40}?)?,?\s+(?:and|while)\s+"
    r"(?:(?:about|nearly|some|around|almost|roughly|a further|another)\s+)?$"
)


def _coordinated_change(
    text: str,
    previous: Indicator | None,
    previous_change: tuple[int, Change | None],
    start: int,
    unit: str | None,
) -> Change | None:
    """The movement of the figure before, when "and" joins the two under one verb and one unit."""
    if previous is None or previous_change[0] < 0 or previous.unit != published_unit(unit):
        return None
    return previous_change[1] if _COORDINATED.match(text[previous_change[0] : start]) else None


_SHARE_UNITS = frozenset({"percent", "percentage_point"})


# "fell by 2 mln bpd to 45.2 mln", "fell by about two mln bpd to ...": a move, then its level (a
# hedge after "by" too: session 31, the move and the level were read as one range)
_BY_END = re.compile(r"\bby(?:\s+(?:about|some|nearly|around|roughly|almost|approximately|over))?\s*$", re.I)


# A move restated after "or" before its level: "fell 4.2, or 1.1% to 380.12" (session 49)
_RESTATED_MOVE = re.compile(r"\d[\d.,]*(?:[ \t]*[A-Za-z%]+)?,[ \t]+or[ \t]+(?:about[ \t]+|some[ \t]+)?$")
# a movement verb's start level: "rose from", "climbed from nearly"
_FROM_MOVE = re.compile(r"\bfrom(?:[ \t]+(?:about|some|nearly|around|almost|roughly|just))?[ \t]+$", re.I)
_MOVE_TO_LEVEL = 4  # "down five to 27 percent" moves then ends; "rose 5 to 10 percent" is a range


def _ranges(text: str, figures: list[Figure]) -> list[tuple[Figure, Figure | None]]:
    """Pair "X to Y" / "between X and Y" bounds; a bound without a unit takes its partner's."""
    paired: list[tuple[Figure, Figure | None]] = []
    index = 0
    while index < len(figures):
        low = figures[index]
        high = figures[index + 1] if index + 1 < len(figures) else None
        if high is not None:
            gap = text[low.end : high.start]
            lead = text[max(0, low.start - 30) : low.start]
            joined = _RANGE_JOIN.match(gap) is not None
            if joined and gap.strip().lower() == "and":
                between = re.search(r"\bbetween\s+(?:about\s+|some\s+|~\s?)?$", lead, re.IGNORECASE)
                joined = between is not None
            if joined and gap.strip().lower() == "to":
                # "rose by $43.6 billion to $419.2 billion" moves then ends at a level; "dropped
                # by 1 to 1.5 degrees" is a range, as the first bound has no unit of its own.
                moved = change_of(lead, "", low.value, low.unit) is not None
                moved = moved or _BY_END.search(lead) is not None
                # "fell 4.2, or 1.1% to 380.12": a move restated, then a bare level ("cut by $3
                # million to $4 million, or 15 cents to 20 cents a share" restates a range)
                moved = moved or (high.unit is None and _RESTATED_MOVE.search(lead) is not None)
                # ... unless the second is many times the first: "Labour down one to 48 percent"
                # moves by a point and ends at a share (session 49)
                apart = high.value > _MOVE_TO_LEVEL * max(low.value, 0)
                joined = not moved or (low.unit is None and high.unit is not None and not apart)
                if moved and not joined and low.unit is None and high.unit is not None:
                    low = replace(low, unit="percentage_point" if high.unit == "percent" else high.unit)
                if (
                    not moved
                    and _FROM_MOVE.search(lead)
                    and change_of(lead[: lead.lower().rfind("from")], "", low.value, low.unit)
                ):
                    # "rose from 2 yuan to 2.6 yuan per kilo": a start and an end level, no range
                    joined = False
                    rate = _rate_of(low.unit, high.unit)
                    low = replace(low, unit=rate or low.unit or high.unit)
                    high = replace(high, unit=rate or high.unit)
                    paired.extend([(low, None), (high, None)])
                    index += 2
                    continue
            if joined and gap.strip().lower() == "to" and low.value > high.value:
                # "cut the trip from 40 minutes to 10 minutes", "voted 52 to 48": two levels or
                # two tallies, never a range, whose bounds rise
                joined = False
                from_level = lead.rstrip().lower().endswith("from")
                # "leads Roe 47 to 45 percent", "backed it 54 to 41 percent": two shares, one sign
                shares = high.unit in _SHARE_UNITS and not low.spelled and high.end > high.number_end
                if low.unit is None and high.unit is not None and (from_level or shares):
                    low = replace(low, unit=high.unit)
            if joined and gap.strip() == "-" and low.unit is None and high.unit is None:
                joined = False  # "2-1": a score
            if joined and high.unit is None and re.search(r"[A-Za-z]", text[low.number_end : low.end]):
                # "out of work over the last three weeks to 16.8 million": a bound that writes its
                # own unit after it and a bare one are two figures (a range writes the unit last)
                joined = False
            rate = _rate_of(low.unit, high.unit)
            if joined and low.unit and high.unit and low.unit != high.unit and rate is None:
                joined = False
            if joined:
                unit = rate or low.unit or high.unit
                low = _shared_scale(text, low, high)
                paired.append((replace(low, unit=unit), replace(high, unit=unit)))
                index += 2
                continue
        if high is not None and _SHARED_UNIT_JOIN.fullmatch(text, low.end, high.start):
            low = _shared_unit(text, low, high)
        paired.append((low, None))
        index += 1
    return paired


# Two figures "and" / "or" join that the writer gave one unit, written after the second: "2 or 3
# percent", "about 1,800 and 2,400 miles wide" (two figures, not a range: no "between").
_SHARED_UNIT_JOIN = re.compile(r"\s+(?:and|or)\s+")


def _shared_unit(text: str, low: Figure, high: Figure) -> Figure:
    """The first of "2 or 3 percent" with the second's unit (and scale: "1.5 or 2 million people"),
    when it has none of its own and is written in digits."""
    if low.unit is not None or high.unit is None or low.spelled or high.spelled:
        return low
    shared = _shared_scale(text, low, high)
    return replace(shared, unit=high.unit, counted=high.counted, has_measure_unit=high.has_measure_unit)


_PLAIN_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _shared_scale(text: str, low: Figure, high: Figure) -> Figure:
    """ "$40-50 billion", "3 to 4 million people": a low bound without a scale word of its own
    takes the high bound's, as the writer meant one scale for both ($40 billion to $50 billion)."""
    if low.spelled and high.spelled:
        return _shared_spelled_scale(text, low, high)
    low_digits = _PLAIN_DIGITS.match(text, low.number_start, low.number_end)
    high_digits = _PLAIN_DIGITS.match(text, high.number_start, high.number_end)
    if low.spelled or high.spelled or low_digits is None or high_digits is None:
        return low
    if low_digits.end() != low.number_end or high_digits.end() == high.number_end:
        return low  # the low bound has a scale of its own, or the high bound has none
    raw_low, raw_high = (
        float(low_digits.group().replace(",", "")),
        float(high_digits.group().replace(",", "")),
    )
    if raw_high <= 0 or low.value != raw_low or raw_low > raw_high:
        return low
    factor = high.value / raw_high
    return replace(low, value=float(Decimal(repr(raw_low)) * Decimal(repr(factor)))) if factor > 1 else low


_BIG_SCALE_END = re.compile(r"\b(million|billion|trillion)$", re.IGNORECASE)
_BIG_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def _shared_spelled_scale(text: str, low: Figure, high: Figure) -> Figure:
    """ "three hundred to five hundred billion dollars": in words too, a low bound without the big
    scale word takes the high bound's (session twenty-five: the low bound was published as 300)."""
    scale = _BIG_SCALE_END.search(text, high.number_start, high.number_end)
    if scale is None or _BIG_SCALE_END.search(text, low.number_start, low.number_end) is not None:
        return low
    scaled = low.value * _BIG_SCALES[scale.group(1).lower()]
    return replace(low, value=scaled) if low.value < 1000 and scaled <= high.value else low


def _rate_of(low: str | None, high: str | None) -> str | None:
    """ "$500,000 to $1 million a year": the bare bound shares its partner's rate (USD/year)."""
    if low and high and low != high and low.split("/")[0] == high.split("/")[0]:
        return low if "/" in low else high
    return None


def _sentence_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= position < end:
            return start, end
    return (0, 0) if not spans else spans[-1]


class _Sentences:
    """A field's sentences (over-long ones in pieces), found by bisection, periods read once each."""

    def __init__(self, text: str, ref: dt.date | None) -> None:
        self.text = text
        self.ref = ref
        self.spans, self.cut = bounded_sentences(text)
        self._starts = [start for start, _ in self.spans]
        self._periods: dict[tuple[int, int], PeriodIndex] = {}
        self._texts: dict[tuple[int, int], str] = {}

    def of(self, position: int) -> tuple[int, int]:
        """The sentence holding ``position`` (the spans cover the text without gaps)."""
        if not self.spans:
            return (0, 0)
        index = bisect.bisect_right(self._starts, position) - 1
        return self.spans[index] if index >= 0 else self.spans[0]

    def text_of(self, sentence: tuple[int, int]) -> str:
        found = self._texts.get(sentence)
        if found is None:
            found = self._texts[sentence] = self.text[sentence[0] : sentence[1]]
        return found

    def read(self, sentence: tuple[int, int]) -> bool:
        """Whether the periods of the sentence have been found (a figure's rules read them)."""
        return sentence in self._periods

    def periods(self, sentence: tuple[int, int]) -> PeriodIndex:
        """Periods of the sentence, offsets relative to its start: read once per sentence."""
        found = self._periods.get(sentence)
        if found is None:
            found = self._periods[sentence] = PeriodIndex(find_periods(self.text_of(sentence), self.ref))
        return found


def _owner_before(
    index: MentionIndex,
    text: str,
    sentences: _Sentences,
    sentence: tuple[int, int],
    span: tuple[int, int],
    unit: str | None,
    previous: Indicator | None,
    previous_age: bool,
    by_id: dict[str, Entity],
) -> Entity | None:
    """The owner of a figure whose clause names none, from before it: the owner of the figure
    right before when it goes on (same clause, the sentence before, a review's spec run), else
    the subject of the one-sentence paragraph before ("Chengdu courted investors.\n\nForeign
    investment reached $5 billion"). Nobody's for a count no owner goes on to."""
    if (
        unit in AGE_UNITS  # an age's owner sits beside it (``sized_owner``), never the figure before's
        or counts_nobody(text, sentence[0], span, unit)
        or placed_moment(text, sentence[0], span, unit)  # "nine days earlier"
        or happening_span(text, sentence[0], span, unit)  # "after a 72-hour break"
        or others_beside(text, sentence[0], span, unit)  # "Ann Lee and 10 others"
        or polled_share(text, span[1], unit)
        or poll_margin(text, sentence[0], span[0], unit)
        or index_move([], text, sentence[0], span, unit) is not None  # "and the QR Index down one to 666"
        or has_second_subject(text, sentence[0], span)  # "... and Carl Mott caught two passes"
        or prices_a_good(text, span, unit)  # "the fish worth $5,000 a tonne": the good's, no entity
    ):
        return None
    if previous is not None and previous.subject is not None and not previous_age:
        owner = by_id.get(previous.subject)
        if (
            same_clause(text, previous.end, sentence[0], span[0])
            or carries_on(index, text, sentences.of(previous.start), sentence, span[0], owner, unit, span[1])
            or (
                spec_goes_on(text, previous.end, span[0], owner, unit)
                and not another_thing_between(index, previous.end, span[0], owner)
            )
        ):
            return owner
        return None
    return paragraph_opener(index, text, sentence, span[0], unit)


def _no_venue_nor_analyst(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    span: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The owner found, unless it only frames the figure: the exchange a stock trades on ("in
    Harlow Stock Exchange composite trading, down 37.5 cents": the stock's, so nobody's here and
    the figure before may carry on) or the analyst who estimates a firm's earnings ("Ann Lee cut
    her earnings estimate to $2 a share": the firm's, or nobody's)."""
    if trading_venue(index, text, span, subject) or goods_price(
        index, text, sentence_start, span, unit, subject
    ):
        return None
    estimated = forecaster(index, text, span, unit, subject)
    return subject if estimated is None else estimated[0]


def _sellers_thing(
    index: MentionIndex,
    text: str,
    sentence_start: int,
    span: tuple[int, int],
    unit: str | None,
    subject: Entity | None,
) -> Entity | None:
    """The product a firm's price by "it" / "them" / "the phone" is of, for a firm's figure only."""
    if subject is None or subject.type != "ORGANIZATION":
        return None
    return seller_price_owner(index, text, sentence_start, span, unit)


def _window(sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """What the rules of the figure at text[start:end] read: a bounded window in its sentence."""
    return max(sentence[0], start - WINDOW_BEFORE), min(sentence[1], end + WINDOW_AFTER)


# Compiled once (they run per figure), not looked up in re's cache per call.
_CLAUSE_CUT = re.compile(r";|,\s+(?:while|whereas|but)\b")
_RESTATED_BETWEEN = re.compile(r"^,?\s*(?:or|\()\s*$")
_CONVERSION_NEXT = re.compile(r"^[;,]\s*$")


def _clause_after(text: str, end: int, sentence_end: int) -> str:
    rest = text[end:sentence_end]
    cut = _CLAUSE_CUT.search(rest)
    return rest[: cut.start()] if cut else rest


def _field_indicators(
    field: TextField,
    text: str,
    entities: Sequence[Entity],
    ref: dt.date | None,
    skip_before: int = 0,
    warnings: list[str] | None = None,
) -> list[Indicator]:
    text = text[: enriched_end(text)]  # at most MAX_ENRICHED_CHARS, and a bounded number of tokens
    index = MentionIndex(entities, field, text, skip_before)
    focus_on_unit(index, text)  # the lead's unit of the headline's parent: the story's firm
    by_id = {e.id: e for e in entities}
    # numbers that are never figures: phones, citation marks, a comment list's counters
    phones = merge_spans(phone_spans(text), citation_spans(text), comment_header_spans(text))
    sentences = _Sentences(text, ref)

    figures: list[Figure] = []
    for number in find_numbers(text):
        figure = _figure(text, number, phones)
        if figure is None:
            continue
        if figures and figure.start < figures[-1].end:
            continue
        sentence = sentences.of(number.start)
        inside = sentences.periods(sentence).holding(number.start - sentence[0], number.end - sentence[0])
        if inside is not None and inside.kind in _COUNTED_PERIODS:
            continue  # "the first 10 months", "four years ago": the number names a period
        if len(figures) == MAX_FIGURES:
            if warnings is not None and FIGURES_WARNING not in warnings:
                warnings.append(FIGURES_WARNING)
            break  # a table, not a story: the cost of its rows is bounded here
        figures.append(figure)
    rows: list[Indicator] = []
    previous_change: tuple[int, Change | None] = (-1, None)
    previous: Indicator | None = None
    previous_age = False
    converting = False  # the row before restated a sum in another currency, "(£53m"
    prices = PriceOwners(by_id)  # "- Get it at Walmart for $239": the owner the heading gave $239
    results = " vs" in text  # a wire results line may label its figures ("Shr 31 cts vs 18 cts")
    for low, high in _ranges(text, figures):
        if not all(_spelled_ok(text, bound) for bound in (low, high) if bound is not None and bound.spelled):
            continue
        span_start, span_end = low.start, (high or low).end
        sentence = sentences.of(low.number_start)
        window = _window(sentence, span_start, span_end)
        before = text[max(sentence[0], span_start - 80) : span_start]
        after = text[span_end : window[1]]
        change = change_of(before, after, low.value, low.unit)
        change = _refined_change(change, text, low, span_end)
        between = text[previous_change[0] : span_start] if previous_change[0] >= 0 else ""
        restated = previous is not None and (
            _RESTATED_BETWEEN.match(between) is not None
            # "77m euros (£53m; $100m)": a second conversion after a semicolon restates it too
            or (converting and is_price(low.unit) and _CONVERSION_NEXT.match(between) is not None)
        )
        converting = (
            restated
            and previous is not None
            and is_price(low.unit)
            and is_price(previous.unit)
            and low.unit != previous.unit
        )
        if change is None and restated:
            change = previous_change[1]  # "up 0.25 points, or 0.01%"
        change = change or _coordinated_change(text, previous, previous_change, span_start, low.unit)
        previous_change = (span_end, change)
        comparison = comparison_of(_clause_after(text, span_end, window[1])) if change else None
        period = sentences.periods(sentence).for_figure(
            span_start - sentence[0], span_end - sentence[0], sentences.text_of(sentence)
        )
        subject = subject_of(index, text, sentence, (span_start, span_end), skip_before, low.unit)
        # "15,000 yuan last year, up 12 percent": the change is the owner's of the figure before
        subject = change_owner(index, text, (previous, previous_age), span_start, by_id) or subject
        subject = _no_venue_nor_analyst(index, text, sentence[0], (span_start, span_end), low.unit, subject)
        if subject is None:
            subject = _owner_before(
                index,
                text,
                sentences,
                sentence,
                (span_start, span_end),
                low.unit,
                previous,
                previous_age,
                by_id,
            )
        # a part's spec the clause gave its maker ("Orbis's 6.1-inch screen"): the maker's product
        subject = (
            # '70" Norland TV with Kelby Stick for $499': the figure before a product's name is its
            product_named_next(index, text, (span_start, span_end), low.unit)
            or maker_part_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "Orbis uses a 120Hz panel": a unit only a made thing has, the maker's product's
            or maker_spec_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "Walmart is selling them for $205": the thing's price, not its seller's
            or _sellers_thing(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "Orbis has slashed the price to $699": the maker's shop price, its product's
            or maker_price_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "In the US, the phone costs $499": the product's price, the place no owner
            or (subject or placed_price_owner(index, text, sentence[0], (span_start, span_end), low.unit))
        )
        # "It is available at Harbor Mart for $49": a shop's price of the thing, the thing's
        subject = (
            store_price_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "We gave it 4 stars", "Harbor Mart has over 2,000 user reviews": the thing's rating
            or rating_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "it is 30% lighter": a thing's comparison, not its maker's
            or comparison_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "It comes with 10 airbags": a thing's parts, the product's
            or part_count_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            # "Corvan says it can tow 2,000 pounds": the maker's claim of its thing's measure
            or maker_claim_owner(index, text, sentence[0], (span_start, span_end), low.unit, subject)
            or subject
        )
        subject = (
            prices.owner(subject, text, (sentence[0], span_start), low.value, low.unit)
            or heading_product(index, text, (sentence[0], span_start), low.unit)  # the deal's heading
            # a section's counts, sizes and durations: the product its heading names
            or section_product(index, text, (sentence[0], span_start), low.unit)
        )
        # "Lee welcomed the four detainees": not the person's people (kin are)
        subject = persons_people(subject, text, (span_start, span_end), low.unit)
        subject = unless_agency(subject)  # "(Photo: AP) Seven people were killed": a credit, no owner
        previous_age = low.unit in AGE_UNITS  # "Roe, 64, ...": an age's owner goes on to nothing
        change = _tally_change(change, low.unit, subject)
        measure = measure_of(text, window, (span_start, span_end), low.counted)
        if restated and previous is not None:
            # "1,405,207 votes, or 53.9 percent": the same quantity restated, same owner and measure.
            subject = (by_id.get(previous.subject) if previous.subject else None) or subject
            measure = previous.measure if low.counted is None or measure is None else measure
        clause = text[window[0] : span_end]
        if low.counted and low.unit not in _MEASURE_UNITS_EXCLUDED:
            clause = ""  # "trade partnerships with 30 nations": a count of things is its own measure
        metric, medtop = metric_of(measure, clause, low.unit)
        if low.counted and low.unit not in _MEASURE_UNITS_EXCLUDED and _IN_PHRASE.search(before):
            metric, medtop = COUNT, None  # "the jobless rate in 31 major cities": 31 counts cities
        if (
            metric in (SHARE_PRICE, OTHER)
            and subject is not None
            and subject.type == "PRODUCT"
            and is_index(subject)
            and not _priced_model(subject, low.unit)
        ):
            metric, medtop = MARKET_INDEX, None  # "shares rose 3% while the CAC 40 fell 0.5%"
        unit = low.unit or (high.unit if high is not None else None)
        unit, metric, medtop, subject = _results_row(
            text if results else None, (span_start, span_end), unit, (metric, medtop), (subject, index)
        )
        previous = Indicator(
            id=f"ind-{field}-{span_start}",
            value=low.value,
            value_max=high.value if high is not None else None,
            unit=published_unit(unit),
            text=text[span_start:span_end],
            field=field,
            start=span_start,
            end=span_end,
            sentence=sentences.text_of(sentence).strip(),
            change=change,
            comparison=comparison,
            period=period.period if period else None,
            subject=subject.id if subject else None,
            subject_name=subject.name if subject else None,
            measure=measure,
            metric=metric,
            medtop=medtop,
        )
        rows.append(previous)
    rows = per_share_bases(text, implied_units(text, rows))
    rows.extend(_qualitative(field, text, sentences, figures, index, skip_before))
    return rows


_RESULTS_METRICS = {"profit": "profit", "revenue": "revenue"}


def _results_row(
    text: str | None,
    span: tuple[int, int],
    unit: str | None,
    metric: tuple[str, str | None],
    owner: tuple[Entity | None, MentionIndex],
) -> tuple[str | None, str, str | None, Entity | None]:
    """A wire results line's figure as its label (:func:`results_label`) says: "Shr 31 cts" is
    earnings per share in cents a share, "Net 90 mln" a profit, "Revs 1.2 billion" revenue, "Avg
    shrs 274 mln" shares; its owner is the firm the headline opens with ("VANTOR GRAIN CO <VGC>
    1ST QTR NET"): the line names nobody else (its label is no name) and no other owner is safe.
    Read only in a text with a "vs" (``text`` None otherwise); any other figure keeps its
    readings."""
    label = results_label(text, *span) if text is not None else None
    subject, index = owner
    if label is None:
        return unit, *metric, subject
    subject = index.headline_company
    if label == "eps":
        if unit in ("cent", "USD") or (unit is not None and unit.isupper() and "/" not in unit):
            unit = f"{unit}/share"
        return unit, EPS, None, subject
    if label == "shares":
        return unit or "share", *metric, subject
    return unit, _RESULTS_METRICS[label], None, subject


def _may_report(body: str, inside: bool) -> bool:
    """Whether a sentence may give a row of :func:`_qualitative`: a movement word, or, when it
    holds no figure, a predicate's participle a period may close ("had been falsified in 2019")."""
    return _QUALITATIVE.search(body) is not None or (not inside and PARTICIPLE.search(body) is not None)


def _qualitative(
    field: TextField,
    text: str,
    sentences: _Sentences,
    figures: list[Figure],
    index: MentionIndex,
    skip_before: int = 0,
) -> list[Indicator]:
    """Movements and periods the story reports without a figure (value None)."""
    rows: list[Indicator] = []
    figure_starts = [figure.start for figure in figures]
    for sentence in sentences.spans:
        if sentence in sentences.cut:
            continue  # a piece of an over-long "sentence": furniture or a table
        body = sentences.text_of(sentence)
        # the first figure at or after the sentence start, and the sentence holds a figure
        first = bisect.bisect_left(figure_starts, sentence[0])
        inside = first < len(figures) and figures[first].start < sentence[1]
        if not sentences.read(sentence) and not _may_report(body, inside):
            continue  # most sentences with no figure: their periods would not be read
        periods = sentences.periods(sentence)
        spans = periods.spans
        if not spans:
            continue
        economic = None
        for match in _QUALITATIVE.finditer(body):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            following = bisect.bisect_left(figure_starts, end)
            near = following < len(figures) and figures[following].start <= min(end + 30, sentence[1] - 1)
            if near:
                continue  # "expanding 2.4 percent": the figure row carries it
            if economic is None:
                economic = _ECONOMIC_CONTEXT.search(body) is not None
            if not economic:
                continue
            window = _window(sentence, start, end)
            period = periods.for_figure(match.start(), match.end(), body)
            if period is None:
                continue
            subject = subject_of(index, text, sentence, (start, end), skip_before)
            measure = measure_of(text, window, (start, end), None)
            metric, medtop = metric_of(measure, text[window[0] : end], None)
            change: Change = "down" if match.group("down") else "up"
            rows.append(
                Indicator(
                    id=f"ind-{field}-{start}",
                    value=None,
                    text=match.group(0),
                    field=field,
                    start=start,
                    end=end,
                    sentence=body.strip(),
                    change=change,
                    period=period.period,
                    subject=subject.id if subject else None,
                    subject_name=subject.name if subject else None,
                    measure=measure,
                    metric=metric,
                    medtop=medtop,
                )
            )
        if inside:
            continue
        for span in spans:
            if span.period.start is None or span.period.end is None or "-" not in span.period.label:
                continue
            if not span.period.label[:4].isdigit() or "Q" in span.period.label:
                continue
            predicate = predicate_before(text, sentence[0] + span.start, sentence[0])
            if predicate is None:
                continue
            start, end = predicate[0], sentence[0] + span.end
            subject = subject_of(index, text, sentence, (start, end), skip_before)
            rows.append(
                Indicator(
                    id=f"ind-{field}-{start}",
                    value=None,
                    text=text[start:end],
                    field=field,
                    start=start,
                    end=end,
                    sentence=body.strip(),
                    period=span.period,
                    subject=subject.id if subject else None,
                    subject_name=subject.name if subject else None,
                    measure=predicate[1],
                    metric="other",
                )
            )
    return rows


def _same_figure(headline: Indicator, body: Indicator) -> bool:
    return (
        headline.value is not None
        and headline.value == body.value
        and headline.value_max == body.value_max
        and headline.unit == body.unit
        and (headline.change is None or body.change is None or headline.change == body.change)
    )


def _from_body(headline: str, row: Indicator, body_rows: list[Indicator]) -> Indicator:
    """A headline figure repeats a body figure: the body says it in full (period dates, basis).

    The headline's own period wins when it is dated, or when re-reading it against the body
    figure's dates gives a different period ("October" in the headline, "first 10 months" in
    the body are different facts).
    """
    twin = next((b for b in body_rows if _same_figure(row, b)), None)
    if twin is None:
        return row
    update: dict[str, object] = {}
    undated = row.period is None or row.period.end is None
    if twin.period is not None and twin.period.end is not None and undated:
        if row.period is None:
            update["period"] = twin.period
        else:
            sentence = _sentence_of(sentence_spans(headline), row.start)
            again = period_for(
                find_periods(headline[sentence[0] : sentence[1]], twin.period.end),
                row.start - sentence[0],
                row.end - sentence[0],
                headline[sentence[0] : sentence[1]],
            )
            if again is not None and (again.period.start, again.period.end) == (
                twin.period.start,
                twin.period.end,
            ):
                update["period"] = twin.period
    if row.comparison is None and twin.comparison is not None and row.change == twin.change:
        update["comparison"] = twin.comparison
    if row.subject is None and twin.subject is not None:
        update["subject"], update["subject_name"] = twin.subject, twin.subject_name
    return row.model_copy(update=update) if update else row


def extract_indicators(
    article: Article, entities: Sequence[Entity] = (), warnings: list[str] | None = None
) -> list[Indicator]:
    """All figures of the headline and body, plus figure-less movements, in text order per field.

    A field's first MAX_FIGURES figures only; when there were more, ``figures_truncated`` is
    added to ``warnings`` (the article's, when the caller passes them).
    """
    ref = _reference_date(article)
    by_field: dict[str, list[Indicator]] = {}
    skip = {"headline": 0, "body": article.body_dateline_end()}
    for field, text in (("headline", article.headline), ("body", article.body.text)):
        try:
            found = _field_indicators(field, text, entities, ref, skip[field], warnings)  # type: ignore[arg-type]
        except (ValueError, OverflowError, RecursionError, IndexError, KeyError):
            found = []  # odd text costs indicators, never the article
        found.sort(key=lambda r: r.start)
        by_field[field] = found
    try:
        headline = [_from_body(article.headline, r, by_field["body"]) for r in by_field["headline"]]
    except (ValueError, OverflowError, RecursionError, IndexError, KeyError):
        headline = by_field["headline"]
    rows = headline + by_field["body"]
    if article.dateline is not None:
        _count_place_people(rows, entities)
    return rows


def _count_place_people(rows: list[Indicator], entities: Sequence[Entity]) -> None:
    """Agency copy filed from a place (it has a dateline) whose figures mostly belong to a place:
    its unowned counts of people are that place's (``counts_place_people``). Western copy without
    a dateline counts bystanders ("Two people familiar with the matter") and stays unowned; a
    story-wide pass read on dev, check and holdout kept only this class. One pass over the rows."""
    by_id = {e.id: e for e in entities}
    place = story_place([r.subject for r in rows if places_story(r.subject, r.unit, by_id)], by_id)
    if place is None or _abroad(place, entities):
        return
    indexes: dict[str, MentionIndex] = {}
    sentences: dict[tuple[str, str], tuple[int, bool]] = {}  # read once per sentence, not per count
    for i, row in enumerate(rows):
        if row.subject is not None or row.unit != "people" or row.value is None or row.value == 1:
            continue  # "One official said": a person, not a count of the place's people
        key = (row.field, row.sentence)
        facts = sentences.get(key)
        if facts is None or not facts[0] <= row.start < facts[0] + len(row.sentence):  # a repeated sentence
            facts = count_sentence(row.sentence, row.start, row.text)
            if facts is None:
                continue
            sentences[key] = facts
        sentence_start, worldwide = facts
        if worldwide:
            continue
        index = indexes.get(row.field) or indexes.setdefault(row.field, MentionIndex(entities, row.field))
        if counts_place_people(index, sentence_start, (row.start, row.end), row.text, place) and not (
            place_after_count(index, row.sentence, sentence_start, (row.start, row.end), place)
        ):
            rows[i] = row.model_copy(update={"subject": place.id, "subject_name": place.name})


def _country_of(entity: Entity) -> str | None:
    links = entity.links
    if links is None:
        return None
    return links.country or (links.iso3166[:2] if links.iso3166 else None)


def _abroad(place: Entity, entities: Sequence[Entity]) -> bool:
    """Whether the story place lies in another country than the dateline's: copy filed from
    Baghdad whose figures mostly name Washington counts Iraq's dead, not America's people. Only
    when both countries are known; a dateline the gazetteer did not link decides nothing."""
    home = _country_of(place)
    if home is None:
        return False
    for entity in entities:
        if entity.type == "LOCATION" and any(m.field == "dateline" for m in entity.mentions):
            filed = _country_of(entity)
            return filed is not None and filed != home
    return False


def _refined_change(change: Change | None, text: str, low: Figure, span_end: int) -> Change | None:
    """The change the words inside a figure say: "15 fewer accidents", "grew by minus 1.6 percent"."""
    if change is None and (comparative := _COMPARATIVE_INSIDE.search(text, low.number_end, span_end)):
        return "up" if comparative.group(1).lower() == "more" else "down"
    if change == "up" and (low.value or 0) < 0 and low.unit in ("percent", "percentage_point"):
        return "down"  # negative growth
    return change


def _tally_change(change: Change | None, unit: str | None, subject: Entity | None) -> Change | None:
    """ "Tatum added 22 points": a player's tally in a game is no rise (an index's points are)."""
    if change == "up" and unit == "point" and subject is not None and subject.type == "PERSON":
        return None
    return change
