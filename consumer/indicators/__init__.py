"""Indicators: every figure of a story, what it measures, which way it moved, for whom and when."""

from consumer.indicators.extract import extract_indicators

__all__ = ["extract_indicators"]
