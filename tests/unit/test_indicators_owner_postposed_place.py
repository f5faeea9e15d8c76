"""A place's statistic whose place comes after the figure (``postposed_place``): "Retail sales fell
2.1 pct in Tarvia last month" is Tarvia's, not the story's main country's, which the fallback gave a
clause naming no owner before its figure. Also the visits a place draws ("500,000 tourists visited
Kessel", ``visited_place``), and a people count naming a place of its own right after it is no
count of the dateline story's place (``carry.place_after_count``). Near misses (a firm's market, a
list of places, a possessor heading the clause, a destination) keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import Article, Body, Dateline, EntityType
from consumer.indicators import extract_indicators
from tests.unit.indicator_texts import body_entities, focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
    "Marlow": ("LOCATION", "first_level_division"),
    "Vantor Group": ("ORGANIZATION", None),
}
# the story is about Norland: its statistics open the story
_LEAD = "Norland's economy grew 3.1 pct in 1986. "


def _owner(text: str, figure: str, headline: str = "") -> str | None:
    return focus_rows(headline, _LEAD + text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        ("Retail sales fell 2.1 pct in Tarvia last month.", "2.1 pct", "Tarvia"),
        ("Industrial production rose 4.5 pct in Tarvia in January, the ministry said.", "4.5 pct", "Tarvia"),
        ("Inflation rose to 5.2 pct in Tarvia in February.", "5.2 pct", "Tarvia"),
        ("Unemployment stood at 3.1 pct in Tarvia at the end of the year.", "3.1 pct", "Tarvia"),
        ("Money supply grew 15 pct in Tarvia, the central bank said.", "15 pct", "Tarvia"),
        ("Coffee exports fell 10 pct in Tarvia.", "10 pct", "Tarvia"),
        ("Output of crude oil fell 5 pct in Tarvia to 1.2 mln barrels.", "5 pct", "Tarvia"),
        # a province's round-up: the story's province is Kessel, the figure Marlow's
        (
            "Kessel's GDP grew 6 percent. Fixed-asset investment rose 12 percent in Marlow.",
            "12 percent",
            "Marlow",
        ),
        (
            "Kessel's GDP grew 6 percent. Grain output grew 8 percent year on year in the first half "
            "in Marlow.",
            "8 percent",
            "Marlow",
        ),
        ("The trade surplus widened to 1.2 billion dlrs in Tarvia in March.", "1.2 billion dlrs", "Tarvia"),
        # the visits a place draws
        ("Some 500,000 tourists visited Kessel during the holiday.", "500,000 tourists", "Kessel"),
        ("About 3 million visitors flocked to Tarvia last year.", "3 million visitors", "Tarvia"),
    ],
)
def test_the_place_after_the_figure_owns_its_statistic(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a bare "sales" is a firm's market; a list of places owns nothing alone
        ("Sales rose 6 pct in Tarvia.", "6 pct", "Norland"),
        ("Retail sales fell 2 pct in Tarvia and Kessel.", "2 pct", "Kessel"),
        # a possessor or a name heading the clause keeps it
        ("Vantor Group's exports rose 9 pct in Tarvia.", "9 pct", "Vantor Group"),
        ("Its exports rose 9 pct in Tarvia.", "9 pct", "Norland"),
        # a destination or a partner is no owner; a period or no place after the figure reads as before
        ("Exports rose 7 pct to Tarvia.", "7 pct", "Norland"),
        ("Exports rose 7 pct in trade with Tarvia.", "7 pct", "Norland"),
        ("Retail sales fell 2 pct in March.", "2 pct", "Norland"),
        # visitors from a place (their origin's, as before), and visitors that are no tourists
        ("Some 500,000 tourists from Kessel visited the coast.", "500,000 tourists", "Kessel"),
        ("Some 40 officials visited Kessel.", "40 officials", None),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


def test_output_after_the_figure_in_a_company_story_stays_the_company_s() -> None:
    # the headline opens with the firm: "Output rose 5 pct in Kessel" is its plant there
    text = "Vantor Group said demand was strong. Output rose 5 pct in Kessel."
    assert focus_rows("Vantor Group raises output", text, _NAMES)["5 pct"] != "Kessel"


_PEOPLE: dict[str, EntityType] = {"Norland": "LOCATION", "Tarvia": "LOCATION", "Kessel": "LOCATION"}
_PLACE_LEAD = "Norland's output grew 6 percent in the first half. Norland's exports rose 4 percent. "


def _dateline_owners(text: str) -> dict[str, str | None]:
    text = _PLACE_LEAD + text
    article = Article(
        id="a",
        story_id="s",
        headline="",
        body=Body(text=text, paragraphs=[text], word_count=9),
        dateline=Dateline(raw="NORLAND, May 3 (Agency) --", place="Norland"),
    )
    return {r.text: r.subject_name for r in extract_indicators(article, body_entities(text, _PEOPLE))}


@pytest.mark.parametrize(
    "text, figure",
    [
        ("A total of 800,000 people in Kessel were relocated.", "800,000 people"),
        ("About 1.2 million residents of Tarvia were lifted out of poverty.", "1.2 million residents"),
        ("Some 3,000 workers across Kessel found new jobs.", "3,000 workers"),
        ("About 40,000 farmers in Tarvia received training.", "40,000 farmers"),
    ],
)
def test_a_count_naming_another_place_is_not_the_story_place_s(text: str, figure: str) -> None:
    assert _dateline_owners(text)[figure] != "Norland"


@pytest.mark.parametrize(
    "text, figure",
    [
        # no place after the count, the story's own place after it, or one past the next sentence
        ("About 300,000 people were lifted out of poverty.", "300,000 people"),
        ("About 300,000 people in Norland were lifted out of poverty.", "300,000 people"),
        ("About 300,000 people were relocated. Tarvia did the same.", "300,000 people"),
    ],
)
def test_the_story_place_keeps_its_own_counts(text: str, figure: str) -> None:
    assert _dateline_owners(text)[figure] == "Norland"
