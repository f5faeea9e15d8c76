"""Quotes with their speakers (issue 14): a pure stage run after entities."""

from consumer.quotes.extract import extract_quotes
from consumer.quotes.model import Quote, QuoteSpan

__all__ = ["Quote", "QuoteSpan", "extract_quotes"]
