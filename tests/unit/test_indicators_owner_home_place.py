"""A place that only says where a named firm or person is from (``home_place.described_name``):
"Norland oil giant Kelvo Stores signed a $4.2bn deal" is Kelvo Stores's figure, not Norland's,
which stood first in the clause. Near misses (an office holder, a verb after the place, no name
after the noun, a place's own statistic) keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Marlow": ("LOCATION", "city"),
    "Kelvo Stores": ("ORGANIZATION", None),
    "Umbix": ("ORGANIZATION", None),
    "Ana Vell": ("PERSON", None),
    "Jo Harlan": ("PERSON", None),
}


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Norland oil giant Kelvo Stores signed a $4.2bn deal on Sunday.", "$4.2bn", "Kelvo Stores"),
        ("Tarvia sportswear firm Umbix has posted a 317% rise in annual profit.", "317%", "Umbix"),
        ("Norland insurer Umbix cuts 3,700 jobs", "3,700 jobs", "Umbix"),
        ("Norland retail giant Kelvo Stores is to buy a rival for $13bn.", "$13bn", "Kelvo Stores"),
        ("Marlow 400m champion Ana Vell has won 14 races this season.", "14 races", "Ana Vell"),
        ("Tarvia rapper Jo Harlan has been sued for $46m by a neighbour.", "$46m", "Jo Harlan"),
    ],
)
def test_the_name_a_home_place_describes_owns_the_figure(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a place's own statistic, no description after it
        ("Norland exports rose 7.3% in March.", "7.3%", "Norland"),
        # a verb after the place: "Norland signed firm Umbix" is a clause of the place's
        ("Norland signed firm Umbix to a $8.1bn contract.", "$8.1bn", "Norland"),
        # an office holder speaks for the place (not a performer nor a firm)
        ("Norland president Jo Harlan pledged to halve the deficit of $52bn.", "$52bn", "Norland"),
    ],
)
def test_a_place_without_a_described_name_keeps_its_reading(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner
