"""Size and shape limits for one item, as configuration rather than constants.

Every limit is checked before the expensive step it protects (the byte size
before any decoding, the JSON depth before model validation), so a hostile
value costs at most a scan of its bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Bounds on one raw item; the worker builds this from its settings."""

    max_bytes: int = DEFAULT_MAX_BYTES
    """Raw Kafka values over this size are rejected unread (``too_large``)."""
    max_headline_chars: int = 512
    """Longer headlines are cut at a word boundary with a ``headline_truncated`` warning."""
    max_json_depth: int = 64
    """Envelopes nested deeper than this are rejected (``json_too_deep``); real ones have depth 2."""
    max_html_tags: int = 200_000
    """HTML with more start tags than this is rejected (``html_too_complex``) before lxml sees it."""
    max_related_headlines: int = 50
    """Only this many ticker items are kept; tickers are navigation, not content."""
    default_timezone: str = "UTC"
    """IANA zone for a zone-less timestamp when neither the page nor the zone table gives one."""
