"""Two kinds of false owner in wire copy. A firm introduced by its place's (or another firm's)
possessive and its kind ("Norland's largest carmaker Vantor Motor sold ...", ``described_firm``)
heads its phrase and owns the clause's figures, not the possessor. A public body or a medium that
values a figure ("The Statistics Office put the surplus at ...", "Finance Ministry figures show
...", "the agency quoted Holt as putting ...", ``valuing_source``) is its source, not its owner.
Near misses (a name after a preposition or a conjunction, a firm valuing its own things, a body
acting for itself) keep their old readings."""

from __future__ import annotations

import pytest

from consumer.events import EntityType
from tests.unit.indicator_texts import focus_rows

_NAMES: dict[str, tuple[EntityType, str | None]] = {
    "Norland": ("LOCATION", "country"),
    "Tarvia": ("LOCATION", "country"),
    "Kessel": ("LOCATION", "first_level_division"),
    "Vantor Motor": ("ORGANIZATION", None),
    "Orbel Group": ("ORGANIZATION", None),
    "Kelco Holdings Ltd": ("ORGANIZATION", None),
    "Statistics Office": ("ORGANIZATION", None),
    "Finance Ministry": ("ORGANIZATION", None),
    "Harbor News Agency": ("ORGANIZATION", None),
    "Dana Holt": ("PERSON", None),
}


def _owner(text: str, figure: str) -> str | None:
    return focus_rows("", text, _NAMES)[figure]


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        (
            "Norland's largest carmaker Vantor Motor sold 6.2 mln vehicles last year.",
            "6.2 mln vehicles",
            "Vantor Motor",
        ),
        (
            "Kessel's leading appliance maker Orbel Group posted a net profit of 27 billion yuan.",
            "27 billion yuan",
            "Orbel Group",
        ),
        (
            "Tarvia's diversified investment group <Kelco Holdings Ltd> bought a 20 pct stake in Orbel "
            "Group for 190 mln dlrs.",
            "190 mln dlrs",
            "Kelco Holdings Ltd",
        ),
        ("Orbel Group's chip rival Vantor Motor cut 300 jobs.", "300 jobs", "Vantor Motor"),
    ],
)
def test_a_firm_described_by_a_possessive_owns_its_clause(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the name after a preposition or a conjunction is no head the possessive describes
        ("Norland's exports to Vantor Motor rose 5 pct.", "5 pct", "Norland"),
        ("Norland's trade with Orbel Group rose 5 pct.", "5 pct", "Norland"),
        (
            "Norland's state oil company and Orbel Group signed a deal worth 40 mln dlrs.",
            "40 mln dlrs",
            "Norland",
        ),
        # a teller after the clause, and a possessive right before the name, read as before
        ("Norland's economy grew 3 pct last year, Orbel Group said.", "3 pct", "Norland"),
        ("Kessel's Orbel Group posted a net profit of 27 billion yuan.", "27 billion yuan", "Orbel Group"),
    ],
)
def test_other_possessive_phrases_keep_their_owner(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # the body that values the figure is its source; the place before it owns the statistic
        (
            "Norland's current account surplus widened to 6.6 billion marks in February. The Statistics "
            "Office had originally put the January current account surplus at 4.9 billion marks.",
            "4.9 billion marks",
            "Norland",
        ),
        (
            "The Harbor News Agency quoted Dana Holt as putting total state income at 226.03 billion yuan.",
            "226.03 billion yuan",
            None,
        ),
        (
            "The Finance Ministry estimated the budget deficit at 30 billion crowns.",
            "30 billion crowns",
            None,
        ),
        (
            "Finance Ministry figures show investment in bonds fell to 4.2 billion guilders.",
            "4.2 billion guilders",
            None,
        ),
    ],
)
def test_a_body_valuing_a_figure_does_not_own_it(text: str, figure: str, owner: str | None) -> None:
    assert _owner(text, figure) == owner


@pytest.mark.parametrize(
    "text, figure, owner",
    [
        # a firm valuing or pricing its own things keeps them
        ("Orbel Group estimated its losses at 5 mln dlrs.", "5 mln dlrs", "Orbel Group"),
        ("Orbel Group estimated the cost of the plant at 300 mln dlrs.", "300 mln dlrs", "Orbel Group"),
        ("Orbel Group quoted a price of 300 dlrs per tonne.", "300 dlrs per tonne", "Orbel Group"),
        ("Orbel Group figures show sales rose 4 pct.", "4 pct", "Orbel Group"),
        # a body acting for itself, not telling a figure
        (
            "The Finance Ministry raised 3 billion crowns from the bond sale.",
            "3 billion crowns",
            "Finance Ministry",
        ),
        ("The Statistics Office said it employs 3,000 people.", "3,000 people", "Statistics Office"),
    ],
)
def test_a_firm_or_a_body_acting_for_itself_keeps_its_figure(text: str, figure: str, owner: str) -> None:
    assert _owner(text, figure) == owner
