"""A company reporting its own result ("Vantor Group said net profit rose 20 percent") owns the
result its reported clause opens with; a person, a public body, a trade body or a market's
measure ("smartphone sales") does not make the speaker the owner."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Retail Association": ("ORGANIZATION", None),
    "Commerce Department": ("ORGANIZATION", None),
    "Ann Lee": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Vantor Group said Monday that revenue rose 8 percent to $3 billion.", "8 percent"),
        ("Vantor Group said net profit climbed 20 percent in the quarter.", "20 percent"),
        ("Vantor Group said that quarterly sales fell 3 percent.", "3 percent"),
        ("Vantor Group also said full-year earnings would reach $2 billion.", "$2 billion"),
    ],
)
def test_a_company_reporting_its_own_result_owns_it(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Vantor Group"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Commerce Department said retail sales rose 0.7 percent.", "0.7 percent"),
        ("The Harlow Retail Association said sales rose 4 percent in December.", "4 percent"),
        ("Vantor Group said smartphone sales fell 5 percent worldwide.", "5 percent"),
        ("Ann Lee said revenue rose 8 percent.", "8 percent"),
        ("Vantor Group said demand rose 10 percent.", "10 percent"),
        ("Vantor Group said 300 workers would lose their jobs.", "300 workers"),
    ],
)
def test_a_report_of_someone_elses_measure_stays_unowned(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
