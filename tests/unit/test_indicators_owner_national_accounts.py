"""Owners of a country's statistics in agency copy that runs one statistic per paragraph.

Two classes of text (session 42): a statistic of the national accounts the measure list lacks
("Wholesale inventories rose", "money supply rose", "Gross farm product rose", "the borrowing
requirement") heading a clause that names nobody is the story's place's, as "Retail sales rose"
was (``national_accounts``); and a sentence comparing the figure before with itself at another
time ("This compares with a 1.2 billion deficit", "The rate compares with 9.4 pct") goes on with
the figure before's owner (``compared_back``). Near misses keep their old readings: a count, a
possessor or a firm's own story, a compared figure another place owns, a head naming a name."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Vantor Group": ("ORGANIZATION", None),
}
# the story is about Norland: its statistics open the story
_LEAD = "Norland's economy grew 2.7 pct in 1991.\n    "


def _owner(text: str, figure: str, headline: str = "") -> str | None:
    return focus_rows(headline, _LEAD + text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Wholesalers' inventories rose 1.9 pct in May.", "1.9 pct"),
        ("Business inventories fell 2.3 billion dlrs to 61.4 billion dlrs.", "61.4 billion dlrs"),
        ("M-3 money supply grew at an annual rate of 11.6 pct in June.", "11.6 pct"),
        ("Gross farm product rose 5.2 pct in the quarter.", "5.2 pct"),
        ("Real non-farm gross product rose 0.7 pct in the quarter.", "0.7 pct"),
        ("The balance of payments stood at 3.8 billion dlrs in May.", "3.8 billion dlrs"),
        ("The public sector borrowing requirement rose to 27 billion dlrs.", "27 billion dlrs"),
        ("Capital outflows rose sharply to 14.3 billion dlrs last year.", "14.3 billion dlrs"),
        ("Housing starts fell 3.3 pct in June.", "3.3 pct"),
    ],
)
def test_a_national_account_heading_an_unnamed_clause_is_the_story_places(text: str, figure: str) -> None:
    assert _owner(text, figure) == "Norland"


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a possessor or another place after the figure keeps its reading
        ("Tarvia's money supply rose 6.1 pct.", "6.1 pct", "Tarvia"),
        ("Housing starts fell 3.3 pct in Tarvia.", "3.3 pct", "Tarvia"),
        # a count of things is no statistic of the place
        ("Inventories of 420 tractors were sold off.", "420 tractors", None),
        # a plain word that only looks like one: "gross" and "product" far apart, a product launch
        ("The group said the product would cost 45 dlrs.", "45 dlrs", None),
    ],
)
def test_near_misses_keep_their_readings(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


def test_a_firms_story_keeps_its_inventories() -> None:
    # the headline names the firm and no place: its inventories and capital spending are its own
    headline = "Vantor Group sees higher sales"
    names = dict(_NAMES)
    names["VANTOR GROUP"] = ("ORGANIZATION", None)
    text = "Vantor Group said sales rose 8.2 pct to 310 mln dlrs.\n    Inventories fell 4.4 pct in the year."
    assert focus_rows(headline, text, {"Vantor Group": ("ORGANIZATION", None)})["4.4 pct"] == "Vantor Group"


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "Norland posted a trade deficit of 270 mln dlrs in May.\n    This compares with a 540 mln dlr "
            "deficit in May last year.",
            "540 mln dlr",
        ),
        (
            "Norland's jobless rate fell to 7.3 pct in May.\n    The rate compares with 8.6 pct a year "
            "earlier.",
            "8.6 pct",
        ),
        (
            "Norland's exports rose 3.9 pct in the year.\n    The annual rise compared with a 1.4 pct fall "
            "in 1990.",
            "1.4 pct",
        ),
    ],
)
def test_a_comparison_of_the_figure_before_goes_on_with_its_owner(text: str, figure: str) -> None:
    assert _owner(text, figure) == "Norland"


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the compared figure is another place's
        ("Norland's exports rose 3.9 pct.\n    This compares with 5.6 pct in Tarvia.", "5.6 pct", None),
        # a name right after the compared figure is its own owner or a source: not the figure before's
        (
            "Norland's exports rose 3.9 pct.\n    That compares with 4.8 pct at Vantor Group, a fund "
            "manager.",
            "4.8 pct",
            None,
        ),
        # no comparison: a sentence about something else names nobody
        ("Norland's exports rose 3.9 pct.\n    This reflects a rise of 6.2 pct in tourism.", "6.2 pct", None),
    ],
)
def test_comparisons_near_misses(text: str, figure: str, owner: str | None) -> None:
    assert focus_rows("", text, _NAMES)[figure] == owner


_BODIES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Trade Ministry": ("ORGANIZATION", None),
}
_REPORTED = "Norland posted a trade deficit of 270 mln dlrs in May, the Trade Ministry said.\n    "


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The Ministry said May exports totalled 51.3 billion dlrs.", "51.3 billion dlrs"),
        ("The Department said producer prices rose 2.9 pct in May.", "2.9 pct"),
        ("The Treasury said tax revenue fell 3.4 pct.", "3.4 pct"),
    ],
)
def test_a_capitalised_body_kind_reporting_a_statistic_is_no_missed_name(text: str, figure: str) -> None:
    # "The Ministry said" reads as "The ministry said": the story's country owns the statistic
    assert focus_rows("", _REPORTED + text, _BODIES)[figure] == "Norland"


@pytest.mark.parametrize(
    "text, figure",
    [
        # a name the entity stage missed still heads the clause
        ("The Kessel Fund said exports totalled 51.3 billion dlrs.", "51.3 billion dlrs"),
        # the kind inside a longer name the stage missed is no bare kind
        ("The Ministry of Orbel said exports totalled 51.3 billion dlrs.", "51.3 billion dlrs"),
    ],
)
def test_other_capitalised_heads_keep_the_statistic_unowned(text: str, figure: str) -> None:
    assert focus_rows("", _REPORTED + text, _BODIES)[figure] is None
