"""Session 35: a comma between two digits ("6,000") is part of a number, never a phrase's end.

The owner rules cut a clause's opening phrase at its last comma. The comma inside "4,500
tonnes" was read as that end, so "The company ..." / "the province ..." lost its head and the
clause's next figure went to the story's company instead of the firm or place the anaphor
stands for. Lists of figures with real commas between them keep their old reading.
"""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from consumer.indicators.subject.adverbial import break_comma
from consumer.indicators.subject.cues import LEADING_ADVERBIAL
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Vantor Corp": ("ORGANIZATION", None),
    "Orbel Group": ("ORGANIZATION", None),
    "Kessel": ("LOCATION", "first_level_division"),
    "Tarvia": ("LOCATION", "first_level_division"),
}
_FIRMS = "Vantor Corp makes software. Orbel Group, a steel maker, also reported results. "
_PLACES = "Kessel grows rice. Tarvia grows wheat. "


def _owners(text: str) -> dict[str, str | None]:
    return focus_rows("", text, _NAMES)


@pytest.mark.parametrize(
    ("clause", "head"),
    [
        ("It cut 6,000 jobs and saved ", "It cut 6,000 jobs"),
        ("The company employs 12,500 people and earned ", "The company employs"),
        ("The firm sold 1,200,000 units and ", "The firm sold"),
        # real commas still end the phrase
        ("In 1986, it cut ", "it cut"),
        ("In 1986,it cut ", "it cut"),
        ("It cut 6,000 jobs, and ", "and"),
        ("Last year, costs and prices fell ", "costs and prices fell"),
    ],
)
def test_a_comma_inside_a_number_ends_no_opening_phrase(clause: str, head: str) -> None:
    assert LEADING_ADVERBIAL.sub("", clause).startswith(head)


def test_break_comma_skips_the_commas_of_numbers() -> None:
    text = "sold 12,000 cars, then 3,400"
    assert break_comma(text, 0, len(text)) == text.index(", then")
    assert break_comma("sold 1,200,000 units", 0, 20) == -1


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (_FIRMS + "The company shipped 4,500 tonnes of steel and its sales rose 6 pct.", "6 pct", "Orbel Group"),
        (_FIRMS + "In 1986, the group hired 1,200 workers and its profit rose 9 pct.", "9 pct", "Orbel Group"),
        (_FIRMS + "The company sold 2,500 trucks and its revenue fell 4 pct.", "4 pct", "Orbel Group"),
        (_PLACES + "The province exported 2,300 tonnes of wheat and its output rose 4 pct.", "4 pct", "Tarvia"),
    ],
)
def test_an_anaphor_before_a_number_with_a_comma_keeps_the_clause(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the same without a comma in the number: as before
        (_FIRMS + "The company sold 2500 trucks and its revenue fell 4 pct.", "4 pct", "Orbel Group"),
        # a list of figures with real commas between them: as before
        (
            _FIRMS + "The company sold 2,500 trucks, 1,800 buses and 900 vans and its revenue fell 4 pct.",
            "4 pct",
            "Vantor Corp",
        ),
        # an opening phrase that names no anaphor: no owner, as before
        (_FIRMS + "Last year, costs rose 1,500 dlrs and prices fell 5 pct.", "5 pct", None),
    ],
)
def test_real_commas_keep_their_reading(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner
