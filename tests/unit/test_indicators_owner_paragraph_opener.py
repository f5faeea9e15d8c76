"""A sum or a share opening a paragraph with a measure and naming nobody is the subject's of the
one-sentence paragraph before (agency copy gives each sentence a paragraph)."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_LEAD = "The harbour was quiet on Monday and the cranes stood still along the quay. " * 5
_NAMES = {
    "Harlow": ("LOCATION", "city"),
    "Kessel": ("LOCATION", "city"),
    "Vantor Group": ("ORGANIZATION", None),
    "Brightline Bank": ("ORGANIZATION", None),
}


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (
            "Harlow has stepped up efforts to draw foreign investors this year.\n\n"
            "In the first three quarters, foreign direct investment reached 5 billion yuan.",
            "5 billion yuan",
            "Harlow",
        ),
        (
            "Harlow opened new free-trade zones in the spring.\n\n"
            "Total retail sales of consumer goods rose 9.2 percent year on year.",
            "9.2 percent",
            "Harlow",
        ),
        (
            _LEAD + "\n\nVantor Group, a steel maker, reported its results on Tuesday.\n\n"
            "Net profit rose 12 percent to 300 million dollars.",
            "12 percent",
            "Vantor Group",
        ),
    ],
)
def test_a_measure_opening_a_paragraph_is_the_paragraph_befores_subjects(
    text: str, figure: str, owner: str
) -> None:
    assert focus_rows("Ports report", text, _NAMES)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # two owners named in the paragraph before
        ("Harlow and Kessel signed a trade pact in May.\n\nExports rose 5 percent in June.", "5 percent"),
        # the paragraph before names a source, not a subject
        (
            _LEAD + "\n\nBrightline Bank said the economy was slowing.\n\nRetail sales rose 2 percent.",
            "2 percent",
        ),
        # a firm opening the paragraph before owns no economy's measure
        (
            _LEAD + "\n\nVantor Group opened a store downtown.\n\nRetail sales rose 2 percent in May.",
            "2 percent",
        ),
        # more than one sentence before the break
        ("Harlow opened a port in May. Trade slowed.\n\nExports rose 5 percent in June.", "5 percent"),
        # the sentence does not open with a measure
        ("Harlow opened a port in May.\n\nAnalysts expect a 3 percent fall.", "3 percent"),
        # a count is no sum or share
        ("Harlow opened a port in May.\n\nExports reached 3,000 containers.", "3,000 containers"),
        # the name does not open the paragraph
        ("Officials in Harlow opened a port in May.\n\nExports rose 5 percent in June.", "5 percent"),
    ],
)
def test_the_paragraph_before_gives_no_owner(text: str, figure: str) -> None:
    assert focus_rows("Ports report", text, _NAMES)[figure] is None
