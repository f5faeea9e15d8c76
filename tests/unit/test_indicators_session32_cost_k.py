"""Session 32, issue 11 (cost beyond NER): pre-checks that find the same matches for less."""

from __future__ import annotations

import pytest

from consumer.gate import lowered
from consumer.indicators.filters import _code_line


def test_lowered_ascii_fast_path() -> None:
    assert lowered("The Quick FOX") == "the quick fox"
    assert lowered("caf\u00e9 Zurich") == "caf\u00e9 zurich"  # non-ASCII, but letter for letter
    assert lowered("\u0130stanbul") is None  # lower() adds a combining dot: not aligned
    assert lowered("Kelvin \u212a") is None  # an odd case-blind letter


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("$total = 42;", True),
        ("if (x == 10) { run(); }", True),
        ("x = get_value(3)", True),
        ("The firm sold 42 cars; it had hoped for more.", False),
        ("Sales rose 4% in the year to March.", False),
    ],
)
def test_code_line(line: str, code: bool) -> None:
    assert _code_line(line, line.index(next(c for c in line if c.isdigit()))) is code


def test_names_measure_as_the_case_blind_search() -> None:
    """names_measure answers as MEASURE.search over the same stretch, for every start and end
    (a "\\b" at the start reads the character before it), with odd case-blind letters too."""
    from consumer.indicators.measure import MEASURE, names_measure

    for text in (
        "Its Retail SALES rose 4%",
        "xGDP grew; Exports fell 3",
        "the \u0130nflation rate, exports 5",
        "Ma\u017fs output of 7",
    ):
        for start in range(len(text) + 1):
            for end in range(start - 2, len(text) + 1):
                expected = MEASURE.search(text, start, end) is not None
                assert names_measure(text, start, end) is expected, (text, start, end)
