"""Assemble the Article from what each analysis found, in order of authority.

Precedence, strongest first: envelope metadata, HTML page metadata, the wire
text layout. Every fallback that lowers confidence leaves a warning code, and
missing essentials (headline, body) mark the record ``best_effort`` instead of
failing it: a partial article is still useful downstream, a dead letter is not.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from consumer.events import Article, Body, Dateline, Envelope, RelatedHeadline, Signal, Source
from consumer.parse.agencies import canonical_agency, is_known_agency
from consumer.parse.clean import clean_inline
from consumer.parse.conventions import Slug, parse_slug
from consumer.parse.dateline import FoundDateline, dateline_end, find_dateline
from consumer.parse.dates import parse_date
from consumer.parse.identity import article_id, story_id
from consumer.parse.language import detect_language
from consumer.parse.limits import ParseLimits
from consumer.parse.wiretext import WireText
from consumer.parse.zones import with_zone
from consumer.sentences import split_sentences

InputFormat = Literal["text", "html", "envelope"]
# " | Site" and " - Site" tails that page titles carry. A bar tail is furniture whenever it
# is short; a dash tail only when it names the site (its metadata name, its publisher, a
# domain, a news agency), since "Kissinger - the interview" is a headline of its own.
_BAR_TAIL_RE = re.compile(r"\s+[|\u00a6]\s+([^|]{1,60})$")
_DASH_TAIL_RE = re.compile(r"\s+[-\u2013\u2014]\s+([^-\u2013\u2014]{2,60})$")
_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|cn|in|ca|au|ie|info|news)$", re.I)
_SITE_WORDS = frozenset({"online", "news", ".com", "daily", "times", "post", "herald", "tribune", "network"})
_MAX_SITE_WORDS = 6
_BEST_EFFORT = frozenset({"no_headline", "headline_from_body", "no_body", "truncated_html"})
_DERIVED_HEADLINE_CHARS = 120


@dataclass(slots=True)
class Found:
    """Everything known about one item before the Article is built."""

    raw: bytes
    input_format: InputFormat
    wire: WireText
    headline: str | None = None
    byline: str | None = None
    published: dt.datetime | dt.date | None = None
    sitename: str | None = None
    url: str | None = None
    language: str | None = None
    envelope: Envelope | None = None
    warnings: list[str] = field(default_factory=list)


def _site_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.casefold().removeprefix("www."))


def strip_site_name(headline: str, site_names: tuple[str | None, ...] = ()) -> str:
    """The headline without a trailing " | Site" or " - Site Name" of the page title."""
    sites = {_site_key(n) for n in site_names if n}
    while True:
        bar = _BAR_TAIL_RE.search(headline)
        if bar and len(bar.group(1).split()) <= _MAX_SITE_WORDS and len(headline[: bar.start()].split()) >= 2:
            headline = headline[: bar.start()].rstrip()
            continue
        dash = _DASH_TAIL_RE.search(headline)
        if dash and len(headline[: dash.start()].split()) >= 2:
            tail = dash.group(1).strip()
            words = tail.casefold().split()
            is_site = (
                _site_key(tail) in sites
                or bool(_DOMAIN_RE.match(tail))
                or is_known_agency(tail)  # "Oil rises as OPEC+ weighs cuts - Reuters"
                or (len(words) <= _MAX_SITE_WORDS and words[-1] in _SITE_WORDS and tail[:1].isupper())
            )
            if is_site:
                headline = headline[: dash.start()].rstrip()
                continue
        return headline


def _cap_headline(headline: str, limits: ParseLimits, warnings: list[str]) -> str:
    if len(headline) <= limits.max_headline_chars:
        return headline
    warnings.append("headline_truncated")
    cut = headline[: limits.max_headline_chars]
    space = cut.rfind(" ")
    return (cut[:space] if space > limits.max_headline_chars // 2 else cut).rstrip() + "…"


def _headline_from_body(paragraphs: list[str]) -> str:
    lead = paragraphs[0] if paragraphs else ""
    lead = lead[dateline_end(lead, None) :].lstrip()  # "LAGOS, May 3 (AFP) --" heads no headline
    first = split_sentences(lead)[0] if lead.strip() else ""
    if len(first) <= _DERIVED_HEADLINE_CHARS:
        return first
    cut = first[:_DERIVED_HEADLINE_CHARS]
    return cut[: cut.rfind(" ")].rstrip() + "…" if " " in cut else cut + "…"


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.").rsplit(".", 1)[0] or None


def _merge_ap_slug(slug: Slug, slug_line: str | None) -> None:
    """AP ``BC-US--Election,1st Ld-Writethru`` lines carry the version after the comma."""
    if not slug_line:
        return
    slug.slugline = slug_line
    _, _, rest = slug_line.partition(",")
    if rest.strip():
        extra = parse_slug(f"{rest.strip()}: x")
        slug.version = extra.version if extra.version is not None else slug.version
        if extra.signal != "new":
            slug.signal = extra.signal


def _dateline(paragraphs: list[str]) -> FoundDateline | None:
    for paragraph in paragraphs[:2]:
        if found := find_dateline(paragraph):
            return found
    return None


def _reference_day(found: Found) -> dt.date | None:
    """The day a yearless dateline is resolved against: publication, else receipt."""
    when = found.published
    if when is None and found.envelope is not None and found.envelope.received_at is not None:
        when = found.envelope.received_at
    if isinstance(when, dt.datetime):
        return when.date()
    return when


def _related(items: list[str], limits: ParseLimits) -> list[RelatedHeadline]:
    related = []
    for item in items[: limits.max_related_headlines]:
        slug = parse_slug(clean_inline(item))
        if slug.headline:
            related.append(
                RelatedHeadline(
                    headline=slug.headline[: limits.max_headline_chars],
                    slugline=slug.slugline,
                    genre=slug.genre,
                    version=slug.version,
                    signal=slug.signal,
                )
            )
    return related


def _source(found: Found, dateline: FoundDateline | None) -> Source:
    agency = (dateline.agency if dateline else None) or canonical_agency(found.wire.source_name)
    publisher = found.wire.publisher or found.sitename
    url = found.url
    envelope = found.envelope
    if envelope is not None:
        if envelope.source and is_known_agency(envelope.source):
            agency = canonical_agency(envelope.source)
        elif envelope.source:
            publisher = envelope.source.strip()
        url = envelope.url or url
    return Source(agency=agency, publisher=publisher, url=url)


def build_article(found: Found, limits: ParseLimits) -> Article:
    wire = found.wire
    warnings = list(found.warnings)
    paragraphs = [p for p in (clean_inline(p) for p in wire.paragraphs) if p]
    envelope = found.envelope
    headline_raw = clean_inline(
        (envelope.headline if envelope else None) or found.headline or wire.headline or ""
    )
    slug = parse_slug(headline_raw)
    _merge_ap_slug(slug, wire.slug_line)
    signal: Signal = "kill" if wire.notices else slug.signal
    headline = strip_site_name(slug.headline, (found.sitename, found.wire.publisher, _domain(found.url)))
    if not headline:
        warnings.append("no_headline")
        if paragraphs:
            headline = _headline_from_body(paragraphs)
            warnings.append("headline_from_body")
    headline = _cap_headline(headline, limits, warnings)
    if not paragraphs:
        warnings.append("no_body")

    published = found.published or wire.published
    if envelope is not None and envelope.published_at is not None:
        published = envelope.published_at
    found.published = published
    dateline = _dateline(paragraphs)
    dateline_day = dateline.date(_reference_day(found)) if dateline else None
    if published is None and dateline is not None and dateline.year is not None and dateline_day is not None:
        # A wire dateline that writes its year ("NEW DELHI, April 1, 1997 (AFP) --") is the
        # filing day, the only publication date such copy carries; a yearless one is not used,
        # since its year would have to be guessed.
        published = dateline_day
        warnings.append("published_at_from_dateline")
    source = _source(found, dateline)
    story_day = dateline_day or (published.date() if isinstance(published, dt.datetime) else published)
    published_at = with_zone(
        published,
        names=(source.publisher, source.agency),
        dateline_place=dateline.place if dateline else None,
        default_zone=limits.default_timezone,
        warnings=warnings,
    )
    body_text = "\n\n".join(paragraphs)
    declared = (envelope.language if envelope else None) or found.language
    language = detect_language(f"{headline}\n{body_text}", declared)
    article = Article(
        id=article_id(found.raw),
        story_id=story_id(headline, source.agency, story_day),
        uri=envelope.id if envelope is not None else None,
        version=slug.version,
        signal=signal,
        headline=headline,
        slugline=slug.slugline,
        genre=slug.genre,
        source=source,
        dateline=Dateline(place=dateline.place, date=dateline_day, raw=dateline.raw) if dateline else None,
        published_at=published_at,
        byline=clean_inline(wire.byline or found.byline or "") or None,
        editors=list(dict.fromkeys(clean_inline(e) for e in wire.editors if e.strip())),
        language=language,
        body=Body(text=body_text, paragraphs=paragraphs, word_count=len(body_text.split())),
        captions=[c for c in (clean_inline(c) for c in wire.captions) if c],
        related_headlines=_related(wire.related, limits),
        input_format=found.input_format,
        quality="best_effort" if _BEST_EFFORT.intersection(warnings) else "full",
        warnings=warnings,
    )
    article._body_dateline_end = dateline_end(body_text, dateline.raw if dateline else None)
    return article


def parse_html_date(value: str | None) -> dt.date | None:
    return parse_date(value) if value else None


def parse_html_datetime(value: str | None) -> dt.datetime | None:
    """An ISO 8601 timestamp from page metadata; None when it carries no time of day."""
    if not value or "T" not in value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
