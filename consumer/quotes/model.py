"""The quote record (issue 14): defined in ``consumer.events`` (it rides on ``ArticleEvent.quotes``)."""

from __future__ import annotations

from consumer.events import Quote, QuoteField, QuoteKind, QuoteSpan

__all__ = ["Quote", "QuoteField", "QuoteKind", "QuoteSpan"]
