"""Agency notes abbreviate "per share" as "per shr" or "/shr" (session forty-two): "a gain of
412,000 dlrs, or 14 cts per shr" is a price per share, published ``cent/share`` like "a share".
Results lines' "Avg shrs" count shares and take no rate."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures as _figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net excludes a gain of 418,000 dlrs, or 16 cts per shr, in 1986.",
            [(418000.0, "USD"), (16.0, "cent/share")],
        ),
        ("It took a charge of 2.7 mln dlrs or 1.18 dlrs per shr.", [(2.7e6, "USD"), (1.18, "USD/share")]),
        ("The loss was 71,000 dlrs, or four cts/shr.", [(71000.0, "USD"), (4.0, "cent/share")]),
    ],
)
def test_per_shr(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected


def test_shares_outstanding_take_no_rate() -> None:
    figures = _figures("The company had 3,402,000 shrs outstanding and paid 12 cts a share.")
    assert figures[-1] == (12.0, "cent/share")
    assert all(unit is None or "/" not in unit for _, unit in figures[:-1])
