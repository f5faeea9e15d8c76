"""Owners among Chinese county-level places and their statistics (session 38).

"The village" ("the county", "the district", "the town") stands for the place named shortly before
with that lower-case kind word ("Lijiao village"), as "the port" stands for "Dunmore Port"; the
change a comma clause adds ("..., up 12 percent") is the owner's of the figure right before, not
the story's province's; and a place's statistic in Xinhua's words ("the added value of the service
sector in Kessel", "grain output in Kessel", "In Kessel, fiscal revenue ...") is the place's. Near
misses keep their old readings. All names are invented.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Kessel": ("LOCATION", "first_level_division"),
    "Lijiao village": ("LOCATION", None),
    "Fengxu district": ("LOCATION", None),
    "Shanba county": ("LOCATION", None),
    "Tarvo Village": ("LOCATION", None),
    "Dunmore Port": ("LOCATION", None),
    "Vantor Group": ("ORGANIZATION", None),
}


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Lijiao village lies in Kessel. The village's per capita income reached 15,000 yuan.",
            "15,000 yuan",
            "Lijiao village",
        ),
        (
            "Fengxu district is in Kessel. The district's GDP grew 6 percent last year.",
            "6 percent",
            "Fengxu district",
        ),
        (
            "Shanba county lies in Kessel. The county has 30,000 households.",
            "30,000 households",
            "Shanba county",
        ),
        # the change after the comma goes on with the figure's owner, not the story's province
        (
            "Tarvo Village lies in Kessel. The village's per capita income reached 15,000 yuan last year, "
            "up 12 percent.",
            "12 percent",
            "Tarvo Village",
        ),
        (
            "Dunmore Port lies in Kessel. The port's GDP reached 30 billion yuan in 2019, "
            "an increase of 8 percent.",
            "8 percent",
            "Dunmore Port",
        ),
        (
            "Lijiao village lies in Kessel. The village's per capita income hit 9,000 yuan, "
            "rising 7 percent.",
            "7 percent",
            "Lijiao village",
        ),
        # a place's statistic in Xinhua's words
        ("The added value of the service sector in Kessel rose 7 percent.", "7 percent", "Kessel"),
        ("Grain output in Kessel hit 38 million tonnes last year.", "38 million tonnes", "Kessel"),
        ("In Kessel, fiscal revenue reached 380 billion yuan.", "380 billion yuan", "Kessel"),
        (
            "The total output value of agriculture in Kessel reached 600 billion yuan.",
            "600 billion yuan",
            "Kessel",
        ),
        (
            "The per capita income of villagers in Shanba county rose to 18,000 yuan.",
            "18,000 yuan",
            "Shanba county",
        ),
    ],
)
def test_place_owners(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a head that modifies a noun, a place named with a capitalised other word
        ("Lijiao village lies in Kessel. The village committee spent 15,000 yuan.", "15,000 yuan", None),
        ("Dunmore Port is busy. The village's per capita income reached 15,000 yuan.", "15,000 yuan", None),
        # a name between the figures: the change is no restatement of the first
        (
            "Vantor Group sold 300 cars last year, while Dunmore Port handled 12 million containers, "
            "up 5 percent.",
            "5 percent",
            "Dunmore Port",
        ),
        ("Vantor Group sold 300 cars in 2019, and 200 in 2018.", "200", "Vantor Group"),
        # bare "sales" or "production in Kessel" is a firm's market or plant
        ("Sales in Kessel rose 7 percent.", "7 percent", None),
        ("The output of the plant in Kessel rose 7 percent.", "7 percent", None),
        # what comes from a place is no statistic of it
        ("Imports from Kessel rose 4 percent.", "4 percent", None),
    ],
)
def test_near_misses(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # "its" and a place's measure after a county-level place: the place, not the province before
        (
            "Kessel is a coastal province. Wuxiang village has 1,200 households, and its per capita income "
            "reached 15,000 yuan.",
            "15,000 yuan",
            "Wuxiang village",
        ),
        (
            "Kessel grew fast. Fengxu district has 40 schools. Its GDP rose 6 percent.",
            "6 percent",
            "Fengxu district",
        ),
        (
            "Kessel grew fast. Tarvo Village opened a park. Its population reached 3,000.",
            "3,000",
            "Tarvo Village",
        ),
    ],
)
def test_its_county_level_place(text: str, figure: str, owner: str) -> None:
    names = dict(_NAMES, **{"Wuxiang village": ("LOCATION", None)})
    assert focus_rows("", text, names)[figure] == owner


def test_its_after_a_firm_keeps_the_province() -> None:
    # a firm's name is no county-level place: "its GDP" stays the province's named before
    text = "Kessel is a coastal province. Vantor Group opened a plant there. Its GDP rose 6 percent."
    assert _owners(text)["6 percent"] == "Kessel"


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # what comes into a place is its imports
        ("Imports into Kessel rose 4 pct last year.", "4 pct", "Kessel"),
        ("Oil imports to Kessel are seen rising to 58 mln tonnes.", "58 mln tonnes", "Kessel"),
        ("Officials said imports into the Kessel region fell 3 percent.", "3 percent", "Kessel"),
        # a buyer or a seller abroad is no owner
        ("Exports to Kessel rose 4 pct last year.", "4 pct", None),
        ("Imports from Kessel rose 4 pct last year.", "4 pct", None),
        ("Vantor Group sold 300 cars to Kessel.", "300 cars", "Vantor Group"),
    ],
)
def test_imports_into_place(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
