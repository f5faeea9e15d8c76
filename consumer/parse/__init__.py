"""Stage 2: raw item bytes -> a clean :class:`~consumer.events.Article`.

One pipeline for every input shape: bound the size, decode, sniff the shape
(JSON envelope, HTML page, scraped text), reduce HTML and envelopes to text
plus metadata, run the wire-text layout analysis, and assemble the record.
Pure and deterministic: no I/O, no clock, no global state.

Modules: ``limits`` (configuration), ``decode`` (bytes -> text), ``envelope``,
``html`` (trafilatura), ``clean`` (character hygiene), ``unwrap`` (hard-wrapped
plain text back into paragraphs), ``wiretext`` (page layout), ``conventions``
(slugline grammar), ``dateline``, ``dates``, ``agencies``, ``identity``, ``build`` (precedence and assembly).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from consumer.errors import ParseError, Stage
from consumer.events import Article
from consumer.parse.build import Found, InputFormat, build_article, parse_html_date, parse_html_datetime
from consumer.parse.clean import clean_text, unescape_entities
from consumer.parse.conventions import parse_slug
from consumer.parse.decode import decode
from consumer.parse.envelope import looks_like_json, parse_envelope
from consumer.parse.html import extract_html, looks_like_html
from consumer.parse.limits import DEFAULT_MAX_BYTES, ParseLimits
from consumer.parse.unwrap import unwrap
from consumer.parse.wiretext import analyse

__all__ = ["DEFAULT_MAX_BYTES", "ParseLimits", "parse_item"]

_HTML_HEADER_LINES = 3

StageHook = Callable[[Stage], None]


def _media_kind(content_type: str | None) -> str | None:
    if not content_type:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    if "json" in media:
        return "json"
    if "html" in media:
        return "html"
    if media.startswith("text/"):
        return "text"
    return None


def _require_words(text: str) -> None:
    if not any(ch.isalnum() for ch in text[:100_000]):
        raise ParseError("no_text", "the item has no letters or digits")


def _from_html(
    raw: bytes, html: str, found_format: InputFormat, limits: ParseLimits, found: Found | None
) -> Found:
    page = extract_html(html, limits)
    text = clean_text(page.text)
    # Extracted text starts with the body: a headline is never taken from it.
    wire = analyse(text, headline=page.title or "", header_lines=_HTML_HEADER_LINES, html=True)
    result = found or Found(raw=raw, input_format=found_format, wire=wire)
    result.wire = wire
    result.headline = page.title
    result.byline = page.author
    # Page metadata outranks dates guessed from the text; a timestamp outranks a day.
    result.published = parse_html_datetime(page.published) or wire.published or parse_html_date(page.date)
    result.sitename = page.sitename
    result.url = page.url
    result.language = page.language
    if page.truncated:
        result.warnings.append("truncated_html")
    return result


def _from_text(raw: bytes, text: str, found_format: InputFormat, found: Found | None) -> Found:
    # Hard-wrapped copy is joined first: cleaning collapses the indents that mark its paragraphs.
    wire = analyse(clean_text(unescape_entities(unwrap(text))))
    known = found.envelope.headline if found is not None and found.envelope is not None else None
    if known and wire.headline and _reads_as_lead(wire.headline) and not _same_headline(wire.headline, known):
        # The envelope names the headline, and the text's short first paragraph reads as a
        # sentence that is not it: that is the lead, not a headline to take (and lose).
        wire.paragraphs.insert(0, wire.headline)
        wire.headline = None
    result = found or Found(raw=raw, input_format=found_format, wire=wire)
    result.wire = wire
    return result


def _headline_key(text: str) -> str:
    return re.sub(r"[\W_]+", "", parse_slug(unescape_entities(text)).headline.casefold())


_SITE_TAIL_CHARS = 20  # letters and digits of a trailing site name ("Reuters", "China Daily")


def _same_headline(line: str, headline: str) -> bool:
    """The same headline give or take case, punctuation, quotes, a slug or a trailing site name.
    A lead that merely opens with the headline's words ("Oil rises on hopes of cuts, traders
    said.") or with its first letter (a headline "T") is the lead, and is kept."""
    a, b = _headline_key(line), _headline_key(headline)
    short, long = sorted((a, b), key=len)
    return bool(short) and long.startswith(short) and len(long) - len(short) <= _SITE_TAIL_CHARS


