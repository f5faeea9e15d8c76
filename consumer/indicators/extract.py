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

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from consumer.events import Article, Change, Entity, Indicator, TextField
from consumer.indicators.change import change_of, comparison_of
from consumer.indicators.filters import compound_adjective, not_a_figure, phone_spans
from consumer.indicators.metric import metric_of
from consumer.indicators.numbers import Number, find_numbers
from consumer.indicators.period import PeriodSpan, find_periods, period_for
from consumer.indicators.sentences import split_sentences
from consumer.indicators.subject import measure_of, predicate_before, subject_of
from consumer.indicators.units import counted_noun, prefix_unit, suffix_unit

MAX_FIELD_CHARS = 200_000  # beyond this a field is not news copy; read its head only
_MEASURE_UNITS_EXCLUDED = frozenset({"people", "companies"})
_RANGE_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|to|and|through|to-)\s*$", re.IGNORECASE)
_QUALITATIVE = re.compile(
    r"\b(?:(?P<down>negative growth|contract(?:ed|ion|ing)?|shr[iau]nk(?:ing)?|recession|declined?|slowdown)"
    r"|(?P<up>positive growth|grew|expand(?:ed|ing)?|rebound(?:ed)?|recover(?:ed|y)))\b",
    re.IGNORECASE,
)
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
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def _figure(text: str, number: Number, phones: list[tuple[int, int]]) -> Figure | None:
    start, end, value = number.start, number.end, number.value
    unit: str | None = None
    counted: str | None = None
    prefix = prefix_unit(text, start)
    if prefix is not None:
        unit, start = prefix
    suffix = suffix_unit(text, end)
    joined_by_hyphen = text[end : end + 1] == "-"
    if suffix is not None and (
        unit is None or suffix[0].split("/")[0] in ("cent", "point") or "/" in suffix[0]
    ):
        per_currency = unit is not None and "/" in suffix[0]
        unit = f"{unit}/{suffix[0].split('/', 1)[1]}" if per_currency else suffix[0]
        end = suffix[1]
    elif suffix is not None and unit is not None and suffix[0] == unit:
        end = suffix[1]  # "$500 US", "2,435,000 YEN"
    glued_at_clause_end = number.glued_m and prefix is None and unit is None
    if glued_at_clause_end and not re.match(r"^\s+[a-z]", text[end:]):
        value, unit = value / 1e6, "m"  # "5m" at a clause end: metres, not millions
    if unit is None:
        noun = counted_noun(text, end, singular_ok=number.spelled or value == 1)
        if noun is not None:
            unit, counted, end = noun.unit, noun.noun, noun.end
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
    if compound_adjective(unit, joined_by_hyphen, text[end : end + 3]):
        return None
    return Figure(
        start, end, number.start, number.end, value, unit, counted, has_measure_unit, number.spelled
    )


def _spelled_ok(text: str, figure: Figure) -> bool:
    """Words-as-numbers count only when they count something: "two sides", "two million"."""
    if re.match(
        r"(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?)\b",
        text[figure.number_start :],
        re.I,
    ):
        return False  # "several hundred", "thousands of": no figure given
    if text[figure.number_end : figure.number_end + 1] == "-" and figure.unit not in ("year_of_age",):
        return re.match(r"-\s?(?:to|and)\b", text[figure.number_end :]) is not None
    if re.match(r"^\s+of\b", text[figure.number_end :]):
        return False  # "one of the", "two of Johnson's deputies": partitives
    return figure.unit is not None or abs(figure.value) >= 100


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
                joined = re.search(r"\bbetween\s+(?:about\s+|some\s+)?$", lead, re.IGNORECASE) is not None
            if joined and gap.strip().lower() == "to":
                # "rose by $43.6 billion to $419.2 billion" moves then ends at a level; "dropped
                # by 1 to 1.5 degrees" is a range, as the first bound has no unit of its own.
                moved = change_of(
                    lead, "", low.value, low.unit
                ) is not None or lead.rstrip().lower().endswith("by")
                joined = not moved or (low.unit is None and high.unit is not None)
            if joined and gap.strip() == "-" and low.unit is None and high.unit is None:
                joined = False  # "2-1": a score
            if joined and low.unit and high.unit and low.unit != high.unit:
                joined = False
            if joined:
                unit = low.unit or high.unit
                paired.append((replace(low, unit=unit), replace(high, unit=unit)))
                index += 2
                continue
        paired.append((low, None))
        index += 1
    return paired


def _sentence_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    for start, end in spans:
        if start <= position < end:
            return start, end
    return (0, 0) if not spans else spans[-1]


def _clause_after(text: str, end: int, sentence_end: int) -> str:
    rest = text[end:sentence_end]
    cut = re.search(r";|,\s+(?:while|whereas|but)\b", rest)
    return rest[: cut.start()] if cut else rest


