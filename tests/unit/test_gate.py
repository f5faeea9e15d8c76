"""consumer.gate: a gated pattern finds exactly what the plain pattern finds."""

from __future__ import annotations

import re

import pytest

from consumer.gate import gated

TEXT = (
    "Officials SAID on Monday that 45 people died. The ſaid firm, Acme Corp., added 300 jobs;\n"
    "Sales fell 3% in Q2 2024 -- up from $1.2 billion (US$ 9) -- while 12th Summit delegates met."
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:said|says|told(?:\s+\w+)?|added)\s+(?:that\s+)?", re.IGNORECASE),
        (r"\b(?:fell|rose|up)\s+\d", re.IGNORECASE),
        (r"(?<![\w-])(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+[A-Z]\w+", 0),
        (r"(?:[A-Z][\w&.-]*\s+){0,3}(?:Corp|Inc)\.?", 0),
        (r"(?:U\.?S\.?\s?\$|\$|£|[A-Z]{3})\s?$", 0),
        (r";|:\s|\s--\s", 0),
        # a scoped case fold: "(?i:said)" matches "ſaid" as "(?i:[s])" does
        (r"(?i:the|said)\s+\w+", 0),
        (r"(?:\b(?i:its|said|q)|[A-Z]\d)\s?", 0),
        (r"\b(?i:(?:fell|rose)\s)\d", 0),
    ],
)
def test_same_matches(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    gate = gated(pattern, flags)
    assert [m.span() for m in gate.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    for start in range(0, len(TEXT), 7):
        window = TEXT[start : start + 30]
        found, expected = gate.search(window), plain.search(window)
        assert (found.span() if found else None) == (expected.span() if expected else None)


def test_gate_opens_bounded_patterns_only() -> None:
    assert gated(r"\b(?:said|added)", re.IGNORECASE).pattern.startswith("(?=[as])")
    assert gated(r"(?:\d+|[A-Z])x").pattern.startswith("(?=[A-Z\\d])")
    for unbounded in (r"\W+said", r"^\s*its", r"[^a]b", r"(?:x)?", r"(?m)^Get", r"(?-i:the)\s+film", r".x"):
        assert gated(unbounded).pattern == unbounded


def test_gate_folds_case_where_the_pattern_does() -> None:
    """A scoped "(?i:...)" opening gets a gate that folds case inside the same scope only."""
    assert gated(r"(?i:the)\s+film").pattern.startswith("(?=(?i:[t]))")
    assert gated(r"(?:\b(?i:its|a)|[A-Z]\d)").pattern.startswith("(?=[A-Z]|(?i:[ai]))")
    gate = gated(r"(?i:kin)g")
    assert gate.match("\u212aing") is not None  # the Kelvin sign folds to "k", gate and all
    assert gate.match("KING") is None  # the "g" outside the scope keeps its case
