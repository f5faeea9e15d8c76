"""A measure named before its owner with a preposition: a firm's "sales at Acme" and a place's own
statistics "retail sales in Norland"; what the preposition merely locates stays nobody's."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Group": ("ORGANIZATION", None),
    "Corvan Motors": ("ORGANIZATION", None),
    "Norland": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
    "Brixton": ("LOCATION", "city"),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Sales at Vantor Group rose 5 percent in the quarter.", "5 percent", "Vantor Group"),
        ("Profits at Corvan Motors fell 20 percent last year.", "20 percent", "Corvan Motors"),
        ("Revenue at the Vantor Group climbed to $2 billion.", "$2 billion", "Vantor Group"),
        ("Production at Corvan Motors rose to 40,000 vehicles.", "40,000 vehicles", "Corvan Motors"),
    ],
)
def test_a_firms_measure_after_at_is_the_firms(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Retail sales in Norland rose 5 percent in May.", "5 percent", "Norland"),
        ("Industrial output in Kessel grew 7.2 percent.", "7.2 percent", "Kessel"),
        ("Fixed-asset investment in Kessel expanded 4 percent.", "4 percent", "Kessel"),
        ("Home prices in Brixton climbed 9 percent last year.", "9 percent", "Brixton"),
    ],
)
def test_a_places_own_statistic_after_in_is_the_places(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        # a place after "at" locates; a worker's pay is no measure of the firm
        ("Traffic at Brixton rose 5 percent.", "5 percent"),
        ("Workers at Vantor Group earn $20 an hour.", "$20 an hour"),
        # bare sales or production "in" a country is a firm's market or plant, not the country's
        ("Sales in Norland rose 5 percent.", "5 percent"),
        ("Production in Kessel fell 3 percent.", "3 percent"),
        # the name after "at" is not right after the measure
        ("Sales at stores in Norland rose 5 percent.", "5 percent"),
    ],
)
def test_what_the_preposition_only_locates_stays_unowned(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("In Kessel, retail sales rose 8 percent in the first half.", "8 percent", "Kessel"),
        ("In Kessel, the unemployment rate fell to 4 percent.", "4 percent", "Kessel"),
        ("Sales grew. In Norland, inflation rose to 3 percent.", "3 percent", "Norland"),
    ],
)
def test_a_places_statistic_after_an_opening_in_the_place_is_the_places(
    text: str, figure: str, owner: str
) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure",
    [
        # an opening place frames counts and a firm's deeds, no statistic of its own
        ("In Kessel, 300 people were killed.", "300 people"),
        ("In Kessel, the company sold 300 cars.", "300 cars"),
        ("In Brixton, exports of the firm rose 10 percent.", "10 percent"),
    ],
)
def test_an_opening_place_before_no_statistic_owns_nothing(text: str, figure: str) -> None:
    assert _owners(text)[figure] is None
