"""Session 48 (read on scraped news pages of 2016-17): a race's lap by its number is numbering,
no figure ("crashed on lap 20", a live blog's "Lap 29 Drivers are told ..."); the laps a race
runs stay counts. Every text is our own."""

from __future__ import annotations

import pytest

from tests.unit.indicator_texts import page_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The race was halted on lap 17 after a crash at the chicane.", []),
        ("Roe spun off in lap 42 and the safety car came out.", []),
        ("The race resumed at the end of lap 9 behind the safety car.", []),
        ("Despite his lap 31 exit, the crowd cheered him.", []),
        ("Lap 23 Drivers complain about the spray. Lap 55 Roe passes Lee for third.", []),
    ],
)
def test_a_lap_by_its_number_is_no_figure(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe led for 40 laps of the 58-lap race.", [(40.0, "lap"), (58.0, "lap")]),
        ("Just six laps later the car stopped.", [(6.0, "lap")]),
        ("He lapped 2.3 seconds faster on lap 12 than anyone.", [(2.3, "second")]),
    ],
)
def test_counts_of_laps_stay_figures(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert page_figures(text) == expected