def _field_indicators(
    field: TextField, text: str, entities: Sequence[Entity], ref: dt.date | None
) -> list[Indicator]:
    text = text[:MAX_FIELD_CHARS]
    phones = phone_spans(text)
    sentences = split_sentences(text)
    figures: list[Figure] = []
    for number in find_numbers(text):
        figure = _figure(text, number, phones)
        if figure is None:
            continue
        if figures and figure.start < figures[-1].end:
            continue
        figures.append(figure)
    period_cache: dict[tuple[int, int], list[PeriodSpan]] = {}
    rows: list[Indicator] = []
    previous_change: tuple[int, Change | None] = (-1, None)
    for low, high in _ranges(text, figures):
        if not all(_spelled_ok(text, f) for f in (low, high) if f is not None and f.spelled):
            continue
        span_start, span_end = low.start, (high or low).end
        sentence = _sentence_of(sentences, low.number_start)
        if sentence not in period_cache:
            period_cache[sentence] = find_periods(text[sentence[0] : sentence[1]], ref)
        before = text[max(sentence[0], span_start - 80) : span_start]
        after = text[span_end : sentence[1]]
        change = change_of(before, after, low.value, low.unit)
        if (
            change is None
            and previous_change[0] >= 0
            and re.match(r"^,?\s*(?:or|\()\s*$", text[previous_change[0] : span_start])
        ):
            change = previous_change[1]  # "up 0.25 points, or 0.01%"
        previous_change = (span_end, change)
        comparison = comparison_of(_clause_after(text, span_end, sentence[1])) if change else None
        spans = period_cache[sentence]
        period = period_for(
            spans, span_start - sentence[0], span_end - sentence[0], text[sentence[0] : sentence[1]]
        )
        subject = subject_of(entities, field, text, sentence, (span_start, span_end))
        measure = measure_of(text, sentence, (span_start, span_end), low.counted)
        clause = text[sentence[0] : span_end]
        metric, medtop = metric_of(measure, clause, low.unit)
        rows.append(
            Indicator(
                id=f"ind-{field}-{span_start}",
                value=low.value,
                value_max=high.value if high is not None else None,
                unit=low.unit or (high.unit if high is not None else None),
                text=text[span_start:span_end],
                field=field,
                start=span_start,
                end=span_end,
                sentence=text[sentence[0] : sentence[1]].strip(),
                change=change,
                comparison=comparison,
                period=period.period if period else None,
                subject=subject.id if subject else None,
                subject_name=subject.name if subject else None,
                measure=measure,
                metric=metric,
                medtop=medtop,
            )
        )
    rows.extend(_qualitative(field, text, sentences, figures, entities, period_cache, ref))
    return rows


def _qualitative(
    field: TextField,
    text: str,
    sentences: list[tuple[int, int]],
    figures: list[Figure],
    entities: Sequence[Entity],
    period_cache: dict[tuple[int, int], list[PeriodSpan]],
    ref: dt.date | None,
) -> list[Indicator]:
    """Movements and periods the story reports without a figure (value None)."""
    rows: list[Indicator] = []
    for sentence in sentences:
        body = text[sentence[0] : sentence[1]]
        if len(body) > 2000:
            continue  # not a sentence: furniture or a table
        if sentence not in period_cache:
            period_cache[sentence] = find_periods(body, ref)
        spans = period_cache[sentence]
        if not spans:
            continue
        inside = [f for f in figures if sentence[0] <= f.start < sentence[1]]
        for match in _QUALITATIVE.finditer(body):
            start, end = sentence[0] + match.start(), sentence[0] + match.end()
            if any(0 <= f.start - end <= 30 for f in inside):
                continue  # "expanding 2.4 percent": the figure row carries it
            if not _ECONOMIC_CONTEXT.search(body):
                continue
            period = period_for(spans, match.start(), match.end(), body)
            if period is None:
                continue
            subject = subject_of(entities, field, text, sentence, (start, end))
            measure = measure_of(text, sentence, (start, end), None)
            metric, medtop = metric_of(measure, text[sentence[0] : end], None)
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
            subject = subject_of(entities, field, text, sentence, (start, end))
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


def extract_indicators(article: Article, entities: Sequence[Entity] = ()) -> list[Indicator]:
    """All figures of the headline and body, plus figure-less movements, in text order per field."""
    ref = _reference_date(article)
    rows: list[Indicator] = []
    for field, text in (("headline", article.headline), ("body", article.body.text)):
        try:
            found = _field_indicators(field, text, entities, ref)  # type: ignore[arg-type]
        except (ValueError, OverflowError, RecursionError, IndexError, KeyError):
            found = []  # odd text costs indicators, never the article
        found.sort(key=lambda r: r.start)
        rows.extend(found)
    return rows
