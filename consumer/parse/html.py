"""HTML pages -> main text and page metadata, via trafilatura.

trafilatura does the boilerplate removal (it scores best on news pages among
open-source extractors); this module only makes its input safe and its output
typed. Hostile markup is bounded before lxml sees it: the tag count is capped
(deeply nested or tag-bomb pages), and DTD internal subsets are cut out so no
entity declaration ever reaches a parser (lxml's HTML parser does not expand
them, but nothing relies on that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura

from consumer.errors import ParseError
from consumer.parse.limits import ParseLimits

_TAG_RE = re.compile(rb"<[A-Za-z!/?]")
_DOCTYPE_SUBSET_RE = re.compile(r"<!DOCTYPE[^>\[]{0,500}\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL_RE = re.compile(r"<!ENTITY[^>]{0,2000}>", re.IGNORECASE)
_HTML_SNIFF_RE = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*(?:<!DOCTYPE\s+html|<html))",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_TAG_RE = re.compile(
    r"<(?:p|div|article|section|h[1-6]|br|table|span|a|li|ul|title|meta)\b[^>]*>", re.I
)
_LANG_RE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)", re.I)
# The page's own machine-readable publication time: Open Graph / article meta, schema.org
# JSON-LD, or a <time datetime> element. trafilatura (htmldate) reports the day only.
_PUBLISHED_RE = re.compile(
    r"""<meta\s[^>]{0,200}?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|dc\.date\.issued|sailthru\.date)["'][^>]{0,200}?"""
    r"""content\s*=\s*["']([^"'>]{8,40})["']"""
    r"""|"datePublished"\s*:\s*"([^"]{8,40})"|<time\b[^>]{0,200}?\bdatetime\s*=\s*["']([^"'>]{8,40})["']""",
    re.IGNORECASE,
)
_STRUCTURE_RE = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSED_RE = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlContent:
    text: str
    title: str | None
    author: str | None
    date: str | None
    published: str | None
    sitename: str | None
    url: str | None
    language: str | None
    truncated: bool


def looks_like_html(text: str) -> bool:
    """A document start, or markup dense enough that the text cannot be prose."""
    head = text[:4096]
    return bool(_HTML_SNIFF_RE.match(head)) or len(_BLOCK_TAG_RE.findall(head)) >= 3


def _check_complexity(html: str, limits: ParseLimits) -> None:
    tags = len(_TAG_RE.findall(html.encode("utf-8", "ignore")))
    if tags > limits.max_html_tags:
        raise ParseError("html_too_complex", f"{tags} tags is over the limit of {limits.max_html_tags}")


def _defuse(html: str) -> str:
    html = _DOCTYPE_SUBSET_RE.sub("<!DOCTYPE html>", html)
    return _ENTITY_DECL_RE.sub("", html)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _extract(document: str, *, favor_recall: bool) -> dict[str, Any]:
    result = trafilatura.bare_extraction(
        document,
        include_comments=False,
        with_metadata=True,
        favor_recall=favor_recall,
        deduplicate=False,
    )
    if result is None or isinstance(result, dict):
        return result or {}
    data: dict[str, Any] = result.as_dict()
    return data


def extract_html(html: str, limits: ParseLimits) -> HtmlContent:
    """Main text (paragraphs separated by newlines) and metadata of one page."""
    _check_complexity(html, limits)
    html = _defuse(html)
    truncated = bool(_STRUCTURE_RE.search(html[:4096])) and not _CLOSED_RE.search(html[-4096:])
    document = html if _STRUCTURE_RE.search(html[:4096]) else f"<html><body><div>{html}</div></body></html>"
    # Recall mode: on news pages it loses less body than it adds furniture, and
    # the wire-text analysis removes the furniture it adds (captions, credits).
    data = _extract(document, favor_recall=True)
    lang = _LANG_RE.search(html[:4096])
    published = _PUBLISHED_RE.search(html[:200_000])
    return HtmlContent(
        text=_str(data.get("text")) or "",
        title=_str(data.get("title")),
        author=_str(data.get("author")),
        date=_str(data.get("date")),
        published=next((g for g in published.groups() if g), None) if published else None,
        sitename=_str(data.get("sitename")),
        url=_str(data.get("url")),
        language=lang.group(1).lower() if lang else _str(data.get("language")),
        truncated=truncated,
    )
