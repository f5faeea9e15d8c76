"""Three owners of a place's figures in agency copy that names the place away from the figure. A
", with" phrase naming a sector's measure ("Marlow saw 81 million visits, with tourism revenue
of 138 billion yuan", ``fallbacks._measure_heads``) is the sentence's place's, not the story's
province's; a count of things made, registered or there in a place named after it ("45 new
schools were built in Marlow", "There are 1,300 hospitals in Marlow", ``built_in_place``) is the
place's stock; a group of the place's people or firms heading the clause ("Urban residents in
Marlow had a per capita income of", "Over 90 percent of villages in Marlow", ``group_place``)
gives the place its sum or share. Near misses (a name in the phrase, what happened in a place,
people, a list of places, a part of a place, another subject) keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
    "Marlow": ("LOCATION", "first_level_division"),
    "Vantor Motor": ("ORGANIZATION", None),
}
# the story is about Kessel: its statistic opens the story
_LEAD = "Kessel's economy grew 3 pct. "


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", _LEAD + text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Marlow province saw 81 million tourist visits in 2021, with tourism revenue of 138 billion "
            "yuan.",
            "138 billion yuan",
            "Marlow",
        ),
        (
            "Marlow recorded strong growth, with rural per capita income of 12,856 yuan.",
            "12,856 yuan",
            "Marlow",
        ),
        ("A total of 45 new schools were built in Marlow last year.", "45 new schools", "Marlow"),
        ("In 2021, 1,200 new companies were registered in Marlow.", "1,200 new companies", "Marlow"),
        ("There are 1,300 hospitals in Marlow.", "1,300 hospitals", "Marlow"),
        ("Some 600 km of new roads have been completed in Marlow.", "600 km", "Marlow"),
    ],
)
def test_the_place_of_the_sentence_owns_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a bare measure after ", with" read as before; a name in the phrase owns its figure
        ("Marlow saw 81 million visits, with GDP up 6 percent.", "6 percent", "Marlow"),
        (
            "Marlow saw 81 million visits, with Vantor Motor revenue of 3 billion yuan.",
            "3 billion yuan",
            "Vantor Motor",
        ),
        (
            "Marlow saw 81 million visits, with visitors from Tarvia spending 3 billion yuan.",
            "3 billion yuan",
            None,
        ),
        # what happened in a place, people in it, a list of places or a part of one own nothing
        ("About 30 cars were destroyed in Marlow.", "30 cars", None),
        ("A total of 45 schools were closed in Marlow.", "45 schools", None),
        ("There were 12 accidents in Marlow.", "12 accidents", None),
        ("There are 300 people in Marlow.", "300 people", None),
        ("Some 45 new schools were built in Marlow and Tarvia.", "45 new schools", None),
        ("Some 45 new schools were built in Marlow's north.", "45 new schools", None),
    ],
)
def test_other_clauses_keep_their_owner(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Urban residents in Marlow had a per capita disposable income of 30,000 yuan in 2021.",
            "30,000 yuan",
            "Marlow",
        ),
        ("Farmers in Marlow saw their incomes rise 10.2 percent.", "10.2 percent", "Marlow"),
        ("Enterprises in Marlow paid 3 billion yuan in taxes.", "3 billion yuan", "Marlow"),
        ("Over 90 percent of villages in Marlow have access to broadband.", "90 percent", "Marlow"),
        ("Some 70 percent of Marlow's rice is exported to other provinces.", "70 percent", "Marlow"),
    ],
)
def test_a_group_of_the_place_gives_it_its_sum_or_share(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a count of people, a name after the verb, a subject of its own, no group noun, a list
        ("About 3,000 farmers in Marlow lost their homes.", "3,000 farmers", None),
        ("Farmers in Marlow sold Vantor Motor 3 billion yuan of grain.", "3 billion yuan", "Vantor Motor"),
        ("Tarvia bought 70 percent of Marlow's rice.", "70 percent", "Tarvia"),
        ("Traders in Marlow paid 3 billion yuan in taxes.", "3 billion yuan", None),
        ("Residents in Marlow and Tarvia paid 3 billion yuan in taxes.", "3 billion yuan", None),
    ],
)
def test_a_group_clause_with_another_shape_keeps_its_owner(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner
