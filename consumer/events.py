"""Pydantic models of every record the worker accepts or publishes.

These classes are the contract with downstream consumers: field names follow
the issue tracker and IPTC ninjs 2.x where ninjs has the field, and the JSON
Schemas in ``schemas/`` are generated from them (``wire-consumer schemas``).
Events carry no wall-clock time outside ``ingest`` so that re-processing the
same input yields byte-identical payloads that downstream can deduplicate.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = 1

Signal = Literal["new", "update", "correction", "kill", "refile", "urgent", "advisory"]
# Where a mention or a figure is: offsets are into ``headline``, ``dateline.raw``, ``body.text``,
# ``source.agency`` ("source": the agency the source line or feed names) or ``byline``.
TextField = Literal["headline", "dateline", "body", "source", "byline"]
EntityType = Literal["PERSON", "ORGANIZATION", "LOCATION", "NORP", "EVENT", "PRODUCT", "MISC"]
LocationKind = Literal["country", "first_level_division", "city", "region", "continent", "other"]
Change = Literal["up", "down", "flat"]
Comparison = Literal["year_on_year", "quarter_on_quarter", "month_on_month", "from_previous"]
Quality = Literal["full", "best_effort"]
QuoteKind = Literal["direct", "partial", "indirect"]
QuoteField = Literal["headline", "body"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


# --------------------------------------------------------------------------- input


class Envelope(BaseModel):
    """A JSON envelope from a crawler or feed; its metadata wins over guesses."""

    model_config = ConfigDict(extra="allow")

    id: str | None = Field(default=None, max_length=512)
    source: str | None = Field(default=None, max_length=512)
    url: str | None = Field(default=None, max_length=4096)
    received_at: dt.datetime | None = None
    published_at: dt.datetime | None = None
    content_type: str | None = Field(default=None, max_length=255)
    headline: str | None = None
    language: str | None = Field(default=None, max_length=35)
    body: str | None = None
    text: str | None = None
    html: str | None = None


# --------------------------------------------------------------------------- article


class Source(_Model):
    agency: str | None = None
    publisher: str | None = None
    url: str | None = None


class Dateline(_Model):
    place: str | None = None
    date: dt.date | None = None
    raw: str


class Body(_Model):
    text: str
    paragraphs: list[str]
    word_count: int


class RelatedHeadline(_Model):
    headline: str
    slugline: str | None = None
    genre: str | None = None
    version: int | None = None
    signal: Signal | None = None


class Mention(_Model):
    text: str
    field: TextField
    start: int
    end: int


class CaptionMention(_Model):
    """A mention in one of the article's ``captions``: ``caption`` is its index there."""

    text: str
    caption: int
    start: int
    end: int


class EntityLinks(_Model):
    iso3166: str | None = Field(
        default=None,
        description=(
            "the place's own code: ISO 3166-1 alpha-2 for a country, ISO 3166-2 for a first-level division "
            "and for a city that is itself one (Beijing CN-BJ, Washington, D.C. US-DC); null for other cities"
        ),
    )
    geonames_id: int | None = None
    latitude: float | None = Field(
        default=None, description="WGS84; a country's coordinates are those of its capital, not its centroid"
    )
    longitude: float | None = Field(default=None, description="WGS84; see latitude")
    kind: LocationKind | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 of the containing country")
    division: str | None = Field(
        default=None,
        description="ISO 3166-2 code of the first-level division a city lies in (US and China; else null)",
    )


class EntityAttributes(_Model):
    role: str | None = None
    organization: str | None = None
    description: str | None = Field(default=None, description="what an organisation is, as the text says")
    location: str | None = None


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    mentions: list[Mention]
    caption_mentions: list[CaptionMention] = Field(
        default_factory=list,
        description="mentions in the story's own photo captions (an entity may have only these)",
    )
    salience: float = Field(ge=0.0, le=1.0)
    links: EntityLinks | None = None
    attributes: EntityAttributes | None = None


class Period(_Model):
    label: str
    start: dt.date | None = None
    end: dt.date | None = None


class Indicator(_Model):
    id: str
    value: float | None = Field(default=None, description="None for a qualitative movement with no figure")
    value_max: float | None = Field(default=None, description="upper bound of a range; value is the lower")
    unit: str | None = None
    text: str
    field: TextField
    start: int
    end: int
    sentence: str
    change: Change | None = None
    comparison: Comparison | None = None
    period: Period | None = None
    subject: str | None = Field(default=None, description="id of the entity the figure is about")
    subject_name: str | None = None
    measure: str | None = None
    metric: str = "other"
    medtop: str | None = Field(default=None, description="IPTC Media Topic of the metric")


