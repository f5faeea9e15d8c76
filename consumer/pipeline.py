"""The functional core: raw item bytes in, events (or a typed failure) out.

Nothing here touches Kafka or files, and the clock only times the stages (``StageTime``,
carried beside an outcome for tracing, never in an event). The worker and the ``process``
command both call :meth:`Pipeline.process_batch`; a batch exists only so the
NER model can see many articles at once (``nlp.pipe``), the results are per item.

The failure policy lives here, once:

- what the pipeline needs is loaded (and its modules imported) when it is built, so a
  missing model or a module that fails to import stops the worker at start-up;
- a failure of one item is a :class:`Failed` outcome carrying the stage it happened in
  (``decode``, ``parse`` or ``enrich``), never an exception out of ``process_batch``;
- an item over its time limit is :func:`timed_out` in the stage it had reached, which
  ``process_batch`` reports through ``on_stage`` as it goes.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from consumer.bounds import LONG_TOKEN_WARNING, TRUNCATED_WARNING, enriched_end, has_long_run
from consumer.errors import EnrichError, ItemTimeout, ParseError, Stage, WireError
from consumer.events import (
    Article,
    ArticleEvent,
    Entity,
    Indicator,
    IndicatorEvent,
    MediaTopic,
    Quote,
    QuoteEvent,
)
from consumer.parse import ParseLimits, parse_item

if TYPE_CHECKING:
    from consumer.entities import EntityExtractor


class _Extractor(Protocol):
    def extract(self, articles: Sequence[Article]) -> list[list[Entity]]: ...


_IndicatorStage = Callable[[Article, list[Entity], list[str]], list[Indicator]]
_SubjectStage = Callable[[Article, list[Entity], list[Indicator]], list[MediaTopic]]
_QuoteStage = Callable[[Article, list[Entity]], list[Quote]]
StageHook = Callable[[Stage], None]


@dataclass(frozen=True)
class RawItem:
    """One Kafka message value, and the content type its headers declared."""

    value: bytes
    content_type: str | None = None


@dataclass(frozen=True)
class StageTime:
    """When one item was in one stage: wall-clock nanoseconds, comparable across the pool's
    processes, so the worker can draw the stages as spans of the item's trace. The stages are
    decode, parse, then entities (the whole batch's NER call, shared by its items), indicators,
    subjects and quotes."""

    stage: str
    start_ns: int
    end_ns: int


Timings = tuple[StageTime, ...]


@dataclass(frozen=True)
class Processed:
    article: ArticleEvent
    indicators: list[IndicatorEvent] = field(default_factory=list)
    quotes: list[QuoteEvent] = field(default_factory=list)  # the article's quotes with a speaker
    timings: Timings = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Failed:
    error: WireError
    timings: Timings = field(default=(), compare=False, repr=False)


Outcome = Processed | Failed


@dataclass(frozen=True)
class PipelineOptions:
    enrich: bool = True
    spacy_model: str = "en_core_web_sm"
    limits: ParseLimits = field(default_factory=ParseLimits)


class Pipeline:
    """Parse, then (optionally) entities, indicators, subjects and quotes, per item."""

    def __init__(self, options: PipelineOptions, extractor: _Extractor | None = None) -> None:
        self.options = options
        self._extractor = extractor
        self._indicators: _IndicatorStage | None = None
        self._subjects: _SubjectStage | None = None
        self._quotes: _QuoteStage | None = None
        if options.enrich:
            # Imported here, at start-up: a module that fails to import must stop the worker,
            # not dead-letter every item.
            from consumer.indicators import extract_indicators
            from consumer.quotes import extract_quotes
            from consumer.subjects import classify_subjects

            self._indicators = extract_indicators
            self._subjects = classify_subjects
            self._quotes = extract_quotes

    @classmethod
    def build(cls, options: PipelineOptions) -> Pipeline:
        """Load what the options need; raises ModelNotAvailable before any item is read."""
        from consumer.parse.language import warm_up

        warm_up()  # the language model loads once here, not inside the first item's time limit
        extractor: EntityExtractor | None = None
        if options.enrich:
            from consumer.entities import EntityExtractor, load_nlp

            extractor = EntityExtractor(load_nlp(options.spacy_model))
        return cls(options, extractor)

    def process_batch(self, items: Sequence[RawItem], on_stage: StageHook | None = None) -> list[Outcome]:
        """One outcome per item, in order. ``on_stage`` hears each stage the batch enters."""
        timings: list[list[StageTime]] = [[] for _ in items]
        parsed = [self._parse(item, on_stage, timings[i]) for i, item in enumerate(items)]
        articles = [a for a in parsed if isinstance(a, Article) and supports_language(a)]
        if on_stage is not None and self.options.enrich and articles:
            on_stage("enrich")
        started = time.time_ns()
        entities = self._entities(articles)
        ner = StageTime("entities", started, time.time_ns())
        outcomes: list[Outcome] = []
        for result, timed in zip(parsed, timings, strict=True):
            if isinstance(result, WireError):
                outcomes.append(Failed(result, tuple(timed)))
                continue
            if id(result) in entities:
                timed.append(ner)
            outcomes.append(self._enrich(result, entities.get(id(result)), timed))
        return outcomes

    # ------------------------------------------------------------------ stages

    def _parse(
        self, item: RawItem, on_stage: StageHook | None, timings: list[StageTime]
    ) -> Article | WireError:
        current: list[Stage] = ["decode"]
        since = [time.time_ns()]

        def enter(stage: Stage) -> None:
            if stage != current[0]:
                now = time.time_ns()
                timings.append(StageTime(current[0], since[0], now))
                since[0] = now
            current[0] = stage
            if on_stage is not None:
                on_stage(stage)

        try:
            return parse_item(item.value, item.content_type, limits=self.options.limits, on_stage=enter)
        except ParseError as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - policy: a parser bug dead-letters one item, the stream goes on
            return ParseError("internal", f"{type(exc).__name__}: {exc}", stage=current[0])
        finally:
            timings.append(StageTime(current[0], since[0], time.time_ns()))

    def _entities(self, articles: list[Article]) -> dict[int, list[Entity] | WireError]:
        if self._extractor is None or not articles:
            return {}
        try:
            batch = self._extractor.extract(articles)
            return {id(a): ents for a, ents in zip(articles, batch, strict=True)}
        except Exception:  # noqa: BLE001 - policy: one bad article must not fail its neighbours
            # Retry one by one: only the article that fails again is dead-lettered.
            out: dict[int, list[Entity] | WireError] = {}
            for article in articles:
                try:
                    out[id(article)] = self._extractor.extract([article])[0]
                except Exception as exc:  # noqa: BLE001 - policy: dead-letter this article only
                    out[id(article)] = EnrichError("entities", f"{type(exc).__name__}: {exc}")
            return out

    def _enrich(
        self, article: Article, entities: list[Entity] | WireError | None, timings: list[StageTime]
    ) -> Outcome:
        if isinstance(entities, WireError):
            return Failed(entities, tuple(timings))
        ents = entities or []
        indicators: list[Indicator] = []
        subjects: list[MediaTopic] = []
        quotes: list[Quote] = []
        warnings = list(article.warnings)
        english = supports_language(article)
        if self.options.enrich and not english:
            warnings.append("language_not_supported")
        if self.options.enrich and english:
            if enriched_end(article.body.text) < len(article.body.text):
                warnings.append(TRUNCATED_WARNING)  # enrichment read the head of the body
            if any(has_long_run(text) for text in _read_fields(article)):
                warnings.append(LONG_TOKEN_WARNING)  # enrichment read those runs masked
            assert self._indicators is not None and self._subjects is not None  # set when enrich is
            assert self._quotes is not None
            try:
                with _timed("indicators", timings):
                    indicators = self._indicators(article, ents, warnings)
                with _timed("subjects", timings):
                    subjects = self._subjects(article, ents, indicators)
            except Exception as exc:  # noqa: BLE001 - policy: a rule bug dead-letters one item
                return Failed(EnrichError("indicators", f"{type(exc).__name__}: {exc}"), tuple(timings))
            try:
                with _timed("quotes", timings):
                    quotes = self._quotes(article, ents)
            except Exception as exc:  # noqa: BLE001 - policy: a rule bug dead-letters one item
                return Failed(EnrichError("quotes", f"{type(exc).__name__}: {exc}"), tuple(timings))
        # The article's fields as they are (already validated models), not dumped and re-parsed.
        fields = {name: getattr(article, name) for name in type(article).model_fields}
        fields["warnings"] = warnings
        event = ArticleEvent(**fields, entities=ents, indicators=indicators, quotes=quotes, subjects=subjects)
        return Processed(
            event,
            [indicator_event(event, ind) for ind in indicators],
            [quote_event(event, quote) for quote in quotes if quote.speaker is not None],
            tuple(timings),
        )


@contextmanager
def _timed(stage: str, timings: list[StageTime]) -> Iterator[None]:
    """Times the block as `stage`, whether it returns or raises."""
    started = time.time_ns()
    try:
        yield
    finally:
        timings.append(StageTime(stage, started, time.time_ns()))


def timed_out(limit_s: float, stage: Stage) -> Failed:
    """The outcome of an item that ran over its time limit in ``stage``."""
    return Failed(ItemTimeout("timeout", f"processing took over {limit_s:g} s", stage=stage))


ENRICHED_LANGUAGES = frozenset({"en", "und"})
"""The NER model and the rules are English; undetermined (very short) text is tried as English."""


def supports_language(article: Article) -> bool:
    return (article.language or "und") in ENRICHED_LANGUAGES


def _read_fields(article: Article) -> tuple[str, ...]:
    """The long text fields enrichment reads, as far as it reads them (byline and source are short)."""
    dateline = article.dateline.raw if article.dateline else ""
    return (article.headline, dateline, article.body.text[: enriched_end(article.body.text)])


def _child_id(article: ArticleEvent, child_id: str) -> str:
    """An indicator's or quote's event id: stable for the same article and the same row."""
    return hashlib.sha256(f"{article.id}:{child_id}".encode()).hexdigest()[:32]


def indicator_event(article: ArticleEvent, indicator: Indicator) -> IndicatorEvent:
    return IndicatorEvent(
        id=_child_id(article, indicator.id),
        article_id=article.id,
        story_id=article.story_id,
        headline=article.headline,
        published_at=article.published_at,
        indicator=indicator,
    )


def quote_event(article: ArticleEvent, quote: Quote) -> QuoteEvent:
    return QuoteEvent(
        id=_child_id(article, quote.id),
        article_id=article.id,
        story_id=article.story_id,
        headline=article.headline,
        published_at=article.published_at,
        quote=quote,
    )
