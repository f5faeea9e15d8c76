"""An analyst's estimate of a firm's earnings is the firm's figure (or nobody's), never the analyst's."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import focus_rows

_NAMES = {
    "Kelvar": ("ORGANIZATION", None),
    "Harlow Securities": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
    "Mr. Roe": ("PERSON", None),
}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kelvar had an operating loss in the quarter. So Ann Lee at Harlow Securities said she is "
            "cutting her earnings estimate for next year to $2 a share from $3.",
            "$2 a share",
        ),
        ("Mr. Roe had estimated third-quarter earnings of 55 cents a share.", "55 cents a share"),
        ("Ann Lee forecast that the quarter's earnings would reach $12 million.", "$12 million"),
    ],
)
def test_an_analyst_owns_no_estimate(text: str, figure: str) -> None:
    assert focus_rows("Kelvar earnings", text, _NAMES)[figure] is None


def test_the_firm_named_before_the_earnings_word_owns_the_estimate() -> None:
    text = (
        "But Harlow Securities' Mr. Roe, who yesterday trimmed his 1990 Kelvar earnings projection "
        "to $2.95 a share from $3.10, called the reaction justified."
    )
    assert focus_rows("Kelvar earnings", text, _NAMES)["$2.95 a share"] == "Kelvar"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a person's own sums, with no estimate word: the person's
        ("Ann Lee earned $2 million last year from her books.", "$2 million"),
        ("Ann Lee paid $3 million for the house.", "$3 million"),
        # a bidder's price per share is the bidder's
        ("Ann Lee offered $18 a share for the rest of Kelvar.", "$18 a share"),
        # an estimate of no firm's results
        ("Ann Lee estimated her fortune at $2 billion last year.", "$2 billion"),
    ],
)
def test_a_persons_own_sum_stays_theirs(text: str, figure: str) -> None:
    assert focus_rows("Lee", text, _NAMES)[figure] == "Ann Lee"
