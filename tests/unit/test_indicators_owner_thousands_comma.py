"""Session 35: a comma between two digits ("6,000") is part of a number, never a phrase's end.

The owner rules cut a clause's opening phrase at its last comma. The comma inside "4,500
tonnes" was read as that end, so "The company ..." / "the province ..." lost its head and the
clause's next figure went to the story's company instead of the firm or place the anaphor
stands for. Lists of figures with real commas between them keep their old reading.
"""

from __future__ import annotations

import pytest

from consumer.events import Entity, EntityType
from consumer.indicators.subject.adverbial import break_comma, without_opening
from consumer.indicators.subject.clauses import heads_complement
from consumer.indicators.subject.mentions import WINDOW_BEFORE, Candidate, MentionIndex
from consumer.indicators.subject.relatives import long_apposition_subject
from tests.unit.indicator_texts import body_entities, focus_rows

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
    assert without_opening(clause).startswith(head)


def test_break_comma_skips_the_commas_of_numbers() -> None:
    text = "sold 12,000 cars, then 3,400"
    assert break_comma(text, 0, len(text)) == text.index(", then")
    assert break_comma("sold 1,200,000 units", 0, 20) == -1


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        (_FIRMS + "The company shipped 4,500 tonnes and its sales rose 6 pct.", "6 pct", "Orbel Group"),
        (_FIRMS + "In 1986, the group hired 1,200 men and its profit rose 9 pct.", "9 pct", "Orbel Group"),
        (_FIRMS + "The company sold 2,500 trucks and its revenue fell 4 pct.", "4 pct", "Orbel Group"),
        (_PLACES + "The province sold 2,300 tonnes and its output rose 4 pct.", "4 pct", "Tarvia"),
    ],
)
def test_an_anaphor_before_a_number_with_a_comma_keeps_the_clause(text: str, figure: str, owner: str) -> None:
    assert _owners(text)[figure] == owner


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # the same without a comma in the number: as before
        (_FIRMS + "The company sold 2500 trucks and its revenue fell 4 pct.", "4 pct", "Orbel Group"),
        # a list of figures with real commas between them: as before (no "its" before the measure:
        # since session 48 "its revenue" there is the company named last, read by `its_figure`)
        (
            _FIRMS + "The company sold 2,500 trucks, 1,800 buses and 900 vans and revenue fell 4 pct.",
            "4 pct",
            "Vantor Corp",
        ),
        # an opening phrase that names no anaphor: no owner, as before
        (_FIRMS + "Last year, costs rose 1,500 dlrs and prices fell 5 pct.", "5 pct", None),
    ],
)
def test_real_commas_keep_their_reading(text: str, figure: str, owner: str | None) -> None:
    assert _owners(text)[figure] == owner


def _bank(text: str) -> Candidate:
    at = text.index("Harlow Bank")
    entity = Entity(id="h", type="ORGANIZATION", name="Harlow Bank", salience=0.5, mentions=[])
    return Candidate(entity, at, at + len("Harlow Bank"))


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Vantor Corp said Harlow Bank has cut 1,200 jobs and 40 branches.", True),
        ("Analysts found Harlow Bank had lent 2,500,000 dlrs and 7 mln stg.", True),
        ("Vantor Corp said Harlow Bank has cut 1200 jobs and 40 branches.", True),
        # a real comma still closes the complement
        ("Vantor Corp said Harlow Bank has cut jobs, and 40 branches.", False),
    ],
)
def test_a_number_with_a_comma_does_not_close_a_complement(text: str, heads: bool) -> None:
    figure = text.rindex(" 40 ") + 1 if " 40 " in text else text.rindex("7 mln")
    assert heads_complement(_bank(text), text, figure) is heads


_LONG = (
    "Vantor Corp, a maker of video tools that works over cellular networks and is used by many media "
    "companies in several countries across the region (including some of the biggest broadcasters, "
    "radio stations and websites there), "
)


@pytest.mark.parametrize(
    ("predicate", "owner"),
    [
        ("has raised 1,200 mln dlrs and hired 300 staff.", "Vantor Corp"),
        ("sold 2,500,000 units and hired 300 staff.", "Vantor Corp"),
        ("has raised 1200 mln dlrs and hired 300 staff.", "Vantor Corp"),
        # a real comma after the predicate: no predicate closes the apposition, as before
        ("has raised money, the rivals hired 300 staff.", None),
    ],
)
def test_a_number_with_a_comma_stays_in_the_predicate_after_a_long_apposition(
    predicate: str, owner: str | None
) -> None:
    text = _LONG + predicate
    entities = body_entities(text, {"Vantor Corp": "ORGANIZATION"})
    index = MentionIndex(entities, "body", text)
    figure = (text.index("300 staff"), text.index("300 staff") + 9)
    low = figure[0] - WINDOW_BEFORE
    found = long_apposition_subject(index, text, (0, len(text)), low, figure)
    assert (found.name if found is not None else None) == owner


_SPEAKERS: dict[str, tuple[EntityType, str | None]] = {
    "Orbel Group": ("ORGANIZATION", None),
    "Vantor Group": ("ORGANIZATION", None),
    "Harlow Bank": ("ORGANIZATION", None),
    "Harbor Expo": ("EVENT", None),
}
_LEADER = "Orbel Group is the market leader. "


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        # a firm set off from "said" by what describes it, a number with a comma inside
        ("Vantor Group, which employs 3,000 people, said turnover rose 14 pct.", "14 pct", "Vantor Group"),
        ("Harlow Bank, the lender with 1,200 branches, said net income rose 9 pct.", "9 pct", "Harlow Bank"),
        ("Vantor Group, a maker of 2,500,000 pipes a year, said sales rose 5 pct.", "5 pct", "Vantor Group"),
        # an event's apposition the verb closes
        (
            "The Harbor Expo, a show of 1,500 farms, set a record of 40,000 visitors.",
            "40,000 visitors",
            "Harbor Expo",
        ),
        (
            "The Harbor Expo, a fair of 2,500 stalls, set a record of 30,000 visitors.",
            "30,000 visitors",
            "Harbor Expo",
        ),
        # without the comma in the number: as before
        ("Vantor Group, which employs 300 people, said turnover rose 14 pct.", "14 pct", "Vantor Group"),
        # no own result after "said": unowned, as before
        ("Vantor Group, which employs 3,000 people, said exports rose 14 pct.", "14 pct", None),
    ],
)
def test_a_number_with_a_comma_inside_what_describes_a_name(
    text: str, figure: str, owner: str | None
) -> None:
    assert focus_rows("", _LEADER + text, _SPEAKERS)[figure] == owner
