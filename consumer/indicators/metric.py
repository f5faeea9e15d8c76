"""The indicator taxonomy: which economic series a figure belongs to (see docs/indicators.md).

A code is chosen from the measure phrase first and, failing that, from the clause around the
figure, so "Liaoning's economy ... expanding 2.4 percent" is gdp_growth even though "GDP" is
never written. The rules are ordered from specific to generic: "industrial output value"
must win over "output value", "consumer prices" over "prices".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consumer.gate import gated, lowered
from consumer.lexicon import (
    MEDTOP_DISASTER,
    MEDTOP_ECONOMIC_INDICATORS,
    MEDTOP_EMPLOYMENT_STATS,
    MEDTOP_GDP,
    MEDTOP_INFLATION,
    MEDTOP_POLITICS,
    index_names,
)

_PERCENT_UNITS = frozenset({"percent", "percentage_point", "basis_point"})


@dataclass(frozen=True, slots=True)
class MetricRule:
    code: str
    medtop: str | None
    pattern: re.Pattern[str]
    percent_only: bool = False
    description: str = ""


def _rule(
    code: str, medtop: str | None, pattern: str, description: str, *, percent_only: bool = False
) -> MetricRule:
    return MetricRule(code, medtop, re.compile(pattern, re.IGNORECASE), percent_only, description)


TAXONOMY: tuple[MetricRule, ...] = (
    _rule(
        "unemployment_rate",
        MEDTOP_EMPLOYMENT_STATS,
        r"\b(?:unemployment|jobless(?:ness)?)\b",
        "unemployment or jobless rate",
    ),
    _rule(
        "employment",
        MEDTOP_EMPLOYMENT_STATS,
        r"\b(?:payrolls?|jobs? (?:growth|created|added|cuts?)|employment)\b",
        "jobs created or cut, employment levels",
    ),
    _rule(
        "cpi",
        MEDTOP_INFLATION,
        r"\b(?:consumer price(?:s| index)?|cpi|inflation|cost of living)\b",
        "consumer prices and inflation",
    ),
    _rule(
        "ppi",
        MEDTOP_INFLATION,
        r"\b(?:producer price(?:s| index)?|ppi|factory[- ]gate prices?)\b",
        "producer and factory-gate prices",
    ),
    _rule(
        "pmi", MEDTOP_ECONOMIC_INDICATORS, r"\b(?:pmi|purchasing managers)\b", "purchasing managers' indices"
    ),
    _rule(
        "industrial_output",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:industrial (?:output|production)|value[- ]added (?:industrial )?output|factory output|"
        r"manufacturing output)\b",
        "industrial output and production",
    ),
    _rule(
        "output_value",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\boutput value\b",
        "gross output value of a firm or sector (Chinese statistics)",
    ),
    _rule(
        "retail_sales",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:retail sales|consumer spending|consumption)\b",
        "retail sales and consumer spending",
    ),
    _rule(
        "fdi",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:foreign direct investment|fdi|foreign investment)\b",
        "foreign direct investment",
    ),
    _rule(
        "investment",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:fixed[- ]asset investment|investment|capital spending|capex)\b",
        "investment, fixed-asset investment",
    ),
    _rule(
        "trade",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:exports?|imports?|trade (?:surplus|deficit|balance|volume)|foreign trade|trade)\b",
        "exports, imports and trade balances",
    ),
    _rule(
        "fiscal_revenue",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:fiscal revenue|tax revenue|government revenue|budget revenue|public revenue)\b",
        "government and tax revenue",
    ),
    _rule(
        "gdp_growth",
        MEDTOP_GDP,
        r"\b(?:gdp|gross domestic product|economy|economies|economic growth|growth)\b",
        "GDP or economic growth rate",
        percent_only=True,
    ),
    _rule("gdp", MEDTOP_GDP, r"\b(?:gdp|gross domestic product|economic output|economy)\b", "GDP level"),
    _rule(
        "production",
        None,
        r"\b(?:output|production|barrels? (?:per|a) day|bpd)\b",
        "output and production volumes of a firm, cartel or sector (oil, grain, cars)",
    ),
    _rule(
        "interest_rate",
        MEDTOP_ECONOMIC_INDICATORS,
        r"\b(?:interest rates?|policy rate|lending rate|prime rate|repo rate|yields?)\b",
        "interest rates and yields",
    ),
    _rule(
        "wages",
        None,
        r"\b(?:wages?|salar(?:y|ies)|(?:hourly|weekly|average) earnings|pay (?:rises?|raises?|increases?))\b",
        "wages, salaries and earnings of workers (before 'earnings' as a company's profit)",
    ),
    _rule("revenue", None, r"\b(?:revenues?|sales|turnover)\b", "a company's revenue or sales"),
    _rule(
        "profit",
        None,
        r"\b(?:net profit|profits?|earnings|net income|loss(?:es)?)\b",
        "a company's profit or loss",
    ),
    _rule(
        "market_index",
        None,
        rf"\b(?:index|indices|indexes|{index_names()})\b",
        "stock market index levels and moves",
    ),
    _rule("margin", None, r"\bmargins?\b", "gross, operating or profit margins"),
    _rule("share_price", None, r"\b(?:shares?|stocks?)\b", "share prices"),
    _rule(
        "price",
        None,
        r"\b(?:prices?|costs?|tariffs?|fares?|futures|crude)\b",
        "prices of goods, services and commodities",
    ),
    _rule("votes", None, r"\b(?:votes?|turnout|ballots?)\b", "votes, vote shares and turnout"),
)
# The rules without IGNORECASE (their words are lower-case ASCII), read on a lower-cased copy of
# the text (consumer.gate.lowered) and gated on their first letters: the same matches at a
# fraction of the cost of 25 case-blind scans per text, run for every figure.
_TAXONOMY_LOWER = tuple(gated(rule.pattern.pattern) for rule in TAXONOMY)
COUNT_OF_PEOPLE = "count_of_people"
COUNT_OF_ORGANISATIONS = "count_of_organisations"
COUNT = "count"
DEATHS = "deaths"
INJURED = "injured"
EPS = "eps"
MAGNITUDE = "earthquake_magnitude"
AGE = "age"
OTHER = "other"
# Metrics that say nothing about the economy, and the top-level topic some of them do point at.
NON_ECONOMIC = frozenset({OTHER, COUNT_OF_PEOPLE, COUNT, DEATHS, INJURED, MAGNITUDE, AGE, "votes"})
METRIC_TOPICS = {"votes": MEDTOP_POLITICS, MAGNITUDE: MEDTOP_DISASTER}
_DEATHS = re.compile(r"\b(?:kill|dead|death|died|dies|fatalit|perish|drown)", re.IGNORECASE)
_INJURED = re.compile(r"\b(?:injur|wound|hurt|hospitali[sz])", re.IGNORECASE)
_EARNINGS = re.compile(
    r"\b(?:earn|profit|income|loss|eps\b|estimate|forecast|guidance|outlook)", re.IGNORECASE
)
SHARE_PRICE = "share_price"
MARKET_INDEX = "market_index"
_DIVIDEND = re.compile(r"\bdividends?\b", re.IGNORECASE)
# Bare "growth" is the economy's only when the economy is named: "the economy ... growth of 2%".
_ECONOMY = re.compile(r"\b(?:econom(?:y|ies|ic)|gdp|gross domestic product)\b", re.IGNORECASE)


def metric_of(measure: str | None, context: str, unit: str | None) -> tuple[str, str | None]:  # noqa: C901 - an ordered decision list: the first rule that matches wins
    """(code, medtop) for a figure: its measure phrase decides, then its clause."""
    if unit == "magnitude":
        return MAGNITUDE, None
    if unit == "year_of_age":
        return AGE, None  # published as unit "year"; the metric keeps ages apart from durations
    if unit is not None and unit.endswith("/share"):
        if _EARNINGS.search(f"{measure or ''} {context[-120:]}") and not _DIVIDEND.search(context[-80:]):
            return EPS, None  # "net profit of $2.15 per share", "a loss of 63 cents a share"
        return SHARE_PRICE, None  # "agreed to buy it for $50 a share"
    if unit == "people":
        # the casualty word nearest the figure: its measure ("people killed"), else its clause
        for text in (measure or "", context[-40:]):
            if _DEATHS.search(text):
                return DEATHS, None
            if _INJURED.search(text):
                return INJURED, None
    if unit == "people" and measure is not None:
        # jobs and employment are labour statistics; a firm's headcount ("12,000 employees",
        # "staff") is not
        return COUNT_OF_PEOPLE, MEDTOP_EMPLOYMENT_STATS if re.search(
            r"\bjob|\bemployment|\bemployed\b|unemploy", measure, re.I
        ) else None
    if unit == "company":
        return COUNT_OF_ORGANISATIONS, None
    for text in (measure or "", context):
        if not text:
            continue
        low = lowered(text)
        for rule, folded in zip(TAXONOMY, _TAXONOMY_LOWER, strict=True):
            if rule.percent_only and unit not in _PERCENT_UNITS and unit is not None:
                continue
            match = rule.pattern.search(text) if low is None else folded.search(low)
            if match is None:
                continue
            if rule.code == "gdp_growth" and match.group(0).lower() == "growth" and not _ECONOMY.search(text):
                continue  # "growth" of bond issuance, of sales: not the economy's
            return rule.code, rule.medtop
    if unit == "people":
        return COUNT_OF_PEOPLE, None
    return OTHER, None


# A wire results line: "Shr 31 cts vs 18 cts", "Oper net 5.5 mln vs 4.3 mln", "Revs 120.4 mln vs
# 98.7 mln". Its label says what both figures measure; the second is the year before's (session 31).
# Read on the stretch from the line's start to the figure only, in a text that has a "vs".
_RESULTS_LABEL = re.compile(
    r"[ \t]*(?:(?P<eps>(?:Oper(?:ating)?[ \t]+shr|Shr)"
    r"(?:[ \t]+(?:primary|diluted|basic|fully[ \t]+diluted))?)"
    r"|(?P<profit>(?:Oper(?:ating)?[ \t]+net|Net)(?:[ \t]+(?:profit|loss|income))?)"
    r"|(?P<revenue>Revs|Revenues?|Sales|Turnover)"
    r"|(?P<shares>Avg[ \t]+shrs(?:[ \t]+(?:primary|diluted|basic|fully[ \t]+diluted))?))"
    r"[ \t]+(?:(?:profit|loss)[ \t]+)?"
    # the second figure: the first and its unit, then "vs"
    r"(?P<first>(?:[-\d.,]+|nil)(?:[ \t]+(?:mln|bln|billion|million))?(?:[ \t]+(?:cts|dlrs?))?"
    r"[ \t]+vs\.?[ \t]+(?:(?:profit|loss)[ \t]+)?)?"
)
_VS_NEXT = re.compile(r"[^\n]{0,40}?[ \t]vs\.?[ \t]")
_RESULTS_REACH = 70


def results_label(text: str, start: int, end: int) -> str | None:
    """What a wire results line's figure measures ("eps", "profit", "revenue", "shares"), or None:
    the figure follows the line's label ("Shr 31 cts" before "vs"), or the label, the first figure
    and "vs" ("Net 90 mln vs 51 mln")."""
    line_start = text.rfind("\n", max(0, start - _RESULTS_REACH), start) + 1
    if line_start == 0 and start > _RESULTS_REACH:
        return None
    label = _RESULTS_LABEL.fullmatch(text, line_start, start)
    if label is None:
        return None
    if label.group("first") is None and _VS_NEXT.match(text, end) is None:
        return None  # "Net includes a gain of 12 mln": prose after the label word, no results line
    return next(kind for kind in ("eps", "profit", "revenue", "shares") if label.group(kind))