def _reads_as_lead(line: str) -> bool:
    """A sentence, not a headline: it ends as sentences do, or opens with a wire dateline."""
    stripped = line.rstrip()
    return stripped.endswith((".", "!", "?", '"', "\u201d")) or bool(_DATELINE_LEAD.search(line[:80]))


_DATELINE_LEAD = re.compile(r"\)\s*(?:-|--|\u2013|\u2014)\s")


def _parse(raw: bytes, content_type: str | None, limits: ParseLimits, enter: StageHook) -> Article:
    enter("decode")
    decoded = decode(raw, content_type)
    enter("parse")
    text = decoded.text.replace("\x00", "")
    if not text.strip():
        raise ParseError("empty", "the item has no content")
    warnings = [f"legacy_encoding:{decoded.encoding}"] if decoded.legacy else []
    kind = _media_kind(content_type)
    if (
        kind == "json"
        or (kind is None and text.lstrip().startswith("{"))
        or (kind is None and _is_json_array(text))
    ):
        content = parse_envelope(text, limits.max_json_depth)
        envelope = content.envelope
        _require_words(content.content)
        shell = Found(
            raw=raw, input_format="envelope", wire=analyse(""), envelope=envelope, warnings=warnings
        )
        inner_kind = content.payload
        if inner_kind == "sniff":
            inner_kind = "html" if _media_kind(envelope.content_type) == "html" else "sniff"
        if inner_kind == "html" or (inner_kind == "sniff" and looks_like_html(content.content)):
            found = _from_html(raw, content.content, "envelope", limits, shell)
        else:
            found = _from_text(raw, content.content, "envelope", shell)
        return build_article(found, limits)
    _require_words(text)
    if kind == "html" or (kind is None and looks_like_html(text)):
        found = _from_html(raw, text, "html", limits, None)
    else:
        found = _from_text(raw, text, "text", None)
    found.warnings[:0] = warnings
    return build_article(found, limits)


def _is_json_array(text: str) -> bool:
    return looks_like_json(text) and text.lstrip().startswith("[") and text.rstrip().endswith("]")


def parse_item(
    raw: bytes,
    content_type: str | None = None,
    *,
    limits: ParseLimits | None = None,
    on_stage: StageHook | None = None,
) -> Article:
    """Parse one raw wire item; raise :class:`ParseError` (and nothing else) for bad input.

    ``on_stage`` hears "decode", then "parse", as the item enters each.
    """
    limits = limits or ParseLimits()
    current: list[Stage] = ["parse"]

    def enter(stage: Stage) -> None:
        current[0] = stage
        if on_stage is not None:
            on_stage(stage)

    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError("bad_type", f"expected bytes, got {type(raw).__name__}")
    if len(raw) > limits.max_bytes:
        raise ParseError("too_large", f"item of {len(raw)} bytes is over the limit of {limits.max_bytes}")
    raw = bytes(raw)
    if not raw.strip(b" \t\r\n\x0b\x0c\x00"):
        raise ParseError("empty", "the item has no content")
    try:
        return _parse(raw, content_type, limits, enter)
    except ParseError:
        raise
    except (ValueError, TypeError, LookupError, RecursionError, ArithmeticError, AttributeError) as exc:
        # Safety net: a parser bug must dead-letter one item, not crash the worker.
        raise ParseError("parser_failure", f"{type(exc).__name__}: {exc}", stage=current[0]) from exc
