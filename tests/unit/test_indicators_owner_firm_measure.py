"""A firm reporting a measure of its own business that its accounts do not name as a result
("Delmora Freight said car production declined to 31,400 from 33,800", "said March load
factor rose to 64.2 pct") owns it, as it owns the revenue it reports; a market's measure
("global smartphone shipments", "PC sales"), a trade body, a public body or a person speaking
leave the figure unowned (session 42)."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Delmora Freight": ("ORGANIZATION", None),
    "Quillan Research": ("ORGANIZATION", None),
    "Harlow Carriers Association": ("ORGANIZATION", None),
    "Transport Ministry": ("ORGANIZATION", None),
    "Ines Varga": ("PERSON", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Delmora Freight said car production declined to 31,400 from 33,800.", "31,400"),
        ("Delmora Freight said car production declined to 31,400 from 33,800.", "33,800"),
        ("Delmora Freight said March load factor rose to 64.2 pct from 61.7 pct.", "64.2 pct"),
        ("Delmora Freight said comparable sales rose 4.1% in the quarter.", "4.1%"),
        ("Delmora Freight said total written premiums rose 14 pct to 2.3 billion dlrs.", "2.3 billion dlrs"),
        ("Delmora Freight said on Tuesday that deliveries climbed 17% to 88,000 vehicles.", "17%"),
        ("Delmora Freight said long-term debt rose to $1.7 billion.", "$1.7 billion"),
        ("Delmora Freight added that the backlog was 23 pct above a year ago.", "23 pct"),
    ],
)
def test_a_firm_reporting_its_own_measure_owns_it(text: str, figure: str) -> None:
    assert _owners(text)[figure] == "Delmora Freight"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a market's measure: no firm's own
        ("Quillan Research said global smartphone shipments fell 6% to 290 million units.", "6%"),
        ("Quillan Research said PC sales rose 3% in the quarter.", "3%"),
        ("Quillan Research said industry output rose 5 pct in May.", "5 pct"),
        ("Quillan Research said retail sales rose 2.2 pct in May.", "2.2 pct"),
        # a trade body, a public body or a person speaking
        ("The Harlow Carriers Association said car production fell 7 pct.", "7 pct"),
        ("The Transport Ministry said traffic rose 9 pct in April.", "9 pct"),
        ("Ines Varga said car production fell 7 pct.", "7 pct"),
        # a noun after the measure word: the measure is not what the clause heads
        ("Delmora Freight said production line workers rose to 420.", "420"),
    ],
)
def test_other_reported_measures_keep_no_owner(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
