"""The basis a per-share price is compared with is written bare but is a price per share too
(session forty-two): "earned $1.05 per share, up from 98 cents", results lines' "Shr 11 cts vs
27 cts". A total of money after the comparison ("vs 321,000 dlrs", "from $2.1 billion") and a
sum in another currency keep their own unit."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quillon Corp earned $1.35 per share, up from 87 cents a year earlier.",
            [(1.35, "USD/share"), (87.0, "cent/share")],
        ),
        (
            "Adjusted earnings were $0.62 a share, versus $0.58 last year.",
            [(0.62, "USD/share"), (0.58, "USD/share")],
        ),
        (
            "The analyst cut his estimate to 4.20 dlrs a share from 4.85 dlrs.",
            [(4.2, "USD/share"), (4.85, "USD/share")],
        ),
        (
            "It earned $2.40 a share for the year compared with $2.05.",
            [(2.4, "USD/share"), (2.05, "USD/share")],
        ),
        (
            "Brenlow raised its quarterly dividend to 23 pence a share from 21 pence.",
            [(23.0, "pence/share"), (21.0, "pence/share")],
        ),
    ],
)
def test_basis_of_a_per_share_price(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_results_line_basis() -> None:
    # a wire results line: "Shr" labels the first price; the one after "vs" is the year before's
    assert _figures("Shr seven cts vs 16 cts Net 301,000 vs 640,000")[:2] == [
        (7.0, "cent/share"),
        (16.0, "cent/share"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total of money is no price of one share
        (
            "Net was 12 cts a share against 640,000 dlrs a year ago.",
            [(12.0, "cent/share"), (640000.0, "USD")],
        ),
        (
            "It earned $0.91 per share, on revenue of $3.4 billion, up from $3.1 billion.",
            [(0.91, "USD/share"), (3.4e9, "USD"), (3.1e9, "USD")],
        ),
        # another currency, a price far from the share's, and an unrelated sum after "and"
        (
            "The stock rose to $14.50 a share from 900 yen.",
            [(14.5, "USD/share"), (900.0, "JPY")],
        ),
        (
            "The offer was $38 a share, up from $2.",
            [(38.0, "USD/share"), (2.0, "USD")],
        ),
        (
            "Holders get $11 a share and $4 in cash.",
            [(11.0, "USD/share"), (4.0, "USD")],
        ),
    ],
)
def test_basis_near_misses(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