class QuoteSpan(_Model):
    field: QuoteField
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Quote(_Model):
    """Who said what (issue 14): the quote stage's record, offsets into ``headline`` or ``body.text``."""

    id: str = Field(description="hash of the story id and the normalised quote text: stable across versions")
    spans: list[QuoteSpan] = Field(description="one per quoted stretch, without the quotation marks")
    text: str = Field(description="the words of all spans, joined by a single space")
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="id of the entity who said it; null when unnamed")
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_organization: str | None = None
    verb: str | None = Field(default=None, description="said, told, added, according to, ... (lower case)")
    sentence: str = Field(description="the sentence or sentences holding the quote")


class MediaTopic(_Model):
    code: str = Field(description="IPTC Media Topic qcode, e.g. medtop:04000000")
    label: str
    confidence: float = Field(ge=0.0, le=1.0)


class Ingest(_Model):
    """Where and when the item was read: the only part that may differ between re-runs."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp: dt.datetime | None = None
    processed_at: dt.datetime | None = None


class Article(_Model):
    """The parse stage's output: a clean article with no enrichment yet."""

    id: str = Field(description="deterministic from the item's content")
    story_id: str = Field(description="stable across versions of one story")
    uri: str | None = Field(default=None, description="the sender's own id (envelope id), as ninjs uri")
    version: int | None = None
    signal: Signal = "new"
    headline: str
    slugline: str | None = None
    genre: str | None = None
    source: Source = Field(default_factory=Source)
    dateline: Dateline | None = None
    published_at: AwareDatetime | None = Field(
        default=None, description="RFC 3339 with an offset; see warnings for how the zone was chosen"
    )
    byline: str | None = None
    editors: list[str] = Field(default_factory=list)
    language: str | None = "en"
    body: Body
    captions: list[str] = Field(
        default_factory=list,
        description=(
            "the story's own lead photo captions (before the dateline), kept out of body; "
            "entities read them (see Entity.caption_mentions), quotes, figures and topics do not"
        ),
    )
    related_headlines: list[RelatedHeadline] = Field(default_factory=list)
    input_format: Literal["text", "html", "envelope"] = "text"
    quality: Quality = "full"
    warnings: list[str] = Field(default_factory=list)
    # Internal, never serialized: where the dateline prefix of ``body.text`` ends, as the
    # parser found it (0: the body opens with none); None on an article the parser did not build.
    _body_dateline_end: int | None = PrivateAttr(default=None)

    def body_dateline_end(self) -> int:
        """Where the dateline prefix of the body ("BEIJING, Nov. 14 (Xinhua) --") ends, else 0."""
        if self._body_dateline_end is None:
            from consumer.parse.dateline import dateline_end

            self._body_dateline_end = dateline_end(
                self.body.text, self.dateline.raw if self.dateline else None
            )
        return self._body_dateline_end


class ArticleEvent(Article):
    """Published on ``wire.articles.v1``, keyed by ``story_id``."""

    schema_version: int = SCHEMA_VERSION
    entities: list[Entity] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    subjects: list[MediaTopic] = Field(default_factory=list)
    ingest: Ingest | None = None


class IndicatorEvent(_Model):
    """Published on ``wire.indicators.v1``, one per figure, keyed by subject+metric."""

    schema_version: int = SCHEMA_VERSION
    id: str
    article_id: str
    story_id: str
    headline: str
    published_at: AwareDatetime | None = None
    indicator: Indicator
    ingest: Ingest | None = None


class QuoteEvent(_Model):
    """Published on ``wire.quotes.v1``, one per quote with a speaker, keyed by the speaker's name."""

    schema_version: int = SCHEMA_VERSION
    id: str
    article_id: str
    story_id: str
    headline: str
    published_at: AwareDatetime | None = None
    quote: Quote
    ingest: Ingest | None = None


class ErrorInfo(_Model):
    error: str = Field(description="the exception class")
    reason: str = Field(description="machine-readable reason code")
    message: str
    stage: Literal["decode", "parse", "enrich", "publish"]


class ErrorRecord(_Model):
    """What ``wire-consumer process`` prints for an item that could not be processed."""

    input: str
    ok: Literal[False] = False
    error: ErrorInfo


def dump_schema_models() -> dict[str, type[BaseModel]]:
    """The models whose JSON Schemas are committed in ``schemas/``."""
    return {
        "envelope.v1": Envelope,
        "article.v1": ArticleEvent,
        "indicator.v1": IndicatorEvent,
        "quote.v1": QuoteEvent,
        "error.v1": ErrorRecord,
    }
